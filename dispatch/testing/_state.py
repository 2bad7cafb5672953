"""Everything one running emulator holds, in one object shared by the app, the worker and the test API."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Sequence

from dispatch.testing._clock import Clock, ClockSource
from dispatch.testing._context import Settings
from dispatch.testing._faults import FaultSet
from dispatch.testing._idempotency import IdempotencyRecords
from dispatch.testing._intake import DEFAULT_MAX_BODY_BYTES
from dispatch.testing._ratelimit import RateLimiter
from dispatch.testing._spec import Spec, load_spec
from dispatch.testing._store import Json, Store
from dispatch.testing._validation import Validator
from dispatch.testing._webhooks import WebhookDispatcher

__all__ = ["EmulatorState"]

_LOG = logging.getLogger("dispatch.testing")


class EmulatorState:
    """The store, clock, validator, faults, rate limiter and webhook dispatcher of one emulator."""

    def __init__(
        self,
        *,
        db_path: str | None = None,
        clock: ClockSource | None = None,
        validate_responses: bool = True,
        rate_limit: int | None = None,
        rate_limit_window: float = 60.0,
        webhook_retry_delays: Sequence[float] = (1.0, 5.0),
        webhook_timeout: float = 5.0,
        hang_seconds: float = 10.0,
        max_body_size: int = DEFAULT_MAX_BODY_BYTES,
        settings: Settings | None = None,
    ) -> None:
        if isinstance(max_body_size, bool) or not isinstance(max_body_size, int) or max_body_size < 1:
            raise ValueError(f"max_body_size must be a positive number of bytes, not {max_body_size!r}")
        self.spec: Spec = load_spec()
        self.validator = Validator(self.spec)
        self.validate_responses = validate_responses
        self.store = Store(db_path)
        self.clock = Clock(clock)
        self.settings = settings or Settings()
        self.idempotency = IdempotencyRecords(self.store, self.clock)
        self.faults = FaultSet()
        self.limiter = RateLimiter(self.clock, rate_limit, rate_limit_window)
        self._initial_rate = (rate_limit, rate_limit_window)
        self.hang_seconds = hang_seconds
        self.max_body_size = max_body_size
        self.webhooks = WebhookDispatcher(
            self.store,
            self.clock,
            retry_delays=webhook_retry_delays,
            timeout=webhook_timeout,
            check_payload=self._check_payload if validate_responses else None,
        )
        self.stopping = threading.Event()
        self._drift: list[str] = []
        self._drift_lock = threading.Lock()

    async def hang(self, seconds: float | None) -> None:
        """Wait like a stuck server (a ``hang`` fault), but give up at once when the emulator stops."""
        deadline = time.monotonic() + (seconds if seconds is not None else self.hang_seconds)
        while not self.stopping.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            await asyncio.sleep(min(left, 0.05))

    def record_drift(self, problem: str) -> None:
        """Note a divergence from the document (strict mode); :meth:`take_drift` hands them to a test."""
        _LOG.error("emulator drift: %s", problem)
        with self._drift_lock:
            self._drift.append(problem)

    def take_drift(self) -> list[str]:
        with self._drift_lock:
            problems, self._drift = self._drift, []
        return problems

    def peek_drift(self) -> list[str]:
        with self._drift_lock:
            return list(self._drift)

    def _check_payload(self, event: str, envelope: Json) -> None:
        for problem in self.validator.webhook_payload(event, envelope):
            self.record_drift(f"webhook {event} payload does not match the document: {problem}")

    def reset(self) -> None:
        """Forget all accounts and data, faults, rate-limit counts and queued deliveries."""
        self.webhooks.forget()
        with self.store.lock:  # no request may record a key between the two
            self.store.wipe()
            self.idempotency.forget()
        self.faults.clear()
        self.limiter.configure(*self._initial_rate)
        self.clock.reset_offset()
        self.take_drift()
