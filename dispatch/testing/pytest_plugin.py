"""pytest plugin of the SDK (entry point ``pytest11: dispatch_tickets``): an emulator for every test.

Fixtures:

* ``dispatch_emulator_server`` (session): one :class:`~dispatch.testing.Emulator`, strict mode on, short
  webhook retry delays, started once for the whole run.
* ``dispatch_emulator`` (function): an :class:`EmulatorSession` with a fresh ``sk_test_`` key (so a fresh,
  isolated account: tests never see each other's data), the URLs, and ready clients::

      def test_create(dispatch_emulator):
          client = dispatch_emulator.client()
          brand = client.brands.create(name="Acme", slug="acme")
          dispatch_emulator.add_fault("status", status=503, path="/brands/*/tickets")

  After each test its faults are removed, its clients closed, and the test errors if the emulator
  answered anything the OpenAPI document does not allow.

This module imports neither Starlette nor uvicorn: installing the SDK without the ``emulator`` extra
must not break anyone's pytest. The fixtures import them when first used and skip with a clear message
if the extra is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import httpx

    from dispatch.testing._faults import Fault, FaultKind
    from dispatch.testing._server import Emulator

__all__ = ["EmulatorSession", "dispatch_emulator", "dispatch_emulator_server"]

_MISSING_EXTRA = (
    "the Dispatch Tickets emulator needs the 'emulator' extra: pip install 'dispatch-tickets[emulator]' ({})"
)


class EmulatorSession:
    """One test's view of the shared emulator: its own key (account), URLs, clients and faults."""

    emulator: Emulator
    """The emulator shared by the session's tests."""
    api_key: str
    """This test's ``sk_test_`` key: an account of its own, empty at the start."""

    def __init__(self, emulator: Emulator, api_key: str | None = None) -> None:
        self.emulator = emulator
        self.api_key = api_key or emulator.new_api_key()
        self._closeables: list[Any] = []

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/v1``."""
        return self.emulator.base_url

    @property
    def root_url(self) -> str:
        return self.emulator.root_url

    def new_api_key(self) -> str:
        """Another fresh key: another isolated account."""
        return self.emulator.new_api_key()

    def client(self, **kwargs: Any) -> Any:
        """``dispatch.DispatchTickets`` for this test's key and the emulator (closed after the test)."""
        from dispatch import DispatchTickets

        kwargs.setdefault("api_key", self.api_key)
        client = DispatchTickets(base_url=self.base_url, **kwargs)
        self._closeables.append(client)
        return client

    def async_client(self, **kwargs: Any) -> Any:
        """``dispatch.AsyncDispatchTickets`` for this test's key (close it yourself: ``async with``)."""
        from dispatch import AsyncDispatchTickets

        kwargs.setdefault("api_key", self.api_key)
        return AsyncDispatchTickets(base_url=self.base_url, **kwargs)

    def portal(self, token: str, **kwargs: Any) -> Any:
        """``dispatch.DispatchPortal`` for a portal token (closed after the test)."""
        from dispatch import DispatchPortal

        client = DispatchPortal(token=token, base_url=self.base_url, **kwargs)
        self._closeables.append(client)
        return client

    def async_portal(self, token: str, **kwargs: Any) -> Any:
        """``dispatch.AsyncDispatchPortal`` for a portal token (close it yourself)."""
        from dispatch import AsyncDispatchPortal

        return AsyncDispatchPortal(token=token, base_url=self.base_url, **kwargs)

    def http(self, **kwargs: Any) -> httpx.Client:
        """A raw ``httpx.Client`` on the base URL with this test's key (closed after the test)."""
        import httpx

        headers = {"Authorization": f"Bearer {self.api_key}", **kwargs.pop("headers", {})}
        client = httpx.Client(base_url=self.base_url, headers=headers, trust_env=False, **kwargs)
        self._closeables.append(client)
        return client

    def add_fault(self, kind: FaultKind = "status", **kwargs: Any) -> Fault:
        """Add a fault limited to this test's key (pass ``api_key=None`` to hit every credential)."""
        kwargs.setdefault("api_key", self.api_key)
        fault = self.emulator.faults.add(kind, **kwargs)
        return fault

    def close(self) -> None:
        for closeable in reversed(self._closeables):
            close = getattr(closeable, "close", None)
            if callable(close):
                close()
        self._closeables.clear()


@pytest.fixture(scope="session")
def dispatch_emulator_server() -> Iterator[Emulator]:
    """One emulator for the session (strict mode, fast webhook retries)."""
    try:
        from dispatch.testing._server import Emulator
    except ImportError as exc:
        pytest.skip(_MISSING_EXTRA.format(exc))
    emulator = Emulator(validate_responses=True, webhook_retry_delays=(0.05, 0.1), webhook_timeout=2.0)
    emulator.start()
    try:
        yield emulator
    finally:
        emulator.stop()


@pytest.fixture
def dispatch_emulator(dispatch_emulator_server: Emulator) -> Iterator[EmulatorSession]:
    """A fresh account on the shared emulator, with clients; faults and drift are checked after the test."""
    session = EmulatorSession(dispatch_emulator_server)
    try:
        yield session
    finally:
        session.close()
        dispatch_emulator_server.faults.clear()
        problems = dispatch_emulator_server.drift()
        if problems:
            pytest.fail("the emulator diverged from the OpenAPI document:\n" + "\n".join(problems))
