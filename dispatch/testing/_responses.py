"""Building responses: exact JSON bytes, and the deliberately broken response of a ``drop_*`` fault."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response
from starlette.types import Send

__all__ = [
    "ConnectionDropped",
    "JsonResponse",
    "drop_connection",
    "json_response",
    "json_text",
    "json_text_response",
]


class ConnectionDropped(Exception):
    """Raised after a partial response so that the server closes the connection (a ``drop_*`` fault)."""


class JsonResponse(Response):
    """A JSON response that keeps the value it was serialised from, so validation need not parse it back."""

    data: Any


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Response:
    """A response with compact JSON bytes (no body and no content type when ``body`` is None)."""
    if body is None:
        return Response(status_code=status, headers=dict(headers or {}))
    response = JsonResponse(
        _encode(body), status_code=status, headers=dict(headers or {}), media_type="application/json"
    )
    response.data = body
    return response


def json_text_response(status: int, text: str | None, headers: Mapping[str, str] | None = None) -> Response:
    """A response with JSON already rendered by :func:`json_text` (an idempotent replay's stored answer)."""
    if text is None:
        return Response(status_code=status, headers=dict(headers or {}))
    return Response(
        text.encode("utf-8"), status_code=status, headers=dict(headers or {}), media_type="application/json"
    )


def json_text(body: Any) -> str:
    """Compact JSON that always encodes as UTF-8: a lone surrogate becomes U+FFFD.

    Intake refuses such strings, but a store written before it did may still hold them; rendered this way
    its lists still answer, and its webhook payloads still go out.
    """
    text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A UTF-16 round trip keeps valid pairs and replaces only the lone halves.
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _encode(body: Any) -> bytes:
    return json_text(body).encode("utf-8")


async def drop_connection(send: Send, status: int = 200) -> None:
    """Send a status line and headers promising a body, part of it, then break off.

    The exception makes uvicorn close the socket: the client sees the response start and then the peer
    hanging up mid-body (``httpx.RemoteProtocolError``). A status that cannot carry a body (204, 304, 1xx)
    is announced as 200: HTTP would deliver it complete, and the answer would not be lost at all.
    """
    await send(
        {
            "type": "http.response.start",
            "status": status if _may_have_body(status) else 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"1024")],
        }
    )
    await send({"type": "http.response.body", "body": b'{"partial":', "more_body": True})
    raise ConnectionDropped("connection dropped by an injected fault")


def _may_have_body(status: int) -> bool:
    return status >= 200 and status not in (204, 304)
