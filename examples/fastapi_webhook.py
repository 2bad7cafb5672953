"""Receive Dispatch Tickets webhooks with FastAPI.

Run it::

    pip install dispatch-tickets fastapi uvicorn
    export DISPATCH_WEBHOOK_SECRET=whsec_...      # the secret you gave client.webhooks.create(...)
    uvicorn examples.fastapi_webhook:app --port 8000     # or: python examples/fastapi_webhook.py

then register ``https://<your host>/webhooks`` as the webhook's URL.

The signature covers the raw body, so the endpoint takes the ``Request`` and awaits ``request.body()``
instead of declaring a pydantic body model (which would parse, and lose the exact bytes). Answers: 200 for
every correctly signed delivery, handled or not (an event this SDK does not know, or data of a changed
shape, included), 400 for a bad or missing signature, a stale timestamp or a malformed envelope. Every
accepted event is appended to ``received_events`` (the tests look there).
"""

from __future__ import annotations

import logging
import os

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from dispatch.webhooks import (
    SIGNATURE_HEADER,
    AnyWebhookEvent,
    WebhookPayloadError,
    WebhookSignatureError,
    construct_webhook_event,
    is_comment_created_event,
    is_ticket_created_event,
    is_ticket_updated_event,
)

DEMO_SECRET = "whsec_demo_only_change_me"  # used when DISPATCH_WEBHOOK_SECRET is not set: demo only

log = logging.getLogger(__name__)
app = FastAPI(title="Dispatch Tickets webhook receiver")
received_events: list[AnyWebhookEvent] = []


def webhook_secret() -> str:
    """The signing secret, read per request so a rotated secret is picked up without a restart."""
    return os.environ.get("DISPATCH_WEBHOOK_SECRET") or DEMO_SECRET


async def handle_event(event: AnyWebhookEvent) -> None:
    """Your business logic. Deliveries can be retried: de-duplicate on ``event.id``.

    Keep it quick (or hand the work to a queue): the sender waits for the answer.
    """
    received_events.append(event)
    if is_ticket_created_event(event):
        print(f"New ticket #{event.data.ticket_number}: {event.data.title!r} ({event.data.priority})")
    elif is_ticket_updated_event(event):
        changed = ", ".join(event.data.changes or [])  # None if the delivery's list was unreadable
        print(f"Ticket {event.data.id} updated: {changed or 'no field names'}")
    elif is_comment_created_event(event):
        comment = event.data.comment  # a field the delivery lacked reads as None (see event.unreadable)
        body = (comment.body or "") if comment is not None else ""
        print(
            f"New comment on {event.data.ticket_number} by {comment and comment.author_type}: {body[:80]!r}"
        )
    else:
        # Not handled here (perhaps an event added after this SDK version): still acknowledged with a
        # 2xx, since an error answer makes the service retry, then disable the endpoint.
        print(f"Received {event.event} ({event.id}), not handled")


@app.post("/webhooks")
async def dispatch_webhook(request: Request) -> JSONResponse:
    """Verify, parse and dispatch one delivery."""
    raw_body = await request.body()  # the exact bytes that were signed
    try:
        event = construct_webhook_event(raw_body, request.headers.get(SIGNATURE_HEADER), webhook_secret())
    except WebhookSignatureError as exc:
        log.warning("rejected webhook: %s", exc)
        return JSONResponse({"error": "invalid signature"}, status_code=400)
    except WebhookPayloadError as exc:
        log.warning("rejected webhook: %s", exc)
        return JSONResponse({"error": exc.message}, status_code=400)
    await handle_event(event)
    return JSONResponse({"received": True, "id": event.id})


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, port=8000)
