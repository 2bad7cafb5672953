"""Suite-wide settings: the HTTP engine under test (see tests/_engine.py), and no network."""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

import pytest

import dispatch._engine
from tests._engine import NAME


def pytest_report_header() -> str:
    return f"dispatch HTTP engine under test: {NAME} (DISPATCH_TEST_ENGINE)"


_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain"})
_resolve = socket.getaddrinfo


def _is_local(host: object) -> bool:
    name = host.decode() if isinstance(host, bytes) else host
    if name is None or not isinstance(name, str) or name.lower() in _LOCAL_NAMES:
        return True
    try:
        ipaddress.ip_address(name.split("%")[0])  # an address literal needs no lookup
    except ValueError:
        return False
    return True


def _loopback_only(host: Any, *args: Any, **kwargs: Any) -> Any:
    if not _is_local(host):
        # A name lookup is the network: slow or hanging where names do not resolve (it is what failed CI
        # once, from the emulator's webhook thread). Tests use loopback addresses and reserved URLs only.
        raise socket.gaierror(socket.EAI_NONAME, f"the test suite does not look up {host!r}: no network")
    return _resolve(host, *args, **kwargs)


def pytest_configure(config: pytest.Config) -> None:
    socket.getaddrinfo = _loopback_only  # the whole process: the emulator's threads too


@pytest.fixture(autouse=True)
def _engine_under_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients made without an engine (the emulator fixture's, the examples') use the engine under test."""
    if NAME != dispatch._engine.DEFAULT_ENGINE:
        monkeypatch.setattr(dispatch._engine, "DEFAULT_ENGINE", NAME)
