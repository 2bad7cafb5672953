"""Per-call options (RequestOptions) and raw responses (``with_raw_response``), sync and async, on the wire."""

from __future__ import annotations

import datetime
import inspect
from typing import Any

import pytest

import dispatch
from dispatch import APIResponse, DispatchTickets, DispatchTicketsError, NotFoundError, RateLimit, Ticket
from dispatch._constants import REQUEST_OPTIONS_EXTENSION
from dispatch.resources._async._resource import AsyncAPIResource
from dispatch.resources._sync._resource import SyncAPIResource
from tests._engine import httpx
from tests.unit.conftest import API_KEY, BASE_URL, Wire, body_of, call, collect, query_of
from tests.unit.test_portal import DETAIL, open_portal
from tests.unit.test_tickets import TICKET, page

RATE_HEADERS = {
    "x-request-id": "req_42",
    "x-ratelimit-limit": "100",
    "x-ratelimit-remaining": "3",
    "x-ratelimit-reset": "1800000000",
}

# -- options reach the wire ------------------------------------------------------------------------


async def test_read_options_reach_the_request(client: Any, wire: Wire) -> None:
    wire.reply(json=TICKET)
    await call(
        client.tickets.get(
            "br_1",
            "tkt_1",
            timeout=5.0,
            max_retries=0,
            total_timeout=12.5,
            extra_headers={"X-Trace": "t-1"},
            extra_query={"expand": "comments"},
        )
    )
    request = wire.last
    assert (request.method, request.url.path) == ("GET", "/v1/brands/br_1/tickets/tkt_1")
    assert request.headers["x-trace"] == "t-1"
    assert query_of(request) == {"expand": "comments"}
    assert request.extensions["timeout"] == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert request.extensions[REQUEST_OPTIONS_EXTENSION] == {"max_retries": 0, "total_timeout": 12.5}


async def test_no_options_leave_the_request_as_it_was(client: Any, wire: Wire) -> None:
    wire.reply(json=TICKET)
    await call(client.tickets.get("br_1", "tkt_1"))
    assert REQUEST_OPTIONS_EXTENSION not in wire.last.extensions
    assert "x-idempotency-key" not in wire.last.headers
    assert query_of(wire.last) == {}


async def test_extra_body_merges_into_a_write_with_its_fields(client: Any, wire: Wire) -> None:
    wire.reply(json=TICKET)
    await call(
        client.tickets.update(
            "br_1", "tkt_1", status="pending", extra_body={"betaFlag": True}, idempotency_key="idem-7"
        )
    )
    assert wire.last.method == "PATCH"
    assert body_of(wire.last) == {"status": "pending", "betaFlag": True}
    assert wire.last.headers["x-idempotency-key"] == "idem-7"


async def test_extra_query_adds_to_the_filters_of_every_page(client: Any, wire: Wire) -> None:
    wire.reply(json=page(["t1"], has_more=True, cursor="c2"))
    wire.reply(json=page(["t2"], has_more=False))
    tickets = await collect(client.tickets.list("br_1", status="open", extra_query={"x": "1"}, max_retries=1))
    assert [t.id for t in tickets] == ["t1", "t2"]
    assert [query_of(r) for r in wire] == [
        {"status": "open", "x": "1"},
        {"status": "open", "x": "1", "cursor": "c2"},
    ]
    assert all(r.extensions[REQUEST_OPTIONS_EXTENSION] == {"max_retries": 1} for r in wire)


async def test_idempotency_key_on_a_delete(client: Any, wire: Wire) -> None:
    wire.reply(json=TICKET)
    await call(client.tickets.delete("br_1", "tkt_1", idempotency_key="del-1"))
    assert (wire.last.method, wire.last.headers["x-idempotency-key"]) == ("DELETE", "del-1")


async def test_options_on_a_create_with_its_own_idempotency_key(client: Any, wire: Wire) -> None:
    wire.reply(201, TICKET)
    await call(
        client.tickets.create(
            "br_1", title="Help", idempotency_key="c-1", extra_headers={"X-Trace": "t"}, timeout=3.0
        )
    )
    assert wire.last.headers["x-idempotency-key"] == "c-1"
    assert wire.last.headers["x-trace"] == "t"
    assert body_of(wire.last) == {"title": "Help"}


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"max_retries": -1}, ValueError),
        ({"max_retries": "3"}, TypeError),
        ({"total_timeout": 0}, ValueError),
        ({"retries": 1}, TypeError),
        ({"idempotency_key": ""}, ValueError),
    ],
)
async def test_bad_options_are_refused_before_any_request(
    client: Any, wire: Wire, options: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        await call(client.tickets.get("br_1", "tkt_1", **options))
    assert wire.requests == []


def _public_methods(cls: type) -> list[tuple[str, inspect.Signature]]:
    return [
        (name, inspect.signature(member))
        for name, member in vars(cls).items()
        if inspect.isfunction(member) and not name.startswith("_")
    ]


def _resource_classes() -> list[type]:
    import dispatch.resources._async as async_package
    import dispatch.resources._sync as sync_package

    found = []
    for package, base in ((async_package, AsyncAPIResource), (sync_package, SyncAPIResource)):
        import importlib
        import pkgutil

        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            found += [
                c
                for c in vars(module).values()
                if isinstance(c, type) and c is not base and issubclass(c, base)
            ]
    return found


def test_every_resource_method_takes_the_options() -> None:
    classes = _resource_classes()
    assert len(classes) == 22  # 11 resources, sync and async
    missing = [
        f"{cls.__name__}.{name}"
        for cls in classes
        for name, signature in _public_methods(cls)
        if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in signature.parameters.values())
    ]
    assert missing == []


