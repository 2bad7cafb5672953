"""Two HTTP engines: every request of a client built on httpx2 goes through httpx2, mixing is refused.

These run whatever DISPATCH_TEST_ENGINE says: they name both engines explicitly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from dispatch import AsyncDispatchTickets, DispatchTickets, NetworkError, TimeoutError
from dispatch._portal import AsyncDispatchPortal, DispatchPortal
from dispatch_tickets_api.api.tickets import get_ticket

httpx2 = pytest.importorskip("httpx2")  # the second engine is an extra: without it, this module is skipped

ROOT = Path(__file__).resolve().parents[2]
BASE_URL = "https://api.test/v1"
DOCUMENT = yaml.safe_load((ROOT / "openapi" / "dispatch-tickets.yaml").read_text(encoding="utf-8"))


def example(path: str, method: str) -> Any:
    """The example of the first 2xx response the document gives for an operation."""
    responses = DOCUMENT["paths"][path][method]["responses"]
    status = min(code for code in responses if str(code).startswith("2"))
    return responses[status]["content"]["application/json"]["example"]


TICKET = example("/brands/{brandId}/tickets/{ticketId}", "get")
PORTAL_TICKET = example("/portal/tickets/{ticketId}", "get")
ATTACHMENT = example("/brands/{brandId}/tickets/{ticketId}/attachments/{attachmentId}/confirm", "post")
UPLOAD_URL = "https://storage.test/att_1?X-Amz-Signature=abc"


class Recorder:
    """An httpx2 handler: records requests (checking each is httpx2's) and answers by path."""

    def __init__(self) -> None:
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        assert isinstance(request, httpx2.Request), type(request)
        request.read()
        self.requests.append(request)
        path = request.url.path
        if request.url.host == "storage.test":
            return httpx2.Response(200)
        if path.endswith("/attachments"):
            return httpx2.Response(
                200, json={"attachmentId": "att_1", "uploadUrl": UPLOAD_URL, "expiresIn": 900}
            )
        if path.endswith("/confirm"):
            return httpx2.Response(200, json=ATTACHMENT)
        if path.startswith("/v1/portal/"):
            return httpx2.Response(200, json=PORTAL_TICKET)
        return httpx2.Response(200, json=TICKET, headers={"x-request-id": "req_1"})

    @property
    def seen(self) -> list[tuple[str, str]]:
        return [(r.method, f"{r.url.host}{r.url.path}") for r in self.requests]


async def maybe(value: Any) -> Any:
    return await value if hasattr(value, "__await__") else value


@pytest.fixture(params=["sync", "async"])
def make(request: pytest.FixtureRequest) -> Any:
    return DispatchTickets if request.param == "sync" else AsyncDispatchTickets


async def test_an_httpx2_mock_receives_every_request_of_facade_raw_and_upload(
    make: Any, tmp_path: Path
) -> None:
    recorder = Recorder()
    client = make("sk_test_x", base_url=BASE_URL, transport=httpx2.MockTransport(recorder))
    assert client.engine == "httpx2"
    ticket = await maybe(client.tickets.get("br_1", "tkt_1"))
    assert ticket.title == TICKET["title"]
    raw = client.raw
    if make is DispatchTickets:
        response = get_ticket.sync_detailed("br_1", "tkt_1", client=raw)
    else:
        response = await get_ticket.asyncio_detailed("br_1", "tkt_1", client=raw)
    assert response.status_code == 200
    file = tmp_path / "a.txt"
    file.write_bytes(b"hello")
    uploaded = await maybe(client.attachments.upload("br_1", "tkt_1", file))
    assert uploaded.id == ATTACHMENT["id"]
    assert recorder.seen == [
        ("GET", "api.test/v1/brands/br_1/tickets/tkt_1"),
        ("GET", "api.test/v1/brands/br_1/tickets/tkt_1"),
        ("POST", "api.test/v1/brands/br_1/tickets/tkt_1/attachments"),
        ("PUT", "storage.test/att_1"),
        ("POST", "api.test/v1/brands/br_1/tickets/tkt_1/attachments/att_1/confirm"),  # the id initiate gave
    ]
    api, storage = recorder.requests[0], recorder.requests[3]
    assert api.headers["authorization"] == "Bearer sk_test_x"
    assert api.headers["user-agent"].startswith("dispatch-tickets-python/")
    assert "authorization" not in storage.headers
    assert storage.content == b"hello"
    await maybe(client.close() if make is DispatchTickets else client.aclose())


async def test_a_callers_httpx2_client_is_used(make: Any) -> None:
    recorder = Recorder()
    if make is DispatchTickets:
        http_client: Any = httpx2.Client(transport=httpx2.MockTransport(recorder))
    else:
        http_client = httpx2.AsyncClient(transport=httpx2.MockTransport(recorder))
    client = make("sk_test_x", base_url=BASE_URL, http_client=http_client)
    assert client.engine == "httpx2"
    await maybe(client.tickets.get("br_1", "tkt_1"))
    assert recorder.seen == [("GET", "api.test/v1/brands/br_1/tickets/tkt_1")]


def test_engine_httpx2_builds_an_httpx2_client_and_pool() -> None:
    with DispatchTickets("sk_test_x", engine="httpx2") as client:
        assert type(client._http).__module__.startswith("httpx2")
        assert type(client._transport.inner).__module__.startswith("httpx2")
    with DispatchTickets("sk_test_x", engine="httpx") as plain:
        assert type(plain._http).__module__.partition(".")[0] == "httpx"
        assert type(plain._transport.inner).__module__.partition(".")[0] == "httpx"


def test_the_default_engine_is_httpx() -> None:
    # read from the module's source: the suite's engine switch patches the attribute itself
    source = (ROOT / "dispatch" / "_engine.py").read_text(encoding="utf-8")
    assert 'DEFAULT_ENGINE: Final[EngineName] = "httpx"' in source


@pytest.mark.parametrize(
    "arguments",
    [
        {"engine": "httpx2", "transport": httpx.MockTransport(lambda r: httpx.Response(200))},
        {"engine": "httpx", "transport": httpx2.MockTransport(lambda r: httpx2.Response(200))},
        {"http_client": httpx2.Client(), "transport": httpx.MockTransport(lambda r: httpx.Response(200))},
        {"http_client": httpx.Client(), "transport": httpx2.MockTransport(lambda r: httpx2.Response(200))},
    ],
)
def test_mixing_engines_is_a_type_error_naming_both(arguments: dict[str, Any]) -> None:
    with pytest.raises(TypeError, match="mixed HTTP engines") as caught:
        DispatchTickets("sk_test_x", **arguments)
    assert "httpx2" in str(caught.value)
    assert "=httpx," in str(caught.value) or str(caught.value).count("httpx") >= 2


@pytest.mark.parametrize("module", ["dispatcher_app.tests", "dispatch_mocks", "myapp.dispatch"])
def test_a_callers_transport_in_a_module_named_like_ours_is_still_checked(module: str) -> None:
    # only the SDK's own package ("dispatch", "dispatch.*") serves both engines; a caller's module whose
    # name merely starts with "dispatch" must not skip the check (it used to: an AssertionError inside httpx)
    mock = type("Mock", (httpx2.MockTransport,), {"__module__": module})(lambda r: httpx2.Response(200))
    with pytest.raises(TypeError, match="mixed HTTP engines"):
        DispatchTickets("sk_test_x", engine="httpx", transport=mock)
    assert DispatchTickets("sk_test_x", transport=mock).engine == "httpx2"


def test_an_unknown_engine_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="httpx, httpx2"):
        DispatchTickets("sk_test_x", engine="requests")  # type: ignore[arg-type]


