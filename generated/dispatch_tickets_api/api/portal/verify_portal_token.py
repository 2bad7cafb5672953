# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.portal_token import PortalToken
from ...models.portal_verify_input import PortalVerifyInput
from ...types import UNSET, Response, Unset, status_of, with_request_options


def _get_kwargs(
    *,
    body: PortalVerifyInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/portal/verify",
        # The transport logs this template at INFO and above, never the URL (ids, queries, e-mails).
        "extensions": {"dispatch.path_template": "/portal/verify"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PortalToken | None:
    if response.status_code == 200:
        response_200 = PortalToken.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorBody.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | PortalToken]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, KeyError, TypeError):
        # A body that is not the documented JSON (a proxy's HTML 502, a field missing) must not hide
        # the status and headers: it stays unparsed (`parsed` is None) and `content` keeps the raw body.
        parsed = None
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        http_response=response,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PortalVerifyInput,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> Response[ErrorBody | PortalToken]:
    """Exchange a magic-link token for a portal token.

     No authentication: the magic-link token in the body is the credential.

    Args:
        body (PortalVerifyInput): A magic-link token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortalToken]
    """

    kwargs = with_request_options(
        _get_kwargs(
            body=body,
        ),
        extra_headers,
        timeout,
        extra_query,
        extra_body,
        extensions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PortalVerifyInput,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> ErrorBody | PortalToken | None:
    """Exchange a magic-link token for a portal token.

     No authentication: the magic-link token in the body is the credential.

    Args:
        body (PortalVerifyInput): A magic-link token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortalToken
    """

    return sync_detailed(
        client=client,
        body=body,
        extra_headers=extra_headers,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PortalVerifyInput,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> Response[ErrorBody | PortalToken]:
    """Exchange a magic-link token for a portal token.

     No authentication: the magic-link token in the body is the credential.

    Args:
        body (PortalVerifyInput): A magic-link token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortalToken]
    """

    kwargs = with_request_options(
        _get_kwargs(
            body=body,
        ),
        extra_headers,
        timeout,
        extra_query,
        extra_body,
        extensions,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PortalVerifyInput,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> ErrorBody | PortalToken | None:
    """Exchange a magic-link token for a portal token.

     No authentication: the magic-link token in the body is the credential.

    Args:
        body (PortalVerifyInput): A magic-link token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortalToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            extra_headers=extra_headers,
            timeout=timeout,
        )
    ).parsed
