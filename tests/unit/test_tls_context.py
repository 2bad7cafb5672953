"""One TLS context per verify configuration in the process, shared by every client (dispatch/_proxies.py).

httpx makes a new ``ssl.SSLContext`` (loading certifi's CA bundle) for each transport: that was nearly
all of the ~20 ms a client cost to construct. These tests check the sharing itself, never a timing.
"""

from __future__ import annotations

import ssl
import threading
from typing import Any

import pytest

from dispatch import AsyncDispatchPortal, AsyncDispatchTickets, DispatchPortal, DispatchTickets
from dispatch._engine import engine_named
from dispatch._proxies import shared_ssl_context
from tests._engine import httpx

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def no_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def context_of(client: Any) -> ssl.SSLContext:
    """The TLS context the client's connection pool verifies with."""
    pool = client._transport.inner
    if isinstance(pool, httpx.HTTPTransport | httpx.AsyncHTTPTransport):
        context = pool._pool._ssl_context
    else:  # EnvironmentProxies: an httpx client of ours, its transport for direct connections
        context = pool.client._transport._pool._ssl_context
    assert isinstance(context, ssl.SSLContext)
    return context


CLIENTS = [DispatchTickets, AsyncDispatchTickets, DispatchPortal, AsyncDispatchPortal]


@pytest.mark.parametrize("cls", CLIENTS)
def test_clients_share_one_verifying_context(cls: Any) -> None:
    first, second = cls("sk_test_a"), cls("sk_test_b")

    assert context_of(first) is context_of(second)
    assert context_of(first) is context_of(DispatchTickets("sk_test_c"))  # sync and async alike
    assert context_of(first).verify_mode == ssl.CERT_REQUIRED
    assert context_of(first).check_hostname


def test_verify_false_has_its_own_shared_context() -> None:
    unverified = DispatchTickets("sk_test_a", verify=False)

    assert context_of(unverified) is context_of(AsyncDispatchTickets("sk_test_b", verify=False))
    assert context_of(unverified) is not context_of(DispatchTickets("sk_test_c"))
    assert context_of(unverified).verify_mode == ssl.CERT_NONE


@pytest.mark.parametrize("cls", CLIENTS)
def test_a_caller_s_context_is_used_as_is(cls: Any) -> None:
    mine = ssl.create_default_context()

    assert context_of(cls("sk_test_a", verify=mine)) is mine


def test_the_environment_s_ca_file_gets_its_own_context(monkeypatch: pytest.MonkeyPatch) -> None:
    import certifi

    default = context_of(DispatchTickets("sk_test_a"))
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())

    with_ca_file = context_of(DispatchTickets("sk_test_b"))
    assert with_ca_file is not default
    assert with_ca_file is context_of(DispatchTickets("sk_test_c"))


def test_clients_behind_an_environment_proxy_share_it_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")

    first, second = DispatchTickets("sk_test_a"), AsyncDispatchTickets("sk_test_b")
    shared = shared_ssl_context(True, engine_named(httpx.__name__))  # the engine under test's
    assert context_of(first) is context_of(second) is shared
    proxies: Any = first._transport.inner
    mounted = [t._pool._ssl_context for t in proxies.client._mounts.values() if t is not None]
    assert mounted
    assert all(context is shared for context in mounted)


def test_threads_constructing_at_once_get_one_context(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_DIR", "/nonexistent-for-a-fresh-key")  # a key no other test made
    contexts: list[ssl.SSLContext] = []
    start = threading.Barrier(8)

    def make() -> None:
        start.wait()
        contexts.append(context_of(DispatchTickets("sk_test_a")))

    threads = [threading.Thread(target=make) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(contexts) == 8
    assert all(context is contexts[0] for context in contexts)


@pytest.mark.parametrize(
    "other",
    [{"transport": httpx.MockTransport(lambda r: httpx.Response(200))}, {"http_client": httpx.Client()}],
)
def test_verify_with_a_caller_s_transport_or_client_is_refused(other: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="verify="):
        DispatchTickets("sk_test_a", verify=False, **other)


def test_verify_of_another_type_is_refused() -> None:
    with pytest.raises(TypeError, match="verify"):
        DispatchTickets("sk_test_a", verify="/etc/ssl/certs")  # type: ignore[arg-type]
