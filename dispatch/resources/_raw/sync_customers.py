# Generated from dispatch/resources/_async/customers.py by scripts/unasync.py (run by scripts/generate): the types of
# ``with_raw_response``. Do not edit by hand: change the async source, then run scripts/generate.
from __future__ import annotations

import builtins
from typing import Protocol, Unpack

from dispatch._constants import DEFAULT_PAGE_LIMIT
from dispatch._response import APIResponse, RequestOptions, WriteRequestOptions
from dispatch.pagination import Page, PageIterator
from dispatch.resources.customers import (
    CustomerCreateArgs,
    CustomerSort,
    CustomerUpdateArgs,
    SortDirection,
)
from dispatch_tickets_api.models import Customer


class CustomersRaw(Protocol):
    """``Customers`` in raw mode: each call returns its ``APIResponse``."""

    def create(
        self, brand_id: str, *, email: str, name: str | None = None, **fields: Unpack[CustomerCreateArgs]
    ) -> APIResponse[Customer]: ...

    def list(
        self,
        brand_id: str,
        *,
        limit: int | None = None,
        sort: CustomerSort | None = None,
        order: SortDirection | None = None,
        **options: Unpack[RequestOptions],
    ) -> PageIterator[Customer]: ...

    def list_page(
        self,
        brand_id: str,
        *,
        limit: int | None = DEFAULT_PAGE_LIMIT,
        cursor: str | None = None,
        sort: CustomerSort | None = None,
        order: SortDirection | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Page[Customer]]: ...

    def search(
        self, brand_id: str, query: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[builtins.list[Customer]]: ...

    def get(
        self, brand_id: str, customer_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[Customer]: ...

    def update(
        self, brand_id: str, customer_id: str, **fields: Unpack[CustomerUpdateArgs]
    ) -> APIResponse[Customer]: ...

    def delete(
        self, brand_id: str, customer_id: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[Customer | None]: ...
