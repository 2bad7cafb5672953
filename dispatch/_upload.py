"""Files to upload: what the caller gave, measured and named, and a body that streams from it.

Uploads are presigned: the API hands out an ``uploadUrl`` on a storage host, the bytes go there in one
``PUT`` (no ``Authorization``; ``Content-Type`` and ``Content-Length`` set), then the API is told to
confirm. Both clients need the middle part (``client.attachments.upload`` and the portal's
``tickets.upload``), so it lives here::

    with prepare_upload("report.pdf") as source:        # bytes, a path, or a binary file object
        target = initiate(filename=source.filename, content_type=source.content_type, size=source.size)
        pending = PendingUpload(target.attachment_id, finish="...", discard="...")
        return finish_upload(http_client, target.upload_url, source, pending, confirm)

    async with open_upload_async("report.pdf") as source:   # open, measure and close in a worker thread
        ...
        return await finish_upload_async(http_client, target.upload_url, source, pending, confirm)

Once initiated, the attachment exists, pending, until it is confirmed: an upload that fails after that
point raises the error of the failed step with the attachment id and the call that finishes (or
deletes) it added to its message and set as ``error.pending_attachment_id``, so nothing is left behind
unseen. Confirming is idempotent by nature (a second confirm returns the UPLOADED attachment), so it is
sent with an idempotency key (:func:`confirm_headers`): the transport then retries it like any
replay-safe call, after a 5xx or a dropped connection, instead of giving up after the bytes were stored.

A file is never read into memory as a whole: its body is an object that, each time it is iterated, seeks
back to where the file started and yields ``UPLOAD_CHUNK_SIZE`` bytes at a time. The transport iterates
it again when it retries the ``PUT`` (a 503 from storage, a dropped connection), so a retry sends the
same bytes, rewound, rather than an empty or half body.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import mimetypes
import os
import re
import uuid
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import IO, Any, Final, Self, TypeAlias, TypeVar

import httpx

from dispatch._constants import IDEMPOTENCY_HEADER, UPLOAD_CHUNK_SIZE
from dispatch._errors import DispatchTicketsError, error_from_response
from dispatch._transport import EXTERNAL_EXTENSION

__all__ = [
    "DEFAULT_CONTENT_TYPE",
    "FileInput",
    "PendingUpload",
    "UploadSource",
    "confirm_headers",
    "finish_upload",
    "finish_upload_async",
    "guess_content_type",
    "open_upload_async",
    "prepare_upload",
    "send_upload",
    "send_upload_async",
]

_T = TypeVar("_T")

FileInput: TypeAlias = bytes | bytearray | memoryview | str | os.PathLike[str] | IO[bytes]
"""What an upload accepts: the bytes themselves, a path (a ``str`` is always a path), or a binary file."""

DEFAULT_CONTENT_TYPE: Final = "application/octet-stream"

# mimetypes reports "report.tar.gz" as type application/x-tar with encoding gzip: the bytes on the wire
# are gzip, so that is the type to declare.
_ENCODING_TYPES: Final = {
    "gzip": "application/gzip",
    "bzip2": "application/x-bzip2",
    "xz": "application/x-xz",
    "compress": "application/x-compress",
    "br": "application/x-brotli",
}

# Storage hosts (S3, R2, GCS) answer errors in XML; only these two elements are safe to repeat. Others
# (StringToSign, SignatureProvided, AWSAccessKeyId, CanonicalRequest) echo the presigned credentials.
_XML_CODE = re.compile(rb"<Code>([^<]{1,100})</Code>")
_XML_MESSAGE = re.compile(rb"<Message>([^<]{1,300})</Message>")


def guess_content_type(filename: str) -> str:
    """The MIME type for a file name, from its extension; ``application/octet-stream`` when unknown.

    Args:
        filename: a file name or path; only its extension matters.

    Example:
        >>> guess_content_type("statement.pdf"), guess_content_type("logs.tar.gz"), guess_content_type("x")
        ('application/pdf', 'application/gzip', 'application/octet-stream')
    """
    guessed, encoding = mimetypes.guess_type(filename, strict=False)
    if encoding is not None:
        return _ENCODING_TYPES.get(encoding, DEFAULT_CONTENT_TYPE)
    return guessed or DEFAULT_CONTENT_TYPE


class _Chunks:
    """``size`` bytes of a file from offset ``start``, read ``chunk_size`` bytes at a time.

    Each iteration seeks back to ``start``, so the body can be sent again after a failed attempt, and it
    never holds more than one chunk. Deliberately neither an iterator nor file-like (no ``__next__``, no
    ``read``): httpx and the transport treat such an iterable as safe to resend.
    """

    __slots__ = ("_chunk_size", "_file", "_size", "_start")

    def __init__(self, file: IO[bytes], start: int, size: int, chunk_size: int) -> None:
        self._file = file
        self._start = start
        self._size = size
        self._chunk_size = chunk_size

    def _rewind(self) -> None:
        self._file.seek(self._start)

    def _next_chunk(self, remaining: int) -> bytes:
        chunk = self._file.read(min(self._chunk_size, remaining))
        if not chunk:
            raise OSError(
                f"the file ended {remaining} bytes early: it shrank after its size ({self._size}) was taken"
            )
        return chunk

    def __repr__(self) -> str:
        return f"{type(self).__name__}(size={self._size}, chunk_size={self._chunk_size})"


class _FileChunks(_Chunks):
    """The sync body (``httpx.Client``)."""

    __slots__ = ()

    def __iter__(self) -> Iterator[bytes]:
        self._rewind()
        remaining = self._size
        while remaining > 0:
            chunk = self._next_chunk(remaining)
            remaining -= len(chunk)
            yield chunk


class _AsyncFileChunks(_Chunks):
    """The async body (``httpx.AsyncClient``): file reads run in a worker thread, off the event loop.

    Only ``__aiter__``: httpx takes any ``Iterable`` for a sync body, which an AsyncClient refuses.
    """

    __slots__ = ()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        await asyncio.to_thread(self._rewind)
        remaining = self._size
        while remaining > 0:
            chunk = await asyncio.to_thread(self._next_chunk, remaining)
            remaining -= len(chunk)
            yield chunk


class UploadSource:
    """One file ready to upload: its ``filename``, ``content_type`` and ``size``, and its body.

    Made by :func:`prepare_upload`. A file it opened itself (from a path) is closed by :meth:`close` (or
    by leaving a ``with`` block); a file object the caller gave is left open.

    Example:
        >>> with prepare_upload(b"hello", "hello.txt") as source:
        ...     source.headers
        {'Content-Type': 'text/plain', 'Content-Length': '5'}
    """

    __slots__ = (
        "_chunk_size",
        "_closed",
        "_data",
        "_file",
        "_owns_file",
        "_start",
        "content_type",
        "filename",
        "size",
    )

    def __init__(
        self,
        *,
        filename: str,
        content_type: str,
        size: int,
        data: bytes | None = None,
        file: IO[bytes] | None = None,
        start: int = 0,
        owns_file: bool = False,
        chunk_size: int = UPLOAD_CHUNK_SIZE,
    ) -> None:
        if (data is None) == (file is None):
            raise ValueError("an UploadSource holds either data or a file")
        if chunk_size <= 0:
            raise ValueError("chunk_size must be positive")
        self.filename = filename
        self.content_type = content_type
        self.size = size
        self._data = data
        self._file = file
        self._start = start
        self._owns_file = owns_file
        self._chunk_size = chunk_size
        self._closed = False

    @property
    def headers(self) -> dict[str, str]:
        """The headers of the storage ``PUT``: ``Content-Type`` and ``Content-Length``."""
        return {"Content-Type": self.content_type, "Content-Length": str(self.size)}

    def _check_open(self) -> None:
        if self._closed:
            raise ValueError(f"the upload source for {self.filename!r} is closed")

    def content(self) -> bytes | Iterable[bytes]:
        """The body for a sync ``httpx.Client``: the bytes as given, or a re-iterable chunk reader."""
        self._check_open()
        if self._data is not None:
            return self._data
        assert self._file is not None
        return _FileChunks(self._file, self._start, self.size, self._chunk_size)

    def acontent(self) -> bytes | AsyncIterable[bytes]:
        """The body for an ``httpx.AsyncClient``: the bytes as given, or a re-iterable async chunk reader."""
        self._check_open()
        if self._data is not None:
            return self._data
        assert self._file is not None
        return _AsyncFileChunks(self._file, self._start, self.size, self._chunk_size)

    def close(self) -> None:
        """Close the file if it was opened here from a path; a caller's file object stays open."""
        if self._closed:
            return
        self._closed = True
        if self._owns_file and self._file is not None:
            self._file.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(filename={self.filename!r}, content_type={self.content_type!r}, "
            f"size={self.size})"
        )


