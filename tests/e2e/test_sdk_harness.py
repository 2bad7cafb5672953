"""The harness of the SDK end-to-end suite (``test_sdk_*.py``): one test body, two clients, two targets.

Every SDK end-to-end test takes the ``sdk`` fixture: a :class:`SDK` holding the admin client under test,
sync or async (the ``mode`` fixture runs each test twice), plus factories for portal clients and extra
accounts. Test bodies write ``await call(sdk.client.tickets.get(...))`` and
``await collect(sdk.client.tickets.list(...))`` so the same code drives both clients.

Where the requests go is the ``target`` fixture:

* here, the emulator directly (its strict mode fails a test whose responses leave the document);
* in ``tests/contract/test_prism_proxy.py``, which imports these very test functions, Prism in proxy
  mode in front of the emulator: ``tests/contract/conftest.py`` overrides ``target``, and every
  response's ``sl-violations`` header (collected by an ``on_response`` hook) fails the test.

Tests that reach the emulator itself (magic-link tokens, webhook deliveries) use ``sdk.emulator``;
presigned storage URLs always point at the emulator (Prism forwards the upstream ``Host``), as real
presigned URLs point at a storage host outside the API.
"""

from __future__ import annotations

import contextlib
import inspect
import json
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from dispatch import (
    AsyncDispatchPortal,
    AsyncDispatchTickets,
    DispatchPortal,
    DispatchTickets,
    Hooks,
    ResponseContext,
    RetryConfig,
)
from dispatch.testing import Emulator
from dispatch.testing.pytest_plugin import EmulatorSession
from tests._engine import httpx

pytestmark = pytest.mark.e2e

# Retries stay on (they are part of what runs end to end), with delays too small to slow a test.
FAST_RETRY = RetryConfig(max_retries=2, initial_delay=0.01, max_delay=0.05, jitter=0)


async def call(result: Any) -> Any:
    """The value of a sync call, or of an async one once awaited: one test body serves both clients."""
    return await result if inspect.isawaitable(result) else result


async def collect(items: Iterable[Any] | AsyncIterable[Any]) -> list[Any]:
    """Every item of a sync or async iterator (``tickets.list``, ``customers.list``, ``list_all``)."""
    if isinstance(items, AsyncIterable):
        return [item async for item in items]
    return list(items)


@dataclass
class Target:
    """Where the SDK's requests go: ``base_url`` (the emulator's, or a Prism proxy's in front of it)."""

    name: str
    base_url: str
    session: EmulatorSession
    violations: list[str] = field(default_factory=list)
    expected_violations: list[str] = field(default_factory=list)
    responses: int = 0
    _invalid_request: bool = False

    @property
    def emulator(self) -> Emulator:
        return self.session.emulator

    @contextlib.contextmanager
    def invalid_request(self) -> Iterator[None]:
        """Around a request a test makes invalid on purpose: Prism's request violations are expected there
        (kept in ``expected_violations``); a violation in a response still counts."""
        self._invalid_request = True
        try:
            yield
        finally:
            self._invalid_request = False

    def on_response(self, context: ResponseContext) -> None:
        """Counts responses and keeps every ``sl-violations`` header Prism added (none without Prism)."""
        self.responses += 1
        found = context.headers.get("sl-violations")
        if not found:
            return
        request = context.request
        report = f"{request.method} {request.url} -> {context.status_code}: {found}"
        locations = {str(v.get("location", ["?"])[0]) for v in json.loads(found)}
        if self._invalid_request and locations == {"request"}:
            self.expected_violations.append(report)
        else:
            self.violations.append(report)

    def hooks(self) -> Hooks:
        return Hooks(on_response=self.on_response)


@pytest.fixture
def target(dispatch_emulator: EmulatorSession) -> Target:
    """The emulator itself (``tests/contract`` overrides this with a Prism proxy in front of it)."""
    return Target("emulator", dispatch_emulator.base_url, dispatch_emulator)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class SDK:
    """The clients of one test, all sync or all async, all sending to the target."""

    def __init__(self, target: Target, mode: str) -> None:
        self.target = target
        self.mode = mode
        self.is_async = mode == "async"
        self.api_key = target.session.api_key
        self._opened: list[Any] = []
        self.client: Any = self.admin(self.api_key)

    @property
    def emulator(self) -> Emulator:
        return self.target.emulator

    @property
    def base_url(self) -> str:
        return self.target.base_url

    def _keep(self, client: Any) -> Any:
        self._opened.append(client)
        return client

    def closing(self, thing: Any) -> Any:
        """Close (or stop) ``thing`` at the end of the test."""
        return self._keep(thing)

    def options(self, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault("base_url", self.base_url)
        kwargs.setdefault("retry", FAST_RETRY)
        kwargs.setdefault("hooks", self.target.hooks())
        kwargs.setdefault("timeout", 10.0)
        return kwargs

    def admin(self, api_key: str | None = None, **kwargs: Any) -> Any:
        """Another admin client of this mode (``api_key=None``: a fresh key, so another account)."""
        key = api_key or self.target.session.new_api_key()
        cls = AsyncDispatchTickets if self.is_async else DispatchTickets
        return self._keep(cls(key, **self.options(**kwargs)))

    def portal(self, token: Any, **kwargs: Any) -> Any:
        """A portal client of this mode for a portal token (a str or the PortalToken)."""
        cls = AsyncDispatchPortal if self.is_async else DispatchPortal
        return self._keep(cls(token, **self.options(**kwargs)))

    async def verify(self, magic_link_token: str) -> Any:
        """``DispatchPortal.verify`` (or the async one) against the target."""
        cls = AsyncDispatchPortal if self.is_async else DispatchPortal
        options = self.options()
        options.pop("base_url")
        return await call(cls.verify(magic_link_token, self.base_url, **options))

    def download(self, url: str) -> bytes:
        """GET a presigned download URL (no Authorization: the URL is the credential)."""
        response = httpx.get(url, timeout=10.0, trust_env=False)
        response.raise_for_status()
        return response.content

    def put(self, url: str, content: bytes, content_type: str) -> int:
        """PUT bytes to a presigned upload URL by hand (the manual upload flow); answers the status."""
        response = httpx.put(url, content=content, headers={"content-type": content_type}, trust_env=False)
        return response.status_code

    async def close(self) -> None:
        for client in reversed(self._opened):
            if hasattr(client, "aclose"):
                await client.aclose()
            elif hasattr(client, "close"):
                client.close()
            else:
                client.stop()
        self._opened.clear()


@pytest.fixture
async def sdk(target: Target, mode: str) -> AsyncIterator[SDK]:
    made = SDK(target, mode)
    try:
        yield made
    finally:
        await made.close()


async def new_brand(sdk: SDK, slug: str = "acme", **fields: Any) -> Any:
    """A brand of the test's account (``ticket_prefix`` defaults to the upper-cased slug)."""
    fields.setdefault("ticket_prefix", slug.upper().replace("-", "")[:8])
    return await call(sdk.client.brands.create(name=slug.title(), slug=slug, **fields))


def ids(items: Iterable[Any]) -> list[str]:
    return [item.id for item in items]


# -- the harness itself ---------------------------------------------------------------------------------


async def test_each_test_gets_its_own_account(sdk: SDK) -> None:
    me = await call(sdk.client.accounts.me())
    other = sdk.admin()
    assert (await call(other.accounts.me())).id != me.id
    await new_brand(sdk, "mine")
    assert await call(other.brands.list()) == []
    assert sdk.target.responses >= 3
    assert sdk.target.violations == []
