# Generated from dispatch/resources/_async/tags.py by scripts/unasync.py (run by scripts/generate).
# Do not edit by hand: change the async source, then run scripts/generate.
"""Tags, written once: the sync module is derived from the async one by scripts/unasync.py."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Unpack

from dispatch._response import RequestOptions, WriteRequestOptions, pop_options
from dispatch.resources._sync._resource import SyncAPIResource
from dispatch.resources.tags import TagUpdateArgs, _create_body, _merge_body, _update_body
from dispatch_tickets_api.api.tags import create_tag, delete_tag, list_tags, merge_tags, update_tag
from dispatch_tickets_api.models import Tag

__all__ = ["Tags"]


class Tags(SyncAPIResource):
    """Create, list, update, delete and merge the tags of a brand.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Every method also takes the per-call options of :class:`~dispatch.RequestOptions` (``timeout``,
    ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``; writes also ``idempotency_key``),
    and ``with_raw_response`` gives each call's :class:`~dispatch.APIResponse`.

    Example:
        >>> tags = client.tags.list("br_123")  # doctest: +SKIP
    """

    def create(
        self, brand_id: str, *, name: str, color: str | None = None, **options: Unpack[WriteRequestOptions]
    ) -> Tag:
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
            >>> client.tags.create("br_123", name="urgent")  # doctest: +SKIP
        """
        body = _create_body(name, color)
        return self._expect(create_tag.sync_detailed(brand_id, **self._call(options), body=body), Tag)

    def list(self, brand_id: str, **options: Unpack[RequestOptions]) -> builtins.list[Tag]:
        """Every tag of a brand.

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> tags = client.tags.list("br_123")  # doctest: +SKIP
        """
        return self._expect_list(list_tags.sync_detailed(brand_id, **self._call(options)), Tag)

    def update(self, brand_id: str, tag_id: str, **fields: Unpack[TagUpdateArgs]) -> Tag:
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
            >>> client.tags.update("br_123", "tag_5n1c8", color="#ef4444")  # doctest: +SKIP
        """
        options = pop_options(fields)
        body = _update_body(fields)
        return self._expect(update_tag.sync_detailed(brand_id, tag_id, **self._call(options), body=body), Tag)

    def delete(self, brand_id: str, tag_id: str, **options: Unpack[WriteRequestOptions]) -> None:
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
        return self._expect_deleted(delete_tag.sync_detailed(brand_id, tag_id, **self._call(options)))

    def merge(
        self,
        brand_id: str,
        target_tag_id: str,
        source_tag_ids: Iterable[str],
        **options: Unpack[WriteRequestOptions],
    ) -> Tag:
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
            >>> client.tags.merge("br_123", "tag_5n1c8", ["tag_9k4v2"])  # doctest: +SKIP
        """
        body = _merge_body(source_tag_ids)
        response = merge_tags.sync_detailed(brand_id, target_tag_id, **self._call(options), body=body)
        return self._expect(response, Tag)
