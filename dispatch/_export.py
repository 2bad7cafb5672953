"""What the sync and async exports share: sinks, checkpoints, page decoding, the run bookkeeping and the
prefetch helpers. ``dispatch.export`` is the public face; ``dispatch/_async/export.py`` is the source of the
drivers, and ``dispatch/_sync/export.py`` is derived from it (scripts/unasync.py)."""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import os
import queue
import re
import tempfile
import threading
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from pathlib import Path
from typing import Any, Protocol, Self, cast, runtime_checkable

import attrs

__all__ = [
    "CHECKPOINT_VERSION",
    "CSV_COLUMNS",
    "DEFAULT_CHECKPOINT_INTERVAL",
    "DEFAULT_OVERLAP",
    "DEFAULT_PAGE_SIZE",
    "DEFAULT_PREFETCH",
    "CallbackSink",
    "CheckpointError",
    "CsvSink",
    "ExportProgress",
    "ExportResult",
    "ExportRun",
    "FetchedPage",
    "JsonlSink",
    "SyncRun",
    "TicketSink",
    "Walk",
    "add_details",
    "async_prefetched",
    "page_of_response",
    "prefetched",
]

CHECKPOINT_VERSION = 1
DEFAULT_PAGE_SIZE = 100
DEFAULT_PREFETCH = 1  # pages fetched ahead of the writer
DEFAULT_CHECKPOINT_INTERVAL = 1.0  # seconds of work a crash may have to redo (each checkpoint costs fsyncs)
DEFAULT_OVERLAP = datetime.timedelta(minutes=5)

Record = dict[str, Any]


class CheckpointError(ValueError):
    """A checkpoint or sync-state file that does not belong to this run (another brand, kind or version)."""


# --------------------------------------------------------------------------------------------------
# Sinks
# --------------------------------------------------------------------------------------------------


@runtime_checkable
class TicketSink(Protocol):
    """Where exported tickets go. Exactly-once needs ``commit`` and ``rewind`` to agree.

    - ``write(record)``: one ticket, the JSON object the service sent (plus ``comments`` / ``attachments``
      when asked for).
    - ``commit()``: make everything written so far durable; return a JSON-able position.
    - ``rewind(position)``: forget everything written after ``position`` (None: everything), on resume.
    """

    def write(self, record: Record) -> None: ...

    def commit(self) -> Any: ...

    def rewind(self, position: Any) -> None: ...


class _FileSink:
    """A file that is appended to, made durable by ``commit`` and truncated back by ``rewind``.

    A position is the file's size with a fingerprint of the bytes just before it and the format that wrote
    them, so that a checkpoint never truncates a file it does not describe (one replaced, or written in
    another format): the run stops with a :class:`CheckpointError` instead.
    """

    _FINGERPRINT_BYTES = 4096
    _FORMAT = "file"

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._file: io.BufferedRandom = open(self.path, "a+b")  # noqa: SIM115 (closed by close())
        self._file.seek(0, os.SEEK_END)

    def _format(self) -> Any:
        """What the checkpoint records of this sink's format (another one must not resume this file)."""
        return self._FORMAT

    def _fingerprint(self, size: int) -> str:
        """sha256 of the last bytes before ``size`` (read back from the file: what is really there)."""
        start = max(0, size - self._FINGERPRINT_BYTES)
        self._file.seek(start)
        tail = self._file.read(size - start)
        self._file.seek(0, os.SEEK_END)
        return hashlib.sha256(tail).hexdigest()

    def commit(self) -> dict[str, Any]:
        self._file.flush()
        os.fsync(self._file.fileno())
        size = self._file.seek(0, os.SEEK_END)
        return {"size": size, "sha256_tail": self._fingerprint(size), "format": self._format()}

    def rewind(self, position: Any) -> None:
        self._file.flush()
        if isinstance(position, dict):  # this version's position; a bare size is an older checkpoint's
            size = int(position.get("size") or 0)
            self._check_format(position.get("format"))
        else:
            size = int(position or 0)
        if size > os.fstat(self._file.fileno()).st_size:
            raise CheckpointError(f"{self.path} is shorter than its checkpoint says ({size} bytes)")
        if isinstance(position, dict) and position.get("sha256_tail") != self._fingerprint(size):
            raise CheckpointError(
                f"{self.path} does not match its checkpoint (the file was replaced or changed since): "
                "nothing truncated; use another file or remove the checkpoint to start again"
            )
        self._file.truncate(size)
        self._file.seek(size)
        self._after_rewind(size)

    def _check_format(self, recorded: Any) -> None:
        if recorded is not None and recorded != self._format():
            raise CheckpointError(
                f"{self.path}: the checkpoint was written by {recorded!r}, not {self._format()!r}: nothing truncated"
            )

    def _after_rewind(self, size: int) -> None:
        """Hook for sinks with a header."""

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class JsonlSink(_FileSink):
    """JSON Lines: one ticket per line, every field the service sent (unknown ones included)."""

    _FORMAT = "jsonl"

    def write(self, record: Record) -> None:
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        # a lone surrogate (JSON allows "\ud800") only occurs inside a string: written as that JSON escape
        self._file.write(text.encode("utf-8", "backslashreplace") + b"\n")

    def _write_texts(self, texts: Sequence[str]) -> None:
        """Tickets given as the JSON text the service sent (each one line: no raw line break in it)."""
        self._file.write(("\n".join(texts) + "\n").encode())


