"""Webhook subscriptions of a brand and their delivery history: ``client.webhooks``.

The resource classes also carry the signature and event helpers of :mod:`dispatch.webhooks` as static
methods, so they work without a client, on the client class itself::

    DispatchTickets.webhooks.verify_signature(raw_body, headers["X-Dispatch-Signature"], secret)
    event = DispatchTickets.webhooks.construct_event(raw_body, signature, secret)

The ``secret`` given to :meth:`Webhooks.create` goes into the request body and nowhere else: the body's
repr leaves it out (a template marks the field repr=False), the transport never logs bodies, and a
``secret`` echoed back by the API is dropped from the returned :class:`Webhook`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from dispatch.resources._base import (
    build_body,
    expect,
    expect_list,
    id_list,
    resource_class,
)
from dispatch.resources._names import EventName
from dispatch_tickets_api.models import CreateWebhookInput, Webhook, WebhookEventName
from dispatch_tickets_api.types import Response

if TYPE_CHECKING:
    from dispatch.resources._async.webhooks import AsyncWebhooks
    from dispatch.resources._sync.webhooks import Webhooks

__all__ = ["AsyncWebhooks", "Webhooks"]

_CREATE_FIELDS = frozenset({"url", "secret", "events"})


def _create_body(url: str, secret: str, events: Iterable[EventName]) -> CreateWebhookInput:
    if not isinstance(secret, str) or not secret:
        raise ValueError("secret must be a non-empty string (deliveries are signed with it)")
    if isinstance(events, str):
        raise TypeError("events must be a list of event names, e.g. ['ticket.created'], not a str")
    fields = {"url": url, "secret": secret, "events": id_list(events, "events")}
    return build_body(CreateWebhookInput, fields, allowed=_CREATE_FIELDS, enums={"events": WebhookEventName})


def _scrubbed(webhook: Webhook) -> Webhook:
    """The webhook without a ``secret`` the API might echo (it is not documented in the answer)."""
    webhook.additional_properties.pop("secret", None)
    return webhook


def _webhook(response: Response[Any]) -> Webhook:
    return _scrubbed(expect(response, Webhook))


def _webhooks(response: Response[Any]) -> list[Webhook]:
    return [_scrubbed(webhook) for webhook in expect_list(response, Webhook)]


def __getattr__(name: str) -> Any:
    """``Webhooks`` and ``AsyncWebhooks``, loaded on first use (they import this module's helpers)."""
    return resource_class(__name__, name)
