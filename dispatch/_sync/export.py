# Generated from dispatch/_async/export.py by scripts/unasync.py (run by scripts/generate).
# Do not edit by hand: change the async source, then run scripts/generate.
"""The export drivers, written once: the sync module is derived from the async one by scripts/unasync.py.
Where the two truly differ (prefetching in a task, or in a thread) each calls its own prefetch helper of
dispatch/_export.py. The public names are in ``dispatch.export``.
"""

from __future__ import annotations

import datetime
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from dispatch._constants import ERROR_EXTENSION
from dispatch._export import (
    DEFAULT_CHECKPOINT_INTERVAL,
    DEFAULT_OVERLAP,
    DEFAULT_PAGE_SIZE,
    DEFAULT_PREFETCH,
    ExportProgress,
    ExportResult,
    ExportRun,
    FetchedPage,
    SyncRun,
    TicketSink,
    Walk,
    add_details,
    page_of_response,
    prefetched,
)
from dispatch._transport import transport_marks

if TYPE_CHECKING:
    from dispatch._sync.client import DispatchTickets

__all__ = ["export_tickets", "fetch_page", "sync_tickets"]


def fetch_page(client: DispatchTickets, brand_id: str, walk: Walk, cursor: str | None) -> FetchedPage:
    """One page through the client's own transport (auth, retries, hooks), decoded without models."""
    path, query = walk.request(brand_id, cursor)
    response = client.raw.get_httpx_client().get(path, params=query)
    # the transport's own error for an error status (and the mark consumed, so nothing keeps it alive)
    error = transport_marks(response.headers).get(ERROR_EXTENSION)
    page = page_of_response(response.status_code, response.headers, response.content, error)
    if walk.with_comments or walk.with_attachments:
        for index, ticket in enumerate(page.tickets):
            comments = client.comments.list(brand_id, ticket["id"]) if walk.with_comments else None
            attachments = client.attachments.list(brand_id, ticket["id"]) if walk.with_attachments else None
            add_details(page, index, comments, attachments)
    return page


def export_tickets(
    client: DispatchTickets,
    brand_id: str,
    sink: TicketSink,
    *,
    checkpoint: str | os.PathLike[str] | None,
    with_comments: bool = False,
    with_attachments: bool = False,
    page_size: int = DEFAULT_PAGE_SIZE,
    prefetch: int = DEFAULT_PREFETCH,
    checkpoint_interval: float = DEFAULT_CHECKPOINT_INTERVAL,
    on_progress: Callable[[ExportProgress], object] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> ExportResult:
    """Export every ticket of a brand to ``sink``, oldest first, resumably.

    Args:
        client: the client to read with.
        brand_id: the brand (``br_...``).
        sink: where tickets go (:class:`~dispatch.export.JsonlSink`, :class:`~dispatch.export.CsvSink`, :class:`~dispatch.export.CallbackSink`, your own).
        checkpoint: the checkpoint file (None: not resumable). Run again with the same checkpoint and sink
            after an interruption: the export continues where the checkpoint says, and a file sink ends with
            every ticket exactly once. A checkpoint of a completed export makes a re-run write nothing.
        with_comments: add each ticket's comments (``"comments": [...]``): one more request per ticket.
        with_attachments: add each ticket's attachment metadata (``"attachments": [...]``): likewise.
        page_size: tickets per request (the API allows up to 100).
        prefetch: pages fetched ahead of the writer, in a thread (0: none).
        checkpoint_interval: seconds between checkpoints (each makes the sink durable: fsync). A crash
            redoes at most this much work; the end of the export is always checkpointed.
        on_progress: called after each page with an :class:`~dispatch.export.ExportProgress`.
        clock: injected for tests.

    Returns:
        An :class:`~dispatch.export.ExportResult`.

    Raises:
        CheckpointError: the checkpoint belongs to another brand, kind or version, or the output file is
            shorter than the checkpoint says.
        APIStatusError: a page could not be read (the checkpoint keeps what was done).
    """
    walk = Walk("createdAt", "asc", page_size, with_comments, with_attachments)
    path = Path(checkpoint) if checkpoint is not None else None
    run = ExportRun(brand_id, sink, path, walk, on_progress, checkpoint_interval, clock)
    if run.complete:
        return run.result()
    pages = prefetched(lambda cursor: fetch_page(client, brand_id, walk, cursor), run.cursor, prefetch)
    try:
        for page in pages:
            run.write_page(page)
    finally:
        try:
            run.save_unless_interrupted()
        finally:
            # closed here, not when garbage collected: the prefetch task is gone when this call returns
            pages.close()
    return run.result()


def sync_tickets(
    client: DispatchTickets,
    brand_id: str,
    sink: TicketSink,
    *,
    state: str | os.PathLike[str],
    overlap: datetime.timedelta = DEFAULT_OVERLAP,
    with_comments: bool = False,
    with_attachments: bool = False,
    page_size: int = DEFAULT_PAGE_SIZE,
    prefetch: int = DEFAULT_PREFETCH,
    on_progress: Callable[[ExportProgress], object] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> ExportResult:
    """Write the tickets created or updated since the last run (all of them the first time).

    Each ``(id, updatedAt)`` version is written once: a ticket updated again later is written again, as
    a change feed. An interrupted run leaves the state of the last completed run, and the next run rewinds
    a file sink to it and redoes the interrupted one.

    Args:
        client: the client to read with.
        brand_id: the brand (``br_...``).
        sink: where tickets go.
        state: the sync-state file (watermark and the keys inside the overlap window).
        overlap: how far before the watermark to read again (see the module's docs for why).
        with_comments: as for :func:`~dispatch.export.export_tickets`.
        with_attachments: as for :func:`~dispatch.export.export_tickets`.
        page_size: as for :func:`~dispatch.export.export_tickets`.
        prefetch: as for :func:`~dispatch.export.export_tickets`.
        on_progress: as for :func:`~dispatch.export.export_tickets`.
        clock: as for :func:`~dispatch.export.export_tickets`.

    Returns:
        An :class:`~dispatch.export.ExportResult` whose ``watermark`` is the newest ``updatedAt`` seen.
    """
    walk = Walk("updatedAt", "desc", page_size, with_comments, with_attachments)
    run = SyncRun(brand_id, sink, Path(state), overlap, on_progress, clock)
    pages = prefetched(lambda cursor: fetch_page(client, brand_id, walk, cursor), None, prefetch)
    try:
        for page in pages:
            run.write_page(page)
            if run.done:
                break
    finally:
        pages.close()
    run.finish()
    return run.result()
