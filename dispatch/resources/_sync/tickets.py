# Generated from dispatch/resources/_async/tickets.py by scripts/unasync.py (run by scripts/generate).
# Do not edit by hand: change the async source, then run scripts/generate.
"""Tickets, written once: the sync module is derived from the async one by scripts/unasync.py."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Unpack

from dispatch._constants import DEFAULT_PAGE_LIMIT
from dispatch._response import RequestOptions, WriteRequestOptions, pop_options
from dispatch.pagination import FetchPage, Page, PageIterator
from dispatch.resources._base import (
    cursor_page_fetcher,
    id_list,
    idempotency_key_for,
)
from dispatch.resources._names import BulkActionName
from dispatch.resources._sync._resource import SyncAPIResource
from dispatch.resources.tickets import (
    TicketCreateArgs,
    TicketFilterArgs,
    TicketUpdateArgs,
    _bulk_body,
    _create_body,
    _query,
    _update_body,
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
    BulkActionResult,
    MarkAsSpamInput,
    MergeTicketsInput,
    Ticket,
    TicketPage,
)
from dispatch_tickets_api.types import UNSET

__all__ = ["Tickets"]


class Tickets(SyncAPIResource):
    """Create, list, read, update, merge and bulk-edit the tickets of a brand.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Every method also takes the per-call options of :class:`~dispatch.RequestOptions` (``timeout``,
    ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``; writes also ``idempotency_key``),
    and ``with_raw_response`` gives each call's :class:`~dispatch.APIResponse`.

    Example:
        >>> ticket = client.tickets.get("br_123", "tkt_1")  # doctest: +SKIP
    """

    def create(
        self,
        brand_id: str,
        *,
        title: str,
        idempotency_key: str | None = None,
        **fields: Unpack[TicketCreateArgs],
    ) -> Ticket:
        """Create a ticket.

        A retried create never makes a second ticket: the request carries one ``X-Idempotency-Key``
        (``idempotency_key``, or one made for this call) on every attempt.

        Args:
            brand_id: the brand (``br_...``).
            title: the ticket's title.
            idempotency_key: your own key, to make a create safe to repeat across processes too.
            **fields: body, status, priority, assignee_id, customer_email, metadata, ... (see
                TicketCreateFields).

        Returns:
            The new :class:`~dispatch.Ticket`.

        Raises:
            ValueError: an unknown status, priority or source, or an empty ``brand_id`` (no request made).
            TypeError: an unknown field name (no request made).
            ValidationError: the API rejected a field.
            ConflictError: ``idempotency_key`` was already used with a different body.
            NotFoundError: no such brand.

        Example:
            >>> ticket = client.tickets.create("br_123", title="Help with login")  # doctest: +SKIP
        """
        options = pop_options(fields)
        response = create_ticket.sync_detailed(
            brand_id,
            **self._call(options),
            body=_create_body(title, fields),
            x_idempotency_key=idempotency_key_for(idempotency_key),
        )
        return self._expect(response, Ticket)

    def list(
        self, brand_id: str, *, limit: int | None = None, **filters: Unpack[TicketFilterArgs]
    ) -> PageIterator[Ticket]:
        """Every ticket matching the filters, fetched lazily page by page: ``for`` over it.

        Args:
            brand_id: the brand (``br_...``).
            limit: page size; the server's default when None.
            **filters: status (one or a list), priority, assignee_id, customer_email, created_after,
                search, tag_ids, sort, order, ... (see TicketFilters).

        Returns:
            An :class:`~dispatch.PageIterator`; nothing is requested before iteration.

        Raises:
            TypeError: an unknown filter name (raised here, before any request).
            ValueError: an unknown priority, source, sort or order, or a date that is not ISO 8601 (raised
                here); while iterating, an empty ``brand_id``.
            ValidationError: while iterating, the API rejected a filter.
            NotFoundError: while iterating, no such brand.
            PaginationError: while iterating, a page the server sent cannot be followed.

        Example:
            >>> for ticket in client.tickets.list("br_123", status="open"):  # doctest: +SKIP
            ...     print(ticket.ticket_number, ticket.title)
        """
        options = pop_options(filters)
        return PageIterator(self._pages(brand_id, _query(filters, limit), options))

    def list_page(
        self,
        brand_id: str,
        *,
        limit: int | None = DEFAULT_PAGE_LIMIT,
        cursor: str | None = None,
        **filters: Unpack[TicketFilterArgs],
    ) -> Page[Ticket]:
        """One page of tickets; ``page.next_page()`` fetches the next with the same filters.

        Args:
            brand_id: the brand (``br_...``).
            limit: page size; the server's default when None.
            cursor: ``next_cursor`` of a previous page; None for the first page.
            **filters: the filters of :meth:`list` (see TicketFilters).

        Returns:
            An :class:`~dispatch.Page` with ``.data``, ``.has_more`` and ``.next_cursor``.

        Raises:
            TypeError: an unknown filter name (no request made).
            ValueError: an unknown priority, source, sort or order, a date that is not ISO 8601, or an empty
                ``brand_id`` (no request made).
            ValidationError: the API rejected a filter.
            NotFoundError: no such brand.

        Example:
            >>> page = client.tickets.list_page("br_123", limit=50)  # doctest: +SKIP
        """
        options = pop_options(filters)
        return self._page_result(self._pages(brand_id, _query(filters, limit), options)(cursor))

    def _pages(self, brand_id: str, query: dict[str, Any], options: Mapping[str, Any]) -> FetchPage[Ticket]:
        return cursor_page_fetcher(
            lambda cursor: list_tickets.sync_detailed(
                brand_id, **self._call(options), cursor=cursor or UNSET, **query
            ),
            TicketPage,
        )

    def get(self, brand_id: str, ticket_id: str, **options: Unpack[RequestOptions]) -> Ticket:
        """One ticket.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such ticket in that brand.

        Example:
            >>> ticket = client.tickets.get("br_123", "tkt_1")  # doctest: +SKIP
        """
        return self._expect(get_ticket.sync_detailed(brand_id, ticket_id, **self._call(options)), Ticket)

    def update(self, brand_id: str, ticket_id: str, **fields: Unpack[TicketUpdateArgs]) -> Ticket:
        """Change some fields of a ticket; ``assignee_id=None`` unassigns it.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            **fields: title, body, status, priority, assignee_id, category_id, tags, ... (see
                TicketUpdateFields); those left out are not changed.

        Returns:
            The updated :class:`~dispatch.Ticket`.

        Raises:
            ValueError: an unknown status, priority or source, or an empty id (no request made).
            TypeError: an unknown field name (no request made).
            ValidationError: the API rejected a field.
            NotFoundError: no such ticket in that brand.

        Example:
            >>> client.tickets.update("br_123", "tkt_1", status="resolved")  # doctest: +SKIP
        """
        options = pop_options(fields)
        body = _update_body(fields)
        return self._expect(
            update_ticket.sync_detailed(brand_id, ticket_id, **self._call(options), body=body),
            Ticket,
        )

    def delete(self, brand_id: str, ticket_id: str, **options: Unpack[WriteRequestOptions]) -> Ticket | None:
        """Delete a ticket; returns it as it was.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).

        Returns:
            The ticket as it was, or None when an earlier attempt of this call deleted it but its answer
            was lost (a dropped connection or a read timeout; see the retries guide): the retry's 404
            then means the delete is done, and the ticket went with the lost answer.

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such ticket in that brand.

        Example:
            >>> client.tickets.delete("br_123", "tkt_1")  # doctest: +SKIP
        """
        return self._expect_deleted(
            delete_ticket.sync_detailed(brand_id, ticket_id, **self._call(options)), Ticket
        )

    def mark_as_spam(
        self, brand_id: str, ticket_id: str, is_spam: bool = True, **options: Unpack[WriteRequestOptions]
    ) -> Ticket:
        """Mark a ticket as spam (or not, with ``is_spam=False``).

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            is_spam: True to mark it as spam, False to clear the mark.

        Returns:
            The updated :class:`~dispatch.Ticket`.

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such ticket in that brand.

        Example:
            >>> client.tickets.mark_as_spam("br_123", "tkt_1")  # doctest: +SKIP
        """
        body = MarkAsSpamInput(is_spam=is_spam)
        response = mark_ticket_as_spam.sync_detailed(brand_id, ticket_id, **self._call(options), body=body)
        return self._expect(response, Ticket)

    def merge(
        self,
        brand_id: str,
        target_ticket_id: str,
        source_ticket_ids: Iterable[str],
        **options: Unpack[WriteRequestOptions],
    ) -> Ticket:
        """Merge the source tickets into the target; returns the target.

        Args:
            brand_id: the brand (``br_...``).
            target_ticket_id: the ticket that remains (``tkt_...``).
            source_ticket_ids: the tickets merged into it.

        Raises:
            ValueError: an empty ``brand_id`` or ``target_ticket_id`` (no request made).
            ValidationError: the API rejected the source ids.
            NotFoundError: no such ticket in that brand.

        Example:
            >>> client.tickets.merge("br_123", "tkt_1", ["tkt_2", "tkt_3"])  # doctest: +SKIP
        """
        body = MergeTicketsInput(source_ticket_ids=id_list(source_ticket_ids, "source_ticket_ids"))
        response = merge_tickets.sync_detailed(brand_id, target_ticket_id, **self._call(options), body=body)
        return self._expect(response, Ticket)

    def bulk(
        self,
        brand_id: str,
        action: BulkActionName,
        ticket_ids: Iterable[str],
        *,
        assignee_id: str | None = None,
        category_id: str | None = None,
        tags: Sequence[str] | None = None,
        **options: Unpack[WriteRequestOptions],
    ) -> BulkActionResult:
        """Apply one action (spam, resolve, close, delete, assign, setCategory, setTags) to many tickets.

        Args:
            brand_id: the brand (``br_...``).
            action: ``"spam"``, ``"resolve"``, ``"close"``, ``"delete"``, ``"assign"``, ``"setCategory"``
                or ``"setTags"``.
            ticket_ids: the tickets to act on.
            assignee_id: the assignee, for ``"assign"``.
            category_id: the category, for ``"setCategory"``.
            tags: the tags, for ``"setTags"``.

        Returns:
            A :class:`~dispatch.BulkActionResult`.

        Raises:
            ValueError: an unknown action, or an empty ``brand_id`` (no request made).
            ValidationError: the API rejected the request.
            NotFoundError: no such brand.

        Example:
            >>> client.tickets.bulk("br_123", "close", ["tkt_1", "tkt_2"])  # doctest: +SKIP
        """
        body = _bulk_body(action, ticket_ids, assignee_id, category_id, tags)
        response = bulk_ticket_action.sync_detailed(brand_id, **self._call(options), body=body)
        return self._expect(response, BulkActionResult)
