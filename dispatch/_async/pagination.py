"""One page and a lazy iterator over every item of a listing. The async classes are the source; the
sync ones are derived from them by scripts/unasync.py. The public names are in :mod:`dispatch.pagination`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Generic

from dispatch._pagination import T, _CursorGuard, _PageBase

__all__ = ["AsyncFetchPage", "AsyncPage", "AsyncPageIterator"]

AsyncFetchPage = Callable[[str | None], Awaitable["AsyncPage[T]"]]
"""Fetches one page given a cursor (None: the first page); how a page iterator pages."""


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
            for item in page.data:  # async: no yield from
                yield item  # (the for loop above becomes yield from)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(lazy)"