# Methods that make no request (webhook helpers, a computed address).
_NO_REQUEST = {
    "construct_event",
    "generate_signature",
    "parse_event",
    "verify_signature",
    "get_inbound_email",
}
_LIST_ARGUMENTS = {"category_ids", "keys", "source_tag_ids", "ticket_ids", "source_ticket_ids", "brand_ids"}


def _argument(name: str) -> Any:
    """A plausible value for a required parameter, by its name."""
    special: dict[str, Any] = {
        "entity_type": "ticket",
        "file": b"data",
        "filename": "a.txt",
        "action": "delete",
        "size": 4,
        "content_type": "text/plain",
        "schema": {},
    }
    if name in special:
        return special[name]
    if name == "events":
        return ["ticket.created"]
    return ["x_1"] if name in _LIST_ARGUMENTS else "x_1"


def _every_method(client: Any) -> list[tuple[str, Any]]:
    methods = []
    for resource_name in dir(client):
        resource = getattr(client, resource_name) if not resource_name.startswith("_") else None
        if resource is None or not type(resource).__module__.startswith("dispatch.resources"):
            continue
        for name, member in inspect.getmembers(resource, inspect.ismethod):
            if not name.startswith("_") and name not in _NO_REQUEST:
                methods.append((f"{resource_name}.{name}", member))
    return methods


@pytest.mark.parametrize("surface", ["admin", "portal"])
async def test_every_method_sends_the_per_call_options(mode: str, surface: str) -> None:
    """Each public method of each resource, sync and async, admin and portal: its API requests carry the
    caller's extra_headers and extra_query (an upload's storage PUT excepted: it goes to another host)."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    cls = {
        ("admin", "sync"): dispatch.DispatchTickets,
        ("admin", "async"): dispatch.AsyncDispatchTickets,
        ("portal", "sync"): dispatch.DispatchPortal,
        ("portal", "async"): dispatch.AsyncDispatchPortal,
    }[surface, mode]
    credential = API_KEY if surface == "admin" else "ptk_test_token"
    client = cls(credential, base_url=BASE_URL, transport=httpx.MockTransport(answer), max_retries=0)
    failures = []
    methods = _every_method(client)
    assert len(methods) >= (60 if surface == "admin" else 8)
    for label, method in methods:
        parameters = inspect.signature(method).parameters.values()
        positional = [
            _argument(p.name)
            for p in parameters
            if p.default is p.empty and p.kind is p.POSITIONAL_OR_KEYWORD
        ]
        keywords = {
            p.name: _argument(p.name) for p in parameters if p.default is p.empty and p.kind is p.KEYWORD_ONLY
        }
        if any(p.name == "filename" for p in parameters):  # an upload of bytes needs a name
            keywords["filename"] = "a.txt"
        before = len(seen)
        try:
            result = method(
                *positional, **keywords, extra_headers={"X-Probe": "1"}, extra_query={"probe": "1"}
            )
            result = await call(result)
            if hasattr(result, "__aiter__"):
                async for _ in result:
                    break
            elif type(result).__name__ == "PageIterator":
                next(iter(result), None)
        except DispatchTicketsError:
            pass  # an empty {} answer does not parse into most results: what was sent is what counts
        sent = [r for r in seen[before:] if r.url.host != "storage.test"]
        if not sent or any(r.headers.get("x-probe") != "1" or r.url.params.get("probe") != "1" for r in sent):
            failures.append(label)
    if mode == "async":
        await client.aclose()
    else:
        client.close()
    assert failures == []


# -- raw responses ---------------------------------------------------------------------------------


async def test_raw_response_of_a_get(client: Any, wire: Wire) -> None:
    wire.reply(json=TICKET, headers=RATE_HEADERS)
    response = await call(client.with_raw_response.tickets.get("br_1", "tkt_1"))
    assert isinstance(response, APIResponse)
    assert response.status_code == 200
    assert response.headers["x-ratelimit-limit"] == "100"
    assert response.request_id == "req_42"
    assert response.rate_limit == RateLimit(
        limit=100, remaining=3, reset=datetime.datetime(2027, 1, 15, 8, 0, tzinfo=datetime.UTC)
    )
    assert isinstance(response.elapsed, datetime.timedelta)
    assert response.retries_taken == 0
    assert isinstance(response.http_response, httpx.Response)
    assert response.http_response.request.url.path == "/v1/brands/br_1/tickets/tkt_1"
    ticket = response.parse()
    assert isinstance(ticket, Ticket)
    assert ticket.title == "Cannot log in"
    assert response.parse() is ticket


def _no_sleep(client: Any) -> None:
    """The transport's back-off, recorded instead of slept (the transport takes an injectable sleep)."""
    if isinstance(client, DispatchTickets):
        client._transport._sleep = lambda seconds: None
    else:

        async def sleep(seconds: float) -> None:
            return None

        client._transport._sleep = sleep


