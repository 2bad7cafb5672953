"""Cursor pagination: one page (`Page`/`AsyncPage`) and lazy iterators over every item.

The API pages with a cursor: each page says whether there is more and gives the cursor of the next.
An iterator holds one page at a time and asks for the next only when the caller gets there, passing
the same filters on every page. A server that says "more" without a cursor, or hands back a cursor
it gave before, would make a naive loop stop silently or spin forever: here it raises
:class:`~dispatch.PaginationError` instead.

    for ticket in client.tickets.list("br_123", status="open"):   # every open ticket, page by page
        ...
    page = client.tickets.list_page("br_123", limit=50)
    while page is not None:
        handle(page.data)
        page = page.next_page()
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Generic, Self, TypeVar

from dispatch._errors import PaginationError

if TYPE_CHECKING:
    import httpx

    from dispatch._response import APIResponse

__all__ = ["AsyncFetchPage", "AsyncPage", "AsyncPageIterator", "FetchPage", "Page", "PageIterator"]

T = TypeVar("T")

FetchPage = Callable[[str | None], "Page[T]"]
"""Fetches one :class:`Page` given a cursor (None: the first page); how a :class:`PageIterator` pages."""
AsyncFetchPage = Callable[[str | None], Awaitable["AsyncPage[T]"]]
"""The async twin of :data:`FetchPage`: returns an awaitable of an :class:`AsyncPage`."""


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


class Page(_PageBase[T]):
    """One page of results: ``.data``, ``.has_more``, ``.next_cursor``; iterating yields its items.

    Example:
        >>> page = client.tickets.list_page("br_123", limit=20)  # doctest: +SKIP
        >>> [ticket.title for ticket in page], page.has_more  # doctest: +SKIP
    """

    _fetch: FetchPage[T]

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def next_page(self) -> Page[T] | None:
        """Fetch the following page with the same filters, or None when this is the last one.

        Raises:
            PaginationError: the server said there is more but gave no cursor.

        Example:
            >>> page = client.tickets.list_page("br_123", limit=50)  # doctest: +SKIP
            >>> while page is not None:  # doctest: +SKIP
            ...     handle(page.data)
            ...     page = page.next_page()
        """
        cursor = self._cursor_for_next()
        return None if cursor is None else self._fetch(cursor)


class AsyncPage(_PageBase[T]):
    """One page of results of an async client; ``await page.next_page()`` fetches the following one.

    Example:
        >>> page = await client.tickets.list_page("br_123", limit=20)  # doctest: +SKIP
        >>> [ticket.title for ticket in page], page.has_more  # doctest: +SKIP
    """

    _fetch: AsyncFetchPage[T]

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    async def next_page(self) -> AsyncPage[T] | None:
        """Fetch the following page with the same filters, or None when this is the last one.

        Raises:
            PaginationError: the server said there is more but gave no cursor.

        Example:
            >>> page = await client.tickets.list_page("br_123", limit=50)  # doctest: +SKIP
            >>> while page is not None:  # doctest: +SKIP
            ...     handle(page.data)
            ...     page = await page.next_page()
        """
        cursor = self._cursor_for_next()
        return None if cursor is None else await self._fetch(cursor)


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


class PageIterator(Generic[T]):
    """Every item of a listing, fetched lazily one page at a time (nothing is requested before iteration).

    Iterating again starts again from the first page. ``.pages()`` yields the pages themselves.

    Raises:
        PaginationError: while iterating, a page says there is more but gives no cursor, or repeats
            a cursor already followed.

    Example:
        >>> for ticket in client.tickets.list("br_123", status="open"):  # doctest: +SKIP
        ...     print(ticket.title)
    """

    __slots__ = ("_fetch",)

    def __init__(self, fetch: FetchPage[T]) -> None:
        self._fetch = fetch

    def pages(self) -> Iterator[Page[T]]:
        """Yield each page in turn, holding only the current one.

        Raises:
            PaginationError: a page says there is more but gives no cursor, or repeats a cursor.

        Example:
            >>> for page in client.tickets.list("br_123").pages():  # doctest: +SKIP
            ...     print(len(page), page.next_cursor)
        """
        guard = _CursorGuard()
        page: Page[T] | None = self._fetch(None)
        while page is not None:
            yield page
            cursor = page._cursor_for_next()
            page = None if cursor is None else self._fetch(guard.follow(cursor))

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.data

    def __repr__(self) -> str:
        return f"{type(self).__name__}(lazy)"


class AsyncPageIterator(Generic[T]):
    """Every item of a listing of an async client, fetched lazily one page at a time.

    Iterating again starts again from the first page. ``.pages()`` yields the pages themselves.

    Raises:
        PaginationError: while iterating, a page says there is more but gives no cursor, or repeats
            a cursor already followed.

    Example:
        >>> async for ticket in client.tickets.list("br_123", status="open"):  # doctest: +SKIP
        ...     print(ticket.title)
    """

    __slots__ = ("_fetch",)

    def __init__(self, fetch: AsyncFetchPage[T]) -> None:
        self._fetch = fetch

    async def pages(self) -> AsyncIterator[AsyncPage[T]]:
        """Yield each page in turn, holding only the current one.

        Raises:
            PaginationError: a page says there is more but gives no cursor, or repeats a cursor.

        Example:
            >>> async for page in client.tickets.list("br_123").pages():  # doctest: +SKIP
            ...     print(len(page), page.next_cursor)
        """
        guard = _CursorGuard()
        page: AsyncPage[T] | None = await self._fetch(None)
        while page is not None:
            yield page
            cursor = page._cursor_for_next()
            page = None if cursor is None else await self._fetch(guard.follow(cursor))

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.data:
                yield item

    def __repr__(self) -> str:
        return f"{type(self).__name__}(lazy)"
