# Generated from dispatch/resources/_async/webhooks.py by scripts/unasync.py (run by scripts/generate): the types of
# ``with_raw_response``. Do not edit by hand: change the async source, then run scripts/generate.
from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Protocol, Unpack

from dispatch._response import APIResponse, RequestOptions, WriteRequestOptions
from dispatch.resources._names import EventName
from dispatch_tickets_api.models import Webhook, WebhookDelivery


class AsyncWebhooksRaw(Protocol):
    """``AsyncWebhooks`` in raw mode: each call returns its ``APIResponse``."""

    async def create(
        self,
        brand_id: str,
        *,
        url: str,
        secret: str,
        events: Iterable[EventName],
        **options: Unpack[WriteRequestOptions],
    ) -> APIResponse[Webhook]: ...

    async def list(self, brand_id: str, **options: Unpack[RequestOptions]) -> APIResponse[list[Webhook]]: ...

    async def get(
        self, brand_id: str, webhook_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[Webhook]: ...

    async def delete(
        self, brand_id: str, webhook_id: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[None]: ...

    async def get_deliveries(
        self, brand_id: str, webhook_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[builtins.list[WebhookDelivery]]: ...
