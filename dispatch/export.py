"""Tickets out of the service: a full export that resumes after any interruption, and an incremental sync.

Both write through a :class:`TicketSink` (JSON Lines or CSV files, or your own) and keep their progress in
a small JSON file written atomically (temporary file, fsync, rename), so that a run interrupted anywhere -
Ctrl-C, an exception, ``kill -9``, a power cut - can be run again with the same arguments and ends with
every ticket written exactly once.

How exactly-once holds: the sink's position (a file's size) is made durable and recorded in the checkpoint
together with the cursor of the next page, in one atomic step. A re-run first rewinds the sink to that
position (truncating whatever was written after the last checkpoint) and continues from that cursor, so
a page is never half in the output and never twice.

The full export walks ``sort=createdAt, order=asc`` with the API's keyset cursors: a ticket created while
the export runs lands at the end and is exported too; one deleted before it is reached is not.

The incremental sync walks ``sort=updatedAt, order=desc`` (the list endpoint has no "updated after"
filter) and stops at the first ticket older than the previous run's watermark minus an overlap window.
The overlap is needed because timestamps are not a perfect clock: two tickets may share one
``updatedAt``, and the service's servers' clocks may differ by a little, so a ticket committed just
after the previous run read the list can carry an ``updatedAt`` slightly before that run's watermark.
Re-reading the window and skipping the ``(id, updatedAt)`` pairs already written catches those without
writing anything twice. A deleted ticket is simply not returned any more: reconcile deletions with the
``ticket.deleted`` webhook (or a periodic full export), as the list cannot show them.

While one page is written the next is already being fetched (``prefetch`` pages ahead, one by default),
in a thread for the sync functions and a task for the async ones, so an export goes at the speed of the
service rather than of the writer. Memory stays flat: at most ``prefetch + 1`` pages are held.

Example:
    >>> from dispatch.export import export_tickets, JsonlSink  # doctest: +SKIP
    >>> with JsonlSink("tickets.jsonl") as sink:  # doctest: +SKIP
    ...     result = export_tickets(client, "br_123", sink, checkpoint="tickets.jsonl.checkpoint")
    >>> result.written  # doctest: +SKIP
    10000
"""

from dispatch._async.export import async_export_tickets, async_sync_tickets
from dispatch._export import (
    CHECKPOINT_VERSION,
    CSV_COLUMNS,
    DEFAULT_OVERLAP,
    CallbackSink,
    CheckpointError,
    CsvSink,
    ExportProgress,
    ExportResult,
    JsonlSink,
    TicketSink,
)
from dispatch._sync.export import export_tickets, sync_tickets

__all__ = [
    "CHECKPOINT_VERSION",
    "CSV_COLUMNS",
    "DEFAULT_OVERLAP",
    "CallbackSink",
    "CheckpointError",
    "CsvSink",
    "ExportProgress",
    "ExportResult",
    "JsonlSink",
    "TicketSink",
    "async_export_tickets",
    "async_sync_tickets",
    "export_tickets",
    "sync_tickets",
]