# The columns of a CSV export: the ticket's fields the document lists, in its order. A field the service adds
# later is kept by the JSONL format; CSV needs fixed columns, so it shows only these.
CSV_COLUMNS = (
    "id",
    "ticketNumber",
    "title",
    "status",
    "priority",
    "body",
    "brandId",
    "assigneeId",
    "customerId",
    "categoryId",
    "source",
    "isSpam",
    "createdBy",
    "createdAt",
    "updatedAt",
    "customer",
    "tags",
    "customFields",
    "metadata",
)


class CsvSink(_FileSink):
    """CSV with a header row; nested values (customer, tags, custom fields, comments) as JSON text."""

    _FORMAT = "csv"

    def __init__(self, path: str | os.PathLike[str], columns: Sequence[str] = CSV_COLUMNS) -> None:
        self.columns = tuple(columns)
        super().__init__(path)
        if self._file.tell() == 0:
            self._write_header()

    def _write_header(self) -> None:
        self._write_row(self.columns)

    def _format(self) -> Any:
        return ["csv", *self.columns]  # other columns: another file

    def _after_rewind(self, size: int) -> None:
        if size == 0:
            self._write_header()

    def _write_row(self, values: Sequence[Any]) -> None:
        text = io.StringIO()
        csv.writer(text, lineterminator="\n").writerow(values)
        self._file.write(text.getvalue().encode("utf-8", "backslashreplace"))  # a lone surrogate: \ud800

    def write(self, record: Record) -> None:
        self._write_row([_csv_cell(record.get(column)) for column in self.columns])


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


class CallbackSink:
    """Hands each ticket to ``callback``. At-least-once: after a crash, the page in flight is handed again.

    A callback cannot be rewound; make it idempotent (e.g. an upsert keyed by ``(id, updatedAt)``), or
    use a file sink, which is exactly-once.
    """

    def __init__(self, callback: Callable[[Record], object]) -> None:
        self._callback = callback
        self._count = 0

    def write(self, record: Record) -> None:
        self._callback(record)
        self._count += 1

    def commit(self) -> int:
        return self._count

    def rewind(self, position: Any) -> None:
        self._count = int(position or 0)


# --------------------------------------------------------------------------------------------------
# Checkpoints: small JSON files replaced atomically
# --------------------------------------------------------------------------------------------------


