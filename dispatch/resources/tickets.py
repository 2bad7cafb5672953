"""Tickets: ``client.tickets``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Literal, TypedDict, Unpack

from dispatch.pagination import AsyncFetchPage, AsyncPage, AsyncPageIterator, FetchPage, Page, PageIterator
from dispatch.resources._base import (
    AsyncAPIResource,
    SyncAPIResource,
    async_cursor_page_fetcher,
    build_body,
    comma_list,
    cursor_page_fetcher,
    enum_or_unset,
    expect,
    iso_or_unset,
)
from dispatch_tickets_api.api.tickets import (
    bulk_ticket_action,
    create_ticket,
    delete_ticket,
    get_ticket,
    list_tickets,
    mark_ticket_as_spam,
    merge_tickets,
    update_ticket,
)
from dispatch_tickets_api.models import (
    BulkAction,
    BulkActionInput,
    BulkActionResult,
    CreateTicketInput,
    Link,
    MarkAsSpamInput,
    MergeTicketsInput,
    SortOrder,
    Ticket,
    TicketPage,
    TicketPriority,
    TicketSortField,
    TicketSource,
    TicketStatus,
    UpdateTicketInput,
)
from dispatch_tickets_api.types import UNSET

__all__ = ["AsyncTickets", "TicketCreateFields", "TicketFilters", "TicketUpdateFields", "Tickets"]

_ENUMS = {"status": TicketStatus, "priority": TicketPriority, "source": TicketSource}
_LinkLike = Link | dict[str, Any]


class TicketCreateFields(TypedDict, total=False):
    """Optional fields of :meth:`Tickets.create` (snake_case; sent as the API's camelCase)."""

    body: str
    status: str
    priority: str
    assignee_id: str
    created_by: str
    category_id: str
    tags: Sequence[str]
    links: Sequence[_LinkLike]
    custom_fields: dict[str, Any]
    metadata: dict[str, Any]
    source: str
    source_id: str
    source_data: dict[str, Any]
    notify_customer: bool
    customer_email: str
    customer_name: str


class TicketUpdateFields(TypedDict, total=False):
    """Fields of :meth:`Tickets.update`; ``assignee_id=None`` / ``category_id=None`` clear them."""

    title: str
    body: str
    status: str
    priority: str
    assignee_id: str | None
    category_id: str | None
    tags: Sequence[str]
    links: Sequence[_LinkLike]
    custom_fields: dict[str, Any]
    metadata: dict[str, Any]
    is_spam: bool


class TicketFilters(TypedDict, total=False):
    """Filters of :meth:`Tickets.list` / :meth:`Tickets.list_page`; lists are sent comma-separated."""

    status: str | Sequence[str]
    priority: str
    assignee_id: str
    customer_id: str
    customer_email: str
    created_by: str
    created_after: datetime | str
    created_before: datetime | str
    has_attachments: bool
    is_spam: bool
    search: str
    category_id: str
    tag_ids: str | Sequence[str]
    source: str
    sort: Literal["createdAt", "updatedAt", "priority"]
    order: Literal["asc", "desc"]


_CREATE_FIELDS = frozenset(TicketCreateFields.__annotations__) | {"title"}
_UPDATE_FIELDS = frozenset(TicketUpdateFields.__annotations__)
_FILTERS = frozenset(TicketFilters.__annotations__)


def _create_body(title: str, fields: TicketCreateFields) -> CreateTicketInput:
    return build_body(CreateTicketInput, {"title": title, **fields}, allowed=_CREATE_FIELDS, enums=_ENUMS)


def _update_body(fields: TicketUpdateFields) -> UpdateTicketInput:
    return build_body(
        UpdateTicketInput,
        fields,
        allowed=_UPDATE_FIELDS,
        enums=_ENUMS,
        nullable=("assignee_id", "category_id"),
    )


def _bulk_body(
    action: str,
    ticket_ids: Iterable[str],
    assignee_id: str | None,
    category_id: str | None,
    tags: Sequence[str] | None,
) -> BulkActionInput:
    fields: dict[str, Any] = {"action": action, "ticket_ids": list(ticket_ids), "assignee_id": assignee_id}
    fields |= {"category_id": category_id, "tags": tags}
    return build_body(BulkActionInput, fields, allowed=fields, enums={"action": BulkAction})


def _query(filters: TicketFilters, limit: int | None) -> dict[str, Any]:
    """Filters as the generated ``list_tickets`` wants them (typed, checked, lists comma-joined)."""
    unknown = sorted(set(filters) - _FILTERS)
    if unknown:
        raise TypeError(f"unexpected filter(s) for tickets.list: {', '.join(unknown)}")
    query: dict[str, Any] = {**filters, "limit": limit}
    query["status"] = comma_list(filters.get("status"))
    query["tag_ids"] = comma_list(filters.get("tag_ids"))
    query["priority"] = enum_or_unset(TicketPriority, filters.get("priority"))
    query["source"] = enum_or_unset(TicketSource, filters.get("source"))
    query["sort"] = enum_or_unset(TicketSortField, filters.get("sort"))
    query["order"] = enum_or_unset(SortOrder, filters.get("order"))
    query["created_after"] = iso_or_unset(filters.get("created_after"))
    query["created_before"] = iso_or_unset(filters.get("created_before"))
    return {name: (UNSET if value is None else value) for name, value in query.items()}


class Tickets(SyncAPIResource):
    """Create, list, read, update, merge and bulk-edit the tickets of a brand."""

    def create(
        self,
        brand_id: str,
        *,
        title: str,
        idempotency_key: str | None = None,
        **fields: Unpack[TicketCreateFields],
    ) -> Ticket:
        """Create a ticket.

        A retried create never makes a second ticket: the request carries one ``X-Idempotency-Key``
        (``idempotency_key``, or one made for this call) on every attempt.

        Args:
            brand_id: the brand (``br_...``).
            title: the ticket's title.
            idempotency_key: your own key, to make a create safe to repeat across processes too.
            **fields: body, status, priority, assignee_id, customer_email, metadata, ... (see TicketCreateFields).

        Raises:
            ValidationError: the API rejected a field. ValueError: an unknown enum value (no request made).

        Example:
            >>> client.tickets.create("br_123", title="Help with login", priority="high")  # doctest: +SKIP
        """
        response = create_ticket.sync_detailed(
            brand_id,
            client=self._raw,
            body=_create_body(title, fields),
            x_idempotency_key=idempotency_key or UNSET,
        )
        return expect(response, Ticket)

    def list(
        self, brand_id: str, *, limit: int | None = None, **filters: Unpack[TicketFilters]
    ) -> PageIterator[Ticket]:
        """Every ticket matching the filters, fetched lazily page by page.

        Example:
            >>> for ticket in client.tickets.list("br_123", status=["open", "pending"]):  # doctest: +SKIP
            ...     print(ticket.ticket_number, ticket.title)
        """
        return PageIterator(
            self._pages(brand_id, _query(filters, limit))
        )  # filters checked now, not at iteration

    def list_page(
        self,
        brand_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        **filters: Unpack[TicketFilters],
    ) -> Page[Ticket]:
        """One page of tickets; ``page.next_page()`` fetches the next with the same filters.

        Example:
            >>> page = client.tickets.list_page("br_123", limit=50)  # doctest: +SKIP
        """
        return self._pages(brand_id, _query(filters, limit))(cursor)

    def _pages(self, brand_id: str, query: dict[str, Any]) -> FetchPage[Ticket]:
        return cursor_page_fetcher(
            lambda cursor: list_tickets.sync_detailed(
                brand_id, client=self._raw, cursor=cursor or UNSET, **query
            ),
            TicketPage,
        )

    def get(self, brand_id: str, ticket_id: str) -> Ticket:
        """One ticket. Raises NotFoundError when there is no such ticket in that brand."""
        return expect(get_ticket.sync_detailed(brand_id, ticket_id, client=self._raw), Ticket)

    def update(self, brand_id: str, ticket_id: str, **fields: Unpack[TicketUpdateFields]) -> Ticket:
        """Change some fields of a ticket; ``assignee_id=None`` unassigns it.

        Example:
            >>> client.tickets.update("br_123", "tkt_1", status="resolved")  # doctest: +SKIP
        """
        response = update_ticket.sync_detailed(
            brand_id, ticket_id, client=self._raw, body=_update_body(fields)
        )
        return expect(response, Ticket)

    def delete(self, brand_id: str, ticket_id: str) -> Ticket:
        """Delete a ticket; returns it as it was."""
        return expect(delete_ticket.sync_detailed(brand_id, ticket_id, client=self._raw), Ticket)

    def mark_as_spam(self, brand_id: str, ticket_id: str, is_spam: bool = True) -> Ticket:
        """Mark a ticket as spam (or not, with ``is_spam=False``)."""
        body = MarkAsSpamInput(is_spam=is_spam)
        return expect(
            mark_ticket_as_spam.sync_detailed(brand_id, ticket_id, client=self._raw, body=body), Ticket
        )

    def merge(self, brand_id: str, target_ticket_id: str, source_ticket_ids: Iterable[str]) -> Ticket:
        """Merge the source tickets into the target; returns the target."""
        body = MergeTicketsInput(source_ticket_ids=list(source_ticket_ids))
        response = merge_tickets.sync_detailed(brand_id, target_ticket_id, client=self._raw, body=body)
        return expect(response, Ticket)

    def bulk(
        self,
        brand_id: str,
        action: str,
        ticket_ids: Iterable[str],
        *,
        assignee_id: str | None = None,
        category_id: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> BulkActionResult:
        """Apply one action (spam, resolve, close, delete, assign, setCategory, setTags) to many tickets.

        Example:
            >>> client.tickets.bulk("br_123", "assign", ["tkt_1"], assignee_id="user_1")  # doctest: +SKIP
        """
        body = _bulk_body(action, ticket_ids, assignee_id, category_id, tags)
        return expect(
            bulk_ticket_action.sync_detailed(brand_id, client=self._raw, body=body), BulkActionResult
        )


class AsyncTickets(AsyncAPIResource):
    """The async twin of :class:`Tickets`."""

    async def create(
        self,
        brand_id: str,
        *,
        title: str,
        idempotency_key: str | None = None,
        **fields: Unpack[TicketCreateFields],
    ) -> Ticket:
        """Create a ticket (see :meth:`Tickets.create`)."""
        response = await create_ticket.asyncio_detailed(
            brand_id,
            client=self._raw,
            body=_create_body(title, fields),
            x_idempotency_key=idempotency_key or UNSET,
        )
        return expect(response, Ticket)

    def list(
        self, brand_id: str, *, limit: int | None = None, **filters: Unpack[TicketFilters]
    ) -> AsyncPageIterator[Ticket]:
        """Every ticket matching the filters: ``async for ticket in client.tickets.list(...)``."""
        return AsyncPageIterator(self._pages(brand_id, _query(filters, limit)))

    async def list_page(
        self,
        brand_id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        **filters: Unpack[TicketFilters],
    ) -> AsyncPage[Ticket]:
        """One page of tickets; ``await page.next_page()`` fetches the next."""
        return await self._pages(brand_id, _query(filters, limit))(cursor)

    def _pages(self, brand_id: str, query: dict[str, Any]) -> AsyncFetchPage[Ticket]:
        return async_cursor_page_fetcher(
            lambda cursor: list_tickets.asyncio_detailed(
                brand_id, client=self._raw, cursor=cursor or UNSET, **query
            ),
            TicketPage,
        )

    async def get(self, brand_id: str, ticket_id: str) -> Ticket:
        """One ticket."""
        return expect(await get_ticket.asyncio_detailed(brand_id, ticket_id, client=self._raw), Ticket)

    async def update(self, brand_id: str, ticket_id: str, **fields: Unpack[TicketUpdateFields]) -> Ticket:
        """Change some fields of a ticket."""
        body = _update_body(fields)
        return expect(
            await update_ticket.asyncio_detailed(brand_id, ticket_id, client=self._raw, body=body), Ticket
        )

    async def delete(self, brand_id: str, ticket_id: str) -> Ticket:
        """Delete a ticket."""
        return expect(await delete_ticket.asyncio_detailed(brand_id, ticket_id, client=self._raw), Ticket)

    async def mark_as_spam(self, brand_id: str, ticket_id: str, is_spam: bool = True) -> Ticket:
        """Mark a ticket as spam (or not)."""
        body = MarkAsSpamInput(is_spam=is_spam)
        response = await mark_ticket_as_spam.asyncio_detailed(
            brand_id, ticket_id, client=self._raw, body=body
        )
        return expect(response, Ticket)

    async def merge(self, brand_id: str, target_ticket_id: str, source_ticket_ids: Iterable[str]) -> Ticket:
        """Merge the source tickets into the target."""
        body = MergeTicketsInput(source_ticket_ids=list(source_ticket_ids))
        response = await merge_tickets.asyncio_detailed(
            brand_id, target_ticket_id, client=self._raw, body=body
        )
        return expect(response, Ticket)

    async def bulk(
        self,
        brand_id: str,
        action: str,
        ticket_ids: Iterable[str],
        *,
        assignee_id: str | None = None,
        category_id: str | None = None,
        tags: Sequence[str] | None = None,
    ) -> BulkActionResult:
        """Apply one action to many tickets."""
        body = _bulk_body(action, ticket_ids, assignee_id, category_id, tags)
        response = await bulk_ticket_action.asyncio_detailed(brand_id, client=self._raw, body=body)
        return expect(response, BulkActionResult)
