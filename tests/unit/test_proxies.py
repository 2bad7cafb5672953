"""Environment proxies, chosen per request URL (dispatch/_proxies.py), on real loopback sockets.

An upload goes to a presigned storage URL on another host than the API's. With ``NO_PROXY`` naming the
API host, the API calls must go straight to the API and the storage PUT through the proxy: the storage
host here does not even resolve, so only the proxy can answer it, and each server records what it saw.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from dispatch import AsyncDispatchTickets, DispatchTickets, NotFoundError
from dispatch._proxies import (
    AsyncEnvironmentProxies,
    EnvironmentProxies,
    async_pool_from_environment,
    pool_from_environment,
)
from tests.unit.conftest import API_KEY, call

STORAGE_URL = "http://storage.invalid/uploads/att_1?X-Amz-Signature=abc"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
ATTACHMENT = {
    "id": "att_1",
    "ticketId": "tkt_1",
    "commentId": None,
    "filename": "log.txt",
    "contentType": "text/plain",
    "size": 11,
    "status": "UPLOADED",
    "uploadedBy": "api",
    "metadata": {},
    "createdAt": "2026-11-01T10:00:00Z",
    "updatedAt": "2026-11-01T10:00:00Z",
}


class Recorder(ThreadingHTTPServer):
    """A loopback server that records (method, request target, body) and answers what ``answer`` says."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.seen: list[tuple[str, str, bytes]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def answer(self, method: str, target: str) -> tuple[int, Any]:
        if method == "PUT":  # the storage, reached through this server as a proxy
            return 200, None
        if target.endswith("/attachments"):
            return 200, {"attachmentId": "att_1", "uploadUrl": STORAGE_URL, "expiresIn": 900}
        if target.endswith("/confirm"):
            return 200, ATTACHMENT
        return 404, {"message": "not here"}


class _Handler(BaseHTTPRequestHandler):
    server: Recorder

    def _serve(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        self.server.seen.append((self.command, self.path, body))
        status, payload = self.server.answer(self.command, self.path)
        content = b"" if payload is None else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_PUT = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def servers() -> Iterator[tuple[Recorder, Recorder]]:
    """(api, proxy), each serving on its own thread."""
    pair = (Recorder(), Recorder())
    threads = [threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True) for server in pair]
    for thread in threads:
        thread.start()
    yield pair
    for server in pair:
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def open_client(mode: str, api: Recorder) -> Any:
    cls = DispatchTickets if mode == "sync" else AsyncDispatchTickets
    return cls(api_key=API_KEY, base_url=f"{api.url}/v1", max_retries=0)


async def close(client: Any) -> None:
    await call(client.close() if isinstance(client, DispatchTickets) else client.aclose())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("proxy_value", ["{url}", "{host_port}"], ids=["url", "without-scheme"])
async def test_the_api_directly_and_the_storage_through_the_proxy(
    mode: str, proxy_value: str, servers: tuple[Recorder, Recorder], monkeypatch: pytest.MonkeyPatch
) -> None:
    api, proxy = servers
    value = proxy_value.format(url=proxy.url, host_port=proxy.url.removeprefix("http://"))
    monkeypatch.setenv("HTTP_PROXY", value)  # httpx reads a value without a scheme as http://
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    client = open_client(mode, api)
    try:
        attachment = await call(client.attachments.upload("br_1", "tkt_1", b"hello world", "log.txt"))
    finally:
        await close(client)
    assert attachment.id == "att_1"
    assert [(method, target) for method, target, _ in api.seen] == [
        ("POST", "/v1/brands/br_1/tickets/tkt_1/attachments"),
        ("POST", "/v1/brands/br_1/tickets/tkt_1/attachments/att_1/confirm"),
    ]
    assert proxy.seen == [("PUT", STORAGE_URL, b"hello world")]  # the absolute URL: a proxied request


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_without_no_proxy_everything_goes_through_the_proxy(
    mode: str, servers: tuple[Recorder, Recorder], monkeypatch: pytest.MonkeyPatch
) -> None:
    api, proxy = servers
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    client = open_client(mode, api)
    try:
        with pytest.raises(NotFoundError, match="not here"):  # the proxy's own answer
            await call(client.accounts.me())
    finally:
        await close(client)
    assert api.seen == []
    assert [(method, target) for method, target, _ in proxy.seen] == [("GET", f"{api.url}/v1/accounts/me")]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_no_proxy_in_the_environment_is_a_plain_pool(mode: str) -> None:
    pool = pool_from_environment() if mode == "sync" else async_pool_from_environment()
    assert type(pool) in {httpx.HTTPTransport, httpx.AsyncHTTPTransport}


@pytest.mark.parametrize("client_class", [DispatchTickets, AsyncDispatchTickets])
def test_a_malformed_proxy_fails_when_the_client_is_made(
    client_class: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "ftp://proxy.invalid:21")
    with pytest.raises(ValueError, match="proxy"):
        client_class(api_key=API_KEY, base_url="https://api.invalid/v1")


@pytest.mark.parametrize("client_class", [DispatchTickets, AsyncDispatchTickets])
def test_with_options_copies_share_the_proxy_pool(client_class: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    client = client_class(api_key=API_KEY, base_url="https://api.invalid/v1")
    copy = client.with_options(timeout=3.0)
    assert isinstance(client._transport._inner, EnvironmentProxies | AsyncEnvironmentProxies)
    assert copy._transport._inner is client._transport._inner


def test_clients_share_one_ssl_context_until_the_environment_names_other_certificates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Loading the CA bundle costs 5-40 ms: once per process, not once per client (a test suite makes many)."""
    import certifi

    from dispatch._proxies import shared_ssl_context as default_ssl_context

    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    first = default_ssl_context()
    assert default_ssl_context() is first
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    assert default_ssl_context() is not first
    monkeypatch.delenv("SSL_CERT_FILE")
    assert default_ssl_context() is first