def _write_atomically(path: Path, state: Mapping[str, Any]) -> None:
    data = json.dumps(state, indent=1, sort_keys=True).encode()
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    try:
        descriptor = os.open(directory or ".", os.O_RDONLY)
    except OSError:  # e.g. a platform without directory descriptors: the rename is still atomic
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _read_state(path: Path | None, kind: str, brand_id: str) -> dict[str, Any] | None:
    if path is None or not path.exists():
        return None
    try:
        state = json.loads(path.read_text())
    except ValueError as exc:
        raise CheckpointError(f"{path} is not a checkpoint: {exc}") from None
    if not isinstance(state, dict) or state.get("version") != CHECKPOINT_VERSION or state.get("kind") != kind:
        raise CheckpointError(f"{path} is not a {kind} checkpoint of this version")
    if state.get("brand_id") != brand_id:
        raise CheckpointError(f"{path} belongs to brand {state.get('brand_id')!r}, not {brand_id!r}")
    return state


# --------------------------------------------------------------------------------------------------
# Results and progress
# --------------------------------------------------------------------------------------------------


@attrs.frozen
class ExportProgress:
    """Where a run is: passed to ``on_progress`` after each page."""

    written: int  # tickets written in this run
    total_written: int  # tickets in the output, earlier runs of a resumed export included
    pages: int  # pages fetched in this run
    elapsed: float  # seconds since this run started
    resumed: bool  # whether this run continued an interrupted one


@attrs.frozen
class ExportResult:
    """What a run did."""

    written: int  # tickets written by this run
    total_written: int  # tickets in the output after this run
    pages: int
    elapsed: float
    resumed: bool
    complete: bool  # the export reached the end of the list (always True for a sync run)
    watermark: str | None = None  # sync only: the newest updatedAt seen so far


# --------------------------------------------------------------------------------------------------
# The page source: what to fetch, shared by the sync and async drivers
# --------------------------------------------------------------------------------------------------


@attrs.frozen
class FetchedPage:
    tickets: list[Record]
    next_cursor: str | None
    has_more: bool
    # each ticket's JSON text as the service sent it (None: changed since, or not one line): written as is
    texts: list[str | None] = attrs.field(factory=list)


_WHITESPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class _NotAPage(ValueError):
    pass


def _decode_page(text: str) -> FetchedPage:
    """A page of the list endpoint, each ticket kept with its own JSON text (so JSONL writes it as sent).

    Walks the top-level object with the C decoder's ``raw_decode`` (exact JSON, no regex over values):
    decoding each ticket once and writing its text costs about half of decoding and encoding it again.
    """
    tickets: list[Record] | None = None
    texts: list[str | None] = []
    pagination: Any = None
    index = _WHITESPACE.match(text, _skip(text, 0, "{")).end()  # type: ignore[union-attr]
    if text.startswith("}", index):  # {}: no members
        index += 1
    else:
        while True:
            if not text.startswith('"', index):  # a member's name is a string (raw_decode takes any value)
                raise _NotAPage(f"expected a member name at {index}")
            key, index = _DECODER.raw_decode(text, index)
            index = _WHITESPACE.match(text, _skip(text, index, ":")).end()  # type: ignore[union-attr]
            if key == "data":
                tickets, texts = [], []  # a repeated name: the last one counts, as for json.loads
                index = _decode_tickets(text, _skip(text, index, "["), tickets, texts)
            else:
                value, index = _DECODER.raw_decode(text, index)
                if key == "pagination":
                    pagination = value
            index = _WHITESPACE.match(text, index).end()  # type: ignore[union-attr]
            if text.startswith(",", index):
                index = _WHITESPACE.match(text, index + 1).end()  # type: ignore[union-attr]
                continue
            index = _skip(text, index, "}")
            break
    if _WHITESPACE.match(text, index).end() != len(text):  # type: ignore[union-attr]
        raise _NotAPage(f"extra data after the page at {index}")
    if tickets is None:  # no "data" at all is not an empty page
        raise _NotAPage("no data")
    if not isinstance(pagination, dict) or not isinstance(pagination.get("hasMore"), bool):
        raise _NotAPage("no pagination.hasMore")
    cursor = pagination.get("cursor")
    has_more = pagination["hasMore"]
    if has_more and not (isinstance(cursor, str) and cursor):
        # no way to the next page: ending here would leave an export that can only restart from the start
        raise _NotAPage("pagination.hasMore without a cursor")
    return FetchedPage(tickets, cursor if has_more else None, has_more, texts)


