"""client.attachments on the wire, sync and async, including the streamed upload to storage."""

from __future__ import annotations

import asyncio
import io
import os
from collections import deque
from pathlib import Path
from typing import Any

import pytest

import dispatch._upload
from dispatch import (
    AsyncDispatchTickets,
    Attachment,
    AttachmentStatus,
    AttachmentWithUrl,
    DispatchTickets,
    DispatchTicketsError,
    Hooks,
    InitiateUploadResult,
    PermissionDeniedError,
    RequestContext,
    RetryConfig,
    ServerError,
)
from dispatch._upload import UploadSource, guess_content_type, prepare_upload
from tests._engine import httpx
from tests.unit.conftest import API_KEY, BASE_URL, Wire, body_of, call

PATH = "/v1/brands/br_1/tickets/tkt_1/attachments"
STORAGE_HOST = "files.storage.test"
UPLOAD_URL = f"https://{STORAGE_HOST}/br_1/att_3v8k1/statement.pdf?X-Amz-Expires=900&X-Amz-Signature=9a8b7c"
ATTACHMENT: dict[str, Any] = {
    "id": "att_3v8k1",
    "ticketId": "tkt_1",
    "commentId": None,
    "filename": "statement.pdf",
    "contentType": "application/pdf",
    "size": 48213,
    "status": "UPLOADED",
    "uploadedBy": "cus_7h3m2",
    "metadata": {},
    "createdAt": "2024-03-12T09:29:10.000Z",
    "updatedAt": "2024-03-12T09:29:14.000Z",
}
INITIATED = {"attachmentId": "att_3v8k1", "uploadUrl": UPLOAD_URL, "expiresIn": 900}
NO_WAIT = RetryConfig(max_retries=1, initial_delay=0, max_delay=0, jitter=0)


# -- the manual steps, through the plain `client` fixture ----------------------------------------------


async def test_initiate_upload(client: Any, wire: Wire) -> None:
    wire.reply(json=INITIATED)
    target = await call(
        client.attachments.initiate_upload(
            "br_1",
            "tkt_1",
            filename="statement.pdf",
            content_type="application/pdf",
            size=48213,
            uploaded_by="cus_1",
        )
    )
    request = wire.last
    assert (request.method, request.url.path) == ("POST", PATH)
    assert body_of(request) == {
        "filename": "statement.pdf",
        "contentType": "application/pdf",
        "size": 48213,
        "uploadedBy": "cus_1",
    }
    assert isinstance(target, InitiateUploadResult)
    assert (target.attachment_id, target.upload_url, target.expires_in) == ("att_3v8k1", UPLOAD_URL, 900)


@pytest.mark.parametrize("size", [-1, True, 1.5])
async def test_initiate_upload_refuses_a_bad_size(client: Any, wire: Wire, size: Any) -> None:
    with pytest.raises(ValueError, match="size"):
        await call(
            client.attachments.initiate_upload("br_1", "tkt_1", filename="a", content_type="b", size=size)
        )
    assert wire.requests == []


async def test_confirm_upload(client: Any, wire: Wire) -> None:
    wire.reply(json=ATTACHMENT)
    attachment = await call(client.attachments.confirm_upload("br_1", "tkt_1", "att_3v8k1"))
    request = wire.last
    assert (request.method, request.url.path) == ("POST", f"{PATH}/att_3v8k1/confirm")
    assert request.content == b""
    assert isinstance(attachment, Attachment)
    assert (attachment.id, attachment.status, attachment.size) == (
        "att_3v8k1",
        AttachmentStatus.UPLOADED,
        48213,
    )


async def test_list(client: Any, wire: Wire) -> None:
    wire.reply(json=[ATTACHMENT, {**ATTACHMENT, "id": "att_2", "status": "PENDING"}])
    attachments = await call(client.attachments.list("br_1", "tkt_1"))
    assert (wire.last.method, wire.last.url.path) == ("GET", PATH)
    assert [type(a) for a in attachments] == [Attachment, Attachment]
    assert [a.status for a in attachments] == [AttachmentStatus.UPLOADED, AttachmentStatus.PENDING]


