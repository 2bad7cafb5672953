"""A fixed-window rate limiter per credential, with the API's ``x-ratelimit-*`` headers.

Every ``/v1`` response carries ``x-ratelimit-limit``, ``x-ratelimit-remaining`` and ``x-ratelimit-reset``
(epoch seconds of the window's end). Over the limit the emulator answers 429 with ``retry-after`` (the
seconds until the window resets). The default limit is high enough never to bite; tests lower it with
``Emulator(rate_limit=N)`` or ``PUT /_emulator/rate-limit``. Windows follow the emulator's clock.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

from dispatch.testing._clock import Clock
from dispatch.testing._numbers import is_finite_number, is_whole_number

__all__ = ["DEFAULT_LIMIT", "RateLimiter", "RateState"]

DEFAULT_LIMIT = 1_000_000
_MIN_WINDOW = 0.001
_MAX_WINDOW = 366 * 86_400.0


def _check(limit: object, window: object) -> None:
    if limit is not None and not (is_whole_number(limit) and limit >= 0):
        raise ValueError(f"rate limit must be a whole number of requests >= 0 or null, not {limit!r}")
    if window is None:
        return
    if not is_finite_number(window):
        raise ValueError(f"rate-limit window must be a number of seconds, not {window!r}")
    if not _MIN_WINDOW <= window <= _MAX_WINDOW:
        raise ValueError(
            f"rate-limit window must be from {_MIN_WINDOW} to {_MAX_WINDOW:.0f} seconds, not {window!r}"
        )


@dataclass(frozen=True)
class RateState:
    limit: int
    remaining: int
    reset: int
    allowed: bool
    retry_after: int

    def headers(self) -> dict[str, str]:
        return {
            "x-ratelimit-limit": str(self.limit),
            "x-ratelimit-remaining": str(self.remaining),
            "x-ratelimit-reset": str(self.reset),
        }


class RateLimiter:
    """Counts requests per credential in windows of ``window`` seconds."""

    def __init__(self, clock: Clock, limit: int | None = None, window: float = 60.0) -> None:
        _check(limit, window)
        self._clock = clock
        self.limit = limit if limit is not None else DEFAULT_LIMIT
        self.window = window
        self._counts: dict[tuple[str, int], int] = {}
        self._lock = threading.Lock()

    def configure(self, limit: int | None, window: float | None = None) -> None:
        """Set the limit (``None``: effectively unlimited) and, when given, the window.

        ``ValueError``/``TypeError`` unless ``limit`` is a whole number >= 0 and ``window`` a number of
        seconds from 0.001 to one year: any other value would break every request's rate check.
        """
        _check(limit, window)
        with self._lock:
            self.limit = limit if limit is not None else DEFAULT_LIMIT
            if window is not None:
                self.window = window
            self._counts.clear()

    def hit(self, credential: str) -> RateState:
        """Count one request of ``credential``; ``allowed`` is False once the window is used up."""
        now = self._clock.now()
        with self._lock:
            bucket = math.floor(now / self.window)
            reset = (bucket + 1) * self.window
            key = (credential, bucket)
            if len(self._counts) > 10_000:
                self._counts = {k: v for k, v in self._counts.items() if k[1] == bucket}
            used = self._counts.get(key, 0)
            allowed = used < self.limit
            if allowed:
                used += 1
                self._counts[key] = used
            return RateState(
                limit=self.limit,
                remaining=max(self.limit - used, 0),
                reset=math.ceil(reset),
                allowed=allowed,
                retry_after=max(math.ceil(reset - now), 1),
            )
