"""The examples, run for real against the emulator: the basic usage tour, the portal tour, and the Flask,
FastAPI and Django webhook receivers each served on a local port and receiving a real signed delivery."""

from __future__ import annotations

import contextlib
import importlib.util
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import uvicorn
from werkzeug.serving import make_server

from dispatch.testing.pytest_plugin import EmulatorSession

pytestmark = pytest.mark.e2e

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SECRET = "whsec_examples_e2e"


def load_example(name: str) -> ModuleType:
    """Import ``examples/<name>.py`` once per session (the same module name as tests/unit uses, so Django's
    one-time settings point at one module)."""
    module_name = f"_dispatch_example_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[module_name]
        raise
    return module


@pytest.fixture
def env(dispatch_emulator: EmulatorSession, monkeypatch: pytest.MonkeyPatch) -> EmulatorSession:
    """The environment a user sets: the key and the base URL (the examples read them from there)."""
    monkeypatch.setenv("DISPATCH_API_KEY", dispatch_emulator.api_key)
    monkeypatch.setenv("DISPATCH_BASE_URL", dispatch_emulator.base_url)
    monkeypatch.delenv("DISPATCH_BRAND_ID", raising=False)
    return dispatch_emulator


def test_basic_usage_tour(env: EmulatorSession, capsys: pytest.CaptureFixture[str]) -> None:
    example = load_example("basic_usage")
    assert example.main([]) == 0
    out = capsys.readouterr().out
    for expected in (
        "== Account",
        "created ACME-1: Issue with billing (high)",
        "listed 25 tickets lazily, 10 per request",
        "page 3: 4 ticket(s)",
        "not found, as expected (status 404, request id req_",
        "validation error: limit:",
        "uploaded receipt.txt (35 bytes, UPLOADED)",
        "search 'jane': ['Jane Doe']",
        "category Billing: 1 ticket(s)",
        "signature valid: True; with a wrong secret: False",
        "verified ticket.created: 'Issue with billing' from jane@example.com",
    ):
        assert expected in out

    # What the tour left behind, checked through the API; then again in the same brand, by id.
    client = env.client()
    made = example.tour()  # a second brand: slugs are random
    assert made["tickets_listed"] == 25
    assert made["pages"] == 3
    assert made["comments"] == 2
    ticket = client.tickets.get(made["brand_id"], made["ticket_id"])
    assert (ticket.status, ticket.assignee_id, ticket.attachment_count, ticket.comment_count) == (
        "pending",
        "agent_sam",
        1,
        2,
    )
    assert client.webhooks.list(made["brand_id"]) == []  # the tour removes its subscription
    assert example.tour(brand_id=made["brand_id"])["tickets_listed"] == 50


def test_basic_usage_takes_key_and_url_on_the_command_line(
    dispatch_emulator: EmulatorSession, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("DISPATCH_API_KEY", raising=False)
    monkeypatch.delenv("DISPATCH_BASE_URL", raising=False)
    argv = ["--api-key", dispatch_emulator.api_key, "--base-url", dispatch_emulator.base_url]
    assert load_example("basic_usage").main(argv) == 0
    assert "verified ticket.created" in capsys.readouterr().out


def test_portal_tour(env: EmulatorSession, capsys: pytest.CaptureFixture[str]) -> None:
    example = load_example("portal")
    assert example.main(["--email", "ada@example.com"]) == 0
    out = capsys.readouterr().out
    assert "portal token issued for ada@example.com" in out
    assert "token refreshed" in out
    made = example.tour(email="grace@example.com", name="Grace")
    assert len(made["attachment_ids"]) == 2
    assert made["comments"] == 1
    assert made["listed"] == [made["ticket_number"]]


# -- the webhook receivers, served for real ---------------------------------------------------------------


@contextlib.contextmanager
def serve_wsgi(app: Any) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/webhooks"
    finally:
        server.shutdown()
        thread.join(timeout=5)


@contextlib.contextmanager
def serve_asgi(app: Any) -> Iterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive(), "uvicorn stopped"
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/webhooks"
    finally:
        server.should_exit = True
        thread.join(timeout=5)
        sock.close()


def flask_app() -> Any:
    return load_example("flask_webhook").app


def fastapi_app() -> Any:
    return load_example("fastapi_webhook").app


def django_app() -> Any:
    module = load_example("django_webhook")
    from django.core.wsgi import get_wsgi_application

    assert module.urlpatterns
    return get_wsgi_application()


RECEIVERS: dict[
    str, tuple[str, Callable[[], Any], Callable[[Any], contextlib.AbstractContextManager[str]]]
] = {
    "flask": ("flask_webhook", flask_app, serve_wsgi),
    "fastapi": ("fastapi_webhook", fastapi_app, serve_asgi),
    "django": ("django_webhook", django_app, serve_wsgi),
}


@pytest.mark.parametrize("framework", sorted(RECEIVERS))
def test_webhook_example_receives_a_real_delivery(
    framework: str, dispatch_emulator: EmulatorSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPATCH_WEBHOOK_SECRET", SECRET)
    name, make_app, serve = RECEIVERS[framework]
    module = load_example(name)
    app = make_app()
    before = len(module.received_events)
    client = dispatch_emulator.client()
    brand = client.brands.create(name="Acme", slug="acme", ticket_prefix="ACME")
    with serve(app) as url:
        good = client.webhooks.create(
            brand.id, url=url, secret=SECRET, events=["ticket.created", "ticket.updated"]
        )
        bad = client.webhooks.create(
            brand.id, url=url + "?forged", secret="whsec_forged", events=["ticket.created"]
        )
        ticket = client.tickets.create(brand.id, title=f"Hello {framework}", priority="high")
        client.tickets.update(brand.id, ticket.id, status="resolved")
        dispatch_emulator.emulator.wait_for_deliveries(timeout=15, brand_id=brand.id)

    received = module.received_events[before:]
    assert [event.event for event in received] == ["ticket.created", "ticket.updated"]
    assert received[0].data.id == ticket.id
    assert received[0].data.title == f"Hello {framework}"
    assert received[1].data.changes == ["status"]
    accepted = client.webhooks.get_deliveries(brand.id, good.id)
    assert {(d.status, d.response_code) for d in accepted} == {("SUCCESS", 200)}
    (forged,) = client.webhooks.get_deliveries(brand.id, bad.id)
    assert (forged.status, forged.response_code, forged.attempts) == ("FAILED", 400, 3)
    assert "invalid signature" in (forged.response_body or "")
