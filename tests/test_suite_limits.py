"""The suite itself cannot hang: every test runs under pytest-timeout's per-test limit, and none reaches
the network (tests/conftest.py refuses every name lookup but loopback's)."""

from __future__ import annotations

import socket

import pytest


def test_every_test_has_a_time_limit(request: pytest.FixtureRequest) -> None:
    assert request.config.pluginmanager.hasplugin("timeout"), "pytest-timeout is not installed"
    assert 0 < float(request.config.getini("timeout")) <= 120


@pytest.mark.timeout(5)
def test_a_marked_limit_overrides_the_default(request: pytest.FixtureRequest) -> None:
    marker = request.node.get_closest_marker("timeout")
    assert marker is not None
    assert marker.args == (5,)


@pytest.mark.parametrize("host", ["example.com", b"example.com", "api.test"])
def test_no_test_looks_a_name_up(host: str | bytes) -> None:
    with pytest.raises(socket.gaierror, match="does not look up"):
        socket.getaddrinfo(host, 443)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_still_resolves(host: str) -> None:
    assert socket.getaddrinfo(host, 80, type=socket.SOCK_STREAM)
