"""Opaque keyset cursors: a page ends at an item, the next page starts strictly after its sort key.

A cursor is URL-safe base64 of ``{"s": <sort and order>, "k": <sort key of the last item>}``. Keyset
rather than offset cursors keep pages stable when objects are created or deleted between two requests; the
creation sequence number breaks ties, so equal timestamps (a frozen test clock) still page correctly. A
cursor that does not decode, or that was made for another sort, names no page of this list: a 404 on
``cursor`` (as an unknown id is), which the document states.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dispatch.testing._errors import ApiError
from dispatch.testing._store import Json

__all__ = ["Ordered", "order", "page_of", "paginate"]

SortKey = tuple[Any, ...]


def _encode(tag: str, key: SortKey) -> str:
    raw = json.dumps({"s": tag, "k": list(key)}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(tag: str, cursor: str) -> SortKey:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        decoded = json.loads(raw)
        if isinstance(decoded, dict) and decoded.get("s") == tag and isinstance(decoded.get("k"), list):
            return tuple(decoded["k"])
    except (ValueError, binascii.Error):
        pass
    raise _unknown_cursor()


def _unknown_cursor() -> ApiError:
    return ApiError(404, "Cursor not found", errors=[("cursor", "cursor was not issued by this list")])


@dataclass(frozen=True)
class Ordered:
    """Items in ascending order of their sort keys (unique: the creation sequence breaks ties)."""

    keys: list[SortKey]
    items: list[Json]


def order(items: Sequence[Json], key: Callable[[Json], SortKey]) -> Ordered:
    """``items`` sorted by ``key`` (ascending), with the keys, ready for :func:`page_of` (any page)."""
    pairs = sorted(((key(i), i) for i in items), key=lambda pair: pair[0])
    return Ordered(keys=[k for k, _ in pairs], items=[i for _, i in pairs])


def page_of(
    ordered: Ordered, *, descending: bool, cursor: str | None, limit: int, tag: str
) -> tuple[list[Json], str | None, bool]:
    """(page, cursor of the next page or None, has more): a binary search for the cursor, then a slice."""
    keys, items = ordered.keys, ordered.items
    try:
        after = _decode(tag, cursor) if cursor else None
        if descending:  # the items before the cursor's key, last first
            end = bisect.bisect_left(keys, after) if after is not None else len(keys)
            start = max(0, end - limit)
            page, last = items[start:end][::-1], start
            has_more = end > limit
        else:  # the items after the cursor's key
            start = bisect.bisect_right(keys, after) if after is not None else 0
            page = items[start : start + limit]
            last = start + len(page) - 1
            has_more = len(items) - start > limit
    except TypeError as exc:  # a cursor forged with values of another type: not one this list issued
        raise _unknown_cursor() from exc
    next_cursor = _encode(tag, keys[last]) if has_more and page else None
    return page, next_cursor, has_more


def paginate(
    items: Sequence[Json],
    key: Callable[[Json], SortKey],
    *,
    descending: bool,
    cursor: str | None,
    limit: int,
    tag: str,
) -> tuple[list[Json], str | None, bool]:
    """(page, cursor of the next page or None, has more) of ``items`` sorted by ``key``."""
    return page_of(order(items, key), descending=descending, cursor=cursor, limit=limit, tag=tag)