def _name_of(file: object) -> str | None:
    """The base name of a file object's ``name``; None for unnamed ones (BytesIO, ``<stdin>``, an fd)."""
    name = getattr(file, "name", None)
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    if not isinstance(name, str) or not name or (name.startswith("<") and name.endswith(">")):
        return None
    return os.path.basename(name) or None


def _measure(file: IO[bytes]) -> tuple[int, int]:
    """(start, size): the current position, and how many bytes follow it."""
    seekable = getattr(file, "seekable", None)
    if not callable(seekable) or not seekable():
        raise ValueError(
            "the file object must be seekable, to measure its size and to resend it on a retry; "
            "read it into bytes first"
        )
    start = file.tell()
    end = file.seek(0, os.SEEK_END)
    file.seek(start)
    return start, max(end - start, 0)


def _checked_filename(filename: str | None, fallback: str | None, what: str) -> str:
    name = filename if filename is not None else fallback
    if not name:
        raise ValueError(f"filename is required when uploading {what}")
    return name


def prepare_upload(
    file: FileInput,
    filename: str | None = None,
    content_type: str | None = None,
) -> UploadSource:
    """Take a file as a caller gives it and make it ready to upload.

    Args:
        file: the bytes themselves (``bytes``, ``bytearray``, ``memoryview``); a path (``str`` or
            ``os.PathLike``; a ``str`` is always a path, never content), opened here and closed by
            :meth:`UploadSource.close`; or a binary file object (``open(..., "rb")``, ``io.BytesIO``),
            which must be seekable and is uploaded from its current position to its end, and left open.
        filename: the name to store; default: the path's or the file object's base name. Required for
            bytes and for unnamed file objects.
        content_type: the MIME type; default: guessed from the file name, else
            ``application/octet-stream``.

    Returns:
        An :class:`UploadSource`; use it as a context manager, or call ``close()``.

    Raises:
        ValueError: no file name could be found, or the file object is not seekable.
        TypeError: ``file`` is of another type, or a file object opened in text mode.
        OSError: the path cannot be opened (``FileNotFoundError``, ``IsADirectoryError``...).

    Example:
        >>> with prepare_upload(b"%PDF-1.7 ...", "statement.pdf") as source:
        ...     source.filename, source.content_type, source.size
        ('statement.pdf', 'application/pdf', 12)
    """
    chunk_size = UPLOAD_CHUNK_SIZE  # read now, so tests (and callers) may patch the module constant

    def typed(name: str) -> str:
        return content_type or guess_content_type(name)

    if isinstance(file, bytes | bytearray | memoryview):
        data = bytes(file)  # no copy for bytes; a bytearray could change under us, so it is copied
        name = _checked_filename(filename, None, "bytes")
        return UploadSource(filename=name, content_type=typed(name), size=len(data), data=data)

    if isinstance(file, str | os.PathLike):
        path = os.fspath(file)
        name = _checked_filename(filename, os.path.basename(os.fsdecode(path)), "a path without a file name")
        handle = open(path, "rb")  # noqa: SIM115 - owned by the UploadSource, closed by its close()
        try:
            start, size = _measure(handle)
        except BaseException:
            handle.close()
            raise
        return UploadSource(
            filename=name,
            content_type=typed(name),
            size=size,
            file=handle,
            start=start,
            owns_file=True,
            chunk_size=chunk_size,
        )

    if callable(getattr(file, "read", None)):
        probe: Any = file.read(0)
        if not isinstance(probe, bytes):
            raise TypeError("the file object must be opened in binary mode ('rb'), not text mode")
        name = _checked_filename(filename, _name_of(file), "a file object without a name")
        start, size = _measure(file)
        return UploadSource(
            filename=name,
            content_type=typed(name),
            size=size,
            file=file,
            start=start,
            chunk_size=chunk_size,
        )

    raise TypeError(
        f"file must be bytes, a path (str or os.PathLike) or a binary file object, not {type(file).__name__}"
    )


