"""Categories: ``client.categories``.

Each brand sorts its tickets into categories (Billing, Shipping, ...), shown in a fixed order.

    category = client.categories.create("br_123", name="Billing", color="#ef4444")
    stats = client.categories.get_stats("br_123")        # {"cat_...": CategoryStat(ticket_count=37)}
    client.categories.reorder("br_123", ["cat_b", "cat_a"])
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypedDict

from dispatch._response import WriteRequestOptions
from dispatch.resources._base import (
    build_body,
    expect,
    id_list,
    resource_class,
)
from dispatch_tickets_api.models import (
    CategoryStat,
    CategoryStats,
    CreateCategoryInput,
    ReorderCategoriesInput,
    UpdateCategoryInput,
)
from dispatch_tickets_api.types import Response

if TYPE_CHECKING:
    from dispatch.resources._async.categories import AsyncCategories
    from dispatch.resources._sync.categories import Categories

__all__ = ["AsyncCategories", "Categories", "CategoryUpdateFields"]


class CategoryUpdateFields(TypedDict, total=False):
    """Fields of :meth:`Categories.update` (snake_case; sent as the API's camelCase).

    ``description=None`` clears the description.

    Example:
        >>> changes: CategoryUpdateFields = {"color": "#dc2626", "description": None}
        >>> client.categories.update("br_123", "cat_1", **changes)  # doctest: +SKIP
    """

    name: str
    color: str
    description: str | None
    sort_order: int


class CategoryUpdateArgs(CategoryUpdateFields, WriteRequestOptions, total=False):
    """:class:`CategoryUpdateFields` and the per-call options (:class:`~dispatch.WriteRequestOptions`), as one ``**kwargs``."""


_CREATE_FIELDS = frozenset({"name", "color", "description", "sort_order"})
_UPDATE_FIELDS = frozenset(CategoryUpdateFields.__annotations__)


def _create_body(
    name: str, color: str | None, description: str | None, sort_order: int | None
) -> CreateCategoryInput:
    fields = {"name": name, "color": color, "description": description, "sort_order": sort_order}
    return build_body(CreateCategoryInput, fields, allowed=_CREATE_FIELDS)


def _update_body(fields: CategoryUpdateFields) -> UpdateCategoryInput:
    return build_body(UpdateCategoryInput, fields, allowed=_UPDATE_FIELDS, nullable=("description",))


def _reorder_body(category_ids: Iterable[str]) -> ReorderCategoriesInput:
    return ReorderCategoriesInput(category_ids=id_list(category_ids, "category_ids"))


STATS = ("additional_properties",)  # read in the call (see expect): the categories' counters


def _stats(response: Response[Any]) -> dict[str, CategoryStat]:
    return dict(expect(response, CategoryStats, read=STATS).additional_properties)


def __getattr__(name: str) -> Any:
    """``Categories`` and ``AsyncCategories``, loaded on first use (they import this module's helpers)."""
    return resource_class(__name__, name)