def _decode_tickets(text: str, index: int, tickets: list[Record], texts: list[str | None]) -> int:
    index = _WHITESPACE.match(text, index).end()  # type: ignore[union-attr]
    if text.startswith("]", index):
        return index + 1
    scan = cast(Any, _DECODER).scan_once  # the C scanner behind raw_decode, without its per-call wrapper
    while True:
        start = index
        try:
            value, index = scan(text, index)
        except StopIteration as exc:
            raise _NotAPage(f"no JSON value at {exc.value}") from None
        if not isinstance(value, dict):
            raise _NotAPage("a ticket that is not an object")
        tickets.append(value)
        encoded = text[start:index]
        texts.append(None if "\n" in encoded or "\r" in encoded else encoded)
        if text.startswith(",", index) and not text.startswith((" ", "\n", "\r", "\t"), index + 1):
            index += 1  # compact JSON, the common case: no regex needed
            continue
        index = _WHITESPACE.match(text, index).end()  # type: ignore[union-attr]
        if text.startswith(",", index):
            index = _WHITESPACE.match(text, index + 1).end()  # type: ignore[union-attr]
            continue
        return _skip(text, index, "]")


def _skip(text: str, index: int, token: str) -> int:
    index = _WHITESPACE.match(text, index).end()  # type: ignore[union-attr]
    if not text.startswith(token, index):
        raise _NotAPage(f"expected {token!r} at {index}")
    return index + 1


