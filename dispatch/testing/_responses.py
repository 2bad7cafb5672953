"""Building responses: exact JSON bytes, and the deliberately broken response of a ``drop_*`` fault."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response
from starlette.types import Send

__all__ = ["ConnectionDropped", "JsonResponse", "drop_connection", "json_response"]


class ConnectionDropped(Exception):
    """Raised after a partial response so that the server closes the connection (a ``drop_*`` fault)."""


class JsonResponse(Response):
    """A JSON response that keeps the value it was serialised from, so validation need not parse it back."""

    data: Any


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Response:
    """A response with compact JSON bytes (no body and no content type when ``body`` is None)."""
    if body is None:
        return Response(status_code=status, headers=dict(headers or {}))
    content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    response = JsonResponse(
        content, status_code=status, headers=dict(headers or {}), media_type="application/json"
    )
    response.data = body
    return response


async def drop_connection(send: Send, status: int = 200) -> None:
    """Send a status line and headers promising a body, part of it, then break off.

    The exception makes uvicorn close the socket: the client sees the response start and then the peer
    hanging up mid-body (``httpx.RemoteProtocolError``).
    """
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"1024")],
        }
    )
    await send({"type": "http.response.body", "body": b'{"partial":', "more_body": True})
    raise ConnectionDropped("connection dropped by an injected fault")
