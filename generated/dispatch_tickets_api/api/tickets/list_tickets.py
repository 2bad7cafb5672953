# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
import datetime
from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.sort_order import SortOrder
from ...models.ticket_page import TicketPage
from ...models.ticket_priority import TicketPriority
from ...models.ticket_sort_field import TicketSortField
from ...models.ticket_source import TicketSource
from ...types import UNSET, Response, Unset, path_segment, status_of, with_request_options


def _get_kwargs(
    brand_id: str,
    *,
    status: str | Unset = UNSET,
    priority: TicketPriority | Unset = UNSET,
    assignee_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    customer_email: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    has_attachments: bool | Unset = UNSET,
    is_spam: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    category_id: str | Unset = UNSET,
    tag_ids: str | Unset = UNSET,
    source: TicketSource | Unset = UNSET,
    sort: TicketSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    json_priority: str | Unset = UNSET
    if not isinstance(priority, Unset):
        json_priority = priority.value

    params["priority"] = json_priority

    params["assigneeId"] = assignee_id

    params["customerId"] = customer_id

    params["customerEmail"] = customer_email

    params["createdBy"] = created_by

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["createdAfter"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["createdBefore"] = json_created_before

    params["hasAttachments"] = has_attachments

    params["isSpam"] = is_spam

    params["search"] = search

    params["categoryId"] = category_id

    params["tagIds"] = tag_ids

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

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
        "url": "/brands/{brand_id}/tickets".format(
            brand_id=path_segment(brand_id, "brand_id"),
        ),
        "params": params,
        # The transport logs this template at INFO and above, never the URL (ids, queries, e-mails).
        "extensions": {"dispatch.path_template": "/brands/{brand_id}/tickets"},
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | TicketPage | None:
    if response.status_code == 200:
        response_200 = TicketPage.from_dict(response.json())

        return response_200

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
) -> Response[ErrorBody | TicketPage]:
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
    status: str | Unset = UNSET,
    priority: TicketPriority | Unset = UNSET,
    assignee_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    customer_email: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    has_attachments: bool | Unset = UNSET,
    is_spam: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    category_id: str | Unset = UNSET,
    tag_ids: str | Unset = UNSET,
    source: TicketSource | Unset = UNSET,
    sort: TicketSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> Response[ErrorBody | TicketPage]:
    """List tickets, one page at a time.

     Pass `pagination.cursor` of a page as `cursor` to get the next one; stop when `hasMore` is false.

    Args:
        brand_id (str): Brand id (br_…; older docs say workspace ws_…).
        status (str | Unset): One status, a comma-separated list of statuses, or `active` (open
            and pending).
        priority (TicketPriority | Unset): Ticket priority.
        assignee_id (str | Unset): Only tickets assigned to this agent.
        customer_id (str | Unset): Only tickets of this customer.
        customer_email (str | Unset): Only tickets of the customer with this email.
        created_by (str | Unset): Only tickets created by this reference.
        created_after (datetime.datetime | Unset): Only tickets created after this time (ISO
            8601).
        created_before (datetime.datetime | Unset): Only tickets created before this time (ISO
            8601).
        has_attachments (bool | Unset): Only tickets with (true) or without (false) attachments.
        is_spam (bool | Unset): Only spam (true) or non-spam (false) tickets.
        search (str | Unset): Full-text search in title and body.
        category_id (str | Unset): Only tickets in this category.
        tag_ids (str | Unset): Only tickets with these tags (comma-separated ids).
        source (TicketSource | Unset): Channel a ticket or comment came from.
        sort (TicketSortField | Unset): Field tickets are sorted by.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset): Page size (1-100).
        cursor (str | Unset): Cursor from the previous page's pagination.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TicketPage]
    """

    kwargs = with_request_options(
        _get_kwargs(
            brand_id=brand_id,
            status=status,
            priority=priority,
            assignee_id=assignee_id,
            customer_id=customer_id,
            customer_email=customer_email,
            created_by=created_by,
            created_after=created_after,
            created_before=created_before,
            has_attachments=has_attachments,
            is_spam=is_spam,
            search=search,
            category_id=category_id,
            tag_ids=tag_ids,
            source=source,
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
    brand_id: str,
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    priority: TicketPriority | Unset = UNSET,
    assignee_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    customer_email: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    has_attachments: bool | Unset = UNSET,
    is_spam: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    category_id: str | Unset = UNSET,
    tag_ids: str | Unset = UNSET,
    source: TicketSource | Unset = UNSET,
    sort: TicketSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> ErrorBody | TicketPage | None:
    """List tickets, one page at a time.

     Pass `pagination.cursor` of a page as `cursor` to get the next one; stop when `hasMore` is false.

    Args:
        brand_id (str): Brand id (br_…; older docs say workspace ws_…).
        status (str | Unset): One status, a comma-separated list of statuses, or `active` (open
            and pending).
        priority (TicketPriority | Unset): Ticket priority.
        assignee_id (str | Unset): Only tickets assigned to this agent.
        customer_id (str | Unset): Only tickets of this customer.
        customer_email (str | Unset): Only tickets of the customer with this email.
        created_by (str | Unset): Only tickets created by this reference.
        created_after (datetime.datetime | Unset): Only tickets created after this time (ISO
            8601).
        created_before (datetime.datetime | Unset): Only tickets created before this time (ISO
            8601).
        has_attachments (bool | Unset): Only tickets with (true) or without (false) attachments.
        is_spam (bool | Unset): Only spam (true) or non-spam (false) tickets.
        search (str | Unset): Full-text search in title and body.
        category_id (str | Unset): Only tickets in this category.
        tag_ids (str | Unset): Only tickets with these tags (comma-separated ids).
        source (TicketSource | Unset): Channel a ticket or comment came from.
        sort (TicketSortField | Unset): Field tickets are sorted by.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset): Page size (1-100).
        cursor (str | Unset): Cursor from the previous page's pagination.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TicketPage
    """

    return sync_detailed(
        brand_id=brand_id,
        client=client,
        status=status,
        priority=priority,
        assignee_id=assignee_id,
        customer_id=customer_id,
        customer_email=customer_email,
        created_by=created_by,
        created_after=created_after,
        created_before=created_before,
        has_attachments=has_attachments,
        is_spam=is_spam,
        search=search,
        category_id=category_id,
        tag_ids=tag_ids,
        source=source,
        sort=sort,
        order=order,
        limit=limit,
        cursor=cursor,
        extra_headers=extra_headers,
        timeout=timeout,
    ).parsed


async def asyncio_detailed(
    brand_id: str,
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    priority: TicketPriority | Unset = UNSET,
    assignee_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    customer_email: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    has_attachments: bool | Unset = UNSET,
    is_spam: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    category_id: str | Unset = UNSET,
    tag_ids: str | Unset = UNSET,
    source: TicketSource | Unset = UNSET,
    sort: TicketSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> Response[ErrorBody | TicketPage]:
    """List tickets, one page at a time.

     Pass `pagination.cursor` of a page as `cursor` to get the next one; stop when `hasMore` is false.

    Args:
        brand_id (str): Brand id (br_…; older docs say workspace ws_…).
        status (str | Unset): One status, a comma-separated list of statuses, or `active` (open
            and pending).
        priority (TicketPriority | Unset): Ticket priority.
        assignee_id (str | Unset): Only tickets assigned to this agent.
        customer_id (str | Unset): Only tickets of this customer.
        customer_email (str | Unset): Only tickets of the customer with this email.
        created_by (str | Unset): Only tickets created by this reference.
        created_after (datetime.datetime | Unset): Only tickets created after this time (ISO
            8601).
        created_before (datetime.datetime | Unset): Only tickets created before this time (ISO
            8601).
        has_attachments (bool | Unset): Only tickets with (true) or without (false) attachments.
        is_spam (bool | Unset): Only spam (true) or non-spam (false) tickets.
        search (str | Unset): Full-text search in title and body.
        category_id (str | Unset): Only tickets in this category.
        tag_ids (str | Unset): Only tickets with these tags (comma-separated ids).
        source (TicketSource | Unset): Channel a ticket or comment came from.
        sort (TicketSortField | Unset): Field tickets are sorted by.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset): Page size (1-100).
        cursor (str | Unset): Cursor from the previous page's pagination.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TicketPage]
    """

    kwargs = with_request_options(
        _get_kwargs(
            brand_id=brand_id,
            status=status,
            priority=priority,
            assignee_id=assignee_id,
            customer_id=customer_id,
            customer_email=customer_email,
            created_by=created_by,
            created_after=created_after,
            created_before=created_before,
            has_attachments=has_attachments,
            is_spam=is_spam,
            search=search,
            category_id=category_id,
            tag_ids=tag_ids,
            source=source,
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
    brand_id: str,
    *,
    client: AuthenticatedClient,
    status: str | Unset = UNSET,
    priority: TicketPriority | Unset = UNSET,
    assignee_id: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    customer_email: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    has_attachments: bool | Unset = UNSET,
    is_spam: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    category_id: str | Unset = UNSET,
    tag_ids: str | Unset = UNSET,
    source: TicketSource | Unset = UNSET,
    sort: TicketSortField | Unset = UNSET,
    order: SortOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    extra_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
) -> ErrorBody | TicketPage | None:
    """List tickets, one page at a time.

     Pass `pagination.cursor` of a page as `cursor` to get the next one; stop when `hasMore` is false.

    Args:
        brand_id (str): Brand id (br_…; older docs say workspace ws_…).
        status (str | Unset): One status, a comma-separated list of statuses, or `active` (open
            and pending).
        priority (TicketPriority | Unset): Ticket priority.
        assignee_id (str | Unset): Only tickets assigned to this agent.
        customer_id (str | Unset): Only tickets of this customer.
        customer_email (str | Unset): Only tickets of the customer with this email.
        created_by (str | Unset): Only tickets created by this reference.
        created_after (datetime.datetime | Unset): Only tickets created after this time (ISO
            8601).
        created_before (datetime.datetime | Unset): Only tickets created before this time (ISO
            8601).
        has_attachments (bool | Unset): Only tickets with (true) or without (false) attachments.
        is_spam (bool | Unset): Only spam (true) or non-spam (false) tickets.
        search (str | Unset): Full-text search in title and body.
        category_id (str | Unset): Only tickets in this category.
        tag_ids (str | Unset): Only tickets with these tags (comma-separated ids).
        source (TicketSource | Unset): Channel a ticket or comment came from.
        sort (TicketSortField | Unset): Field tickets are sorted by.
        order (SortOrder | Unset): Sort direction.
        limit (int | Unset): Page size (1-100).
        cursor (str | Unset): Cursor from the previous page's pagination.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TicketPage
    """

    return (
        await asyncio_detailed(
            brand_id=brand_id,
            client=client,
            status=status,
            priority=priority,
            assignee_id=assignee_id,
            customer_id=customer_id,
            customer_email=customer_email,
            created_by=created_by,
            created_after=created_after,
            created_before=created_before,
            has_attachments=has_attachments,
            is_spam=is_spam,
            search=search,
            category_id=category_id,
            tag_ids=tag_ids,
            source=source,
            sort=sort,
            order=order,
            limit=limit,
            cursor=cursor,
            extra_headers=extra_headers,
            timeout=timeout,
        )
    ).parsed
