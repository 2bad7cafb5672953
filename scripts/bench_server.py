"""The fixed-response HTTP server that scripts/bench.py measures the SDK against.

A minimal ASGI app (no framework: the server must cost as little as possible, so that what the
benchmark sees is the client) served by uvicorn in its own process, one worker, access log off:

    GET  /v1/brands/{b}/tickets/{t}                        the get_ticket example of the OpenAPI document
    GET  /v1/brands/{b}/tickets?limit=&cursor=             pages of up to 100 such tickets; the listing
                                                           holds N tickets when the brand id is "br_n{N}"
                                                           (10,000 otherwise); the cursor is "o{offset}"
    POST /v1/brands/{b}/tickets/{t}/attachments            {attachmentId, uploadUrl, expiresIn}, the
                                                           uploadUrl pointing at /storage/ on this server
    PUT  /storage/{a}?X-Amz-...                            the bytes, streamed, counted and discarded
    POST /v1/brands/{b}/tickets/{t}/attachments/{a}/confirm the Attachment, its size = the bytes received
    GET  /stats                                            {"connections": distinct client sockets seen,
                                                            "requests": ..., "bytes_received": ...}

Every body is serialised once at start-up; a page is three byte strings joined. The JSON is the
document's own examples (openapi/dispatch-tickets.yaml), so parsing costs what it costs on real data.

Run standalone: ``python scripts/bench_server.py --port 8000``; scripts/bench.py instead hands it an
already-listening socket (``--fd``), so there is no free-port race and no start-up wait to guess.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
from typing import Any
from urllib.parse import parse_qs

PAGE_SIZE_MAX = 100
DEFAULT_LISTING_SIZE = 10_000

# The get_ticket / list_tickets example of openapi/dispatch-tickets.yaml.
TICKET: dict[str, Any] = {
    "id": "tkt_01HF8Z3Q4R5S6T7V8W9X0Y1Z2A",
    "brandId": "br_8f2k1",
    "ticketNumber": 1042,
    "title": "Charged twice for March invoice",
    "body": "My card was charged twice for invoice INV-2024-0312. Please refund one payment.",
    "status": "open",
    "priority": "high",
    "assigneeId": "usr_9d2k4",
    "createdBy": "api",
    "customerId": "cus_7h3m2",
    "customer": {
        "id": "cus_7h3m2",
        "brandId": "br_8f2k1",
        "email": "jane@example.com",
        "name": "Jane Doe",
        "avatarUrl": None,
        "companyId": "cmp_4t8x1",
        "metadata": {"plan": "pro"},
        "createdAt": "2024-03-12T09:14:22.000Z",
        "updatedAt": "2024-03-14T16:02:51.000Z",
        "_count": {"tickets": 3},
    },
    "categoryId": "cat_2b7q9",
    "category": {
        "id": "cat_2b7q9",
        "brandId": "br_8f2k1",
        "name": "Billing",
        "color": "#ef4444",
        "description": "Payments, invoices and refunds",
        "sortOrder": 0,
        "createdAt": "2024-03-12T09:14:22.000Z",
    },
    "tags": [
        {
            "id": "tag_5n1c8",
            "brandId": "br_8f2k1",
            "name": "urgent",
            "color": "#f59e0b",
            "createdAt": "2024-03-12T09:14:22.000Z",
        },
        {
            "id": "tag_9k4v2",
            "brandId": "br_8f2k1",
            "name": "refund",
            "color": "#10b981",
            "createdAt": "2024-03-12T09:14:22.000Z",
        },
    ],
    "links": [
        {"url": "https://billing.example.com/invoices/INV-2024-0312", "title": "Invoice", "type": "invoice"}
    ],
    "customFields": {"order_id": "ORD-12345"},
    "metadata": {"plan": "pro"},
    "source": "api",
    "sourceId": None,
    "sourceData": {},
    "commentCount": 2,
    "attachmentCount": 1,
    "isSpam": False,
    "createdAt": "2024-03-12T09:14:22.000Z",
    "updatedAt": "2024-03-14T16:02:51.000Z",
    "deletedAt": None,
    "mergedIntoId": None,
}

# The confirm_attachment_upload example.
ATTACHMENT: dict[str, Any] = {
    "id": "att_3v8k1",
    "ticketId": "tkt_01HF8Z3Q4R5S6T7V8W9X0Y1Z2A",
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

_STATUSES = ("open", "pending", "resolved", "closed")
_PRIORITIES = ("low", "normal", "high", "urgent")


def _dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def _page_item(index: int) -> dict[str, Any]:
    """The example ticket, made distinct (id, number, status, priority) for each slot of a page."""
    return {
        **TICKET,
        "id": f"tkt_{index:026d}",
        "ticketNumber": 1000 + index,
        "status": _STATUSES[index % len(_STATUSES)],
        "priority": _PRIORITIES[index % len(_PRIORITIES)],
    }


TICKET_BODY = _dumps(TICKET)
# A page is PAGE_HEAD[size] + cursor JSON + b',"hasMore":' + true/false + b"}}"
_ITEMS = [_dumps(_page_item(i)) for i in range(PAGE_SIZE_MAX)]
PAGE_HEAD = {
    size: b'{"data":[' + b",".join(_ITEMS[:size]) + b'],"pagination":{"cursor":' for size in range(101)
}

_JSON_HEADERS = [(b"content-type", b"application/json"), (b"x-request-id", b"req_bench")]


class State:
    """What the server has seen, for /stats and for the size in a confirm."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.clients: set[tuple[str, int]] = set()
        self.requests = 0
        self.bytes_received = 0
        self.uploads: dict[str, int] = {}
        self.next_attachment = 0


