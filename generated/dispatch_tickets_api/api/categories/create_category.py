# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.category import Category
from ...models.create_category_input import CreateCategoryInput
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset, path_segment, status_of, with_request_options


def _get_kwargs(
    brand_id: str,
    *,
    body: CreateCategoryInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/brands/{brand_id}/categories".format(
            brand_id=path_segment(brand_id, "brand_id"),
        ),
        # The transport logs this template at INFO and above, never the URL (ids, queries, e-mails).
        "extensions": {"dispatch.path_template": "/brands/{brand_id}/categories"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Category | ErrorBody | None:
    if response.status_code == 201:
        response_201 = Category.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorBody.from_dict(response.json())

        return response_409

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
) -> Response[Category | ErrorBody]:
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
    brand_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateCategoryInput,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> Response[Category | ErrorBody]:
    """Create a category.

    Args:
        brand_id (str): Brand id (br_…; older docs say workspace ws_…).
        body (CreateCategoryInput): Fields for a new category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Category | ErrorBody]
    """

    kwargs = with_request_options(
        _get_kwargs(
            brand_id=brand_id,
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
    brand_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateCategoryInput,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Category | ErrorBody | None:
    """Create a category.

    Args:
        brand_id (str): Brand id (br_…; older docs say workspace ws_…).
        body (CreateCategoryInput): Fields for a new category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Category | ErrorBody
    """

    return sync_detailed(
        brand_id=brand_id,
        client=client,
        body=body,
        extra_headers=extra_headers,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    brand_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateCategoryInput,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> Response[Category | ErrorBody]:
    """Create a category.

    Args:
        brand_id (str): Brand id (br_…; older docs say workspace ws_…).
        body (CreateCategoryInput): Fields for a new category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Category | ErrorBody]
    """

    kwargs = with_request_options(
        _get_kwargs(
            brand_id=brand_id,
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
    brand_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateCategoryInput,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> Category | ErrorBody | None:
    """Create a category.

    Args:
        brand_id (str): Brand id (br_…; older docs say workspace ws_…).
        body (CreateCategoryInput): Fields for a new category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Category | ErrorBody
    """

    return (
        await asyncio_detailed(
            brand_id=brand_id,
            client=client,
            body=body,
            extra_headers=extra_headers,
            timeout=timeout,
        )
    ).parsed
