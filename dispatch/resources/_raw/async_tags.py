# Generated from dispatch/resources/_async/tags.py by scripts/unasync.py (run by scripts/generate): the types of
# ``with_raw_response``. Do not edit by hand: change the async source, then run scripts/generate.
from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Protocol, Unpack

from dispatch._response import APIResponse, RequestOptions, WriteRequestOptions
from dispatch.resources.tags import TagUpdateArgs
from dispatch_tickets_api.models import Tag


class AsyncTagsRaw(Protocol):
    """``AsyncTags`` in raw mode: each call returns its ``APIResponse``."""

    async def create(
        self, brand_id: str, *, name: str, color: str | None = None, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[Tag]: ...

    async def list(
        self, brand_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[builtins.list[Tag]]: ...

    async def update(
        self, brand_id: str, tag_id: str, **fields: Unpack[TagUpdateArgs]
    ) -> APIResponse[Tag]: ...

    async def delete(
        self, brand_id: str, tag_id: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[None]: ...

    async def merge(
        self,
        brand_id: str,
        target_tag_id: str,
        source_tag_ids: Iterable[str],
        **options: Unpack[WriteRequestOptions],
    ) -> APIResponse[Tag]: ...
