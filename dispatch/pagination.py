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

from dispatch._async.pagination import AsyncFetchPage, AsyncPage, AsyncPageIterator
from dispatch._sync.pagination import FetchPage, Page, PageIterator

# The classes are written once, async (dispatch/_async/pagination.py), and derived for sync.
__all__ = ["AsyncFetchPage", "AsyncPage", "AsyncPageIterator", "FetchPage", "Page", "PageIterator"]