def page_of_response(
    status: int, headers: Mapping[str, str], content: bytes, error: object = None
) -> FetchedPage:
    """The page of a list response; the SDK's error for an error status or a body that is not a page.

    ``error``: the error the transport already made of this response (the one ``on_error`` received),
    raised as it is; else the status is translated here.
    """
    from dispatch._errors import DispatchTicketsError, error_from_response

    if status >= 400:
        raise (
            error
            if isinstance(error, DispatchTicketsError)
            else error_from_response(status, headers, content)
        )
    try:
        return _decode_page(content.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise DispatchTicketsError(
            f"Unexpected response: HTTP {status} is not a page of tickets (malformed: {exc})",
            code="unexpected_response",
            status_code=status,
            request_id=headers.get("x-request-id"),
        ) from exc


def _detail_of(models: Sequence[Any]) -> list[Record]:
    return [dict(model._source) for model in models]


@attrs.define
class Walk:
    """The list walk of one run: which order, and (for a sync) where to stop."""

    sort: str
    order: str
    page_size: int
    with_comments: bool
    with_attachments: bool

    def request(self, brand_id: str, cursor: str | None) -> tuple[str, dict[str, Any]]:
        """The list request of one page: path and query (the generated endpoint's path, ids encoded alike)."""
        from dispatch_tickets_api.types import path_segment

        query: dict[str, Any] = {"sort": self.sort, "order": self.order, "limit": self.page_size}
        if cursor is not None:
            query["cursor"] = cursor
        return f"/brands/{path_segment(brand_id, 'brand_id')}/tickets", query


def add_details(
    page: FetchedPage, index: int, comments: Sequence[Any] | None, attachments: Sequence[Any] | None
) -> None:
    ticket = page.tickets[index]
    if comments is not None:
        ticket["comments"] = _detail_of(comments)
    if attachments is not None:
        ticket["attachments"] = _detail_of(attachments)
    page.texts[index] = None  # changed: the service's text no longer says it all


# --------------------------------------------------------------------------------------------------
# The write loop, shared: a run consumes pages and checkpoints every so often
# --------------------------------------------------------------------------------------------------


class ExportRun:
    """The bookkeeping of a full export: no I/O but the sink's and the checkpoint's."""

    def __init__(
        self,
        brand_id: str,
        sink: TicketSink,
        checkpoint: Path | None,
        walk: Walk,
        on_progress: Callable[[ExportProgress], object] | None,
        interval: float,
        clock: Callable[[], float],
    ) -> None:
        self.brand_id, self.sink, self.checkpoint, self.walk = brand_id, sink, checkpoint, walk
        self.on_progress, self.interval, self.clock = on_progress, interval, clock
        state = _read_state(checkpoint, "export", brand_id)
        self.resumed = state is not None
        if state is not None:
            _check_same_details(checkpoint, state, walk)
        self.state: dict[str, Any] = state or {
            "version": CHECKPOINT_VERSION,
            "kind": "export",
            "brand_id": brand_id,
            "cursor": None,
            "complete": False,
            "written": 0,
            "position": None,
            "with_comments": walk.with_comments,
            "with_attachments": walk.with_attachments,
        }
        self.written = self.pages = 0
        self.mid_page = False
        self.started = clock()
        self._last_checkpoint = self.started
        sink.rewind(self.state["position"])  # drop whatever the interrupted run wrote after its checkpoint
        if not self.resumed:
            self.save()  # a run killed before its first page still leaves a checkpoint naming its (empty) file

    @property
    def complete(self) -> bool:
        return bool(self.state["complete"])

    @property
    def cursor(self) -> str | None:
        cursor = self.state["cursor"]
        return cursor if isinstance(cursor, str) else None

    def write_page(self, page: FetchedPage) -> None:
        self.mid_page = True  # until the page is whole in the sink, the in-memory state must not be saved
        _write_all(self.sink, page)
        self.mid_page = False
        self.written += len(page.tickets)
        self.pages += 1
        self.state["cursor"] = page.next_cursor
        self.state["complete"] = not page.has_more
        self.state["written"] += len(page.tickets)
        if self.state["complete"] or self.clock() - self._last_checkpoint >= self.interval:
            self.save()
        if self.on_progress is not None:
            self.on_progress(self.progress())

    def save_unless_interrupted(self) -> None:
        """Checkpoint what is whole; after an interruption inside a page, leave the last checkpoint as it is.

        (Its position is before that page: the next run truncates the partial page and fetches it again.)
        """
        if not self.mid_page:
            self.save()

    def save(self) -> None:
        self.state["position"] = self.sink.commit()
        if self.checkpoint is not None:
            _write_atomically(self.checkpoint, self.state)
        self._last_checkpoint = self.clock()

    def progress(self) -> ExportProgress:
        return ExportProgress(
            written=self.written,
            total_written=self.state["written"],
            pages=self.pages,
            elapsed=self.clock() - self.started,
            resumed=self.resumed,
        )

    def result(self) -> ExportResult:
        return ExportResult(
            written=self.written,
            total_written=self.state["written"],
            pages=self.pages,
            elapsed=self.clock() - self.started,
            resumed=self.resumed,
            complete=self.complete,
        )


def _check_same_details(checkpoint: Path | None, state: Mapping[str, Any], walk: Walk) -> None:
    """A resumed export adds the same details as the run it continues (else its tickets would differ)."""
    for name in ("with_comments", "with_attachments"):
        recorded = state.get(name)
        if recorded is not None and bool(recorded) != getattr(walk, name):
            raise CheckpointError(
                f"{checkpoint} was written with {name}={bool(recorded)}: resume with the same option"
            )


def _write_all(sink: TicketSink, page: FetchedPage) -> None:
    """Every ticket of the page; a JSONL sink gets the service's own text (no re-encoding) when it can."""
    texts = page.texts
    # only for a JsonlSink whose write() is its own: a subclass that changes write() gets every record
    own_text = isinstance(sink, JsonlSink) and type(sink).write is JsonlSink.write
    if own_text and len(texts) == len(page.tickets) and None not in texts:
        if texts:
            cast(JsonlSink, sink)._write_texts(cast(list[str], texts))
        return
    for index, ticket in enumerate(page.tickets):
        text = texts[index] if own_text and index < len(texts) else None
        if text is not None:
            cast(JsonlSink, sink)._write_texts([text])
        else:
            sink.write(ticket)


def _instant(value: object) -> datetime.datetime | None:
    """The instant an ISO 8601 ``updatedAt`` names (any offset or fraction; none: UTC); None if not one."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


def _version_key(ticket_id: object, updated: object) -> tuple[str, str]:
    """``(id, updatedAt)`` with the instant in one form: the same version written another way is the same."""
    instant = _instant(updated)
    canonical = instant.astimezone(datetime.UTC).isoformat() if instant is not None else str(updated)
    return str(ticket_id), canonical


class SyncRun:
    """The bookkeeping of an incremental sync: a watermark, the keys seen inside the overlap window."""

    def __init__(
        self,
        brand_id: str,
        sink: TicketSink,
        state_path: Path,
        overlap: datetime.timedelta,
        on_progress: Callable[[ExportProgress], object] | None,
        clock: Callable[[], float],
    ) -> None:
        self.brand_id, self.sink, self.state_path, self.overlap = brand_id, sink, state_path, overlap
        self.on_progress, self.clock = on_progress, clock
        state = _read_state(state_path, "sync", brand_id)
        self.resumed = state is not None
        self.state: dict[str, Any] = state or {
            "version": CHECKPOINT_VERSION,
            "kind": "sync",
            "brand_id": brand_id,
            "watermark": None,
            "seen": [],
            "written": 0,
            "position": None,
        }
        watermark = self.state["watermark"]
        watermark_instant = _instant(watermark)
        self.stop_before = watermark_instant - overlap if watermark_instant is not None else None
        self.seen = {_version_key(i, u) for i, u in self.state["seen"]}
        # only the keys the next run can meet again (inside the overlap window): memory stays flat
        self.new_keys: set[tuple[str, str]] = set()
        self.newest = watermark if watermark_instant is not None else None
        self.newest_instant = watermark_instant
        self.written = self.pages = 0
        self.written_before = int(self.state["written"])  # by earlier runs: the file's count is the sum
        self.started = clock()
        self.done = False
        sink.rewind(self.state["position"])  # an interrupted run is redone from the last completed one
        if not self.resumed:  # the empty state, so that a first run killed before it finishes is resumable
            self.state["position"] = sink.commit()
            _write_atomically(state_path, self.state)

    def write_page(self, page: FetchedPage) -> None:
        selected = FetchedPage([], page.next_cursor, page.has_more, [])
        texts = page.texts if len(page.texts) == len(page.tickets) else [None] * len(page.tickets)
        for ticket, text in zip(page.tickets, texts, strict=True):
            updated = ticket.get("updatedAt")
            instant = _instant(updated)
            if self.stop_before is not None and instant is not None and instant < self.stop_before:
                self.done = True
                break
            key = _version_key(ticket.get("id"), updated)
            if key in self.seen or key in self.new_keys:
                continue
            selected.tickets.append(ticket)
            selected.texts.append(text)
            self.written += 1
            if instant is not None and (self.newest_instant is None or instant > self.newest_instant):
                self.newest, self.newest_instant = cast(str, updated), instant
            if instant is not None and instant >= cast(datetime.datetime, self.newest_instant) - self.overlap:
                self.new_keys.add(key)
        _write_all(self.sink, selected)
        self.pages += 1
        if not page.has_more:
            self.done = True
        if self.on_progress is not None:
            self.on_progress(self.progress())

    def finish(self) -> None:
        """Record the run: the new watermark and the keys inside its overlap window, with the sink's position."""
        keys = self.seen | self.new_keys
        if self.newest_instant is not None:
            window_start = self.newest_instant - self.overlap
            keys = {(i, u) for i, u in keys if (t := _instant(u)) is not None and t >= window_start}
        self.state.update(
            watermark=self.newest,
            seen=sorted([i, u] for i, u in keys),
            written=self.written_before + self.written,
            position=self.sink.commit(),
        )
        _write_atomically(self.state_path, self.state)

    def progress(self) -> ExportProgress:
        return ExportProgress(
            written=self.written,
            total_written=self.written_before + self.written,
            pages=self.pages,
            elapsed=self.clock() - self.started,
            resumed=self.resumed,
        )

    def result(self) -> ExportResult:
        progress = self.progress()
        return ExportResult(
            written=progress.written,
            total_written=progress.total_written,
            pages=progress.pages,
            elapsed=progress.elapsed,
            resumed=self.resumed,
            complete=True,
            watermark=self.newest,
        )


# --------------------------------------------------------------------------------------------------
# Prefetching: the one place where the sync and async exports truly differ (a thread, a task)
# --------------------------------------------------------------------------------------------------

_DONE = object()


def prefetched(
    fetch: Callable[[str | None], FetchedPage], cursor: str | None, prefetch: int
) -> Generator[FetchedPage, None, None]:
    """Pages from ``cursor`` on; a thread fetches up to ``prefetch`` pages ahead of the consumer."""
    if prefetch <= 0:
        yield from _sequential(fetch, cursor)
        return
    pages: queue.Queue[object] = queue.Queue(maxsize=prefetch)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                pages.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for page in _sequential(fetch, cursor):
                if not put(page):
                    return
            put(_DONE)
        except BaseException as exc:  # handed to the consumer, which raises it
            put(exc)

    thread = threading.Thread(target=produce, name="dispatch-export-prefetch", daemon=True)
    thread.start()
    try:
        while True:
            item = pages.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            assert isinstance(item, FetchedPage)
            yield item
    finally:
        # The consumer stopped (done, an error, Ctrl-C, or it stopped reading): so does the thread, when
        # the request it may be in returns. Not waited for: a stop is heard at once, and what that request
        # brings is dropped (the checkpoint never counted it), as is its error if the caller closed the client.
        stop.set()


def _sequential(fetch: Callable[[str | None], FetchedPage], cursor: str | None) -> Iterator[FetchedPage]:
    while True:
        page = fetch(cursor)
        yield page
        if not page.has_more or page.next_cursor is None:
            return
        cursor = page.next_cursor


async def async_prefetched(
    fetch: Callable[[str | None], Awaitable[FetchedPage]], cursor: str | None, prefetch: int
) -> AsyncGenerator[FetchedPage, None]:
    """Pages from ``cursor`` on; a task fetches up to ``prefetch`` pages ahead of the consumer."""
    import asyncio  # only async exports need it

    if prefetch <= 0:
        async for page in _async_sequential(fetch, cursor):
            yield page
        return
    pages: asyncio.Queue[object] = asyncio.Queue(maxsize=prefetch)

    async def produce() -> None:
        try:
            async for page in _async_sequential(fetch, cursor):
                await pages.put(page)
            await pages.put(_DONE)
        except Exception as exc:  # handed to the consumer; cancellation just ends the task
            await pages.put(exc)

    task = asyncio.create_task(produce())
    try:
        while True:
            item = await pages.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            assert isinstance(item, FetchedPage)
            yield item
    finally:
        task.cancel()
        # gather: the task's own cancellation comes back as a result, while a cancellation of this
        # coroutine itself still propagates (a bare suppress(CancelledError) would swallow both)
        await asyncio.gather(task, return_exceptions=True)


async def _async_sequential(
    fetch: Callable[[str | None], Awaitable[FetchedPage]], cursor: str | None
) -> AsyncIterator[FetchedPage]:
    while True:
        page = await fetch(cursor)
        yield page
        if not page.has_more or page.next_cursor is None:
            return
        cursor = page.next_cursor
