"""Tags: ``client.tags``.

Tags label tickets across categories (``urgent``, ``refund``); merging folds duplicates into one.

    tag = client.tags.create("br_123", name="urgent", color="#f59e0b")
    client.tags.merge("br_123", tag.id, ["tag_dup1", "tag_dup2"])   # the sources are deleted
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypedDict

from dispatch._response import WriteRequestOptions
from dispatch.resources._base import (
    build_body,
    id_list,
    resource_class,
)
from dispatch_tickets_api.models import CreateTagInput, MergeTagsInput, UpdateTagInput

if TYPE_CHECKING:
    from dispatch.resources._async.tags import AsyncTags
    from dispatch.resources._sync.tags import Tags

__all__ = ["AsyncTags", "TagUpdateFields", "Tags"]


class TagUpdateFields(TypedDict, total=False):
    """Fields of :meth:`Tags.update`.

    Example:
        >>> changes: TagUpdateFields = {"name": "vip", "color": "#7c3aed"}
        >>> client.tags.update("br_123", "tag_1", **changes)  # doctest: +SKIP
    """

    name: str
    color: str


class TagUpdateArgs(TagUpdateFields, WriteRequestOptions, total=False):
    """:class:`TagUpdateFields` and the per-call options (:class:`~dispatch.WriteRequestOptions`), as one ``**kwargs``."""


_CREATE_FIELDS = frozenset({"name", "color"})
_UPDATE_FIELDS = frozenset(TagUpdateFields.__annotations__)


def _create_body(name: str, color: str | None) -> CreateTagInput:
    return build_body(CreateTagInput, {"name": name, "color": color}, allowed=_CREATE_FIELDS)


def _update_body(fields: TagUpdateFields) -> UpdateTagInput:
    return build_body(UpdateTagInput, fields, allowed=_UPDATE_FIELDS)


def _merge_body(source_tag_ids: Iterable[str]) -> MergeTagsInput:
    ids = id_list(source_tag_ids, "source_tag_ids")
    if not ids:
        raise ValueError("source_tag_ids must name at least one tag to merge")
    return MergeTagsInput(source_tag_ids=ids)


def __getattr__(name: str) -> Any:
    """``Tags`` and ``AsyncTags``, loaded on first use (they import this module's helpers)."""
    return resource_class(__name__, name)
