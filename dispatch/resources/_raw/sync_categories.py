# Generated from dispatch/resources/_async/categories.py by scripts/unasync.py (run by scripts/generate): the types of
# ``with_raw_response``. Do not edit by hand: change the async source, then run scripts/generate.
from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Protocol, Unpack

from dispatch._response import APIResponse, RequestOptions, WriteRequestOptions
from dispatch.resources.categories import (
    CategoryUpdateArgs,
)
from dispatch_tickets_api.models import Category, CategoryStat


class CategoriesRaw(Protocol):
    """``Categories`` in raw mode: each call returns its ``APIResponse``."""

    def create(
        self,
        brand_id: str,
        *,
        name: str,
        color: str | None = None,
        description: str | None = None,
        sort_order: int | None = None,
        **options: Unpack[WriteRequestOptions],
    ) -> APIResponse[Category]: ...

    def list(
        self, brand_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[builtins.list[Category]]: ...

    def get(
        self, brand_id: str, category_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[Category]: ...

    def update(
        self, brand_id: str, category_id: str, **fields: Unpack[CategoryUpdateArgs]
    ) -> APIResponse[Category]: ...

    def delete(
        self, brand_id: str, category_id: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[None]: ...

    def get_stats(
        self, brand_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[dict[str, CategoryStat]]: ...

    def reorder(
        self, brand_id: str, category_ids: Iterable[str], **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[None]: ...
