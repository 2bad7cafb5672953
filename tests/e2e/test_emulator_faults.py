"""Rate limiting and injected faults: 429 with retry-after, 5xx, hangs, and dropped connections after the
server acted (the duplicate-write case), in-process and through the HTTP control endpoints."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from dispatch.testing import Emulator
from dispatch.testing.pytest_plugin import EmulatorSession
from tests.e2e.conftest import create_ticket


def _tickets(api: httpx.Client, brand_id: str) -> list[dict[str, Any]]:
    return list(api.get(f"/brands/{brand_id}/tickets", params={"limit": 100}).json()["data"])


def test_rate_limit_answers_429_with_retry_after(dispatch_emulator: EmulatorSession) -> None:
    emulator = dispatch_emulator.emulator
    emulator.set_rate_limit(3, window=60)
    try:
        api = dispatch_emulator.http()
        answers = [api.get("/accounts/me") for _ in range(4)]
        assert [r.status_code for r in answers] == [200, 200, 200, 429]
        assert [r.headers["x-ratelimit-remaining"] for r in answers] == ["2", "1", "0", "0"]
        assert answers[0].headers["x-ratelimit-limit"] == "3"
        limited = answers[-1]
        assert 1 <= int(limited.headers["retry-after"]) <= 60
        assert limited.json()["code"] == "rate_limit_error"
        other = dispatch_emulator.http(headers={"Authorization": f"Bearer {dispatch_emulator.new_api_key()}"})
        assert other.get("/accounts/me").status_code == 200  # limits are per key
    finally:
        emulator.set_rate_limit(None)


def test_rate_limit_window_resets_with_the_clock(own_emulator: Emulator, own_api: httpx.Client) -> None:
    own_emulator.set_rate_limit(1, window=10)
    assert own_api.get("/accounts/me").status_code == 200
    assert own_api.get("/accounts/me").status_code == 429
    own_emulator.clock.advance(10)
    assert own_api.get("/accounts/me").status_code == 200


@pytest.mark.parametrize("status", [429, 500, 502, 503])
def test_status_fault_answers_without_acting(
    status: int, dispatch_emulator: EmulatorSession, api: httpx.Client, brand: dict[str, Any]
) -> None:
    fault = dispatch_emulator.add_fault(
        "status", status=status, method="POST", path="/brands/*/tickets", retry_after=7
    )
    failed = api.post(f"/brands/{brand['id']}/tickets", json={"title": "x"})
    assert failed.status_code == status
    assert failed.json()["message"].startswith("Injected fault")
    assert failed.headers["x-request-id"]
    if status == 429:
        assert failed.headers["retry-after"] == "7"
    assert fault.hits == 1
    assert _tickets(api, brand["id"]) == []
    assert api.post(f"/brands/{brand['id']}/tickets", json={"title": "x"}).status_code == 201  # times=1


def test_faults_match_operation_times_and_key(dispatch_emulator: EmulatorSession, api: httpx.Client) -> None:
    dispatch_emulator.add_fault("status", status=503, operation="get_account", times=2)
    assert [api.get("/accounts/me").status_code for _ in range(3)] == [503, 503, 200]
    assert api.get("/accounts/me/usage").status_code == 200
    other = dispatch_emulator.http(headers={"Authorization": f"Bearer {dispatch_emulator.new_api_key()}"})
    dispatch_emulator.add_fault("status", status=500, times=None)  # only this test's key
    assert other.get("/accounts/me").status_code == 200
    assert api.get("/accounts/me").status_code == 500


def test_probability_faults_are_reproducible_with_a_seed(
    dispatch_emulator: EmulatorSession, api: httpx.Client
) -> None:
    def run() -> list[int]:
        dispatch_emulator.emulator.faults.clear()
        dispatch_emulator.add_fault("status", status=503, times=None, probability=0.5, seed=1234)
        return [api.get("/accounts/me").status_code for _ in range(12)]

    first, second = run(), run()
    assert first == second
    assert {200, 503} == set(first)


def test_hang_outlasts_the_client_timeout(dispatch_emulator: EmulatorSession, api: httpx.Client) -> None:
    dispatch_emulator.add_fault("hang", operation="list_brands", delay=2.0)
    with pytest.raises(httpx.ReadTimeout):
        api.get("/brands", timeout=0.3)
    assert api.get("/brands").status_code == 200  # times=1: the next request is served at once


def test_drop_after_acts_then_breaks_the_connection(
    dispatch_emulator: EmulatorSession, api: httpx.Client, brand: dict[str, Any]
) -> None:
    dispatch_emulator.add_fault("drop_after", method="POST", path="/brands/*/tickets")
    headers = {"X-Idempotency-Key": "dup-write-1"}
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(f"/brands/{brand['id']}/tickets", json={"title": "written"}, headers=headers)
    created = _tickets(api, brand["id"])
    assert [t["title"] for t in created] == ["written"]  # the server did act
    retried = api.post(f"/brands/{brand['id']}/tickets", json={"title": "written"}, headers=headers)
    assert retried.status_code == 201
    assert retried.json()["id"] == created[0]["id"]  # and the retry with the same key does not duplicate
    assert len(_tickets(api, brand["id"])) == 1


def test_drop_before_breaks_the_connection_without_acting(
    dispatch_emulator: EmulatorSession, api: httpx.Client, brand: dict[str, Any]
) -> None:
    dispatch_emulator.add_fault("drop_before", method="POST", path="/v1/brands/*/tickets")
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(f"/brands/{brand['id']}/tickets", json={"title": "lost"})
    assert _tickets(api, brand["id"]) == []


def test_faults_are_cleared_by_the_fixture_between_tests(dispatch_emulator: EmulatorSession) -> None:
    assert len(dispatch_emulator.emulator.faults) == 0


def test_http_control_endpoints(
    dispatch_emulator: EmulatorSession, api: httpx.Client, brand: dict[str, Any]
) -> None:
    control = httpx.Client(base_url=dispatch_emulator.root_url + "/_emulator", trust_env=False)
    try:
        added = control.post(
            "/faults",
            json={
                "kind": "status",
                "status": 502,
                "path": "/brands/*/tickets",
                "method": "GET",
                "apiKey": dispatch_emulator.api_key,
            },
        )
        assert added.status_code == 201
        assert api.get(f"/brands/{brand['id']}/tickets").status_code == 502
        assert control.get("/faults").json()[0]["hits"] == 1
        second = control.post(
            "/faults",
            json={"kind": "drop_after", "operation": "create_ticket", "api_key": dispatch_emulator.api_key},
        )
        assert control.delete(f"/faults/{second.json()['id']}").status_code == 204
        assert control.delete("/faults/flt_nope").status_code == 404
        assert control.post("/faults", json={"kind": "explode"}).status_code == 400
        assert control.post("/faults", json={"colour": "red"}).status_code == 400
        assert control.delete("/faults").status_code == 204
        assert control.get("/faults").json() == []
        assert control.get(dispatch_emulator.root_url + "/_emulator").json()["operations"] == 74

        assert control.put("/rate-limit", json={"limit": 1}).status_code == 200
        api.get("/accounts/me")
        assert api.get("/accounts/me").status_code == 429
        assert control.put("/rate-limit", json={"limit": None}).json()["limit"] >= 1000
        assert api.get("/accounts/me").status_code == 200

        before = control.get(dispatch_emulator.root_url + "/_emulator").json()["now"]
        after = control.post("/clock", json={"advance": 0}).json()["now"]
        assert after >= before
        assert control.post("/webhooks/flush", json={"timeout": 1}).json() == {"done": True}
        assert control.post("/webhooks/flush", json={"brandId": "br_none"}).json() == {"done": True}
        assert control.get("/drift").json() == []
    finally:
        control.close()


def test_reset_forgets_everything(own_emulator: Emulator, own_api: httpx.Client) -> None:
    brand = own_api.post("/brands", json={"name": "A", "slug": "a"}).json()
    create_ticket(own_api, brand["id"])
    own_emulator.faults.add("status", status=500, operation="get_brand", times=None)
    assert httpx.post(own_emulator.root_url + "/_emulator/reset").status_code == 204
    assert len(own_emulator.faults) == 0
    assert own_api.get(f"/brands/{brand['id']}").status_code == 404
    assert own_api.get("/brands").json() == []
