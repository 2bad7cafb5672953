"""Property: whatever a client sends to any operation, the emulator answers below 500 and stays readable.

For every operation of the document, hypothesis sends arbitrary JSON (NaN, huge numbers, lone
surrogates, deep nesting, the operation's own field names with values of any type), raw bytes, odd
content types, arbitrary query values and path segments. Each answer must be below 500; after each one
the account still lists, and after all of them every GET of the account answers 200 (or 404 for what an
example deleted), so nothing unreadable was stored. Examples are bounded to keep this within CI time
(``DISPATCH_PROPERTY_EXAMPLES=200`` for a deeper run).
"""

from __future__ import annotations

import json
import os
import re
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dispatch.testing._spec import Operation, _resolve, load_spec
from dispatch.testing.pytest_plugin import EmulatorSession
from tests.e2e.conftest import NOWHERE, create_brand, create_ticket

SPEC = load_spec()
OPERATIONS = sorted(SPEC.operations, key=lambda o: o.operation_id)
EXAMPLES = settings(
    max_examples=int(os.environ.get("DISPATCH_PROPERTY_EXAMPLES", "8")),  # more for a deeper, slower run
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

_ODD_STRINGS = ["\udcff", "\ud800", "a\ud83d", "\x00", "", " ", "%2F", "../x", "\U0001f642", "x" * 300]
texts = st.one_of(st.text(max_size=16), st.sampled_from(_ODD_STRINGS))
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts)  # floats: NaN and inf too
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)
deep = st.integers(min_value=1, max_value=3000).map(lambda n: b'{"x":' + b"[" * n + b"]" * n + b"}")


def _operation_doc(op: Operation) -> dict[str, Any]:
    return dict(SPEC.document["paths"][op.path][op.method.lower()])


def _body_properties(op: Operation) -> list[str]:
    body = _operation_doc(op).get("requestBody")
    if body is None:
        return []
    schema = _resolve(SPEC.document, _resolve(SPEC.document, body)["content"]["application/json"]["schema"])
    return list(schema.get("properties", {}))


def _query_names(op: Operation) -> list[str]:
    params = [_resolve(SPEC.document, p) for p in _operation_doc(op).get("parameters", [])]
    return [p["name"] for p in params if p["in"] == "query"]


def _required_query(op: Operation) -> dict[str, str]:
    params = [_resolve(SPEC.document, p) for p in _operation_doc(op).get("parameters", [])]
    return {p["name"]: "c" for p in params if p["in"] == "query" and p.get("required")}


_UPLOAD = {"filename": "a.txt", "contentType": "text/plain", "size": 3}
BASE_BODIES: dict[str, dict[str, Any]] = {
    "create_api_key": {"name": "k"},
    "create_brand": {"name": "B", "slug": "b-prop"},
    "generate_portal_token": {"email": "p@example.com"},
    "send_portal_magic_link": {"email": "p@example.com", "portalUrl": "https://example.com/portal"},
    "create_ticket": {"title": "t"},
    "mark_ticket_as_spam": {"isSpam": True},
    "merge_tickets": {"sourceTicketIds": []},
    "bulk_ticket_action": {"action": "close", "ticketIds": []},
    "create_comment": {"body": "c"},
    "initiate_attachment_upload": _UPLOAD,
    "create_webhook": {"url": NOWHERE, "secret": "whsec_p", "events": ["ticket.created"]},
    "create_category": {"name": "n"},
    "reorder_categories": {"categoryIds": []},
    "create_tag": {"name": "t"},
    "merge_tags": {"sourceTagIds": []},
    "create_customer": {"email": "x@example.com"},
    "create_field": {"key": "k2", "label": "L", "type": "text"},
    "reorder_fields": {"keys": []},
    "verify_portal_token": {"token": "x"},
    "create_portal_ticket": {"title": "t"},
    "initiate_portal_pending_attachment": _UPLOAD,
    "create_portal_comment": {"body": "c"},
    "initiate_portal_attachment": _UPLOAD,
}
"""A valid body per operation, so that most examples get past the document's checks to the handler."""


def _bodies(op: Operation) -> st.SearchStrategy[bytes]:
    base = BASE_BODIES.get(op.operation_id, {})
    names = _body_properties(op) or ["x"]
    field_value = st.one_of(st.sampled_from(_ODD_STRINGS), texts, values)
    one_field = st.tuples(st.sampled_from(names), field_value).map(lambda nv: {**base, nv[0]: nv[1]})
    odd_strings = st.sampled_from(_ODD_STRINGS).map(
        lambda odd: {k: odd if isinstance(v, str) else v for k, v in base.items()}
    )
    arbitrary = st.one_of(st.fixed_dictionaries({}, optional={n: values for n in names}), values)
    as_json = st.one_of(one_field, one_field, odd_strings, arbitrary).map(
        lambda v: json.dumps(v).encode()  # NaN as NaN, a lone surrogate as a \udcff escape
    )
    return st.one_of(as_json, as_json, as_json, st.binary(max_size=40), deep, st.just(b""))


def _requests(op: Operation) -> st.SearchStrategy[dict[str, Any]]:
    segment = st.text(min_size=1, max_size=10).map(lambda t: quote(t, safe=""))
    return st.fixed_dictionaries(
        {
            "body": _bodies(op),
            "content_type": st.sampled_from(["application/json"] * 4 + ["text/plain", ""]),
            "query": st.fixed_dictionaries({}, optional={q: st.text(max_size=12) for q in _query_names(op)}),
            "segments": st.dictionaries(st.sampled_from(re.findall(r"{(\w+)}", op.path) or ["-"]), segment),
            "idempotency_key": st.one_of(
                st.none(), st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=8)
            ),
        }
    )


