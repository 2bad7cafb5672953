"""Tags: ``client.tags``.

Tags label tickets across categories (``urgent``, ``refund``); merging folds duplicates into one.

    tag = client.tags.create("br_123", name="urgent", color="#f59e0b")
    client.tags.merge("br_123", tag.id, ["tag_dup1", "tag_dup2"])   # the sources are deleted
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TypedDict, Unpack

from dispatch.resources._base import (
    AsyncAPIResource,
    SyncAPIResource,
    build_body,
    expect,
    expect_deleted,
    expect_list,
    id_list,
)
from dispatch_tickets_api.api.tags import create_tag, delete_tag, list_tags, merge_tags, update_tag
from dispatch_tickets_api.models import CreateTagInput, MergeTagsInput, Tag, UpdateTagInput

__all__ = ["AsyncTags", "TagUpdateFields", "Tags"]


class TagUpdateFields(TypedDict, total=False):
    """Fields of :meth:`Tags.update`.

    Example:
        >>> changes: TagUpdateFields = {"name": "vip", "color": "#7c3aed"}
        >>> client.tags.update("br_123", "tag_1", **changes)  # doctest: +SKIP
    """

    name: str
    color: str


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


class Tags(SyncAPIResource):
    """Create, list, update, delete and merge the tags of a brand.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Example:
        >>> [t.name for t in client.tags.list("br_123")]  # doctest: +SKIP
    """

    def create(self, brand_id: str, *, name: str, color: str | None = None) -> Tag:
        """Create a tag.

        Args:
            brand_id: the brand (``br_...``).
            name: the tag's name, e.g. ``"urgent"``.
            color: display colour, e.g. ``"#f59e0b"``.

        Returns:
            The new :class:`~dispatch.Tag`.

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            ValidationError: the API rejected a field.
            ConflictError: the name is taken.
            NotFoundError: no such brand.

        Example:
            >>> client.tags.create("br_123", name="urgent", color="#f59e0b")  # doctest: +SKIP
        """
        body = _create_body(name, color)
        return expect(create_tag.sync_detailed(brand_id, client=self._raw, body=body), Tag)

    def list(self, brand_id: str) -> builtins.list[Tag]:
        """Every tag of a brand.

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> [t.name for t in client.tags.list("br_123")]  # doctest: +SKIP
            ['urgent', 'refund']
        """
        return expect_list(list_tags.sync_detailed(brand_id, client=self._raw), Tag)

    def update(self, brand_id: str, tag_id: str, **fields: Unpack[TagUpdateFields]) -> Tag:
        """Rename or recolour a tag.

        Args:
            brand_id: the brand (``br_...``).
            tag_id: the tag (``tag_...``).
            **fields: ``name``, ``color``.

        Returns:
            The updated :class:`~dispatch.Tag`.

        Raises:
            TypeError: an unknown field name (no request made).
            ValueError: an empty id (no request made).
            ValidationError: the API rejected a field.
            ConflictError: the new name is taken.
            NotFoundError: no such tag in that brand.

        Example:
            >>> client.tags.update("br_123", "tag_5n1c8", name="high-priority")  # doctest: +SKIP
        """
        body = _update_body(fields)
        return expect(update_tag.sync_detailed(brand_id, tag_id, client=self._raw, body=body), Tag)

    def delete(self, brand_id: str, tag_id: str) -> None:
        """Delete a tag.

        Args:
            brand_id: the brand (``br_...``).
            tag_id: the tag (``tag_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such tag in that brand.

        Example:
            >>> client.tags.delete("br_123", "tag_5n1c8")  # doctest: +SKIP
        """
        expect_deleted(delete_tag.sync_detailed(brand_id, tag_id, client=self._raw))

    def merge(self, brand_id: str, target_tag_id: str, source_tag_ids: Iterable[str]) -> Tag:
        """Merge tags into one: tickets tagged with a source get the target; the sources are deleted.

        Args:
            brand_id: the brand (``br_...``).
            target_tag_id: the tag that remains.
            source_tag_ids: the tags merged into it (at least one).

        Returns:
            The target :class:`~dispatch.Tag`.

        Raises:
            TypeError: ``source_tag_ids`` is a single string (no request made).
            ValueError: ``source_tag_ids`` is empty, or an empty id (no request made).
            ValidationError: the API rejected the source ids.
            NotFoundError: no such tag in that brand.

        Example:
            >>> client.tags.merge("br_123", "tag_5n1c8", ["tag_9k4v2"])  # doctest: +SKIP
        """
        body = _merge_body(source_tag_ids)
        return expect(merge_tags.sync_detailed(brand_id, target_tag_id, client=self._raw, body=body), Tag)


class AsyncTags(AsyncAPIResource):
    """The async twin of :class:`Tags`: the same methods, as coroutines.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Example:
        >>> tags = await client.tags.list("br_123")  # doctest: +SKIP
    """

    async def create(self, brand_id: str, *, name: str, color: str | None = None) -> Tag:
        """Create a tag.

        Args:
            brand_id: the brand (``br_...``).
            name: the tag's name, e.g. ``"urgent"``.
            color: display colour, e.g. ``"#f59e0b"``.

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            ValidationError: the API rejected a field.
            ConflictError: the name is taken.
            NotFoundError: no such brand.

        Example:
            >>> await client.tags.create("br_123", name="urgent")  # doctest: +SKIP
        """
        body = _create_body(name, color)
        return expect(await create_tag.asyncio_detailed(brand_id, client=self._raw, body=body), Tag)

    async def list(self, brand_id: str) -> builtins.list[Tag]:
        """Every tag of a brand.

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> tags = await client.tags.list("br_123")  # doctest: +SKIP
        """
        return expect_list(await list_tags.asyncio_detailed(brand_id, client=self._raw), Tag)

    async def update(self, brand_id: str, tag_id: str, **fields: Unpack[TagUpdateFields]) -> Tag:
        """Rename or recolour a tag.

        Args:
            brand_id: the brand (``br_...``).
            tag_id: the tag (``tag_...``).
            **fields: ``name``, ``color``.

        Raises:
            TypeError: an unknown field name (no request made).
            ValueError: an empty id (no request made).
            ValidationError: the API rejected a field.
            ConflictError: the new name is taken.
            NotFoundError: no such tag in that brand.

        Example:
            >>> await client.tags.update("br_123", "tag_5n1c8", color="#ef4444")  # doctest: +SKIP
        """
        body = _update_body(fields)
        return expect(await update_tag.asyncio_detailed(brand_id, tag_id, client=self._raw, body=body), Tag)

    async def delete(self, brand_id: str, tag_id: str) -> None:
        """Delete a tag.

        Args:
            brand_id: the brand (``br_...``).
            tag_id: the tag (``tag_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such tag in that brand.

        Example:
            >>> await client.tags.delete("br_123", "tag_5n1c8")  # doctest: +SKIP
        """
        expect_deleted(await delete_tag.asyncio_detailed(brand_id, tag_id, client=self._raw))

    async def merge(self, brand_id: str, target_tag_id: str, source_tag_ids: Iterable[str]) -> Tag:
        """Merge tags into one; the sources are deleted.

        Args:
            brand_id: the brand (``br_...``).
            target_tag_id: the tag that remains.
            source_tag_ids: the tags merged into it (at least one).

        Raises:
            TypeError: ``source_tag_ids`` is a single string (no request made).
            ValueError: ``source_tag_ids`` is empty, or an empty id (no request made).
            ValidationError: the API rejected the source ids.
            NotFoundError: no such tag in that brand.

        Example:
            >>> await client.tags.merge("br_123", "tag_5n1c8", ["tag_9k4v2"])  # doctest: +SKIP
        """
        body = _merge_body(source_tag_ids)
        response = await merge_tags.asyncio_detailed(brand_id, target_tag_id, client=self._raw, body=body)
        return expect(response, Tag)
