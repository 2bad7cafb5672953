"""A local, stateful emulator of the Dispatch Tickets API, for demos, end-to-end tests and your own tests.

Like moto for boto3 or stripe-mock for Stripe: it answers every operation of the pinned OpenAPI document,
validates every request (and, in strict mode, every response) against that document, keeps state per API
key, sends signed webhooks, serves presigned uploads, and injects faults on demand::

    from dispatch.testing import Emulator

    with Emulator() as emulator:
        key = emulator.new_api_key()          # any sk_test_<anything> is its own account
        client = DispatchTickets(api_key=key, base_url=emulator.base_url)
        emulator.faults.add("status", status=503, path="/brands/*/tickets", times=1)

From a shell: ``python -m dispatch.testing --port 8787`` (or ``dispatch-emulator``). In pytest, the
``dispatch_emulator`` fixture (this package's plugin) gives a fresh key and ready clients per test.

Needs the ``emulator`` extra (``pip install 'dispatch-tickets[emulator]'``). Importing this package is
cheap and does not need the extra: the names below load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dispatch.testing._clock import Clock, FakeClock
    from dispatch.testing._errors import EmulatorDriftError
    from dispatch.testing._faults import Fault, FaultKind, FaultSet
    from dispatch.testing._operations import RouteTableError
    from dispatch.testing._server import Emulator

__all__ = [
    "Clock",
    "Emulator",
    "EmulatorDriftError",
    "FakeClock",
    "Fault",
    "FaultKind",
    "FaultSet",
    "RouteTableError",
]

_LAZY = {
    "Clock": "dispatch.testing._clock",
    "FakeClock": "dispatch.testing._clock",
    "EmulatorDriftError": "dispatch.testing._errors",
    "Fault": "dispatch.testing._faults",
    "FaultKind": "dispatch.testing._faults",
    "FaultSet": "dispatch.testing._faults",
    "RouteTableError": "dispatch.testing._operations",
    "Emulator": "dispatch.testing._server",
}


def __getattr__(name: str) -> Any:
    """Load the emulator's names on first use (PEP 562), so importing the plugin costs nothing."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dispatch.testing' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
