"""The emulator answers every operation of the pinned document, and nothing else, from a route table."""

from __future__ import annotations

import httpx
import pytest
from starlette.routing import Route

from dispatch.testing import Emulator, RouteTableError
from dispatch.testing._operations import HANDLERS, check_route_table
from dispatch.testing._spec import load_spec
from dispatch.testing.pytest_plugin import EmulatorSession


def test_every_operation_of_the_document_has_a_handler_and_every_handler_an_operation() -> None:
    spec = load_spec()
    assert len(spec.operations) == 74
    assert set(HANDLERS) == spec.operation_ids
    check_route_table(spec)


def test_the_startup_check_names_what_is_missing_or_extra() -> None:
    spec = load_spec()
    partial = {k: v for k, v in HANDLERS.items() if k != "merge_tags"}
    with pytest.raises(RouteTableError, match="merge_tags"):
        check_route_table(spec, partial)
    with pytest.raises(RouteTableError, match="not_in_the_document"):
        check_route_table(spec, {**HANDLERS, "not_in_the_document": HANDLERS["get_account"]})


def test_the_app_routes_every_method_and_path_of_the_document(dispatch_emulator: EmulatorSession) -> None:
    app = dispatch_emulator.emulator.app
    routed = {
        (method, route.path)
        for route in app.routes
        if isinstance(route, Route) and route.path.startswith("/v1/")
        for method in (route.methods or ())
        if method != "HEAD" and "{rest:path}" not in route.path
    }
    documented = {(op.method, "/v1" + op.path) for op in load_spec().operations}
    assert routed == documented


def test_the_document_is_loaded_from_the_installed_package() -> None:
    from importlib.resources import files

    assert (files("dispatch_tickets_api") / "openapi.yaml").is_file()
    assert load_spec().document["info"]["title"] == "Dispatch Tickets API"


def test_health_and_unknown_paths(dispatch_emulator: EmulatorSession) -> None:
    health = httpx.get(dispatch_emulator.root_url + "/")
    assert health.status_code == 200
    assert health.json()["baseUrl"] == dispatch_emulator.base_url
    missing = dispatch_emulator.http().get("/no/such/thing")
    assert missing.status_code == 404
    assert missing.json()["code"] == "not_found"
    assert missing.headers["x-request-id"].startswith("req_")


def test_every_response_carries_a_request_id_and_rate_limit_headers(api: httpx.Client) -> None:
    ids = set()
    for response in (api.get("/accounts/me"), api.get("/brands/br_nope"), api.post("/brands", json={})):
        ids.add(response.headers["x-request-id"])
        for name in ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"):
            assert response.headers[name].isdigit()
    assert len(ids) == 3


def test_literal_paths_win_over_templated_ones(api: httpx.Client) -> None:
    brand = api.post("/brands", json={"name": "A", "slug": "a"}).json()
    assert api.get(f"/brands/{brand['id']}/customers/search", params={"q": "x"}).status_code == 200
    assert api.get(f"/brands/{brand['id']}/categories/stats").json() == {}


def test_strict_mode_turns_a_drifting_response_into_a_loud_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    with Emulator() as emulator:
        monkeypatch.setitem(HANDLERS, "get_account", lambda ctx: ctx.ok({"id": 42}))
        with httpx.Client(
            base_url=emulator.base_url, headers={"Authorization": "Bearer sk_test_x"}
        ) as client:
            response = client.get("/accounts/me")
        assert response.status_code == 500
        assert response.json()["code"] == "emulator_drift"
        with pytest.raises(AssertionError, match="get_account"):
            emulator.check()


def test_methods_the_document_does_not_have_are_405(api: httpx.Client) -> None:
    assert api.head("/brands").status_code == 405
    assert api.put("/brands").status_code == 405
