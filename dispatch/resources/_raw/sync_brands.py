# Generated from dispatch/resources/_async/brands.py by scripts/unasync.py (run by scripts/generate): the types of
# ``with_raw_response``. Do not edit by hand: change the async source, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Protocol, Unpack, overload

from dispatch._response import APIResponse, RequestOptions, WriteRequestOptions
from dispatch.resources.brands import BrandCreateArgs, BrandUpdateArgs
from dispatch_tickets_api.models import (
    Brand,
    DeleteBrandPreview,
    PortalToken,
    SuccessResponse,
)


class BrandsRaw(Protocol):
    """``Brands`` in raw mode: each call returns its ``APIResponse``."""

    def create(self, *, name: str, slug: str, **fields: Unpack[BrandCreateArgs]) -> APIResponse[Brand]: ...

    def list(self, **options: Unpack[RequestOptions]) -> APIResponse[list[Brand]]: ...

    def get(self, brand_id: str, **options: Unpack[RequestOptions]) -> APIResponse[Brand]: ...

    def update(self, brand_id: str, **fields: Unpack[BrandUpdateArgs]) -> APIResponse[Brand]: ...

    @overload
    def delete(
        self, brand_id: str, *, confirm: Literal[True] = True, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[None]: ...

    @overload
    def delete(
        self, brand_id: str, *, confirm: Literal[False], **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[DeleteBrandPreview]: ...

    @overload
    def delete(
        self, brand_id: str, *, confirm: bool, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[DeleteBrandPreview | None]: ...

    def get_schema(self, brand_id: str, **options: Unpack[RequestOptions]) -> APIResponse[dict[str, Any]]: ...

    def update_schema(
        self, brand_id: str, schema: Mapping[str, Any], **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[dict[str, Any]]: ...

    def generate_portal_token(
        self, brand_id: str, *, email: str, name: str | None = None, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[PortalToken]: ...

    def send_portal_magic_link(
        self, brand_id: str, *, email: str, portal_url: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[SuccessResponse]: ...
