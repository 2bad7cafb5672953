"""Receive Dispatch Tickets webhooks with Flask.

Run it::

    pip install dispatch-tickets flask
    export DISPATCH_WEBHOOK_SECRET=whsec_...      # the secret you gave client.webhooks.create(...)
    flask --app examples/flask_webhook.py run --port 8000

then register ``https://<your host>/webhooks`` as the webhook's URL. Try it locally with a signed request::

    python -c "from dispatch.webhooks import generate_signature as g; print(g(open('body.json','rb').read(), 'whsec_...'))"
    curl -X POST localhost:8000/webhooks -H 'X-Dispatch-Signature: sha256=...' --data-binary @body.json

The signature covers the raw body, so the view reads ``request.get_data()`` (never ``request.json`` re-
serialised). Answers: 200 for every correctly signed delivery, handled or not (an event this SDK does not
know, or data of a changed shape, included), 400 for a bad or missing signature, a stale timestamp or a
malformed envelope. Every accepted event is appended to ``received_events`` (the tests look there).
"""

from __future__ import annotations

import logging
import os

from flask import Flask, request

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
app = Flask(__name__)
received_events: list[AnyWebhookEvent] = []


def webhook_secret() -> str:
    """The signing secret, read per request so a rotated secret is picked up without a restart."""
    return os.environ.get("DISPATCH_WEBHOOK_SECRET") or DEMO_SECRET


def handle_event(event: AnyWebhookEvent) -> None:
    """Your business logic. Deliveries can be retried: de-duplicate on ``event.id``."""
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
def dispatch_webhook() -> tuple[dict[str, object], int]:
    """Verify, parse and dispatch one delivery."""
    raw_body = request.get_data()  # the exact bytes that were signed
    try:
        event = construct_webhook_event(raw_body, request.headers.get(SIGNATURE_HEADER), webhook_secret())
    except WebhookSignatureError as exc:
        log.warning("rejected webhook: %s", exc)
        return {"error": "invalid signature"}, 400
    except WebhookPayloadError as exc:
        log.warning("rejected webhook: %s", exc)
        return {"error": exc.message}, 400
    handle_event(event)
    return {"received": True, "id": event.id}, 200


if __name__ == "__main__":
    app.run(port=8000)