def _upload_url(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        parsed = httpx.URL("")  # refused just below, as the service's mistake rather than an httpx error
    if not parsed.is_absolute_url or parsed.scheme not in ("http", "https"):
        raise DispatchTicketsError(
            "Unexpected response: the uploadUrl is not an absolute http(s) URL",
            code="unexpected_response",
        )
    return parsed


def _raise_for_storage(response: httpx.Response) -> None:
    """The SDK error for a failed storage ``PUT``, built from the safe parts of its body only."""
    if response.is_success:
        return
    code = _XML_CODE.search(response.content)
    detail = _XML_MESSAGE.search(response.content)
    message = f"Upload to storage failed (HTTP {response.status_code}"
    message += f" {code.group(1).decode('utf-8', 'replace')})" if code else ")"
    if detail:
        message += f": {detail.group(1).decode('utf-8', 'replace')}"
    safe_body = json.dumps({"message": message}).encode()
    raise error_from_response(response.status_code, response.headers, safe_body)


def send_upload(http: httpx.Client, url: str, source: UploadSource) -> None:
    """``PUT`` the file to a presigned URL through ``http`` (the client's own pool, retries and hooks).

    The request is marked external: the transport adds no ``Authorization`` and no idempotency key,
    and keeps the URL's signature out of logs and hook contexts.

    Args:
        http: the SDK client's ``httpx.Client`` (its transport is a ``DispatchTransport``).
        url: the presigned ``upload_url`` the API returned.
        source: the file, from :func:`prepare_upload`.

    Raises:
        APIStatusError: storage answered an error status, as the subclass for it (e.g. a
            ``PermissionDeniedError`` for an expired URL); the message carries storage's ``Code`` and
            ``Message``, never the rest of its body, which can echo the signature.
        APIConnectionError: no answer after the transport's retries (``NetworkError``, ``TimeoutError``).
        DispatchTicketsError: ``url`` is not an absolute http(s) URL (``code="unexpected_response"``).
        ValueError: ``source`` is closed.

    Example:
        >>> with prepare_upload("report.pdf") as source:  # doctest: +SKIP
        ...     send_upload(client.raw.get_httpx_client(), target.upload_url, source)
    """
    response = http.put(
        str(_upload_url(url)),  # a str: an httpx.URL is no httpx2.URL
        content=source.content(),
        headers=source.headers,
        extensions={EXTERNAL_EXTENSION: True},
    )
    _raise_for_storage(response)


async def send_upload_async(http: httpx.AsyncClient, url: str, source: UploadSource) -> None:
    """The async twin of :func:`send_upload`; file chunks are read in a worker thread.

    Args:
        http: the SDK client's ``httpx.AsyncClient``.
        url: the presigned ``upload_url`` the API returned.
        source: the file, from :func:`prepare_upload`.

    Raises:
        APIStatusError: storage answered an error status, as the subclass for it.
        APIConnectionError: no answer after the transport's retries.
        DispatchTicketsError: ``url`` is not an absolute http(s) URL.
        ValueError: ``source`` is closed.

    Example:
        >>> await send_upload_async(client.raw.get_async_httpx_client(), url, source)  # doctest: +SKIP
    """
    response = await http.put(
        str(_upload_url(url)),  # a str: an httpx.URL is no httpx2.URL
        content=source.acontent(),
        headers=source.headers,
        extensions={EXTERNAL_EXTENSION: True},
    )
    _raise_for_storage(response)


@contextlib.asynccontextmanager
async def open_upload_async(
    file: FileInput, filename: str | None = None, content_type: str | None = None
) -> AsyncIterator[UploadSource]:
    """:func:`prepare_upload` for async clients: opening, measuring and closing run in a worker thread.

    A path is opened and stat'ed, and a caller's file object probed and sought, by blocking calls: on a
    slow disk or a network mount each can take long enough to stall every other task of the event loop.

    Example:
        >>> async with open_upload_async("report.pdf") as source:  # doctest: +SKIP
        ...     await send_upload_async(http, url, source)
    """
    source = await asyncio.to_thread(prepare_upload, file, filename, content_type)
    try:
        yield source
    finally:
        await asyncio.to_thread(source.close)


def confirm_headers() -> dict[str, str]:
    """Headers for a confirm request: an idempotency key, so the transport retries it.

    Confirming twice leaves the attachment as confirming once does, but the transport cannot know that of
    a POST: the key is what tells it the call is safe to resend (the API deduplicates by it too).
    """
    return {IDEMPOTENCY_HEADER: str(uuid.uuid4())}


class PendingUpload:
    """An initiated attachment not yet confirmed, and the calls (as text) that finish or discard it."""

    __slots__ = ("attachment_id", "discard", "finish")

    def __init__(self, attachment_id: str, *, finish: str, discard: str) -> None:
        self.attachment_id = attachment_id
        self.finish = finish
        self.discard = discard

    def __repr__(self) -> str:
        return f"{type(self).__name__}(attachment_id={self.attachment_id!r})"


def _left_pending(error: DispatchTicketsError, pending: PendingUpload, *, stored: bool) -> None:
    """Make the error of the failed step say which attachment is left pending and what to do with it."""
    if stored:
        where = (
            f"the bytes are stored but attachment {pending.attachment_id} was not confirmed: "
            f"finish it with {pending.finish}, or {pending.discard}"
        )
    else:
        where = (
            f"attachment {pending.attachment_id} is left pending without its bytes: "
            f"upload again, or {pending.discard}"
        )
    error.message = f"{error.message} ({where})"
    error.args = (error.message, *error.args[1:])
    error.pending_attachment_id = pending.attachment_id


def finish_upload(
    http: httpx.Client,
    url: str,
    source: UploadSource,
    pending: PendingUpload,
    confirm: Callable[[], _T],
) -> _T:
    """``PUT`` the bytes (:func:`send_upload`), then ``confirm()``; a failure names what is left pending.

    Raises:
        DispatchTicketsError: the error of the failed step (same class, status and request id), its
            message naming ``pending.attachment_id`` and how to finish or discard it, and its
            ``pending_attachment_id`` set.
    """
    try:
        send_upload(http, url, source)
    except DispatchTicketsError as error:
        _left_pending(error, pending, stored=False)
        raise
    try:
        return confirm()
    except DispatchTicketsError as error:
        _left_pending(error, pending, stored=True)
        raise


async def finish_upload_async(
    http: httpx.AsyncClient,
    url: str,
    source: UploadSource,
    pending: PendingUpload,
    confirm: Callable[[], Awaitable[_T]],
) -> _T:
    """The async twin of :func:`finish_upload`."""
    try:
        await send_upload_async(http, url, source)
    except DispatchTicketsError as error:
        _left_pending(error, pending, stored=False)
        raise
    try:
        return await confirm()
    except DispatchTicketsError as error:
        _left_pending(error, pending, stored=True)
        raise
