"""The SDK end-to-end suite again, through Prism in proxy mode in front of the emulator.

The test functions are those of ``tests/e2e/test_sdk_*.py``, imported here; ``conftest.py`` overrides
their ``target`` fixture so every request goes through Prism, and a test fails if any response carries
an ``sl-violations`` header: every exchange of the suite conforms to the OpenAPI document, as Prism
(an independent validator) reads it.
"""

from __future__ import annotations

from types import ModuleType

from tests.e2e import test_sdk_admin, test_sdk_harness, test_sdk_portal, test_sdk_tickets
from tests.e2e.test_sdk_harness import mode, sdk

__all__ = ["mode", "sdk"]  # fixtures; `target` comes from conftest.py (the Prism proxy)


def _reuse(*modules: ModuleType) -> None:
    for module in modules:
        for name, value in vars(module).items():
            if name.startswith("test_") and callable(value):
                assert name not in globals(), f"two end-to-end tests are called {name}"
                globals()[name] = value


_reuse(test_sdk_harness, test_sdk_admin, test_sdk_tickets, test_sdk_portal)
