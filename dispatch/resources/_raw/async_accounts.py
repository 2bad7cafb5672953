# Generated from dispatch/resources/_async/accounts.py by scripts/unasync.py (run by scripts/generate): the types of
# ``with_raw_response``. Do not edit by hand: change the async source, then run scripts/generate.
from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, Unpack

from dispatch._response import APIResponse, RequestOptions, WriteRequestOptions
from dispatch_tickets_api.models import Account, AccountUsage, ApiKey, ApiKeyWithSecret, SuccessResponse


class AsyncAccountsRaw(Protocol):
    """``AsyncAccounts`` in raw mode: each call returns its ``APIResponse``."""

    async def me(self, **options: Unpack[RequestOptions]) -> APIResponse[Account]: ...

    async def get_usage(self, **options: Unpack[RequestOptions]) -> APIResponse[AccountUsage]: ...

    async def list_api_keys(self, **options: Unpack[RequestOptions]) -> APIResponse[list[ApiKey]]: ...

    async def create_api_key(
        self,
        *,
        name: str,
        all_brands: bool | None = None,
        brand_ids: Iterable[str] | None = None,
        **options: Unpack[WriteRequestOptions],
    ) -> APIResponse[ApiKeyWithSecret]: ...

    async def update_api_key_scope(
        self,
        key_id: str,
        *,
        all_brands: bool | None = None,
        brand_ids: Iterable[str] | None = None,
        **options: Unpack[WriteRequestOptions],
    ) -> APIResponse[SuccessResponse]: ...

    async def revoke_api_key(
        self, key_id: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[None]: ...
