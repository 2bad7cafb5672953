"""Tickets: ``client.tickets``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypedDict

from dispatch._response import RequestOptions, WriteRequestOptions
from dispatch.resources._base import (
    build_body,
    comma_list,
    enum_or_unset,
    id_list,
    iso_or_unset,
    resource_class,
)
from dispatch.resources._names import (
    BulkActionName,
    OrderName,
    PriorityName,
    SourceName,
    StatusName,
    TicketSortName,
)
from dispatch_tickets_api.models import (
    BulkAction,
    BulkActionInput,
    CreateTicketInput,
    Link,
    SortOrder,
    TicketPriority,
    TicketSortField,
    TicketSource,
    TicketStatus,
    UpdateTicketInput,
)
from dispatch_tickets_api.types import UNSET

if TYPE_CHECKING:
    from dispatch.resources._async.tickets import AsyncTickets
    from dispatch.resources._sync.tickets import Tickets

__all__ = ["AsyncTickets", "TicketCreateFields", "TicketFilters", "TicketUpdateFields", "Tickets"]

_ENUMS = {"status": TicketStatus, "priority": TicketPriority, "source": TicketSource}
_LinkLike = Link | dict[str, Any]


class TicketCreateFields(TypedDict, total=False):
    """Optional fields of :meth:`Tickets.create` (snake_case; sent as the API's camelCase).

    Example:
        >>> fields: TicketCreateFields = {"priority": "high", "customer_email": "jane@example.com"}
        >>> client.tickets.create("br_123", title="Help", **fields)  # doctest: +SKIP
    """

    body: str
    status: StatusName
    priority: PriorityName
    assignee_id: str
    created_by: str
    category_id: str
    tags: Sequence[str]
    links: Sequence[_LinkLike]
    custom_fields: dict[str, Any]
    metadata: dict[str, Any]
    source: SourceName
    source_id: str
    source_data: dict[str, Any]
    notify_customer: bool
    customer_email: str
    customer_name: str


class TicketUpdateFields(TypedDict, total=False):
    """Fields of :meth:`Tickets.update`; ``assignee_id=None`` / ``category_id=None`` clear them.

    Example:
        >>> changes: TicketUpdateFields = {"status": "pending", "assignee_id": None}
        >>> client.tickets.update("br_123", "tkt_1", **changes)  # doctest: +SKIP
    """

    title: str
    body: str
    status: StatusName
    priority: PriorityName
    assignee_id: str | None
    category_id: str | None
    tags: Sequence[str]
    links: Sequence[_LinkLike]
    custom_fields: dict[str, Any]
    metadata: dict[str, Any]
    is_spam: bool


class TicketFilters(TypedDict, total=False):
    """Filters of :meth:`Tickets.list` / :meth:`Tickets.list_page`; lists are sent comma-separated.

    Example:
        >>> filters: TicketFilters = {"status": ["open", "pending"], "priority": "high"}
        >>> urgent = list(client.tickets.list("br_123", **filters))  # doctest: +SKIP
    """

    status: StatusName | Sequence[StatusName]
    priority: PriorityName
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
    source: SourceName
    sort: TicketSortName
    order: OrderName


class TicketCreateArgs(TicketCreateFields, RequestOptions, total=False):
    """:class:`TicketCreateFields` and the per-call options (:class:`~dispatch.RequestOptions`, and
    ``extra_body``), as one ``**kwargs``; ``idempotency_key`` is a parameter of its own."""

    extra_body: Mapping[str, Any]


class TicketFilterArgs(TicketFilters, RequestOptions, total=False):
    """:class:`TicketFilters` and the per-call options (:class:`~dispatch.RequestOptions`), as one ``**kwargs``."""


class TicketUpdateArgs(TicketUpdateFields, WriteRequestOptions, total=False):
    """:class:`TicketUpdateFields` and the per-call options (:class:`~dispatch.WriteRequestOptions`), as one ``**kwargs``."""


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
    action: BulkActionName,
    ticket_ids: Iterable[str],
    assignee_id: str | None,
    category_id: str | None,
    tags: Sequence[str] | None,
) -> BulkActionInput:
    fields: dict[str, Any] = {
        "action": action,
        "ticket_ids": id_list(ticket_ids, "ticket_ids"),
        "assignee_id": assignee_id,
    }
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


def __getattr__(name: str) -> Any:
    """``Tickets`` and ``AsyncTickets``, loaded on first use (they import this module's helpers)."""
    return resource_class(__name__, name)
