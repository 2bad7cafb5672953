"""Receive Dispatch Tickets webhooks with Django.

In your project, copy the view and route it::

    # urls.py
    from django.urls import path
    from myapp.webhooks import dispatch_webhook

    urlpatterns = [path("webhooks", dispatch_webhook)]

and set ``DISPATCH_WEBHOOK_SECRET`` in the environment (the secret you gave ``client.webhooks.create``).

This file also runs on its own, as a one-file Django project (it is its own settings and URLconf)::

    pip install dispatch-tickets django
    export DISPATCH_WEBHOOK_SECRET=whsec_...
    python examples/django_webhook.py runserver 8000

The signature covers the raw body, so the view reads ``request.body`` (bytes, untouched). The view is
``csrf_exempt``: a server-to-server POST carries no CSRF token; the signature authenticates it instead.
Answers: 200 for every correctly signed delivery, handled or not (an event this SDK does not know, or data
of a changed shape, included), 400 for a bad or missing signature, a stale timestamp or a malformed
envelope, 405 for anything but POST. Every accepted event is appended to ``received_events`` (the tests look
there).
"""

from __future__ import annotations

import logging
import os
import sys

import django
from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

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


@csrf_exempt
@require_POST
def dispatch_webhook(request: HttpRequest) -> JsonResponse:
    """Verify, parse and dispatch one delivery."""
    raw_body: bytes = request.body  # the exact bytes that were signed
    try:
        event = construct_webhook_event(raw_body, request.headers.get(SIGNATURE_HEADER), webhook_secret())
    except WebhookSignatureError as exc:
        log.warning("rejected webhook: %s", exc)
        return JsonResponse({"error": "invalid signature"}, status=400)
    except WebhookPayloadError as exc:
        log.warning("rejected webhook: %s", exc)
        return JsonResponse({"error": exc.message}, status=400)
    handle_event(event)
    return JsonResponse({"received": True, "id": event.id})


urlpatterns = [path("webhooks", dispatch_webhook)]


# --- standalone demo only: a real project has its own settings module and urls.py ----------------------
if not settings.configured:
    settings.configure(
        DEBUG=os.environ.get("DJANGO_DEBUG") == "1",
        SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY", "demo-only-not-a-secret"),
        ROOT_URLCONF=__name__,  # this module's urlpatterns
        ALLOWED_HOSTS=["localhost", "127.0.0.1", "[::1]", "testserver"],
        MIDDLEWARE=[
            "django.middleware.security.SecurityMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
        ],
    )
    django.setup()

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
