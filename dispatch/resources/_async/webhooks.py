"""Webhooks, written once: the sync module is derived from the async one by scripts/unasync.py."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Unpack

from dispatch._response import RequestOptions, WriteRequestOptions
from dispatch.resources._async._resource import AsyncAPIResource
from dispatch.resources._names import EventName
from dispatch.resources.webhooks import _create_body, _webhook, _webhooks
from dispatch.webhooks import Webhooks as WebhookHelpers
from dispatch_tickets_api.api.webhooks import (
    create_webhook,
    delete_webhook,
    get_webhook,
    list_webhook_deliveries,
    list_webhooks,
)
from dispatch_tickets_api.models import Webhook, WebhookDelivery

__all__ = ["AsyncWebhooks"]


class AsyncWebhooks(AsyncAPIResource, WebhookHelpers):
    """Subscribe endpoints to a brand's events, list them, and read their delivery history.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Every method also takes the per-call options of :class:`~dispatch.RequestOptions` (``timeout``,
    ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``; writes also ``idempotency_key``),
    and ``with_raw_response`` gives each call's :class:`~dispatch.APIResponse`.

    Example:
        >>> webhooks = await client.webhooks.list("br_123")  # doctest: +SKIP
    """

    __slots__ = ()

    async def create(
        self,
        brand_id: str,
        *,
        url: str,
        secret: str,
        events: Iterable[EventName],
        **options: Unpack[WriteRequestOptions],
    ) -> Webhook:
        """Subscribe ``url`` to some events of the brand.

        Each delivery is a ``POST`` signed with ``secret``: check it with
        ``DispatchTickets.webhooks.construct_event(raw_body, signature_header, secret)``.

        Args:
            brand_id: the brand (``br_...``).
            url: the endpoint that receives the deliveries.
            secret: the HMAC-SHA256 key of the ``X-Dispatch-Signature`` header; never logged or shown.
            events: event names: ticket.created, ticket.updated, ticket.deleted, ticket.comment.created,
                comment.created, comment.updated, comment.deleted, attachment.created, attachment.deleted.

        Returns:
            The new :class:`~dispatch.Webhook` (without the secret).

        Raises:
            ValueError: an unknown event name, an empty secret or an empty ``brand_id`` (no request made).
            TypeError: ``events`` is a str rather than a list (no request made).
            ValidationError: the API rejected the URL.
            NotFoundError: no such brand.

        Example:
            >>> await client.webhooks.create(  # doctest: +SKIP
            ...     "br_123", url="https://example.com/hooks", secret=os.environ["WEBHOOK_SECRET"],
            ...     events=["ticket.created", "ticket.updated"],
            ... )
        """
        body = _create_body(url, secret, events)
        response = await create_webhook.asyncio_detailed(brand_id, **self._call(options), body=body)
        return self._result(response, _webhook)

    async def list(self, brand_id: str, **options: Unpack[RequestOptions]) -> list[Webhook]:
        """Every webhook of the brand.

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> webhooks = await client.webhooks.list("br_123")  # doctest: +SKIP
        """
        response = await list_webhooks.asyncio_detailed(brand_id, **self._call(options))
        return self._result(response, _webhooks)

    async def get(self, brand_id: str, webhook_id: str, **options: Unpack[RequestOptions]) -> Webhook:
        """One webhook.

        Args:
            brand_id: the brand (``br_...``).
            webhook_id: the webhook (``whk_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such webhook in that brand.

        Example:
            >>> webhook = await client.webhooks.get("br_123", "whk_1")  # doctest: +SKIP
        """
        response = await get_webhook.asyncio_detailed(brand_id, webhook_id, **self._call(options))
        return self._result(response, _webhook)

    async def delete(self, brand_id: str, webhook_id: str, **options: Unpack[WriteRequestOptions]) -> None:
        """Delete a webhook; no more deliveries are sent to it.

        Args:
            brand_id: the brand (``br_...``).
            webhook_id: the webhook (``whk_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such webhook in that brand.

        Example:
            >>> await client.webhooks.delete("br_123", "whk_1")  # doctest: +SKIP
        """
        return self._expect_deleted(
            await delete_webhook.asyncio_detailed(brand_id, webhook_id, **self._call(options))
        )

    async def get_deliveries(
        self, brand_id: str, webhook_id: str, **options: Unpack[RequestOptions]
    ) -> builtins.list[WebhookDelivery]:
        """The webhook's recent deliveries, newest first: status, attempts, response code, payload.

        Args:
            brand_id: the brand (``br_...``).
            webhook_id: the webhook (``whk_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such webhook in that brand.

        Example:
            >>> deliveries = await client.webhooks.get_deliveries("br_123", "whk_1")  # doctest: +SKIP
        """
        response = await list_webhook_deliveries.asyncio_detailed(brand_id, webhook_id, **self._call(options))
        return self._expect_list(response, WebhookDelivery)
