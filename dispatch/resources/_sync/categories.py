# Generated from dispatch/resources/_async/categories.py by scripts/unasync.py (run by scripts/generate).
# Do not edit by hand: change the async source, then run scripts/generate.
"""Categories, written once: the sync module is derived from the async one by scripts/unasync.py."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Unpack

from dispatch._response import RequestOptions, WriteRequestOptions, pop_options
from dispatch.resources._sync._resource import SyncAPIResource
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

__all__ = ["Categories"]


class Categories(SyncAPIResource):
    """Create, list, read, update, delete and reorder the ticket categories of a brand.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Every method also takes the per-call options of :class:`~dispatch.RequestOptions` (``timeout``,
    ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``; writes also ``idempotency_key``),
    and ``with_raw_response`` gives each call's :class:`~dispatch.APIResponse`.

    Example:
        >>> categories = client.categories.list("br_123")  # doctest: +SKIP
    """

    def create(
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
            >>> client.categories.create("br_123", name="Billing", color="#ef4444")  # doctest: +SKIP
        """
        body = _create_body(name, color, description, sort_order)
        response = create_category.sync_detailed(brand_id, **self._call(options), body=body)
        return self._expect(response, Category)

    def list(self, brand_id: str, **options: Unpack[RequestOptions]) -> builtins.list[Category]:
        """Every category of a brand.

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> categories = client.categories.list("br_123")  # doctest: +SKIP
        """
        return self._expect_list(list_categories.sync_detailed(brand_id, **self._call(options)), Category)

    def get(self, brand_id: str, category_id: str, **options: Unpack[RequestOptions]) -> Category:
        """One category.

        Args:
            brand_id: the brand (``br_...``).
            category_id: the category (``cat_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such category in that brand.

        Example:
            >>> category = client.categories.get("br_123", "cat_2b7q9")  # doctest: +SKIP
        """
        response = get_category.sync_detailed(brand_id, category_id, **self._call(options))
        return self._expect(response, Category)

    def update(self, brand_id: str, category_id: str, **fields: Unpack[CategoryUpdateArgs]) -> Category:
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
            >>> client.categories.update("br_123", "cat_2b7q9", name="Payments")  # doctest: +SKIP
        """
        options = pop_options(fields)
        body = _update_body(fields)
        response = update_category.sync_detailed(brand_id, category_id, **self._call(options), body=body)
        return self._expect(response, Category)

    def delete(self, brand_id: str, category_id: str, **options: Unpack[WriteRequestOptions]) -> None:
        """Delete a category; its tickets keep existing, without a category.

        Args:
            brand_id: the brand (``br_...``).
            category_id: the category (``cat_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such category in that brand.

        Example:
            >>> client.categories.delete("br_123", "cat_2b7q9")  # doctest: +SKIP
        """
        return self._expect_deleted(
            delete_category.sync_detailed(brand_id, category_id, **self._call(options))
        )

    def get_stats(self, brand_id: str, **options: Unpack[RequestOptions]) -> dict[str, CategoryStat]:
        """How many tickets each category holds: a ``dict`` from category id to CategoryStat.

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> stats = client.categories.get_stats("br_123")  # doctest: +SKIP
            >>> stats["cat_2b7q9"].ticket_count  # doctest: +SKIP
            37
        """
        response = get_category_stats.sync_detailed(brand_id, **self._call(options))
        return self._result(response, _stats)

    def reorder(
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
            >>> client.categories.reorder("br_123", ["cat_6w1e3", "cat_2b7q9"])  # doctest: +SKIP
        """
        body = _reorder_body(category_ids)
        return self._expect_none(reorder_categories.sync_detailed(brand_id, **self._call(options), body=body))
