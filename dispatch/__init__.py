"""The official Python SDK for the Dispatch Tickets API.

    from dispatch import DispatchTickets

    with DispatchTickets(api_key="sk_live_...") as client:
        ticket = client.tickets.create("br_123", title="Help with login", priority="high")
        for open_ticket in client.tickets.list("br_123", status="open"):
            print(open_ticket.ticket_number, open_ticket.title)

Clients: :class:`DispatchTickets`, :class:`AsyncDispatchTickets` (admin API, API key) and
:class:`DispatchPortal`, :class:`AsyncDispatchPortal` (customer portal, portal token). Results are the
generated attrs models, re-exported here (``from dispatch import Ticket``); they load on first use, so
``import dispatch`` stays cheap. The raw generated endpoints are in ``dispatch_tickets_api``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from dispatch._async.client import AsyncDispatchTickets
from dispatch._client import NOT_GIVEN
from dispatch._errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    ConflictError,
    DispatchTicketsError,
    NetworkError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TimeoutError,
    ValidationError,
    WebhookPayloadError,
    WebhookSignatureError,
    is_authentication_error,
    is_conflict_error,
    is_dispatch_tickets_error,
    is_network_error,
    is_not_found_error,
    is_permission_denied_error,
    is_rate_limit_error,
    is_server_error,
    is_timeout_error,
    is_validation_error,
)
from dispatch._ratelimit import RateLimit
from dispatch._response import APIResponse, RequestOptions, WriteRequestOptions
from dispatch._sync.client import DispatchTickets
from dispatch._transport import Credentials, Hooks, RequestContext, ResponseContext, RetryConfig
from dispatch._version import __version__
from dispatch.pagination import AsyncPage, AsyncPageIterator, Page, PageIterator

if TYPE_CHECKING:
    from dispatch._portal import AsyncDispatchPortal, DispatchPortal
    from dispatch.webhooks import (
        CommentCreatedData,
        CommentCreatedEvent,
        TicketCreatedData,
        TicketCreatedEvent,
        TicketUpdatedData,
        TicketUpdatedEvent,
        WebhookComment,
        WebhookEvent,
        construct_webhook_event,
        generate_signature,
        is_comment_created_event,
        is_ticket_created_event,
        is_ticket_updated_event,
        parse_webhook_event,
        verify_signature,
    )
    from dispatch_tickets_api.models import *  # noqa: F403 - the models listed in _MODELS below
    from dispatch_tickets_api.types import UNSET, ResponseFieldError, Unset

# The generated models re-exported from here (loaded on first access). The webhook payload schemas are
# left out: dispatch.webhooks has the typed events (TicketCreatedEvent, with .data a TicketCreatedData).
# tests/test_public_api.py checks this list against the generated package, so a model added to the
# document is not forgotten.
_MODELS = (
    "Account",
    "AccountUsage",
    "AccountUsagePlan",
    "ApiKey",
    "ApiKeyWithSecret",
    "Attachment",
    "AttachmentStatus",
    "AttachmentWithUrl",
    "AuthorType",
    "Brand",
    "BrandSchema",
    "BulkAction",
    "BulkActionInput",
    "BulkActionResult",
    "Category",
    "CategoryStat",
    "CategoryStats",
    "Comment",
    "CommentCreatedPayload",
    "CommentCreatedPayloadComment",
    "Company",
    "CompanyCount",
    "ConfirmUploadInput",
    "CreateApiKeyInput",
    "CreateBrandInput",
    "CreateCategoryInput",
    "CreateCommentInput",
    "CreateCustomerInput",
    "CreateFieldInput",
    "CreatePortalCommentInput",
    "CreatePortalTicketInput",
    "CreateTagInput",
    "CreateTicketInput",
    "CreateWebhookInput",
    "CursorPagination",
    "Customer",
    "CustomerCount",
    "CustomerPage",
    "CustomerSortField",
    "DeleteBrandPreview",
    "EntityType",
    "ErrorBody",
    "ErrorDetail",
    "FieldDefinition",
    "FieldDefinitionsByEntity",
    "FieldType",
    "GeneratePortalTokenInput",
    "InitiateUploadInput",
    "InitiateUploadResult",
    "JsonObject",
    "Link",
    "MarkAsSpamInput",
    "MergeTagsInput",
    "MergeTicketsInput",
    "PortalAttachment",
    "PortalAttachmentWithUrl",
    "PortalAuthorType",
    "PortalBrand",
    "PortalComment",
    "PortalInitiateUploadInput",
    "PortalPagination",
    "PortalTicket",
    "PortalTicketDetail",
    "PortalTicketPage",
    "PortalTicketSortField",
    "PortalToken",
    "PortalUploadTarget",
    "PortalVerifyInput",
    "ReorderCategoriesInput",
    "ReorderFieldsInput",
    "SendPortalMagicLinkInput",
    "SortOrder",
    "SuccessResponse",
    "Tag",
    "Ticket",
    "TicketCreatedPayload",
    "TicketPage",
    "TicketPriority",
    "TicketSortField",
    "TicketSource",
    "TicketStatus",
    "TicketUpdatedPayload",
    "UpdateApiKeyScopeInput",
    "UpdateBrandInput",
    "UpdateCategoryInput",
    "UpdateCommentInput",
    "UpdateCustomerInput",
    "UpdateFieldInput",
    "UpdateTagInput",
    "UpdateTicketInput",
    "Webhook",
    "WebhookDelivery",
    "WebhookDeliveryStatus",
    "WebhookEnvelope",
    "WebhookEventName",
)
_WEBHOOK_PAYLOAD_MODELS = (
    "CommentCreatedPayload",
    "CommentCreatedPayloadComment",
    "TicketCreatedPayload",
    "TicketUpdatedPayload",
    "WebhookEnvelope",
)
# Loaded on first access: the portal clients, and the webhook helpers (8 attrs classes and hmac: ~10 ms
# at import, which an application that only calls the API never needs).
_WEBHOOK_NAMES = (
    "CommentCreatedData",
    "CommentCreatedEvent",
    "TicketCreatedData",
    "TicketCreatedEvent",
    "TicketUpdatedData",
    "TicketUpdatedEvent",
    "WebhookComment",
    "WebhookEvent",
    "construct_webhook_event",
    "generate_signature",
    "is_comment_created_event",
    "is_ticket_created_event",
    "is_ticket_updated_event",
    "parse_webhook_event",
    "verify_signature",
)
_LAZY = {
    "DispatchPortal": "dispatch._portal",
    "AsyncDispatchPortal": "dispatch._portal",
    "ResponseFieldError": "dispatch_tickets_api.types",  # with the models it concerns
    # "not sent", as opposed to null, in the request bodies that tell them apart (UpdateTicketInput.assignee_id)
    "UNSET": "dispatch_tickets_api.types",
    "Unset": "dispatch_tickets_api.types",
    **dict.fromkeys(_WEBHOOK_NAMES, "dispatch.webhooks"),
}

__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "AsyncDispatchPortal",
    "AsyncDispatchTickets",
    "AsyncPage",
    "AsyncPageIterator",
    "AuthenticationError",
    "CommentCreatedData",
    "CommentCreatedEvent",
    "ConflictError",
    "Credentials",
    "DispatchPortal",
    "DispatchTickets",
    "DispatchTicketsError",
    "Hooks",
    "NetworkError",
    "NotFoundError",
    "Page",
    "PageIterator",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RequestContext",
    "RequestOptions",
    "ResponseContext",
    "ResponseFieldError",
    "RetryConfig",
    "ServerError",
    "TicketCreatedData",
    "TicketCreatedEvent",
    "TicketUpdatedData",
    "TicketUpdatedEvent",
    "TimeoutError",
    "Unset",
    "ValidationError",
    "WriteRequestOptions",
    "WebhookComment",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "__version__",
    "construct_webhook_event",
    "generate_signature",
    "is_authentication_error",
    "is_comment_created_event",
    "is_conflict_error",
    "is_dispatch_tickets_error",
    "is_network_error",
    "is_not_found_error",
    "is_permission_denied_error",
    "is_rate_limit_error",
    "is_server_error",
    "is_ticket_created_event",
    "is_ticket_updated_event",
    "is_timeout_error",
    "is_validation_error",
    "parse_webhook_event",
    "verify_signature",
    *(name for name in _MODELS if name not in _WEBHOOK_PAYLOAD_MODELS and name not in _LAZY),
]


def __getattr__(name: str) -> Any:
    """Load the portal clients, the webhook helpers and the generated models on first access (PEP 562)."""
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    elif name == "webhooks":  # `dispatch.webhooks.verify_signature` after a bare `import dispatch`
        value = importlib.import_module("dispatch.webhooks")
    elif name in _MODELS and name not in _WEBHOOK_PAYLOAD_MODELS:
        value = getattr(importlib.import_module("dispatch_tickets_api.models"), name)
    else:
        raise AttributeError(f"module 'dispatch' has no attribute {name!r}")
    globals()[name] = value  # cached: __getattr__ is not called again for it
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
