"""Time as the emulator sees it: one injectable clock, so tests expire tokens and uploads without sleeping.

Every timestamp the emulator writes (``createdAt``, token expiry, upload expiry, rate-limit windows) comes
from :class:`Clock`. A test passes its own callable (``Emulator(clock=FakeClock())``) or moves time from
another process with ``POST /_emulator/clock`` (which adds an offset). Dates go on the wire as ISO 8601 in
UTC with milliseconds and a ``Z``, like the API's own examples (``2024-03-12T09:14:22.000Z``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

from dispatch.testing._numbers import is_finite_number

__all__ = ["Clock", "ClockSource", "FakeClock", "format_time", "parse_time"]

_LATEST = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC).timestamp()
"""The last moment an ISO 8601 date can name: the clock never moves outside 1970..9999."""

ClockSource = Callable[[], "float | datetime"]
"""A callable answering the current time as epoch seconds or an aware :class:`~datetime.datetime`."""


def format_time(epoch: float) -> str:
    """Epoch seconds as ``YYYY-MM-DDTHH:MM:SS.mmmZ``."""
    moment = datetime.fromtimestamp(epoch, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_time(value: str | datetime) -> float:
    """An ISO 8601 string (``Z`` or an offset; naive means UTC) or a datetime, as epoch seconds."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


class FakeClock:
    """A clock that only moves when told to: ``clock.advance(3601)`` expires a portal token.

    Args:
        start: the initial time (epoch seconds or an aware datetime); default: the real time now, so
            signed webhook timestamps still pass a receiver's freshness check.
    """

    def __init__(self, start: float | datetime | None = None) -> None:
        if start is None:
            start = time.time()
        self._now = start.timestamp() if isinstance(start, datetime) else float(start)
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        """Move forward by ``seconds``; answers the new time."""
        with self._lock:
            self._now += seconds
            return self._now

    def set(self, moment: float | datetime) -> None:
        """Jump to ``moment``."""
        with self._lock:
            self._now = moment.timestamp() if isinstance(moment, datetime) else float(moment)


class Clock:
    """The emulator's clock: a source plus an offset that the HTTP control endpoint can move."""

    def __init__(self, source: ClockSource | None = None) -> None:
        self._source: ClockSource = source if source is not None else time.time
        self._offset = 0.0

    def now(self) -> float:
        """Epoch seconds."""
        value = self._source()
        seconds = value.timestamp() if isinstance(value, datetime) else float(value)
        return seconds + self._offset

    def iso(self, delta: float = 0.0) -> str:
        """Now (plus ``delta`` seconds) as the API writes dates."""
        return format_time(self.now() + delta)

    def advance(self, seconds: float) -> None:
        """Move this clock by ``seconds`` (negative: back), with any source, including the real time.

        ``ValueError`` if that is not a finite number or would leave the years 1970 to 9999, the dates
        the emulator can write: such a clock would break every later request.
        """
        if not is_finite_number(seconds):
            raise ValueError(f"advance must be a finite number of seconds, not {seconds!r}")
        moved = self.now() + seconds
        if not 0 <= moved <= _LATEST:
            raise ValueError(
                f"advancing by {seconds!r} s would move the clock outside the years 1970 to 9999"
            )
        self._offset += seconds

    def reset_offset(self) -> None:
        self._offset = 0.0
