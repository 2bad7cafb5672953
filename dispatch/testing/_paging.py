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
import json
from collections.abc import Callable, Sequence
from typing import Any

from dispatch.testing._errors import ApiError
from dispatch.testing._store import Json

__all__ = ["paginate"]

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
    ordered = sorted(items, key=key, reverse=descending)
    if cursor:
        after = _decode(tag, cursor)
        try:
            ordered = [i for i in ordered if (key(i) < after if descending else key(i) > after)]
        except TypeError as exc:  # a cursor forged with values of another type
            raise _unknown_cursor() from exc
    page = ordered[:limit]
    has_more = len(ordered) > limit
    next_cursor = _encode(tag, key(page[-1])) if has_more and page else None
    return page, next_cursor, has_more
