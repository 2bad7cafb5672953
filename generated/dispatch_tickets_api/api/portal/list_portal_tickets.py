# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.portal_ticket_page import PortalTicketPage
from ...models.portal_ticket_sort_field import PortalTicketSortField
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset, status_of, with_request_options


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    sort: PortalTicketSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portal/tickets",
        "params": params,
        # The transport logs this template at INFO and above, never the URL (ids, queries, e-mails).
        "extensions": {"dispatch.path_template": "/portal/tickets"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | PortalTicketPage | None:
    if response.status_code == 200:
        response_200 = PortalTicketPage.from_dict(response.json())

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
) -> Response[ErrorBody | PortalTicketPage]:
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
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    sort: PortalTicketSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> Response[ErrorBody | PortalTicketPage]:
    """List the customer's tickets, one page at a time.

     Pass `pagination.nextCursor` as `cursor` to get the next page; stop when `hasMore` is false.

    Args:
        status (str | Unset): Only tickets with this status.
        sort (PortalTicketSortField | Unset): Field portal tickets are sorted by.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset): Page size (1-50, default 20).
        cursor (str | Unset): Cursor from the previous page's pagination.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortalTicketPage]
    """

    kwargs = with_request_options(
        _get_kwargs(
            status=status,
            sort=sort,
            order=order,
            limit=limit,
            cursor=cursor,
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
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    sort: PortalTicketSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> ErrorBody | PortalTicketPage | None:
    """List the customer's tickets, one page at a time.

     Pass `pagination.nextCursor` as `cursor` to get the next page; stop when `hasMore` is false.

    Args:
        status (str | Unset): Only tickets with this status.
        sort (PortalTicketSortField | Unset): Field portal tickets are sorted by.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset): Page size (1-50, default 20).
        cursor (str | Unset): Cursor from the previous page's pagination.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortalTicketPage
    """

    return sync_detailed(
        client=client,
        status=status,
        sort=sort,
        order=order,
        limit=limit,
        cursor=cursor,
        extra_headers=extra_headers,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    sort: PortalTicketSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> Response[ErrorBody | PortalTicketPage]:
    """List the customer's tickets, one page at a time.

     Pass `pagination.nextCursor` as `cursor` to get the next page; stop when `hasMore` is false.

    Args:
        status (str | Unset): Only tickets with this status.
        sort (PortalTicketSortField | Unset): Field portal tickets are sorted by.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset): Page size (1-50, default 20).
        cursor (str | Unset): Cursor from the previous page's pagination.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | PortalTicketPage]
    """

    kwargs = with_request_options(
        _get_kwargs(
            status=status,
            sort=sort,
            order=order,
            limit=limit,
            cursor=cursor,
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
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    sort: PortalTicketSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> ErrorBody | PortalTicketPage | None:
    """List the customer's tickets, one page at a time.

     Pass `pagination.nextCursor` as `cursor` to get the next page; stop when `hasMore` is false.

    Args:
        status (str | Unset): Only tickets with this status.
        sort (PortalTicketSortField | Unset): Field portal tickets are sorted by.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset): Page size (1-50, default 20).
        cursor (str | Unset): Cursor from the previous page's pagination.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | PortalTicketPage
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            sort=sort,
            order=order,
            limit=limit,
            cursor=cursor,
            extra_headers=extra_headers,
            timeout=timeout,
        )
    ).parsed
