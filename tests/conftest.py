"""Suite-wide settings: the HTTP engine under test (see tests/_engine.py)."""

from __future__ import annotations

import pytest

import dispatch._engine
from tests._engine import NAME


def pytest_report_header() -> str:
    return f"dispatch HTTP engine under test: {NAME} (DISPATCH_TEST_ENGINE)"


@pytest.fixture(autouse=True)
def _engine_under_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients made without an engine (the emulator fixture's, the examples') use the engine under test."""
    if NAME != dispatch._engine.DEFAULT_ENGINE:
        monkeypatch.setattr(dispatch._engine, "DEFAULT_ENGINE", NAME)
