"""The emulator's own object storage behind the presigned ``uploadUrl`` and ``downloadUrl``.

It behaves like the S3-style storage the real API hands out: no Authorization header, the token in the
URL is the credential and expires (403 once expired, by the emulator's clock). ``PUT /_storage/<token>``
must send exactly the declared ``Content-Type`` and size (``Content-Length`` when present, and the bytes
actually received), or it is a 400; the body is read as a stream, chunk by chunk, and refused as soon as
it exceeds the declared size. ``GET /_storage/<token>/download`` answers the bytes with the declared
content type. Faults apply here too (paths ``/_storage/*`` and ``/_storage/*/download``).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

from dispatch.testing._errors import error_body
from dispatch.testing._responses import drop_connection, json_response
from dispatch.testing._store import Json

if TYPE_CHECKING:
    from dispatch.testing._state import EmulatorState

__all__ = ["storage_routes"]


def _error(status: int, message: str) -> Response:
    return json_response(status, error_body(status, message, code="storage_error"))


def _token(state: EmulatorState, token: str, kind: str) -> tuple[Json, Json] | Response:
    with state.store.lock:
        record = state.store.peek("storage", token)
        if record is None or record.get("kind") != kind:
            return _error(404, "No such object")
        if state.clock.now() >= float(record["_expires"]):
            return _error(403, "Request has expired")
        attachment = state.store.peek("attachments", str(record["attachmentId"]))
    if attachment is None:
        return _error(404, "No such object")
    return record, attachment


def _media_type(value: str | None) -> str:
    return (value or "").split(";")[0].strip().lower()


class _StorageEndpoint:
    """ASGI endpoint running one storage handler behind the storage faults."""

    def __init__(self, state: EmulatorState, handler: Callable[[Request], Awaitable[Response]]) -> None:
        self.state = state
        self.handler = handler

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        with contextlib.suppress(ClientDisconnect):  # the client left (a hang, mid-upload): nobody to answer
            await self._serve(Request(scope, receive), scope, receive, send)

    async def _serve(self, request: Request, scope: Scope, receive: Receive, send: Send) -> None:
        fault = self.state.faults.take(request.method, request.url.path, None, None)
        if fault is not None and fault.kind == "hang":
            await self.state.hang(fault.delay)
        if fault is not None and fault.kind == "status":
            response = _error(fault.status, f"Injected fault: HTTP {fault.status}")
        elif fault is not None and fault.kind == "drop_before":
            await request.body()  # read it all: closing with unread bytes would reset, not close
            await drop_connection(send)
            return
        else:
            response = await self.handler(request)
        if fault is not None and fault.kind == "drop_after":
            await drop_connection(send, response.status_code)
        await response(scope, receive, send)


def storage_routes(state: EmulatorState) -> list[BaseRoute]:
    """``PUT /_storage/{token}`` and ``GET /_storage/{token}/download``."""

    async def upload(request: Request) -> Response:
        found = _token(state, request.path_params["token"], "upload")
        if isinstance(found, Response):
            return found
        _, attachment = found
        size, declared_type = int(attachment["size"]), str(attachment["contentType"])
        if attachment["status"] == "UPLOADED":
            return _error(409, "The upload was already confirmed")
        if _media_type(request.headers.get("content-type")) != _media_type(declared_type):
            return _error(
                400, f"Content-Type must be {declared_type}, as declared when the upload was initiated"
            )
        length = request.headers.get("content-length")
        if length is not None and length.strip() != str(size):
            return _error(400, f"Content-Length must be {size}, as declared when the upload was initiated")
        chunks: list[bytes] = []
        received = 0
        async for chunk in request.stream():
            received += len(chunk)
            if received > size:
                return _error(400, f"The body is larger than the declared size ({size} bytes)")
            chunks.append(chunk)
        if received != size:
            return _error(400, f"Received {received} bytes, but {size} were declared")
        data = b"".join(chunks)
        with state.store.transaction():
            state.store.put_blob(str(attachment["id"]), data)
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        return Response(status_code=200, headers={"etag": etag})

    async def download(request: Request) -> Response:
        found = _token(state, request.path_params["token"], "download")
        if isinstance(found, Response):
            return found
        _, attachment = found
        data = state.store.blob(str(attachment["id"]))
        if data is None:
            return _error(404, "The file was not uploaded")
        safe_name = "".join(
            c if c.isprintable() and c not in '"\\' else "_" for c in str(attachment["filename"])
        )
        headers = {"content-disposition": f'attachment; filename="{safe_name}"'}
        return Response(data, media_type=str(attachment["contentType"]), headers=headers)

    return [
        Route("/_storage/{token}", _StorageEndpoint(state, upload), methods=["PUT"]),
        Route("/_storage/{token}/download", _StorageEndpoint(state, download), methods=["GET"]),
    ]
