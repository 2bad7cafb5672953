# Generated from dispatch/resources/_async/tags.py by scripts/unasync.py (run by scripts/generate): the types of
# ``with_raw_response``. Do not edit by hand: change the async source, then run scripts/generate.
from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Protocol, Unpack

from dispatch._response import APIResponse, RequestOptions, WriteRequestOptions
from dispatch.resources.tags import TagUpdateArgs
from dispatch_tickets_api.models import Tag


class TagsRaw(Protocol):
    """``Tags`` in raw mode: each call returns its ``APIResponse``."""

    def create(
        self, brand_id: str, *, name: str, color: str | None = None, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[Tag]: ...

    def list(self, brand_id: str, **options: Unpack[RequestOptions]) -> APIResponse[builtins.list[Tag]]: ...

    def update(self, brand_id: str, tag_id: str, **fields: Unpack[TagUpdateArgs]) -> APIResponse[Tag]: ...

    def delete(
        self, brand_id: str, tag_id: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[None]: ...

    def merge(
        self,
        brand_id: str,
        target_tag_id: str,
        source_tag_ids: Iterable[str],
        **options: Unpack[WriteRequestOptions],
    ) -> APIResponse[Tag]: ...
