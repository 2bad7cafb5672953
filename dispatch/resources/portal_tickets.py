"""The customer's own tickets: ``portal.tickets`` of :class:`~dispatch.DispatchPortal`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from dispatch._upload import (
    PendingUpload,
)
from dispatch.resources._base import (
    enum_or_unset,
    id_list,
    idempotency_key_for,
    required,
    resource_class,
)
from dispatch.resources._names import OrderName, PortalSortName, StatusName
from dispatch_tickets_api.models import (
    CreatePortalTicketInput,
    PortalInitiateUploadInput,
    PortalTicket,
    PortalTicketPage,
    PortalTicketSortField,
    SortOrder,
    TicketStatus,
)
from dispatch_tickets_api.types import UNSET, Unset

if TYPE_CHECKING:
    from dispatch.resources._async.portal_tickets import AsyncPortalTickets
    from dispatch.resources._sync.portal_tickets import PortalTickets

__all__ = ["AsyncPortalTickets", "PortalTickets"]


def _query(
    status: StatusName | None, sort: PortalSortName | None, order: OrderName | None, limit: int | None
) -> dict[str, Any]:
    """The list filters as the generated ``list_portal_tickets`` wants them (values sent as given)."""
    checked_status = enum_or_unset(TicketStatus, status)
    return {
        "status": checked_status if isinstance(checked_status, Unset) else checked_status.value,
        "sort": enum_or_unset(PortalTicketSortField, sort),
        "order": enum_or_unset(SortOrder, order),
        "limit": UNSET if limit is None else limit,
    }


def _page_parts(page: PortalTicketPage) -> tuple[list[PortalTicket], bool, str | None]:
    cursor = page.pagination.next_cursor
    return page.data, page.pagination.has_more, cursor if isinstance(cursor, str) else None


def _create_body(
    title: str, body: str | None, attachment_ids: Iterable[str] | None
) -> CreatePortalTicketInput:
    return CreatePortalTicketInput(
        title=required(title, "title"),
        body=body,
        attachment_ids=None if attachment_ids is None else id_list(attachment_ids, "attachment_ids"),
    )


def _pending(ticket_id: str | None, attachment_id: str) -> PendingUpload:
    if ticket_id is None:
        finish = f"portal.tickets.confirm_pending_upload({attachment_id!r})"
    else:
        finish = f"portal.tickets.confirm_upload({ticket_id!r}, {attachment_id!r})"
    # The portal API has no delete: an attachment never confirmed is never shown on a ticket.
    return PendingUpload(attachment_id, finish=finish, discard="leave it: unconfirmed, it is never shown")


def _upload_body(filename: str, content_type: str, size: int) -> PortalInitiateUploadInput:
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise ValueError(f"size must be a non-negative int (bytes), got {size!r}")
    return PortalInitiateUploadInput(filename=filename, content_type=content_type, size=size)


def _key(idempotency_key: str | None) -> str:
    return idempotency_key_for(idempotency_key)


def __getattr__(name: str) -> Any:
    """``PortalTickets`` and ``AsyncPortalTickets``, loaded on first use (they import this module's helpers)."""
    return resource_class(__name__, name)
