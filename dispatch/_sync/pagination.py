# Generated from dispatch/_async/pagination.py by scripts/unasync.py (run by scripts/generate).
# Do not edit by hand: change the async source, then run scripts/generate.
"""One page and a lazy iterator over every item of a listing. The async classes are the source; the
sync ones are derived from them by scripts/unasync.py. The public names are in :mod:`dispatch.pagination`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic

from dispatch._pagination import T, _CursorGuard, _PageBase

__all__ = ["FetchPage", "Page", "PageIterator"]

FetchPage = Callable[[str | None], "Page[T]"]
"""Fetches one page given a cursor (None: the first page); how a page iterator pages."""


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
