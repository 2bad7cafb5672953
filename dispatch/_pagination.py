"""What the sync and async pages share (the public names are in :mod:`dispatch.pagination`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, Self, TypeVar

from dispatch._errors import PaginationError

if TYPE_CHECKING:
    import httpx

    from dispatch._response import APIResponse

__all__ = ["T", "_CursorGuard", "_PageBase"]

T = TypeVar("T")


class _PageBase(Generic[T]):
    """What :class:`Page` and :class:`AsyncPage` share: the items and where the next page starts."""

    __slots__ = ("_fetch", "_http_response", "data", "has_more", "next_cursor")

    # Declarations only (no values): the storage is the slots above.
    data: list[T]
    """The items of this page, in the server's order."""
    has_more: bool
    """Whether the server has more items after this page."""
    next_cursor: str | None
    """The cursor of the next page (``cursor=`` of ``list_page``); None on the last page."""

    def __init__(self, data: list[T], *, has_more: bool, next_cursor: str | None, fetch: object) -> None:
        self.data = data
        self.has_more = has_more
        self.next_cursor = next_cursor
        self._fetch = fetch
        self._http_response: httpx.Response | None = None

    @property
    def raw_response(self) -> APIResponse[Self] | None:
        """The HTTP response this page came in (status, headers, ``rate_limit``, ``request_id``; its
        ``parse()`` is this page); None for a page made by hand.

        Made on each read, so that the page does not hold an object holding it (no cycle: a page is
        freed as soon as an iterator moves on).
        """
        from dispatch._response import APIResponse

        http = self._http_response
        return None if http is None else APIResponse(http, lambda: self)

    def _cursor_for_next(self) -> str | None:
        """The cursor of the next page, None at the end; raises when the server's answer can't be followed."""
        if not self.has_more:
            return None
        if not self.next_cursor:
            raise PaginationError("The server said there are more results but sent no cursor to fetch them")
        return self.next_cursor

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(items={len(self.data)}, has_more={self.has_more}, "
            f"next_cursor={self.next_cursor!r})"
        )


class _CursorGuard:
    """Remembers the cursors followed so far, so a server that repeats one cannot make us loop."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def follow(self, cursor: str) -> str:
        if cursor in self._seen:
            raise PaginationError(
                f"The server returned cursor {cursor!r} a second time; stopping to avoid a loop"
            )
        self._seen.add(cursor)
        return cursor
