"""The enum-valued parameters, as ``Literal`` unions: mypy flags ``priority="hgh"``.

Each also accepts the generated enum's members. At run time nothing is checked here: the value is
sent as given, so a value the service adds after this SDK was made still works, and a wrong one comes
back as the service's 400/422, a :class:`~dispatch.ValidationError` naming the field.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from dispatch_tickets_api.models import (
    AuthorType,
    BulkAction,
    PortalTicketSortField,
    SortOrder,
    TicketPriority,
    TicketSortField,
    TicketSource,
    TicketStatus,
    WebhookEventName,
)
from dispatch_tickets_api.webhook_events import WebhookEventNameLiteral

__all__ = [
    "AuthorTypeName",
    "BulkActionName",
    "EventName",
    "OrderName",
    "PortalSortName",
    "PriorityName",
    "SourceName",
    "StatusName",
    "TicketSortName",
]

StatusName: TypeAlias = TicketStatus | Literal["open", "pending", "resolved", "closed"]
PriorityName: TypeAlias = TicketPriority | Literal["low", "normal", "medium", "high", "urgent"]
SourceName: TypeAlias = (
    TicketSource
    | Literal["api", "custom", "discord", "email", "instagram", "slack", "sms", "twitter", "web", "whatsapp"]
)
TicketSortName: TypeAlias = TicketSortField | Literal["createdAt", "updatedAt", "priority"]
PortalSortName: TypeAlias = PortalTicketSortField | Literal["createdAt", "updatedAt"]
OrderName: TypeAlias = SortOrder | Literal["asc", "desc"]
BulkActionName: TypeAlias = (
    BulkAction | Literal["spam", "resolve", "close", "delete", "assign", "setCategory", "setTags"]
)
AuthorTypeName: TypeAlias = AuthorType | Literal["AGENT", "CUSTOMER", "SYSTEM"]
EventName: TypeAlias = WebhookEventName | WebhookEventNameLiteral  # the names, as the document lists them