STATE = State()


async def _send(
    send: Any, status: int, body: bytes, headers: list[tuple[bytes, bytes]] = _JSON_HEADERS
) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [*headers, (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _drain(receive: Any) -> int:
    """Read the whole request body, keeping none of it; returns its size."""
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        size += len(message.get("body", b""))
        more = message.get("more_body", False)
    STATE.bytes_received += size
    return size


def _listing_size(brand_id: str) -> int:
    if brand_id.startswith("br_n") and brand_id[4:].isdigit():
        return int(brand_id[4:])
    return DEFAULT_LISTING_SIZE


def _page(brand_id: str, query_string: bytes) -> bytes:
    query = parse_qs(query_string.decode()) if query_string else {}
    limit = min(int(query.get("limit", ["50"])[0]), PAGE_SIZE_MAX)
    cursor = query.get("cursor", [""])[0]
    offset = int(cursor[1:]) if cursor.startswith("o") else 0
    total = _listing_size(brand_id)
    size = max(0, min(limit, total - offset))
    end = offset + size
    tail = b'"o%d","hasMore":true}}' % end if end < total else b'null,"hasMore":false}}'
    return PAGE_HEAD[size] + tail


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    STATE.requests += 1
    client = scope.get("client")
    if client:
        STATE.clients.add(tuple(client))
    method = scope["method"]
    parts = scope["path"].strip("/").split("/")
    # /v1/brands/{b}/tickets/...
    if len(parts) >= 4 and parts[0] == "v1" and parts[1] == "brands" and parts[3] == "tickets":
        brand_id = parts[2]
        rest = parts[4:]
        if method == "GET" and len(rest) == 1:
            return await _send(send, 200, TICKET_BODY)
        if method == "GET" and not rest:
            return await _send(send, 200, _page(brand_id, scope["query_string"]))
        if method == "POST" and len(rest) == 2 and rest[1] == "attachments":
            await _drain(receive)
            STATE.next_attachment += 1
            attachment_id = f"att_bench{STATE.next_attachment}"
            host = dict(scope["headers"]).get(b"host", b"127.0.0.1").decode()  # as the client reached us
            url = f"http://{host}/storage/{attachment_id}?X-Amz-Expires=900&X-Amz-Signature=9a8b7c"
            return await _send(
                send, 200, _dumps({"attachmentId": attachment_id, "uploadUrl": url, "expiresIn": 900})
            )
        if method == "POST" and len(rest) == 4 and rest[1] == "attachments" and rest[3] == "confirm":
            await _drain(receive)
            attachment_id = rest[2]
            size = STATE.uploads.pop(attachment_id, 0)
            return await _send(
                send, 200, _dumps({**ATTACHMENT, "id": attachment_id, "ticketId": rest[0], "size": size})
            )
    elif method == "PUT" and len(parts) == 2 and parts[0] == "storage":
        STATE.uploads[parts[1]] = await _drain(receive)
        return await _send(send, 200, b"", [(b"etag", b'"bench"')])
    elif method == "GET" and parts == ["stats"]:
        stats = {
            "connections": len(STATE.clients),
            "requests": STATE.requests,
            "bytes_received": STATE.bytes_received,
        }
        return await _send(send, 200, _dumps(stats))
    await _drain(receive)
    await _send(send, 404, _dumps({"error": "not found", "code": "not_found", "statusCode": 404}))


def http_implementation() -> str:
    """httptools when installed (faster), else h11 (pure Python, always there with uvicorn)."""
    try:
        import httptools  # noqa: F401
    except ImportError:
        return "h11"
    return "httptools"


def listening_socket(port: int = 0) -> socket.socket:
    """A TCP socket listening on 127.0.0.1:port (0: any free port).

    ``proto=IPPROTO_TCP`` matters: asyncio sets TCP_NODELAY on accepted connections only when the
    socket says it is TCP, and without it every response written in two parts (uvicorn writes the
    head, then the body) waits ~40 ms for the client's delayed ACK. NODELAY is also set here, and
    accepted sockets inherit it.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(1024)
    return sock


def serve(sock: socket.socket) -> None:
    import uvicorn

    config = uvicorn.Config(
        app,
        http=http_implementation(),
        loop="asyncio",
        lifespan="off",
        log_level="warning",
        access_log=False,
        workers=1,
        # Pools stay warm between benchmark rounds (uvicorn's default drops idle connections after 5 s).
        timeout_keep_alive=600,
    )
    uvicorn.Server(config).run(sockets=[sock])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--fd", type=int, help="serve on this already-listening socket (inherited)")
    group.add_argument("--port", type=int, help="bind 127.0.0.1:PORT (0: any free port, printed)")
    args = parser.parse_args(argv)
    if args.fd is not None:
        sock = socket.socket(fileno=args.fd)
    else:
        sock = listening_socket(args.port)
        print(
            f"listening on http://127.0.0.1:{sock.getsockname()[1]} ({http_implementation()})",
            file=sys.stderr,
        )
    serve(sock)


if __name__ == "__main__":
    main()
