"""Environment proxies (``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``, ...), chosen per request URL by httpx.

The clients' outer httpx client runs with ``trust_env=False``, so that no proxy "mount" of httpx can
route a request around our transport (its auth, retries and hooks). The proxy is chosen below it
instead. One proxy for the whole client is not enough: an upload goes to a presigned storage URL on
another host than the API's, and ``NO_PROXY`` may name one and not the other.

So when the environment names a proxy, the pool under our transport is an httpx client of its own with
``trust_env=True``: httpx reads the environment once, at construction (a malformed proxy fails there),
and picks the proxy for each request URL by its own rules (``NO_PROXY`` wildcards, ports, IP addresses,
``all://``), exactly as a plain httpx client would. When the environment names none, the pool is a
plain ``httpx.HTTPTransport`` and this costs nothing.

Both pools verify TLS with a context from :func:`shared_ssl_context`: one per verify configuration in the
process, instead of httpx's new context per transport (loading certifi's CA bundle, ~15 ms, was nearly
all of the cost of constructing a client; a service making one client per tenant key paid it per request).
"""

from __future__ import annotations

import os
import ssl
import threading
import urllib.request
from typing import Any

import httpx

from dispatch._engine import Engine, engine_named

__all__ = [
    "AsyncEnvironmentProxies",
    "EnvironmentProxies",
    "Verify",
    "async_pool_from_environment",
    "pool_from_environment",
    "shared_ssl_context",
]

Verify = ssl.SSLContext | bool
"""TLS verification of a client: True (certifi's CAs, or ``SSL_CERT_FILE``/``SSL_CERT_DIR``), False (none:
testing only), or the caller's own ``ssl.SSLContext``, used as is."""

_contexts: dict[tuple[str, bool, str | None, str | None], ssl.SSLContext] = {}
_contexts_lock = threading.Lock()


def shared_ssl_context(verify: Verify = True, engine: Engine | None = None) -> ssl.SSLContext:
    """The process's TLS context for ``verify``, made on first use; a caller's context is returned as is.

    The key holds the engine that builds it (httpx or httpx2, each with its own defaults) and what it
    reads to do so (``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` for ``verify=True``), so a process that
    changes them gets a new context, as the engine would. A context is never changed once made: sharing
    it between clients, threads and event loops is safe.
    """
    if isinstance(verify, ssl.SSLContext):
        return verify
    if not isinstance(verify, bool):
        raise TypeError(f"verify must be True, False or an ssl.SSLContext, got {type(verify).__name__}")
    engine = engine or engine_named("httpx")
    environment = (
        (os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR")) if verify else (None, None)
    )
    key = (engine.name, verify, *environment)
    context = _contexts.get(key)
    if context is None:
        with _contexts_lock:  # one context per key, even when threads construct clients at once
            context = _contexts.get(key)
            if context is None:
                context = engine.create_ssl_context(verify=verify, trust_env=True)
                _contexts[key] = context
    return context


def environment_names_a_proxy() -> bool:
    """Whether HTTP_PROXY, HTTPS_PROXY or ALL_PROXY (any case; the system settings on macOS and Windows) is set."""
    proxies = urllib.request.getproxies()
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))


class EnvironmentProxies(httpx.BaseTransport):
    """Sends through an httpx client of ours that routes each URL to its environment proxy, or direct."""

    def __init__(self, engine: Engine | None = None, verify: Verify = True) -> None:
        engine = engine or engine_named("httpx")
        self.client: Any = engine.Client(trust_env=True, verify=shared_ssl_context(verify, engine))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # auth=None: our transport has set Authorization already; stream=True: the caller reads the body
        response: httpx.Response = self.client.send(request, auth=None, stream=True)
        return response

    def close(self) -> None:
        self.client.close()


class AsyncEnvironmentProxies(httpx.AsyncBaseTransport):
    """The async twin of :class:`EnvironmentProxies`."""

    def __init__(self, engine: Engine | None = None, verify: Verify = True) -> None:
        engine = engine or engine_named("httpx")
        self.client: Any = engine.AsyncClient(trust_env=True, verify=shared_ssl_context(verify, engine))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = await self.client.send(request, auth=None, stream=True)
        return response

    async def aclose(self) -> None:
        await self.client.aclose()


def pool_from_environment(engine: Engine | None = None, verify: Verify = True) -> httpx.BaseTransport:
    """A plain pool of ``engine`` (httpx by default) when the environment names no proxy, else
    :class:`EnvironmentProxies`; either verifies TLS with the shared context for ``verify``."""
    engine = engine or engine_named("httpx")
    if environment_names_a_proxy():
        return EnvironmentProxies(engine, verify)
    pool: httpx.BaseTransport = engine.HTTPTransport(verify=shared_ssl_context(verify, engine))
    return pool


def async_pool_from_environment(
    engine: Engine | None = None, verify: Verify = True
) -> httpx.AsyncBaseTransport:
    """The async twin of :func:`pool_from_environment`."""
    engine = engine or engine_named("httpx")
    if environment_names_a_proxy():
        return AsyncEnvironmentProxies(engine, verify)
    pool: httpx.AsyncBaseTransport = engine.AsyncHTTPTransport(verify=shared_ssl_context(verify, engine))
    return pool
