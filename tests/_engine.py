"""The HTTP engine the SDK's tests run on: httpx, or httpx2 when ``DISPATCH_TEST_ENGINE=httpx2``.

The SDK-facing tests import ``httpx`` from here (``from tests._engine import httpx``): under httpx2 the
same test code builds httpx2 mocks, responses and exceptions, and every client the tests make without
naming an engine runs on httpx2 (tests/conftest.py), so one suite checks both engines. ``scripts/test``
runs it twice. Tests of the emulator itself keep plain httpx: they test the server, not the SDK.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

NAME = os.environ.get("DISPATCH_TEST_ENGINE", "httpx")
if NAME not in ("httpx", "httpx2"):
    raise RuntimeError(f"DISPATCH_TEST_ENGINE must be httpx or httpx2, not {NAME!r}")
httpx: Any = importlib.import_module(NAME)