async def test_per_call_max_retries_and_the_raw_response_reports_them(client: Any, wire: Wire) -> None:
    """The client retries nothing (max_retries=0); this one call may retry once, and says it did."""
    _no_sleep(client)
    wire.reply(503, {"error": "busy"})
    wire.reply(json=TICKET)
    response = await call(client.with_raw_response.tickets.get("br_1", "tkt_1", max_retries=1))
    assert len(wire.requests) == 2
    assert response.retries_taken == 1
    assert response.parse().id == "tkt_1"
    assert response.rate_limit is None


async def test_raw_response_of_an_error_raises_the_error(client: Any, wire: Wire) -> None:
    wire.reply(404, {"error": "Ticket not found"}, headers={"x-request-id": "req_404"})
    with pytest.raises(NotFoundError) as caught:
        await call(client.with_raw_response.tickets.get("br_1", "tkt_404"))
    assert caught.value.request_id == "req_404"


async def test_raw_response_of_a_write_without_body(client: Any, wire: Wire) -> None:
    wire.reply(204)
    response = await call(client.with_raw_response.tags.delete("br_1", "tag_1", extra_headers={"X-A": "b"}))
    assert (response.status_code, response.parse()) == (204, None)
    assert wire.last.headers["x-a"] == "b"


async def test_raw_response_of_a_list_page_and_each_pages_response(client: Any, wire: Wire) -> None:
    wire.reply(json=page(["t1"], has_more=True, cursor="c2"), headers={"x-request-id": "req_p1"})
    raw = await call(client.with_raw_response.tickets.list_page("br_1", limit=1))
    assert raw.request_id == "req_p1"
    assert [t.id for t in raw.parse()] == ["t1"]

    wire.reply(json=page(["t1"], has_more=True, cursor="c2"), headers={"x-request-id": "req_a"})
    wire.reply(json=page(["t2"], has_more=False), headers={"x-request-id": "req_b"})
    pages = await collect(client.tickets.list("br_1").pages())
    assert [p.raw_response.request_id for p in pages] == ["req_a", "req_b"]
    assert pages[1].raw_response.parse() is pages[1]


async def test_raw_mode_leaves_the_plain_resources_alone(client: Any, wire: Wire) -> None:
    wire.reply(json=TICKET)
    wire.reply(json=TICKET)
    assert isinstance(await call(client.with_raw_response.tickets.get("br_1", "tkt_1")), APIResponse)
    assert isinstance(await call(client.tickets.get("br_1", "tkt_1")), Ticket)
    with pytest.raises(AttributeError):
        _ = client.with_raw_response.base_url


async def test_portal_raw_response_and_options(mode: str, wire: Wire) -> None:
    portal = open_portal(mode, wire.handler, max_retries=0)
    wire.reply(json=DETAIL, headers=RATE_HEADERS)
    response = await call(portal.with_raw_response.tickets.get("tkt_1", extra_headers={"X-Trace": "p"}))
    assert response.rate_limit.remaining == 3
    assert response.parse().id == DETAIL["id"]
    assert wire.last.headers["x-trace"] == "p"
    await call(portal.close() if mode == "sync" else portal.aclose())


# -- bad input is refused before any request (issue 12.7) ----------------------------------------


