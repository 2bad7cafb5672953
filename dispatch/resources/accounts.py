"""The account behind the API key, its usage, and its API keys: ``client.accounts``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from dispatch.resources._base import (
    id_list,
    required,
    resource_class,
)
from dispatch_tickets_api.models import (
    CreateApiKeyInput,
    UpdateApiKeyScopeInput,
)

if TYPE_CHECKING:
    from dispatch.resources._async.accounts import AsyncAccounts
    from dispatch.resources._sync.accounts import Accounts

__all__ = ["Accounts", "AsyncAccounts"]


def _brand_ids(brand_ids: Iterable[str] | None) -> list[str] | None:
    if brand_ids is None:
        return None
    return id_list(brand_ids, "brand_ids")


def _create_body(name: str, all_brands: bool | None, brand_ids: Iterable[str] | None) -> CreateApiKeyInput:
    return CreateApiKeyInput(
        name=required(name, "name"), all_brands=all_brands, brand_ids=_brand_ids(brand_ids)
    )


def _scope_body(all_brands: bool | None, brand_ids: Iterable[str] | None) -> UpdateApiKeyScopeInput:
    return UpdateApiKeyScopeInput(all_brands=all_brands, brand_ids=_brand_ids(brand_ids))


def __getattr__(name: str) -> Any:
    """``Accounts`` and ``AsyncAccounts``, loaded on first use (they import this module's helpers)."""
    return resource_class(__name__, name)