class World:
    """One account with one of every object, so every path parameter has a real value to start from."""

    def __init__(self, session: EmulatorSession) -> None:
        self.api = session.http()
        api = self.api
        brand = create_brand(api)
        b = self.brand_id = brand["id"]
        ticket = create_ticket(api, b, title="world")
        t = ticket["id"]
        self.ids: dict[str, str] = {"brandId": b, "ticketId": t, "entityType": "ticket", "key": "plan"}
        self.ids["commentId"] = self._made(f"/brands/{b}/tickets/{t}/comments", {"body": "hi"})["id"]
        self.ids["customerId"] = self._made(f"/brands/{b}/customers", {"email": "c@example.com"})["id"]
        hook = {"url": NOWHERE, "secret": "whsec_property", "events": ["ticket.created"]}
        self.ids["webhookId"] = self._made(f"/brands/{b}/webhooks", hook)["id"]
        self.ids["categoryId"] = self._made(f"/brands/{b}/categories", {"name": "Billing"})["id"]
        self.ids["tagId"] = self._made(f"/brands/{b}/tags", {"name": "vip"})["id"]
        self._made(f"/brands/{b}/fields/ticket", {"key": "plan", "label": "Plan", "type": "text"})
        upload = {"filename": "a.txt", "contentType": "text/plain", "size": 3}
        self.ids["attachmentId"] = self._made(f"/brands/{b}/tickets/{t}/attachments", upload, 200)[
            "attachmentId"
        ]
        self.ids["keyId"] = self._made("/accounts/me/api-keys", {"name": "extra"})["id"]
        token = self._made(f"/brands/{b}/portal/token", {"email": "p@example.com"}, 200)["token"]
        self.portal = session.http(headers={"Authorization": f"Bearer {token}"})
        self.portal_ids = {
            "ticketId": self._made("/portal/tickets", {"title": "mine"}, client=self.portal)["id"]
        }
        pending = self._made("/portal/tickets/attachments/pending", upload, 200, client=self.portal)
        self.pending_id = pending["attachment"]["id"]
        mine = f"/portal/tickets/{self.portal_ids['ticketId']}/attachments"
        self.portal_ids["attachmentId"] = self._made(mine, upload, 200, client=self.portal)["attachment"][
            "id"
        ]
        self.anonymous = session.http(headers={"Authorization": ""})

    def _made(
        self, path: str, body: dict[str, Any], status: int = 201, client: httpx.Client | None = None
    ) -> dict[str, Any]:
        response = (client or self.api).post(path, json=body)
        assert response.status_code == status, f"{path}: {response.status_code} {response.text}"
        return dict(response.json())

    def client(self, op: Operation) -> httpx.Client:
        return {"ApiKeyAuth": self.api, "PortalTokenAuth": self.portal}.get(op.security or "", self.anonymous)

    def path(self, op: Operation, overrides: dict[str, str] | None = None) -> str:
        ids = dict(self.ids)
        if op.path.startswith("/portal/"):
            ids |= self.portal_ids
            if "/pending/" in op.path:
                ids["attachmentId"] = self.pending_id
        ids |= overrides or {}
        return re.sub(r"{(\w+)}", lambda m: ids[m.group(1)], op.path)

    def check_still_readable(self) -> None:
        """Every GET of the account answers: lists 200 while the brand exists, objects 200 or 404."""
        brand_exists = self.api.get(f"/brands/{self.brand_id}").status_code == 200
        for op in SPEC.operations:
            if op.method != "GET":
                continue
            answer = self.client(op).get(self.path(op), params=_required_query(op))
            assert answer.status_code < 500, f"{op.operation_id}: {answer.status_code} {answer.text}"
            names = set(re.findall(r"{(\w+)}", op.path))
            is_list = names <= {"brandId"} and not op.path.startswith("/portal/")
            if is_list and (brand_exists or not names):
                assert answer.status_code == 200, f"{op.operation_id}: {answer.status_code} {answer.text}"
            else:
                assert answer.status_code in (200, 401, 404), f"{op.operation_id}: {answer.text}"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("op", OPERATIONS, ids=[o.operation_id for o in OPERATIONS])
def test_any_request_is_answered_below_500_and_leaves_the_account_readable(
    op: Operation, dispatch_emulator: EmulatorSession
) -> None:
    world = World(dispatch_emulator)

    @EXAMPLES
    @given(request=_requests(op))
    def send(request: dict[str, Any]) -> None:
        headers = {"content-type": request["content_type"]} if request["content_type"] else {}
        if request["idempotency_key"] and op.idempotent:
            headers["X-Idempotency-Key"] = request["idempotency_key"]
        segments = {k: v for k, v in request["segments"].items() if k != "-"}
        content = request["body"] if op.method in ("POST", "PUT", "PATCH") else None
        answer = world.client(op).request(
            op.method, world.path(op, segments), content=content, params=request["query"], headers=headers
        )
        assert answer.status_code < 500, f"{op.operation_id}: {answer.status_code} {answer.text}"
        assert world.api.get("/brands").status_code == 200
        assert world.api.get("/accounts/me").status_code == 200

    send()
    world.check_still_readable()
