"""The service's rate-limit state, as its response headers state it (successes and errors alike)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping

import attrs

from dispatch._constants import RATE_LIMIT_LIMIT_HEADER, RATE_LIMIT_REMAINING_HEADER, RATE_LIMIT_RESET_HEADER

__all__ = ["RateLimit", "parse_rate_limit"]


@attrs.frozen
class RateLimit:
    """``x-ratelimit-limit``, ``-remaining`` and ``-reset`` of one response; a value the response lacks is None.

    Example:
        >>> rl = parse_rate_limit({"x-ratelimit-limit": "100", "x-ratelimit-remaining": "3"})
        >>> (rl.limit, rl.remaining, rl.reset)
        (100, 3, None)
    """

    limit: int | None
    remaining: int | None
    reset: datetime.datetime | None  # when the window resets (UTC)


def _int(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None  # a malformed header is no reason to fail a call that succeeded


def _reset(headers: Mapping[str, str]) -> datetime.datetime | None:
    value = headers.get(RATE_LIMIT_RESET_HEADER)
    if value is None:
        return None
    try:
        return datetime.datetime.fromtimestamp(float(value.strip()), tz=datetime.UTC)
    except (ValueError, OverflowError, OSError):
        return None


def parse_rate_limit(headers: Mapping[str, str]) -> RateLimit | None:
    """The rate-limit state the headers carry; None when they carry none of the three headers."""
    limit = _int(headers, RATE_LIMIT_LIMIT_HEADER)
    remaining = _int(headers, RATE_LIMIT_REMAINING_HEADER)
    reset = _reset(headers)
    if limit is None and remaining is None and reset is None:
        return None
    return RateLimit(limit=limit, remaining=remaining, reset=reset)
