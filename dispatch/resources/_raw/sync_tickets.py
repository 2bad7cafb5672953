# Generated from dispatch/resources/_async/tickets.py by scripts/unasync.py (run by scripts/generate): the types of
# ``with_raw_response``. Do not edit by hand: change the async source, then run scripts/generate.
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, Unpack

from dispatch._constants import DEFAULT_PAGE_LIMIT
from dispatch._response import APIResponse, RequestOptions, WriteRequestOptions
from dispatch.pagination import Page, PageIterator
from dispatch.resources._names import BulkActionName
from dispatch.resources.tickets import (
    TicketCreateArgs,
    TicketFilterArgs,
    TicketUpdateArgs,
)
from dispatch_tickets_api.models import (
    BulkActionResult,
    Ticket,
)


class TicketsRaw(Protocol):
    """``Tickets`` in raw mode: each call returns its ``APIResponse``."""

    def create(
        self,
        brand_id: str,
        *,
        title: str,
        idempotency_key: str | None = None,
        **fields: Unpack[TicketCreateArgs],
    ) -> APIResponse[Ticket]: ...

    def list(
        self, brand_id: str, *, limit: int | None = None, **filters: Unpack[TicketFilterArgs]
    ) -> PageIterator[Ticket]: ...

    def list_page(
        self,
        brand_id: str,
        *,
        limit: int | None = DEFAULT_PAGE_LIMIT,
        cursor: str | None = None,
        **filters: Unpack[TicketFilterArgs],
    ) -> APIResponse[Page[Ticket]]: ...

    def get(
        self, brand_id: str, ticket_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[Ticket]: ...

    def update(
        self, brand_id: str, ticket_id: str, **fields: Unpack[TicketUpdateArgs]
    ) -> APIResponse[Ticket]: ...

    def delete(
        self, brand_id: str, ticket_id: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[Ticket | None]: ...

    def mark_as_spam(
        self, brand_id: str, ticket_id: str, is_spam: bool = True, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[Ticket]: ...

    def merge(
        self,
        brand_id: str,
        target_ticket_id: str,
        source_ticket_ids: Iterable[str],
        **options: Unpack[WriteRequestOptions],
    ) -> APIResponse[Ticket]: ...

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
    ) -> APIResponse[BulkActionResult]: ...
