"""Rate-limit headers, parsed the same for successes and errors."""

from __future__ import annotations

import datetime

import pytest

from dispatch._ratelimit import RateLimit, parse_rate_limit


def test_all_three_headers() -> None:
    headers = {"x-ratelimit-limit": "100", "x-ratelimit-remaining": "7", "x-ratelimit-reset": "1800000000"}
    assert parse_rate_limit(headers) == RateLimit(
        limit=100, remaining=7, reset=datetime.datetime(2027, 1, 15, 8, 0, tzinfo=datetime.UTC)
    )


def test_no_header_is_none() -> None:
    assert parse_rate_limit({"x-request-id": "req_1"}) is None


@pytest.mark.parametrize("bad", ["", "abc", "1e400", "nan"])
def test_a_malformed_value_is_none_never_an_error(bad: str) -> None:
    parsed = parse_rate_limit({"x-ratelimit-limit": "10", "x-ratelimit-reset": bad})
    assert parsed == RateLimit(limit=10, remaining=None, reset=None)