async def test_get_has_a_download_url(client: Any, wire: Wire) -> None:
    download = "https://files.example.com/att_3v8k1/statement.pdf?X-Amz-Signature=5f1e0c"
    wire.reply(json={**ATTACHMENT, "downloadUrl": download})
    attachment = await call(client.attachments.get("br_1", "tkt_1", "att_3v8k1"))
    assert (wire.last.method, wire.last.url.path) == ("GET", f"{PATH}/att_3v8k1")
    assert isinstance(attachment, AttachmentWithUrl)
    assert attachment.download_url == download


@pytest.mark.parametrize("status", [204, 200])
async def test_delete(client: Any, wire: Wire, status: int) -> None:
    wire.reply(status)
    result = await call(client.attachments.delete("br_1", "tkt_1", "att_3v8k1"))
    assert (wire.last.method, wire.last.url.path) == ("DELETE", f"{PATH}/att_3v8k1")
    assert result is None


# -- the whole upload: API through `wire`, storage through a host that reads the body as it streams ----


class Put:
    """One attempt of the storage PUT, as the storage host received it."""

    def __init__(self, request: httpx.Request, chunks: list[bytes]) -> None:
        self.request = request
        self.chunks = chunks
        self.body = b"".join(chunks)


class Storage(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """API requests go to ``wire``; storage PUTs are read chunk by chunk from ``request.stream`` (never
    ``request.read()``, which would cache the body and hide whether a retry re-reads the file)."""

    def __init__(self, wire: Wire) -> None:
        self.wire = wire
        self.puts: list[Put] = []
        self.statuses: deque[tuple[int, bytes]] = deque()

    def answer(self, status: int = 200, content: bytes = b"") -> None:
        self.statuses.append((status, content))

    def _reply(self, request: httpx.Request, chunks: list[bytes]) -> httpx.Response:
        self.puts.append(Put(request, chunks))
        status, content = self.statuses.popleft() if self.statuses else (200, b"")
        return httpx.Response(status, content=content, headers={"content-type": "application/xml"})

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host != STORAGE_HOST:
            return self.wire.handler(request)
        assert isinstance(request.stream, httpx.SyncByteStream)
        return self._reply(request, list(request.stream))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host != STORAGE_HOST:
            await request.aread()
            return self.wire.handler(request)
        assert isinstance(request.stream, httpx.AsyncByteStream)
        return self._reply(request, [chunk async for chunk in request.stream])


@pytest.fixture
def storage(wire: Wire) -> Storage:
    return Storage(wire)


@pytest.fixture
def hook_contexts() -> list[RequestContext]:
    return []


@pytest.fixture
async def uploader(mode: str, storage: Storage, hook_contexts: list[RequestContext]) -> Any:
    """A client whose retries are on (one, without waiting), sending through ``storage``."""
    options: dict[str, Any] = {
        "base_url": BASE_URL,
        "transport": storage,
        "retry": NO_WAIT,
        "hooks": Hooks(on_request=hook_contexts.append),
    }
    if mode == "sync":
        with DispatchTickets(API_KEY, **options) as sync_client:
            yield sync_client
    else:
        async with AsyncDispatchTickets(API_KEY, **options) as async_client:
            yield async_client


def queue_upload(wire: Wire) -> None:
    wire.reply(json=INITIATED)
    wire.reply(json=ATTACHMENT)


def assert_flow(wire: Wire, storage: Storage, *, filename: str, content_type: str, data: bytes) -> Put:
    """initiate (with the file's facts), one successful PUT of exactly ``data``, then confirm."""
    initiate, confirm = wire.requests
    assert (initiate.method, initiate.url.path) == ("POST", PATH)
    assert body_of(initiate) == {"filename": filename, "contentType": content_type, "size": len(data)}
    assert (confirm.method, confirm.url.path) == ("POST", f"{PATH}/att_3v8k1/confirm")
    put = storage.puts[-1]
    assert put.request.method == "PUT"
    assert str(put.request.url) == UPLOAD_URL  # absolute, query (the signature) untouched
    assert put.body == data
    headers = put.request.headers
    assert headers["content-type"] == content_type
    assert headers["content-length"] == str(len(data))
    assert "transfer-encoding" not in headers
    assert "authorization" not in headers
    assert "x-idempotency-key" not in headers
    return put


async def test_upload_bytes(uploader: Any, wire: Wire, storage: Storage) -> None:
    queue_upload(wire)
    data = b"%PDF-1.7 fake statement"
    attachment = await call(uploader.attachments.upload("br_1", "tkt_1", data, "statement.pdf"))
    assert_flow(wire, storage, filename="statement.pdf", content_type="application/pdf", data=data)
    assert isinstance(attachment, Attachment)
    assert attachment.status == AttachmentStatus.UPLOADED
    # the API calls themselves are authenticated
    assert all(r.headers["authorization"] == f"Bearer {API_KEY}" for r in wire.requests)


async def test_upload_bytes_with_explicit_type_and_uploader(
    uploader: Any, wire: Wire, storage: Storage
) -> None:
    queue_upload(wire)
    await call(
        uploader.attachments.upload(
            "br_1",
            "tkt_1",
            bytearray(b"a,b\n"),
            filename="data.bin",
            content_type="text/csv",
            uploaded_by="usr_1",
        )
    )
    assert body_of(wire.requests[0])["uploadedBy"] == "usr_1"
    assert storage.puts[0].request.headers["content-type"] == "text/csv"
    assert storage.puts[0].body == b"a,b\n"


async def test_upload_bytes_without_filename_is_refused(uploader: Any, wire: Wire, storage: Storage) -> None:
    with pytest.raises(ValueError, match="filename"):
        await call(uploader.attachments.upload("br_1", "tkt_1", b"data"))
    assert wire.requests == []
    assert storage.puts == []


async def test_upload_a_path_infers_name_and_type_and_closes_the_file(
    uploader: Any, wire: Wire, storage: Storage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Any] = []

    def spy_open(*args: Any, **kwargs: Any) -> Any:
        handle = open(*args, **kwargs)  # noqa: SIM115
        opened.append(handle)
        return handle

    monkeypatch.setattr(dispatch._upload, "open", spy_open, raising=False)
    data = os.urandom(3000)
    path = tmp_path / "report.png"
    path.write_bytes(data)
    queue_upload(wire)
    await call(uploader.attachments.upload("br_1", "tkt_1", path))
    assert_flow(wire, storage, filename="report.png", content_type="image/png", data=data)
    assert len(opened) == 1
    assert opened[0].closed


async def test_upload_a_str_path(uploader: Any, wire: Wire, storage: Storage, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello")
    queue_upload(wire)
    await call(uploader.attachments.upload("br_1", "tkt_1", str(path), "renamed.txt"))
    assert_flow(wire, storage, filename="renamed.txt", content_type="text/plain", data=b"hello")


async def test_upload_a_file_object_leaves_it_open(
    uploader: Any, wire: Wire, storage: Storage, tmp_path: Path
) -> None:
    data = os.urandom(5000)
    path = tmp_path / "archive.zip"
    path.write_bytes(data)
    queue_upload(wire)
    with path.open("rb") as handle:
        await call(uploader.attachments.upload("br_1", "tkt_1", handle))
        assert not handle.closed
    assert_flow(wire, storage, filename="archive.zip", content_type="application/zip", data=data)


async def test_upload_an_unnamed_file_object_from_its_position(
    uploader: Any, wire: Wire, storage: Storage
) -> None:
    buffer = io.BytesIO(b"HEADERpayload")
    buffer.seek(6)
    queue_upload(wire)
    await call(uploader.attachments.upload("br_1", "tkt_1", buffer, "payload.unknownext"))
    assert_flow(
        wire, storage, filename="payload.unknownext", content_type="application/octet-stream", data=b"payload"
    )


async def test_put_is_retried_with_the_file_rewound(
    uploader: Any, wire: Wire, storage: Storage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dispatch._upload, "UPLOAD_CHUNK_SIZE", 256)
    data = os.urandom(1000)
    path = tmp_path / "big.bin"
    path.write_bytes(data)
    queue_upload(wire)
    storage.answer(503, b"<Error><Code>SlowDown</Code></Error>")
    storage.answer(200)
    await call(uploader.attachments.upload("br_1", "tkt_1", path))
    first, second = storage.puts
    assert first.body == second.body == data  # both attempts read the whole file from its start
    assert [len(c) for c in second.chunks] == [256, 256, 256, 232]
    assert first.request is second.request  # one logical request, sent twice by the transport
    assert_flow(wire, storage, filename="big.bin", content_type="application/octet-stream", data=data)


async def test_put_retry_with_bytes(uploader: Any, wire: Wire, storage: Storage) -> None:
    queue_upload(wire)
    storage.answer(503)
    storage.answer(200)
    await call(uploader.attachments.upload("br_1", "tkt_1", b"0123456789", "digits.txt"))
    assert [put.body for put in storage.puts] == [b"0123456789", b"0123456789"]


async def test_put_that_keeps_failing_raises_and_does_not_confirm(
    uploader: Any, wire: Wire, storage: Storage
) -> None:
    wire.reply(json=INITIATED)
    storage.answer(503)
    storage.answer(503)
    with pytest.raises(ServerError) as caught:
        await call(uploader.attachments.upload("br_1", "tkt_1", b"x", "x.txt"))
    assert caught.value.status_code == 503
    assert len(storage.puts) == 2
    assert len(wire.requests) == 1  # initiate only


async def test_storage_403_raises_permission_denied_without_echoing_the_signature(
    uploader: Any, wire: Wire, storage: Storage
) -> None:
    wire.reply(json=INITIATED)
    storage.answer(
        403,
        b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code>'
        b"<Message>Request has expired</Message><AWSAccessKeyId>AKIAEXAMPLEKEY</AWSAccessKeyId>"
        b"<SignatureProvided>9a8b7c</SignatureProvided></Error>",
    )
    with pytest.raises(PermissionDeniedError) as caught:
        await call(uploader.attachments.upload("br_1", "tkt_1", b"x", "x.txt"))
    error = caught.value
    assert error.status_code == 403
    assert "AccessDenied" in error.message
    assert "Request has expired" in error.message
    shown = f"{error} {error!r} {error.details}"
    assert "9a8b7c" not in shown
    assert "AKIAEXAMPLEKEY" not in shown
    assert len(storage.puts) == 1  # a 403 is never retried
    assert len(wire.requests) == 1  # and nothing is confirmed


async def test_hooks_see_the_put_with_its_signature_redacted(
    uploader: Any, wire: Wire, storage: Storage, hook_contexts: list[RequestContext]
) -> None:
    queue_upload(wire)
    await call(uploader.attachments.upload("br_1", "tkt_1", b"x", "x.txt"))
    put_context = next(c for c in hook_contexts if c.method == "PUT")
    assert put_context.url == f"https://{STORAGE_HOST}/br_1/att_3v8k1/statement.pdf?[redacted]"
    assert "authorization" not in put_context.headers
    assert put_context.idempotency_key is None


async def test_a_relative_upload_url_is_refused(uploader: Any, wire: Wire, storage: Storage) -> None:
    wire.reply(json={**INITIATED, "uploadUrl": "/not/absolute"})
    with pytest.raises(DispatchTicketsError, match="absolute"):
        await call(uploader.attachments.upload("br_1", "tkt_1", b"x", "x.txt"))
    assert storage.puts == []


# -- dispatch._upload on its own -------------------------------------------------------------------------


class ReadSpy(io.BytesIO):
    """A file object that records how many bytes each read asked for."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.asked: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        self.asked.append(-1 if size is None else size)
        return super().read(size)


def test_the_body_never_reads_more_than_a_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dispatch._upload, "UPLOAD_CHUNK_SIZE", 100)
    data = os.urandom(1050)
    spy = ReadSpy(data)
    source = prepare_upload(spy, "f.bin")
    body = source.content()
    assert not isinstance(body, bytes | bytearray)
    assert not hasattr(body, "read")  # re-iterable, not a one-shot file-like
    for _ in range(2):  # each iteration starts over
        chunks = list(body)
        assert b"".join(chunks) == data
        assert all(len(chunk) <= 100 for chunk in chunks)
        assert len(chunks) == 11
    assert 0 < max(spy.asked) <= 100
    assert min(spy.asked) >= 0


async def test_the_async_body_streams_the_same_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dispatch._upload, "UPLOAD_CHUNK_SIZE", 100)
    data = os.urandom(250)
    source = prepare_upload(io.BytesIO(data), "f.bin")
    body = source.acontent()
    assert not isinstance(body, bytes)
    assert not hasattr(body, "__iter__")  # httpx would take it for a sync body
    for _ in range(2):
        chunks = [chunk async for chunk in body]
        assert [len(c) for c in chunks] == [100, 100, 50]
        assert b"".join(chunks) == data


def test_a_file_that_shrinks_fails_loudly(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(b"x" * 10)
    with prepare_upload(path) as source:
        path.write_bytes(b"x" * 4)
        with pytest.raises(OSError, match="6 bytes early"):
            list(source.content())


def test_prepare_upload_rejects_bad_input(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("text", encoding="utf-8")
    text_file = (tmp_path / "t.txt").open(encoding="utf-8")
    with text_file, pytest.raises(TypeError, match="binary mode"):
        prepare_upload(text_file)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="file must be"):
        prepare_upload(12345)  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        prepare_upload(tmp_path / "missing.pdf")
    with pytest.raises(ValueError, match="filename"):
        prepare_upload(io.BytesIO(b"x"))

    class Pipe(io.RawIOBase):
        name = "pipe.bin"

        def readable(self) -> bool:
            return True

        def seekable(self) -> bool:
            return False

        def readinto(self, buffer: Any) -> int:
            return 0

    with pytest.raises(ValueError, match="seekable"):
        prepare_upload(Pipe())  # type: ignore[arg-type]


def test_upload_source_close_and_repr(tmp_path: Path) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF")
    source = prepare_upload(path)
    assert repr(source) == "UploadSource(filename='doc.pdf', content_type='application/pdf', size=4)"
    assert source.headers == {"Content-Type": "application/pdf", "Content-Length": "4"}
    source.close()
    source.close()  # idempotent
    with pytest.raises(ValueError, match="closed"):
        source.content()
    caller_file = io.BytesIO(b"abc")
    with prepare_upload(caller_file, "a.txt") as borrowed:
        assert isinstance(borrowed, UploadSource)
    assert not caller_file.closed


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.pdf", "application/pdf"),
        ("A.PDF", "application/pdf"),
        ("photo.jpeg", "image/jpeg"),
        ("logs.tar.gz", "application/gzip"),
        ("README", "application/octet-stream"),
    ],
)
def test_guess_content_type(name: str, expected: str) -> None:
    assert guess_content_type(name) == expected


# -- an upload finishes, or says exactly where it stopped ------------------------------------------------


async def test_confirm_is_retried_with_one_idempotency_key(
    uploader: Any, wire: Wire, storage: Storage
) -> None:
    """Fails before the fix: a POST confirm without a key was not retried after a 500."""
    wire.reply(json=INITIATED)
    wire.reply(500, json={"error": "boom"})
    wire.reply(json=ATTACHMENT)
    attachment = await call(uploader.attachments.upload("br_1", "tkt_1", b"x", "x.txt"))
    assert attachment.status == AttachmentStatus.UPLOADED
    _, first, second = wire.requests
    assert first.url.path == second.url.path == f"{PATH}/att_3v8k1/confirm"
    key = first.headers["x-idempotency-key"]
    assert key
    assert second.headers["x-idempotency-key"] == key


async def test_confirm_is_retried_after_a_dropped_connection(
    uploader: Any, wire: Wire, storage: Storage
) -> None:
    wire.reply(json=INITIATED)
    wire.fail(httpx.ReadError("connection reset"))
    wire.reply(json=ATTACHMENT)
    await call(uploader.attachments.upload("br_1", "tkt_1", b"x", "x.txt"))
    assert [r.url.path for r in wire.requests][1:] == [f"{PATH}/att_3v8k1/confirm"] * 2


async def test_a_confirm_that_keeps_failing_names_the_pending_attachment(
    uploader: Any, wire: Wire, storage: Storage
) -> None:
    """Fails before the fix: the error said nothing of the attachment left pending."""
    wire.reply(json=INITIATED)
    wire.reply(503, json={"error": "unavailable"})
    wire.reply(503, json={"error": "unavailable"})
    with pytest.raises(ServerError) as caught:
        await call(uploader.attachments.upload("br_1", "tkt_1", b"x", "x.txt"))
    error = caught.value
    assert error.status_code == 503
    assert error.pending_attachment_id == "att_3v8k1"
    assert "the bytes are stored" in str(error)
    assert "client.attachments.confirm_upload('br_1', 'tkt_1', 'att_3v8k1')" in str(error)
    assert "client.attachments.delete('br_1', 'tkt_1', 'att_3v8k1')" in str(error)
    assert len(storage.puts) == 1


async def test_a_failed_put_names_the_pending_attachment(uploader: Any, wire: Wire, storage: Storage) -> None:
    wire.reply(json=INITIATED)
    storage.answer(403, b"<Error><Code>AccessDenied</Code></Error>")
    with pytest.raises(PermissionDeniedError) as caught:
        await call(uploader.attachments.upload("br_1", "tkt_1", b"x", "x.txt"))
    assert caught.value.pending_attachment_id == "att_3v8k1"
    assert "left pending without its bytes" in caught.value.message
    assert "client.attachments.delete('br_1', 'tkt_1', 'att_3v8k1')" in caught.value.message


async def test_an_error_before_initiating_names_no_attachment(uploader: Any, wire: Wire) -> None:
    wire.reply(404, json={"error": "Ticket not found"})
    with pytest.raises(DispatchTicketsError) as caught:
        await call(uploader.attachments.upload("br_1", "tkt_1", b"x", "x.txt"))
    assert caught.value.pending_attachment_id is None


# -- async uploads do no file I/O on the event loop -----------------------------------------------------

# Every call on the file is recorded when made on the event loop's thread: exact, where asyncio's debug
# report of slow callbacks (which this test used) depends on how busy the machine is.
PORTAL_TARGET = {
    "attachment": {**ATTACHMENT, "status": "PENDING"},
    "uploadUrl": UPLOAD_URL,
    "expiresAt": "2026-11-01T11:00:00Z",
}
LOOP_CALLS: list[str] = []  # the file calls made on the event loop's thread


def record_if_on_the_loop(what: str) -> None:
    """Note a file call made where a slow disk would block the event loop; a worker thread's is fine."""
    try:
        asyncio.get_running_loop()  # raises in a worker thread, and outside asyncio.run
    except RuntimeError:
        return
    LOOP_CALLS.append(what)


class RecordingOs:
    """``os`` as dispatch._upload sees it, its file-system calls recorded when made on the event loop."""

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def stat(self, *args: Any, **kwargs: Any) -> os.stat_result:
        record_if_on_the_loop("stat")
        return os.stat(*args, **kwargs)

    def fstat(self, *args: Any, **kwargs: Any) -> os.stat_result:
        record_if_on_the_loop("fstat")
        return os.fstat(*args, **kwargs)


class SlowFile(io.BytesIO):
    """A file on a slow disk: every call that touches it is recorded if made on the event loop."""

    name = "slow.bin"

    def seek(self, *args: Any) -> int:
        record_if_on_the_loop("seek")
        return super().seek(*args)

    def tell(self) -> int:
        record_if_on_the_loop("tell")
        return super().tell()

    def read(self, *args: Any) -> bytes:
        record_if_on_the_loop("read")
        return super().read(*args)

    def close(self) -> None:
        if not self.closed:  # not again when collected
            record_if_on_the_loop("close")
        super().close()


@pytest.mark.parametrize("given", ["path", "file object"])
@pytest.mark.parametrize("surface", ["attachments", "portal"])
def test_async_upload_does_no_file_io_on_the_event_loop(
    given: str,
    surface: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """No file call (open, seek, tell, read, close) is made on the event loop's thread.

    Fails before the fix: the file was opened, measured and closed on the loop (attachments), closed on
    the loop (portal)."""
    from dispatch import AsyncDispatchPortal

    data = b"0123456789" * 3

    def slow_open(*_args: Any, **_kwargs: Any) -> SlowFile:
        record_if_on_the_loop("open")
        return SlowFile(data)

    storage = Storage(Wire())

    async def upload(file: Any) -> Any:
        if surface == "attachments":
            queue_upload(storage.wire)
            async with AsyncDispatchTickets(API_KEY, base_url=BASE_URL, transport=storage) as client:
                return await client.attachments.upload("br_1", "tkt_1", file, "slow.bin")
        storage.wire.reply(201, json={**PORTAL_TARGET})
        storage.wire.reply(json=ATTACHMENT)
        async with AsyncDispatchPortal("ptk_test_token", base_url=BASE_URL, transport=storage) as portal:
            return await portal.tickets.upload("tkt_1", file, "slow.bin")

    asyncio.run(upload(data))  # first, without the slow file: the modules a first call imports are loaded
    LOOP_CALLS.clear()
    monkeypatch.setattr(dispatch._upload, "open", slow_open, raising=False)
    monkeypatch.setattr(dispatch._upload, "os", RecordingOs())  # a stat on the loop would count too
    file: Any = tmp_path / "slow.bin" if given == "path" else SlowFile(data)
    asyncio.run(upload(file))
    assert [put.body for put in storage.puts] == [data, data]
    assert LOOP_CALLS == []
    if isinstance(file, SlowFile):
        assert not file.closed  # a caller's file object is left open...
        file.close()  # ...and closed here, not by the collector during a later test's loop


# -- per-call options (issue 13.2) ----------------------------------------------------------------


async def test_upload_options_reach_the_api_calls_but_not_storage(
    uploader: Any, wire: Wire, storage: Storage
) -> None:
    queue_upload(wire)
    data = b"%PDF-1.7 fake statement"
    await call(
        uploader.attachments.upload(
            "br_1", "tkt_1", data, "statement.pdf", extra_headers={"X-Trace": "t-9"}, timeout=7.0
        )
    )
    assert_flow(wire, storage, filename="statement.pdf", content_type="application/pdf", data=data)
    initiate, confirm = wire.requests
    assert initiate.headers["x-trace"] == confirm.headers["x-trace"] == "t-9"
    assert confirm.extensions["timeout"]["read"] == 7.0
    assert confirm.headers["x-idempotency-key"]  # the confirm's own key, kept beside the caller's headers
    assert "x-trace" not in storage.puts[-1].request.headers  # the presigned PUT carries none of ours


async def test_a_callers_idempotency_key_replaces_the_confirms_own(client: Any, wire: Wire) -> None:
    wire.reply(json=ATTACHMENT)
    await call(client.attachments.confirm_upload("br_1", "tkt_1", "att_3v8k1", idempotency_key="mine-1"))
    assert wire.last.headers["x-idempotency-key"] == "mine-1"