async def test_httpx2_transport_failures_are_retried_and_translated(make: Any) -> None:
    attempts: list[int] = []

    def flaky(request: httpx2.Request) -> httpx2.Response:
        attempts.append(1)
        if len(attempts) == 1:
            raise httpx2.ConnectError("refused", request=request)
        if len(attempts) == 2:
            raise httpx2.ReadTimeout("slow", request=request)
        return httpx2.Response(200, json=TICKET)

    client = make("sk_test_x", base_url=BASE_URL, transport=httpx2.MockTransport(flaky), max_retries=2)
    client._transport._sleep = (lambda s: None) if make is DispatchTickets else _no_sleep
    assert (await maybe(client.tickets.get("br_1", "tkt_1"))).id == TICKET["id"]
    assert len(attempts) == 3

    def refused(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("refused", request=request)

    def slow(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadTimeout("slow", request=request)

    for handler, error in ((refused, NetworkError), (slow, TimeoutError)):
        failing = make("sk_test_x", base_url=BASE_URL, transport=httpx2.MockTransport(handler), max_retries=0)
        with pytest.raises(error) as caught:
            await maybe(failing.tickets.get("br_1", "tkt_1"))
        assert isinstance(caught.value.__cause__, httpx2.RequestError)


async def _no_sleep(seconds: float) -> None:
    return None


class ConsumingInner:
    """An httpx2 inner transport that reads the body as a real connection would (no Request.read())."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        assert isinstance(request.stream, httpx2.SyncByteStream)  # the SDK's body guard is httpx2's
        self.bodies.append(b"".join(request.stream))
        raise httpx2.RemoteProtocolError("dropped", request=request)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        assert isinstance(request.stream, httpx2.AsyncByteStream)
        self.bodies.append(b"".join([chunk async for chunk in request.stream]))
        raise httpx2.RemoteProtocolError("dropped", request=request)


async def test_a_one_shot_httpx2_body_is_not_resent_after_it_began(make: Any) -> None:
    inner = ConsumingInner()
    client = make("sk_test_x", base_url=BASE_URL, transport=inner, engine="httpx2", max_retries=3)
    if make is DispatchTickets:
        with pytest.raises(NetworkError):
            client.raw.get_httpx_client().put("/brands/br_1/x", content=iter([b"once"]))
    else:

        async def chunks() -> Any:
            yield b"once"

        with pytest.raises(NetworkError):
            await client.raw.get_async_httpx_client().put("/brands/br_1/x", content=chunks())
    assert inner.bodies == [b"once"]  # begun, so not sent again (it would go out empty)


async def test_the_portal_runs_on_httpx2(make: Any) -> None:
    recorder = Recorder()
    portal_class = DispatchPortal if make is DispatchTickets else AsyncDispatchPortal
    portal = portal_class("pt_token", base_url=BASE_URL, transport=httpx2.MockTransport(recorder))
    assert portal.engine == "httpx2"
    await maybe(portal.tickets.get("tkt_1"))
    assert recorder.requests[0].headers["authorization"] == "Bearer pt_token"


def test_httpx2_is_imported_only_when_chosen() -> None:
    code = (
        "import sys, dispatch\n"
        "from dispatch import DispatchTickets\n"
        "DispatchTickets('sk_test_x').close()\n"
        # looking into a caller's httpx client (its transport and mounts) must not load httpx2 either
        "import httpx\n"
        "mounts = {'https://api.test': httpx.MockTransport(lambda r: httpx.Response(200)), 'https://x.test': None}\n"
        "DispatchTickets('sk_test_x', http_client=httpx.Client(mounts=mounts)).close()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('httpx2', 'httpcore2')))))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    result = subprocess.run(
        [sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(result.stdout) == []


# -- what a caller's own client holds, and sync against async -----------------------------------------

SDK_CLASSES = {
    "admin-sync": (DispatchTickets, "sk_test_x"),
    "admin-async": (AsyncDispatchTickets, "sk_test_x"),
    "portal-sync": (DispatchPortal, "pt_token"),
    "portal-async": (AsyncDispatchPortal, "pt_token"),
}


@pytest.fixture(params=list(SDK_CLASSES))
def sdk_class(request: pytest.FixtureRequest) -> tuple[Any, str]:
    return SDK_CLASSES[request.param]


def is_async(cls: Any) -> bool:
    return cls in (AsyncDispatchTickets, AsyncDispatchPortal)


class Untouched:
    """A handler that must never be called: the client has to be refused before any request."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.calls = 0

    def __call__(self, request: Any) -> Any:
        self.calls += 1
        return self.engine.Response(200, json=TICKET)


def own_client(engine: Any, asynchronous: bool, **kwargs: Any) -> Any:
    """A caller's client of ``engine`` of the flavour the SDK class takes."""
    return (engine.AsyncClient if asynchronous else engine.Client)(**kwargs)


@pytest.mark.parametrize(
    ("client_engine", "transport_engine"),
    [("httpx2", "httpx"), ("httpx", "httpx2")],
    ids=["in-httpx2", "in-httpx"],
)
@pytest.mark.parametrize("place", ["transport", "mounts"])
def test_a_callers_client_holding_the_other_engines_transport_is_refused_at_construction(
    sdk_class: tuple[Any, str], client_engine: str, transport_engine: str, place: str
) -> None:
    # the old code checked only the client itself: the first request failed inside the engine with a bare
    # AssertionError (an httpx request handed to httpx2's transport, or the reverse)
    cls, credential = sdk_class
    engines = {"httpx": httpx, "httpx2": httpx2}
    handler = Untouched(engines[transport_engine])
    foreign = engines[transport_engine].MockTransport(handler)
    where = {"transport": foreign} if place == "transport" else {"mounts": {"https://api.test": foreign}}
    http_client = own_client(engines[client_engine], is_async(cls), **where)
    with pytest.raises(TypeError, match="mixed HTTP engines") as caught:
        cls(credential, base_url=BASE_URL, http_client=http_client)
    message = str(caught.value)
    assert f"http_client={client_engine}" in message
    inner = "http_client's transport" if place == "transport" else "http_client's mount 'https://api.test'"
    assert f"{inner}={transport_engine}" in message
    assert handler.calls == 0


@pytest.mark.parametrize("engine_name", ["httpx", "httpx2"])
async def test_a_callers_client_holding_its_own_engines_mounts_is_used(
    sdk_class: tuple[Any, str], engine_name: str
) -> None:
    # the check looks into the client without refusing what works: a mount of the same engine (and a
    # mount of None, httpx's "no proxy here") is kept, and the request reaches the mounted mock
    cls, credential = sdk_class
    engine: Any = {"httpx": httpx, "httpx2": httpx2}[engine_name]
    seen: list[str] = []

    def handler(request: Any) -> Any:
        seen.append(f"{request.method} {request.url.host}{request.url.path}")
        return engine.Response(200, json=PORTAL_TICKET if "/portal/" in request.url.path else TICKET)

    mounts = {"https://api.test": engine.MockTransport(handler), "https://other.test": None}
    client = cls(credential, base_url=BASE_URL, http_client=own_client(engine, is_async(cls), mounts=mounts))
    assert client.engine == engine_name
    if cls in (DispatchTickets, AsyncDispatchTickets):
        await maybe(client.tickets.get("br_1", "tkt_1"))
        assert seen == ["GET api.test/v1/brands/br_1/tickets/tkt_1"]
    else:
        await maybe(client.tickets.get("tkt_1"))
        assert seen == ["GET api.test/v1/portal/tickets/tkt_1"]


@pytest.mark.parametrize("engine_name", ["httpx", "httpx2"])
def test_a_client_of_the_wrong_flavour_is_a_type_error_naming_both(
    sdk_class: tuple[Any, str], engine_name: str
) -> None:
    # the old code took a sync client in the async SDK class (the first call blocked the event loop, then
    # failed) and an async one in the sync class ("'coroutine' object has no attribute 'read'")
    cls, credential = sdk_class
    engine: Any = {"httpx": httpx, "httpx2": httpx2}[engine_name]
    wrong = own_client(engine, not is_async(cls), transport=engine.MockTransport(Untouched(engine)))
    expected = f"{engine_name}.AsyncClient" if is_async(cls) else f"{engine_name}.Client"
    given = f"{engine_name}.Client" if is_async(cls) else f"{engine_name}.AsyncClient"
    with pytest.raises(TypeError) as caught:
        cls(credential, base_url=BASE_URL, http_client=wrong)
    message = str(caught.value)
    assert message.startswith(f"{cls.__name__} is {'asynchronous' if is_async(cls) else 'synchronous'}:")
    assert f"http_client= must be an {expected}, not {given}" in message


@pytest.mark.parametrize("engine_name", ["httpx", "httpx2"])
@pytest.mark.parametrize("place", ["argument", "inside-client"])
def test_a_transport_of_the_wrong_flavour_is_a_type_error_naming_both(
    sdk_class: tuple[Any, str], engine_name: str, place: str
) -> None:
    # the old code failed on the first call: "'AsyncHTTPTransport' object has no attribute 'handle_request'"
    cls, credential = sdk_class
    engine: Any = {"httpx": httpx, "httpx2": httpx2}[engine_name]
    wrong = engine.HTTPTransport() if is_async(cls) else engine.AsyncHTTPTransport()
    if place == "argument":
        arguments: dict[str, Any] = {"transport": wrong}
        label = "transport="
    else:
        arguments = {"http_client": own_client(engine, is_async(cls), transport=wrong)}
        label = "http_client's transport"
    with pytest.raises(TypeError) as caught:
        cls(credential, base_url=BASE_URL, **arguments)
    message = str(caught.value)
    flavour = "asynchronous" if is_async(cls) else "synchronous"
    assert message.startswith(f"{cls.__name__} is {flavour}: {label} must be a")
    assert f"{flavour} transport" in message
    assert message.endswith(f"not {engine_name}.{type(wrong).__name__}")


def test_a_transport_serving_both_flavours_is_taken_by_every_class(sdk_class: tuple[Any, str]) -> None:
    cls, credential = sdk_class
    assert (
        cls(credential, base_url=BASE_URL, transport=httpx.MockTransport(Untouched(httpx))).engine == "httpx"
    )
    duck = ConsumingInner()  # of no engine, with both methods
    assert cls(credential, base_url=BASE_URL, transport=duck)._transport.inner is duck


async def test_portal_verify_refuses_a_mixed_or_wrong_flavoured_client_before_any_request(make: Any) -> None:
    portal_class = DispatchPortal if make is DispatchTickets else AsyncDispatchPortal
    asynchronous = portal_class is AsyncDispatchPortal
    handler = Untouched(httpx)
    mixed = own_client(httpx2, asynchronous, transport=httpx.MockTransport(handler))
    with pytest.raises(TypeError, match="mixed HTTP engines"):
        await maybe(portal_class.verify("ml_token", BASE_URL, http_client=mixed))
    with pytest.raises(TypeError, match=f"{portal_class.__name__}.verify is"):
        await maybe(
            portal_class.verify("ml_token", BASE_URL, http_client=own_client(httpx, not asynchronous))
        )
    assert handler.calls == 0
