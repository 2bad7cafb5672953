"""The suite itself cannot hang: every test runs under pytest-timeout's per-test limit."""

from __future__ import annotations

import pytest


def test_every_test_has_a_time_limit(request: pytest.FixtureRequest) -> None:
    assert request.config.pluginmanager.hasplugin("timeout"), "pytest-timeout is not installed"
    assert 0 < float(request.config.getini("timeout")) <= 120


@pytest.mark.timeout(5)
def test_a_marked_limit_overrides_the_default(request: pytest.FixtureRequest) -> None:
    marker = request.node.get_closest_marker("timeout")
    assert marker is not None
    assert marker.args == (5,)