@pytest.mark.parametrize(
    ("brand_id", "error", "words"),
    [
        (None, TypeError, "brand_id must be a str"),
        (123, TypeError, "brand_id must be a str"),
        ("", ValueError, "brand_id"),
    ],
)
async def test_a_bad_id_is_refused_naming_it(
    client: Any, wire: Wire, brand_id: Any, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        await call(client.tickets.get(brand_id, "tkt_1"))
    with pytest.raises(error, match=words):
        await call(client.with_raw_response.tags.delete(brand_id, "tag_1"))
    assert wire.requests == []


async def test_an_idempotency_key_on_a_read_is_refused_before_any_request(client: Any, wire: Wire) -> None:
    """The types allow it on writes only; at run time too, a read given one is the caller's TypeError."""
    with pytest.raises(TypeError, match="idempotency_key is for writes"):
        await call(client.tickets.get("br_1", "tkt_1", idempotency_key="key-1"))
    with pytest.raises(TypeError, match="idempotency_key is for writes"):
        await call(client.with_raw_response.tickets.list_page("br_1", idempotency_key="key-1"))
    assert wire.requests == []


@pytest.mark.parametrize(
    ("words", "make_call"),
    [
        ("name", lambda c: c.accounts.create_api_key(name=None)),
        ("email", lambda c: c.brands.generate_portal_token("br_1", email=None)),
        (
            "email",
            lambda c: c.brands.send_portal_magic_link("br_1", email=None, portal_url="https://a.test/p"),
        ),
        ("portal_url", lambda c: c.brands.send_portal_magic_link("br_1", email="a@b.test", portal_url=None)),
        ("ticket_ids must be a list", lambda c: c.tickets.bulk("br_1", "delete", None)),
        ("source_ticket_ids must be a list", lambda c: c.tickets.merge("br_1", "tkt_1", None)),
        ("source_tag_ids must be a list", lambda c: c.tags.merge("br_1", "tag_1", None)),
        ("category_ids must be a list", lambda c: c.categories.reorder("br_1", None)),
        ("keys must be a list", lambda c: c.fields.reorder("br_1", "ticket", None)),
        (
            "events must be a list",
            lambda c: c.webhooks.create("br_1", url="https://a.test/h", secret="s", events=None),
        ),
    ],
)
async def test_every_required_argument_given_as_none_is_a_type_error_naming_it(
    client: Any, wire: Wire, words: str, make_call: Any
) -> None:
    with pytest.raises(TypeError, match=words):
        await call(make_call(client))
    assert wire.requests == []


async def test_a_required_field_given_as_none_is_a_type_error_naming_it(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="title"):
        await call(client.tickets.create("br_1", title=None))
    with pytest.raises(TypeError, match="name"):
        await call(client.tags.create("br_1", name=None))
    assert wire.requests == []


@pytest.mark.timeout(240)
def test_mypy_flags_an_enum_typo_and_an_unknown_option() -> None:
    """Issue 12.7: enum-valued parameters are Literal unions; options are a TypedDict (no typo slips by);
    with_raw_response is typed (APIResponse[Ticket])."""
    mypy_api = pytest.importorskip("mypy.api")
    snippet = (
        "from dispatch import DispatchTickets\n"
        "client = DispatchTickets('sk_test_x')\n"
        "client.tickets.create('br_1', title='t', priority='hgh')\n"
        "client.tickets.get('br_1', 'tkt_1', max_retires=0)\n"
        "client.tickets.list('br_1', status=['open', 'pending'], order='asc', timeout=3.0)\n"
        "client.comments.create('br_1', 'tkt_1', body='x', author_type='AGENT', extra_body={'a': 1})\n"
        "from dispatch import APIResponse, Ticket\n"
        "raw: APIResponse[Ticket] = client.with_raw_response.tickets.get('br_1', 'tkt_1', timeout=1.0)\n"
        "number: int = raw.parse()\n"
        "client.tickets.get('br_1', 'tkt_1', extra_body={'a': 1})\n"
    )
    report, _, status = mypy_api.run(["--config-file", "pyproject.toml", "--no-error-summary", "-c", snippet])
    errors = [line for line in report.splitlines() if ": error:" in line]
    assert status == 1
    assert len(errors) == 4, report
    assert '"priority"' in errors[0]
    assert "'hgh'" in errors[0]
    assert "max_retires" in errors[1]
    assert '"Ticket"' in errors[2]  # raw mode is typed: parse() gives the Ticket, not Any
    assert "extra_body" in errors[3]  # a read has no body: only writes take extra_body


async def test_extra_body_on_a_read_is_refused_before_any_request(client: Any, wire: Wire) -> None:
    with pytest.raises(TypeError, match="extra_body"):
        await call(client.tickets.get("br_1", "tkt_1", extra_body={"a": 1}))
    assert wire.requests == []


def test_with_raw_response_is_made_once_per_client(client: Any) -> None:
    assert client.with_raw_response is client.with_raw_response
    assert client.with_raw_response.tickets is client.with_raw_response.tickets
    copy = client.with_options(max_retries=1)
    assert copy.with_raw_response is not client.with_raw_response
