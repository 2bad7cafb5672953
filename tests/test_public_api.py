"""The public surface of `dispatch`, pinned: a change here is a change users see (and the CHANGELOG says)."""

from __future__ import annotations

import subprocess
import sys

import dispatch
import dispatch_tickets_api.models

OWN_NAMES = {
    "NOT_GIVEN", "APIConnectionError", "APIResponse", "RateLimit", "RequestOptions", "WriteRequestOptions", "APIStatusError", "AsyncDispatchPortal", "AsyncDispatchTickets",
    "AsyncPage", "AsyncPageIterator", "AuthenticationError", "CommentCreatedData", "CommentCreatedEvent",
    "ConflictError", "Credentials", "DispatchPortal", "DispatchTickets", "DispatchTicketsError", "Hooks",
    "NetworkError", "NotFoundError", "Page", "PageIterator", "PaginationError", "PermissionDeniedError",
    "RateLimitError", "RequestContext", "ResponseContext", "ResponseFieldError", "RetryConfig", "ServerError",
    "TicketCreatedData", "TicketCreatedEvent", "TicketUpdatedData", "TicketUpdatedEvent", "TimeoutError",
    "UNSET", "Unset", "ValidationError",
    "WebhookComment", "WebhookEvent", "WebhookPayloadError", "WebhookSignatureError", "__version__",
    "construct_webhook_event", "generate_signature", "is_authentication_error", "is_comment_created_event",
    "is_conflict_error", "is_dispatch_tickets_error", "is_network_error", "is_not_found_error",
    "is_permission_denied_error", "is_rate_limit_error", "is_server_error", "is_ticket_created_event",
    "is_ticket_updated_event", "is_timeout_error", "is_validation_error", "parse_webhook_event",
    "verify_signature",
}  # fmt: skip
WEBHOOK_PAYLOAD_MODELS = {
    "CommentCreatedPayload",
    "CommentCreatedPayloadComment",
    "TicketCreatedPayload",
    "TicketUpdatedPayload",
    "WebhookEnvelope",
}


def test_all_is_pinned() -> None:
    models = set(dispatch_tickets_api.models.__all__) - WEBHOOK_PAYLOAD_MODELS
    assert set(dispatch.__all__) == OWN_NAMES | models
    assert len(dispatch.__all__) == len(set(dispatch.__all__))


def test_every_exported_name_resolves() -> None:
    for name in dispatch.__all__:
        assert getattr(dispatch, name) is not None, name


def test_models_are_the_generated_ones() -> None:
    assert dispatch.Ticket is dispatch_tickets_api.models.Ticket
    assert dispatch.TicketStatus.OPEN == "open"


def test_import_dispatch_loads_nothing_generated() -> None:
    """`import dispatch` stays cheap: the generated package (client, types, models, endpoints) and the
    resources load on first use (the generated package's client and types alone cost ~10 ms)."""
    code = (
        "import sys, dispatch; "
        "print(sorted(m for m in sys.modules if m.startswith(('dispatch_tickets_api', 'dispatch.resources.'))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"


def test_import_dispatch_loads_neither_asyncio_nor_the_webhook_helpers() -> None:
    code = (
        "import sys, dispatch; print(sorted(m for m in ('asyncio', 'dispatch.webhooks') if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"


def test_one_request_loads_only_the_models_it_returns() -> None:
    code = """
import sys, httpx, dispatch
from tests.unit.test_tickets import TICKET
client = dispatch.DispatchTickets("sk_test_x", transport=httpx.MockTransport(lambda r: httpx.Response(200, json=TICKET)))
client.tickets.get("br_1", "tkt_1")
print(len([m for m in sys.modules if m.startswith("dispatch_tickets_api.models.")]))
"""
    count = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert 0 < int(count) < 30, f"{count} model modules loaded for one ticket"
