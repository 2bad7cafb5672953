"""Environment proxies, chosen per request URL (dispatch/_proxies.py).

An upload goes to a presigned storage URL on another host than the API's: with ``NO_PROXY`` naming the
API host only, the API must be reached directly and storage through the proxy (and the other way round).
The router's pools are injected MockTransports here, so each request shows which way it went.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from dispatch import AsyncDispatchTickets, DispatchTickets
from dispatch._proxies import (
    AsyncProxyRouter,
    ProxyRouter,
    async_pool_from_environment,
    environment_proxies,
    pool_from_environment,
    proxy_for,
)
from tests.unit.conftest import API_KEY, call

PROXY = "http://proxy.corp.test:3128"
API = "https://api.test/v1/brands"
STORAGE = "https://storage.test/uploads/att_1?X-Amz-Signature=abc"
PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


class Pools:
    """Makes a recording MockTransport per proxy, as the router asks for them."""

    def __init__(self, is_async: bool) -> None:
        self.is_async = is_async
        self.made: list[str | None] = []
        self.sent: list[tuple[str | None, str]] = []
        self.closed: list[str | None] = []

    def make(self, proxy: str | None) -> Any:
        self.made.append(proxy)
        pools = self

        def handler(request: httpx.Request) -> httpx.Response:
            pools.sent.append((proxy, request.url.host))
            return httpx.Response(200, json={})

        class Recording(httpx.MockTransport):
            def close(self) -> None:
                pools.closed.append(proxy)

            async def aclose(self) -> None:
                pools.closed.append(proxy)

        return Recording(handler)


def router(mode: str, pools: Pools, proxies: dict[str, str]) -> Any:
    return ProxyRouter(proxies, pools.make) if mode == "sync" else AsyncProxyRouter(proxies, pools.make)


async def send(transport: Any, url: str) -> None:
    request = httpx.Request("GET", url)
    if isinstance(transport, httpx.AsyncBaseTransport):
        await transport.handle_async_request(request)
    else:
        transport.handle_request(request)


async def close(transport: Any) -> None:
    await call(transport.aclose() if isinstance(transport, httpx.AsyncBaseTransport) else transport.close())


def test_the_environment_names_the_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    assert environment_proxies() == {}
    monkeypatch.setenv("HTTPS_PROXY", PROXY)
    monkeypatch.setenv("NO_PROXY", "api.test")
    assert environment_proxies() == {"https": PROXY}  # NO_PROXY is not a proxy
    assert proxy_for(httpx.URL(STORAGE), environment_proxies()) == PROXY
    assert proxy_for(httpx.URL(API), environment_proxies()) is None
    assert proxy_for(httpx.URL("http://storage.test/x"), environment_proxies()) is None  # no HTTP_PROXY
    monkeypatch.setenv("ALL_PROXY", "http://all.corp.test:8080")
    assert proxy_for(httpx.URL("http://storage.test/x"), environment_proxies()) == "http://all.corp.test:8080"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_api_directly_and_storage_through_the_proxy(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "api.test")
    pools = Pools(mode == "async")
    transport = router(mode, pools, {"https": PROXY})
    for url in (API, STORAGE, API + "/br_1", STORAGE):
        await send(transport, url)
    assert pools.sent == [
        (None, "api.test"),
        (PROXY, "storage.test"),
        (None, "api.test"),
        (PROXY, "storage.test"),
    ]
    assert pools.made == [None, PROXY]  # one pool each, reused
    await close(transport)
    assert sorted(pools.closed, key=str) == sorted([None, PROXY], key=str)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_api_through_the_proxy_and_storage_directly(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "storage.test")
    pools = Pools(mode == "async")
    transport = router(mode, pools, {"https": PROXY})
    await send(transport, API)
    await send(transport, STORAGE)
    assert pools.sent == [(PROXY, "api.test"), (None, "storage.test")]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_no_proxy_in_the_environment_is_a_plain_pool(mode: str) -> None:
    pool = pool_from_environment() if mode == "sync" else async_pool_from_environment()
    assert type(pool) in {httpx.HTTPTransport, httpx.AsyncHTTPTransport}


@pytest.mark.parametrize("client_class", [DispatchTickets, AsyncDispatchTickets])
def test_a_client_routes_per_url_when_the_environment_names_a_proxy(
    client_class: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", PROXY)
    client = client_class(api_key=API_KEY, base_url="https://api.test/v1")
    assert isinstance(client._transport._inner, ProxyRouter | AsyncProxyRouter)
