"""Categories, written once: the sync module is derived from the async one by scripts/unasync.py."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Unpack

from dispatch._response import RequestOptions, WriteRequestOptions, pop_options
from dispatch.resources._async._resource import AsyncAPIResource
from dispatch.resources.categories import (
    CategoryUpdateArgs,
    _create_body,
    _reorder_body,
    _stats,
    _update_body,
)
from dispatch_tickets_api.api.categories import (
    create_category,
    delete_category,
    get_category,
    get_category_stats,
    list_categories,
    reorder_categories,
    update_category,
)
from dispatch_tickets_api.models import (
    Category,
    CategoryStat,
)

__all__ = ["AsyncCategories"]


class AsyncCategories(AsyncAPIResource):
    """Create, list, read, update, delete and reorder the ticket categories of a brand.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Every method also takes the per-call options of :class:`~dispatch.RequestOptions` (``timeout``,
    ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``; writes also ``idempotency_key``),
    and ``with_raw_response`` gives each call's :class:`~dispatch.APIResponse`.

    Example:
        >>> categories = await client.categories.list("br_123")  # doctest: +SKIP
    """

    async def create(
        self,
        brand_id: str,
        *,
        name: str,
        color: str | None = None,
        description: str | None = None,
        sort_order: int | None = None,
        **options: Unpack[WriteRequestOptions],
    ) -> Category:
        """Create a category.

        Args:
            brand_id: the brand (``br_...``).
            name: the category's name.
            color: display colour, e.g. ``"#ef4444"``.
            description: a longer description.
            sort_order: position in lists.

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            ValidationError: the API rejected a field (``.errors`` lists ``{field, message}``).
            ConflictError: the name is taken.
            NotFoundError: no such brand.

        Example:
            >>> await client.categories.create("br_123", name="Billing", color="#ef4444")  # doctest: +SKIP
        """
        body = _create_body(name, color, description, sort_order)
        response = await create_category.asyncio_detailed(brand_id, **self._call(options), body=body)
        return self._expect(response, Category)

    async def list(self, brand_id: str, **options: Unpack[RequestOptions]) -> builtins.list[Category]:
        """Every category of a brand.

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> categories = await client.categories.list("br_123")  # doctest: +SKIP
        """
        return self._expect_list(
            await list_categories.asyncio_detailed(brand_id, **self._call(options)), Category
        )

    async def get(self, brand_id: str, category_id: str, **options: Unpack[RequestOptions]) -> Category:
        """One category.

        Args:
            brand_id: the brand (``br_...``).
            category_id: the category (``cat_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such category in that brand.

        Example:
            >>> category = await client.categories.get("br_123", "cat_2b7q9")  # doctest: +SKIP
        """
        response = await get_category.asyncio_detailed(brand_id, category_id, **self._call(options))
        return self._expect(response, Category)

    async def update(self, brand_id: str, category_id: str, **fields: Unpack[CategoryUpdateArgs]) -> Category:
        """Change some fields of a category; the others are left as they are.

        Args:
            brand_id: the brand (``br_...``).
            category_id: the category (``cat_...``).
            **fields: ``name``, ``color``, ``description``, ``sort_order`` (see CategoryUpdateFields).

        Raises:
            TypeError: an unknown field name (no request made).
            ValueError: an empty id (no request made).
            ValidationError: the API rejected a field.
            ConflictError: the new name is taken.
            NotFoundError: no such category in that brand.

        Example:
            >>> await client.categories.update("br_123", "cat_2b7q9", name="Payments")  # doctest: +SKIP
        """
        options = pop_options(fields)
        body = _update_body(fields)
        response = await update_category.asyncio_detailed(
            brand_id, category_id, **self._call(options), body=body
        )
        return self._expect(response, Category)

    async def delete(self, brand_id: str, category_id: str, **options: Unpack[WriteRequestOptions]) -> None:
        """Delete a category; its tickets keep existing, without a category.

        Args:
            brand_id: the brand (``br_...``).
            category_id: the category (``cat_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such category in that brand.

        Example:
            >>> await client.categories.delete("br_123", "cat_2b7q9")  # doctest: +SKIP
        """
        return self._expect_deleted(
            await delete_category.asyncio_detailed(brand_id, category_id, **self._call(options))
        )

    async def get_stats(self, brand_id: str, **options: Unpack[RequestOptions]) -> dict[str, CategoryStat]:
        """How many tickets each category holds: a ``dict`` from category id to CategoryStat.

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> stats = await client.categories.get_stats("br_123")  # doctest: +SKIP
            >>> stats["cat_2b7q9"].ticket_count  # doctest: +SKIP
            37
        """
        response = await get_category_stats.asyncio_detailed(brand_id, **self._call(options))
        return self._result(response, _stats)

    async def reorder(
        self, brand_id: str, category_ids: Iterable[str], **options: Unpack[WriteRequestOptions]
    ) -> None:
        """Set the display order of the categories.

        Args:
            brand_id: the brand (``br_...``).
            category_ids: every category id of the brand, in the new order.

        Raises:
            TypeError: ``category_ids`` is a single string (no request made).
            ValueError: an empty ``brand_id`` (no request made).
            ValidationError: an id is missing or unknown.

        Example:
            >>> await client.categories.reorder("br_123", ["cat_6w1e3", "cat_2b7q9"])  # doctest: +SKIP
        """
        body = _reorder_body(category_ids)
        return self._expect_none(
            await reorder_categories.asyncio_detailed(brand_id, **self._call(options), body=body)
        )
