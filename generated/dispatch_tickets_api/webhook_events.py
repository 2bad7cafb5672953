# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
"""The webhook events the document names, the payload model of each typed one, and its example."""

from typing import Any, Final, Literal, TypeAlias

WebhookEventNameLiteral: TypeAlias = Literal[
    "ticket.created",
    "ticket.updated",
    "ticket.deleted",
    "ticket.comment.created",
    "comment.created",
    "comment.updated",
    "comment.deleted",
    "attachment.created",
    "attachment.deleted",
]
"""Every event name the document lists (`WebhookEventName`, then the `webhooks` section)."""

EVENT_NAMES: Final[tuple[str, ...]] = (
    "ticket.created",
    "ticket.updated",
    "ticket.deleted",
    "ticket.comment.created",
    "comment.created",
    "comment.updated",
    "comment.deleted",
    "attachment.created",
    "attachment.deleted",
)
"""The same names, in the document's order."""

PAYLOAD_MODELS: Final[dict[str, str]] = {
    "ticket.created": "TicketCreatedPayload",
    "ticket.updated": "TicketUpdatedPayload",
    "ticket.comment.created": "CommentCreatedPayload",
}
"""Event name -> name of the model in `dispatch_tickets_api.models` that types its `data`."""

EXAMPLES: Final[dict[str, dict[str, Any]]] = {
    "ticket.created": {
        "id": "evt_01HF8Z3R7K2M4N6P8Q0S2T4V6X",
        "event": "ticket.created",
        "brand_id": "br_8f2k1",
        "data": {
            "id": "tkt_01HF8Z3Q4R5S6T7V8W9X0Y1Z2A",
            "ticketNumber": 1042,
            "title": "Charged twice for March invoice",
            "status": "open",
            "priority": "high",
            "source": "api",
            "createdAt": "2024-03-12T09:14:22.000Z",
            "customerId": "cus_7h3m2",
            "customerEmail": "jane@example.com",
            "customerName": "Jane Doe",
        },
        "timestamp": "2024-03-12T09:14:22.512Z",
    },
    "ticket.updated": {
        "id": "evt_01HFB2D4F6H8J0K2M4N6P8Q0R2",
        "event": "ticket.updated",
        "brand_id": "br_8f2k1",
        "data": {
            "id": "tkt_01HF8Z3Q4R5S6T7V8W9X0Y1Z2A",
            "ticketNumber": 1042,
            "title": "Charged twice for March invoice",
            "status": "resolved",
            "priority": "high",
            "assigneeId": "usr_9d2k4",
            "updatedAt": "2024-03-14T16:02:51.000Z",
            "changes": ["status"],
            "customerId": "cus_7h3m2",
            "customerEmail": "jane@example.com",
            "customerName": "Jane Doe",
        },
        "timestamp": "2024-03-14T16:02:51.337Z",
    },
    "ticket.comment.created": {
        "id": "evt_01HFB2E9G1J3L5N7Q9S1U3W5Y7",
        "event": "ticket.comment.created",
        "brand_id": "br_8f2k1",
        "data": {
            "ticketId": "tkt_01HF8Z3Q4R5S6T7V8W9X0Y1Z2A",
            "ticketNumber": "ACME-1042",
            "customerId": "cus_7h3m2",
            "customerEmail": "jane@example.com",
            "customerName": None,
            "comment": {
                "id": "cmt_6p4r2",
                "body": "Thanks for reaching out! I have refunded the duplicate payment.",
                "authorId": "usr_9d2k4",
                "authorType": "AGENT",
                "createdAt": "2024-03-14T16:02:51.000Z",
            },
        },
        "timestamp": "2024-03-14T16:02:51.902Z",
    },
}
"""Event name -> the document's example delivery (the whole envelope, decoded JSON)."""
