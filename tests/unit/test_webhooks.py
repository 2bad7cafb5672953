"""dispatch.webhooks: signatures, typed events, replay protection, and properties over arbitrary input."""

from __future__ import annotations

import contextlib
import copy
import hashlib
import hmac
import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, get_args

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dispatch_tickets_api.models
from dispatch._errors import DispatchTicketsError
from dispatch.webhooks import (
    SIGNATURE_HEADER,
    WEBHOOK_EVENT_NAMES,
    WEBHOOK_SIGNATURE_HEADER,
    BaseWebhookEvent,
    CommentCreatedData,
    CommentCreatedEvent,
    TicketCreatedData,
    TicketCreatedEvent,
    TicketUpdatedData,
    TicketUpdatedEvent,
    WebhookComment,
    WebhookEvent,
    WebhookEventName,
    WebhookPayloadError,
    Webhooks,
    WebhookSignatureError,
    construct_webhook_event,
    generate_signature,
    is_comment_created_event,
    is_ticket_created_event,
    is_ticket_updated_event,
    parse_webhook_event,
    sample_delivery,
    sample_event,
    verify_signature,
)

SECRET = "whsec_test"
OTHER_SECRET = "whsec_other"

# HMAC-SHA256(key=b"whsec_test", msg=b'{"id":"evt_1"}'), computed once (and cross-checked with
# `printf '%s' '{"id":"evt_1"}' | openssl dgst -sha256 -hmac whsec_test`), then pinned here.
KNOWN_BODY = b'{"id":"evt_1"}'
KNOWN_SIGNATURE = "sha256=030fa3b2413d1993c551364bd53bb9b3edb5c0c34d55dba6ada6041245632811"

TS = "2025-01-15T10:30:00.000Z"
TS_EPOCH = datetime(2025, 1, 15, 10, 30, tzinfo=UTC).timestamp()

TICKET_CREATED: dict[str, Any] = {
    "id": "evt_01JHX3Q8Z4",
    "event": "ticket.created",
    "brand_id": "br_acme",
    "data": {
        "id": "tkt_8f2k1",
        "ticketNumber": 1042,
        "title": "Cannot log in after password reset",
        "status": "open",
        "priority": "high",
        "source": "email",
        "createdAt": TS,
        "customerId": "cus_77",
        "customerEmail": "jane@example.com",
        "customerName": "Jane Doe",
    },
    "timestamp": TS,
}

TICKET_UPDATED: dict[str, Any] = {
    "id": "evt_01JHX3R2K9",
    "event": "ticket.updated",
    "brand_id": "br_acme",
    "data": {
        "id": "tkt_8f2k1",
        "ticketNumber": 1042,
        "title": "Cannot log in after password reset",
        "status": "pending",
        "priority": "urgent",
        "assigneeId": "usr_agent_3",
        "updatedAt": "2025-01-15T10:29:58.512Z",
        "changes": ["status", "priority", "assigneeId"],
        "customerId": "cus_77",
        "customerEmail": "jane@example.com",
        "customerName": "Jane Doe",
    },
    "timestamp": TS,
}

COMMENT_CREATED: dict[str, Any] = {
    "id": "evt_01JHX3S7M1",
    "event": "ticket.comment.created",
    "brand_id": "br_acme",
    "data": {
        "ticketId": "tkt_8f2k1",
        "ticketNumber": "ACME-1042",
        "customerId": None,
        "customerEmail": None,
        "customerName": None,
        "comment": {
            "id": "cmt_5521",
            "body": "I tried again and it still fails.",
            "authorId": None,
            "authorType": "CUSTOMER",
            "createdAt": "2025-01-15T10:29:59Z",
        },
    },
    "timestamp": TS,
}

GENERIC_NAMES = sorted(WEBHOOK_EVENT_NAMES - {"ticket.created", "ticket.updated", "ticket.comment.created"})


def body_of(payload: Mapping[str, Any]) -> bytes:
    return json.dumps(payload, separators=(",", ":")).encode()


def with_data(payload: Mapping[str, Any], **changes: Any) -> dict[str, Any]:
    """A deep copy of ``payload`` whose ``data`` has ``changes`` applied (a value of ... deletes)."""
    result = copy.deepcopy(dict(payload))
    for key, value in changes.items():
        if value is ...:
            result["data"].pop(key, None)
        else:
            result["data"][key] = value
    return result


def without(payload: Mapping[str, Any], key: str) -> dict[str, Any]:
    result = copy.deepcopy(dict(payload))
    del result[key]
    return result


def snake_case(key: str) -> str:
    return "".join("_" + char.lower() if char.isupper() else char for char in key)


def expected_hex(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


# --------------------------------------------------------------------------------------------------------
# Signatures
# --------------------------------------------------------------------------------------------------------


class TestSignatures:
    def test_known_vector(self) -> None:
        assert generate_signature(KNOWN_BODY, SECRET) == KNOWN_SIGNATURE
        assert verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, SECRET) is True

    def test_format_matches_an_independent_hmac(self) -> None:
        body = body_of(TICKET_CREATED)
        signature = generate_signature(body, SECRET)
        assert signature == "sha256=" + expected_hex(body, SECRET)
        assert len(signature) == len("sha256=") + 64
        assert signature == signature.lower()

    def test_str_body_is_utf8_encoded(self) -> None:
        text = '{"title":"Zugang gesperrt: é ✓ 日本"}'
        assert generate_signature(text, SECRET) == generate_signature(text.encode("utf-8"), SECRET)
        assert verify_signature(text, generate_signature(text.encode("utf-8"), SECRET), SECRET)
        assert verify_signature(text.encode("utf-8"), generate_signature(text, SECRET), SECRET)

    def test_bytearray_and_memoryview_bodies(self) -> None:
        signature = generate_signature(KNOWN_BODY, SECRET)
        assert verify_signature(bytearray(KNOWN_BODY), signature, SECRET)  # type: ignore[arg-type]
        assert verify_signature(memoryview(KNOWN_BODY), signature, SECRET)  # type: ignore[arg-type]

    def test_empty_body_can_be_signed(self) -> None:
        assert verify_signature(b"", generate_signature(b"", SECRET), SECRET)

    def test_tampered_body_fails(self) -> None:
        body = body_of(TICKET_CREATED)
        signature = generate_signature(body, SECRET)
        assert not verify_signature(body.replace(b"high", b"low!"), signature, SECRET)
        assert not verify_signature(body + b" ", signature, SECRET)
        assert not verify_signature(body[:-1], signature, SECRET)

    def test_reserialised_json_fails(self) -> None:
        body = b'{"id": "evt_1",  "event": "ticket.created"}'
        signature = generate_signature(body, SECRET)
        assert not verify_signature(json.dumps(json.loads(body)), signature, SECRET)

    def test_wrong_secret_fails(self) -> None:
        assert not verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, OTHER_SECRET)
        assert not verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, SECRET + " ")

    @pytest.mark.parametrize(
        "signature",
        [
            pytest.param(None, id="none"),
            pytest.param("", id="empty"),
            pytest.param("   ", id="blank"),
            pytest.param("sha256=", id="prefix-only"),
            pytest.param("sha256", id="no-equals"),
            pytest.param(KNOWN_SIGNATURE[len("sha256=") :], id="bare-hex"),
            pytest.param("md5=" + KNOWN_SIGNATURE[len("sha256=") :], id="other-scheme"),
            pytest.param("sha1=" + KNOWN_SIGNATURE[len("sha256=") : len("sha256=") + 40], id="sha1"),
            pytest.param("sha512=" + KNOWN_SIGNATURE[len("sha256=") :], id="sha512-label"),
            pytest.param(KNOWN_SIGNATURE[:-1], id="odd-length"),
            pytest.param(KNOWN_SIGNATURE[:-2], id="too-short"),
            pytest.param(KNOWN_SIGNATURE + "00", id="too-long"),
            pytest.param(KNOWN_SIGNATURE[:-1] + "g", id="non-hex"),
            pytest.param(KNOWN_SIGNATURE[:-2] + "\u0661\u0662", id="non-ascii-digits"),
            pytest.param("sha256=" + " ".join(["ab"] * 32), id="spaced-hex"),
            pytest.param(KNOWN_SIGNATURE + "," + KNOWN_SIGNATURE, id="two-values"),
            pytest.param("sha256= " + KNOWN_SIGNATURE[len("sha256=") :], id="space-after-equals"),
            pytest.param(KNOWN_SIGNATURE.encode(), id="bytes"),
            pytest.param(12345, id="int"),
            pytest.param([KNOWN_SIGNATURE], id="list"),
        ],
    )
    def test_malformed_signature_answers_false(self, signature: Any) -> None:
        assert verify_signature(KNOWN_BODY, signature, SECRET) is False

    @pytest.mark.parametrize(
        "signature",
        [
            pytest.param("SHA256=" + KNOWN_SIGNATURE[len("sha256=") :], id="uppercase-scheme"),
            pytest.param("Sha256=" + KNOWN_SIGNATURE[len("sha256=") :], id="mixed-case-scheme"),
            pytest.param("sha256=" + KNOWN_SIGNATURE[len("sha256=") :].upper(), id="uppercase-hex"),
            pytest.param(f"  {KNOWN_SIGNATURE}\t", id="surrounding-whitespace"),
        ],
    )
    def test_lenient_but_equivalent_spellings_are_accepted(self, signature: str) -> None:
        # Decided: the scheme name and the hex are read case-insensitively and the value is stripped.
        # The compared digest is the same 32 bytes, so this costs no security.
        assert verify_signature(KNOWN_BODY, signature, SECRET) is True

    def test_rotation_list_accepts_any_matching_secret(self) -> None:
        assert verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, [OTHER_SECRET, SECRET])
        assert verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, (SECRET, OTHER_SECRET))
        assert not verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, [OTHER_SECRET, "whsec_third"])

    @pytest.mark.parametrize(
        "secret",
        [
            pytest.param("", id="empty-string"),
            pytest.param([], id="empty-list"),
            pytest.param(["", ""], id="list-of-empty"),
            pytest.param(None, id="none"),
            pytest.param(42, id="int"),
            pytest.param([None, 42], id="list-of-junk"),
        ],
    )
    def test_unusable_secret_answers_false(self, secret: Any) -> None:
        assert verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, secret) is False

    def test_empty_secret_is_skipped_not_fatal_in_a_list(self) -> None:
        assert verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, ["", SECRET])

    def test_bytes_secret(self) -> None:
        assert verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, SECRET.encode())
        assert generate_signature(KNOWN_BODY, SECRET.encode()) == KNOWN_SIGNATURE

    @pytest.mark.parametrize("body", [None, 123, {"id": "evt_1"}, "\ud800"])
    def test_unsupported_or_unencodable_body_answers_false(self, body: Any) -> None:
        assert verify_signature(body, KNOWN_SIGNATURE, SECRET) is False

    def test_generate_rejects_an_empty_secret(self) -> None:
        with pytest.raises(ValueError, match="secret"):
            generate_signature(KNOWN_BODY, "")

    def test_generate_rejects_a_bad_body_type(self) -> None:
        with pytest.raises(TypeError, match="raw_body"):
            generate_signature(123, SECRET)  # type: ignore[arg-type]

    def test_header_constant(self) -> None:
        assert SIGNATURE_HEADER == WEBHOOK_SIGNATURE_HEADER == "X-Dispatch-Signature"
        assert Webhooks.SIGNATURE_HEADER == "X-Dispatch-Signature"
        assert Webhooks.DEFAULT_TOLERANCE == 300


class TestWebhooksNamespace:
    def test_names_are_the_module_functions(self) -> None:
        assert Webhooks.verify_signature is verify_signature
        assert Webhooks.generate_signature is generate_signature
        assert Webhooks.parse_event is parse_webhook_event
        assert Webhooks.construct_event is construct_webhook_event

    def test_usable_as_a_class_attribute_of_a_client(self) -> None:
        class Client:
            webhooks = Webhooks

        assert Client.webhooks.verify_signature(KNOWN_BODY, KNOWN_SIGNATURE, SECRET)
        assert Client().webhooks.generate_signature(KNOWN_BODY, SECRET) == KNOWN_SIGNATURE
        assert isinstance(Client.webhooks.parse_event(TICKET_CREATED), TicketCreatedEvent)


# --------------------------------------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------------------------------------


class TestParseTypedEvents:
    def test_ticket_created(self) -> None:
        event = parse_webhook_event(body_of(TICKET_CREATED))
        assert isinstance(event, TicketCreatedEvent)
        assert event.id == "evt_01JHX3Q8Z4"
        assert event.event == "ticket.created"
        assert event.brand_id == "br_acme"
        assert event.timestamp == datetime(2025, 1, 15, 10, 30, tzinfo=UTC)
        assert event.data == TicketCreatedData(
            id="tkt_8f2k1",
            ticket_number=1042,
            title="Cannot log in after password reset",
            status="open",
            priority="high",
            source="email",
            created_at=datetime(2025, 1, 15, 10, 30, tzinfo=UTC),
            customer_id="cus_77",
            customer_email="jane@example.com",
            customer_name="Jane Doe",
        )
        assert event.data.additional_properties == {}
        assert event.unreadable == ()
        assert event.is_known_event
        assert event.raw == TICKET_CREATED

    def test_ticket_updated(self) -> None:
        event = parse_webhook_event(body_of(TICKET_UPDATED))
        assert isinstance(event, TicketUpdatedEvent)
        data = event.data
        assert (data.id, data.ticket_number, data.status, data.priority) == (
            "tkt_8f2k1",
            1042,
            "pending",
            "urgent",
        )
        assert data.assignee_id == "usr_agent_3"
        assert data.updated_at == datetime(2025, 1, 15, 10, 29, 58, 512000, tzinfo=UTC)
        assert data.changes == ["status", "priority", "assigneeId"]
        assert (data.customer_id, data.customer_email, data.customer_name) == (
            "cus_77",
            "jane@example.com",
            "Jane Doe",
        )

    def test_ticket_updated_unassigned(self) -> None:
        event = parse_webhook_event(with_data(TICKET_UPDATED, assigneeId=None, changes=[]))
        assert isinstance(event, TicketUpdatedEvent)
        assert event.data.assignee_id is None
        assert event.data.changes == []

    def test_comment_created(self) -> None:
        event = parse_webhook_event(body_of(COMMENT_CREATED))
        assert isinstance(event, CommentCreatedEvent)
        assert event.event == "ticket.comment.created"
        assert event.data.ticket_id == "tkt_8f2k1"
        assert event.data.ticket_number == "ACME-1042"
        assert event.data.customer_email is None
        assert event.data.comment == WebhookComment(
            id="cmt_5521",
            body="I tried again and it still fails.",
            author_id=None,
            author_type="CUSTOMER",
            created_at=datetime(2025, 1, 15, 10, 29, 59, tzinfo=UTC),
        )
        assert isinstance(event.data, CommentCreatedData)

    def test_bytes_str_and_mapping_inputs_agree(self) -> None:
        body = body_of(TICKET_CREATED)
        assert (
            parse_webhook_event(body)
            == parse_webhook_event(body.decode())
            == parse_webhook_event(TICKET_CREATED)
        )
        assert parse_webhook_event(bytearray(body)) == parse_webhook_event(body)  # type: ignore[arg-type]

    def test_mapping_input_is_not_mutated_or_aliased(self) -> None:
        payload = copy.deepcopy(TICKET_CREATED)
        event = parse_webhook_event(payload)
        payload["data"]["title"] = "changed"
        payload["id"] = "changed"
        assert isinstance(event, TicketCreatedEvent)
        assert event.data.title == "Cannot log in after password reset"
        assert event.raw["id"] == "evt_01JHX3Q8Z4"

    def test_unknown_status_priority_source_and_author_type_still_parse(self) -> None:
        created = parse_webhook_event(
            with_data(TICKET_CREATED, status="on_hold", priority="p0", source="telegram")
        )
        assert isinstance(created, TicketCreatedEvent)
        assert (created.data.status, created.data.priority, created.data.source) == (
            "on_hold",
            "p0",
            "telegram",
        )
        payload = copy.deepcopy(COMMENT_CREATED)
        payload["data"]["comment"]["authorType"] = "BOT"
        comment = parse_webhook_event(payload)
        assert isinstance(comment, CommentCreatedEvent)
        assert comment.data.comment.author_type == "BOT"

    def test_unknown_keys_are_kept(self) -> None:
        payload = with_data(TICKET_CREATED, categoryId="cat_1", tags=["vip"])
        payload["data"]["customerName"] = None
        payload["deliveryAttempt"] = 2
        payload = copy.deepcopy(payload)
        event = parse_webhook_event(payload)
        assert isinstance(event, TicketCreatedEvent)
        assert event.data.additional_properties == {"categoryId": "cat_1", "tags": ["vip"]}
        assert event.unreadable == ()
        assert event.data.customer_name is None
        assert event.raw["deliveryAttempt"] == 2
        comment_payload = copy.deepcopy(COMMENT_CREATED)
        comment_payload["data"]["comment"]["authorName"] = "Jane"
        comment = parse_webhook_event(comment_payload)
        assert isinstance(comment, CommentCreatedEvent)
        assert comment.data.comment.additional_properties == {"authorName": "Jane"}

    def test_customer_fields_may_be_absent(self) -> None:
        event = parse_webhook_event(
            with_data(TICKET_CREATED, customerId=..., customerEmail=..., customerName=...)
        )
        assert isinstance(event, TicketCreatedEvent)
        assert (event.data.customer_id, event.data.customer_email, event.data.customer_name) == (
            None,
            None,
            None,
        )

    @pytest.mark.parametrize("name", GENERIC_NAMES)
    def test_other_documented_events_are_generic(self, name: str) -> None:
        payload = {
            "id": "evt_9",
            "event": name,
            "brand_id": "br_acme",
            "data": {"id": "x_1", "ticketId": "tkt_1", "nested": {"a": [1, 2]}},
            "timestamp": TS,
        }
        event = parse_webhook_event(body_of(payload))
        assert type(event) is WebhookEvent
        assert event.event == name
        assert event.data == payload["data"]
        assert event.timestamp == datetime(2025, 1, 15, 10, 30, tzinfo=UTC)
        assert not is_ticket_created_event(event)
        assert not is_ticket_updated_event(event)
        assert not is_comment_created_event(event)

    def test_all_events_share_the_envelope(self) -> None:
        events = [
            parse_webhook_event(TICKET_CREATED),
            parse_webhook_event(TICKET_UPDATED),
            parse_webhook_event(COMMENT_CREATED),
            parse_webhook_event({**TICKET_CREATED, "event": "ticket.deleted"}),
        ]
        for event in events:
            assert isinstance(event, BaseWebhookEvent)
            assert event.id.startswith("evt_")
            assert event.brand_id == "br_acme"
            assert event.timestamp is not None

    def test_events_are_frozen_comparable_and_hashable(self) -> None:
        first = parse_webhook_event(body_of(TICKET_UPDATED))
        second = parse_webhook_event(body_of(TICKET_UPDATED))
        assert isinstance(first, TicketUpdatedEvent)
        assert first == second
        assert hash(first) == hash(second)
        assert len({first, second}) == 1
        assert hash(parse_webhook_event({**TICKET_CREATED, "event": "ticket.deleted"})) is not None
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            first.id = "evt_x"  # type: ignore[misc]

    def test_repr_leaves_out_the_raw_body(self) -> None:
        text = repr(parse_webhook_event(TICKET_CREATED))
        assert text.startswith("TicketCreatedEvent(id='evt_01JHX3Q8Z4'")
        assert "raw=" not in text


class TestTimestamps:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            ("2025-01-15T10:30:00Z", datetime(2025, 1, 15, 10, 30, tzinfo=UTC)),
            ("2025-01-15T10:30:00.000Z", datetime(2025, 1, 15, 10, 30, tzinfo=UTC)),
            ("2025-01-15T10:30:00z", datetime(2025, 1, 15, 10, 30, tzinfo=UTC)),
            ("2025-01-15T11:30:00+01:00", datetime(2025, 1, 15, 10, 30, tzinfo=UTC)),
            ("2025-01-15T10:30:00", datetime(2025, 1, 15, 10, 30, tzinfo=UTC)),  # naive: read as UTC
            (int(TS_EPOCH), datetime(2025, 1, 15, 10, 30, tzinfo=UTC)),  # epoch seconds
            (TS_EPOCH * 1000, datetime(2025, 1, 15, 10, 30, tzinfo=UTC)),  # epoch milliseconds
            (None, None),
            ("yesterday", None),
            ("", None),
            (True, None),
            ([TS], None),
            (1e300, None),
        ],
    )
    def test_envelope_timestamp_forms(self, value: Any, expected: datetime | None) -> None:
        event = parse_webhook_event({**TICKET_CREATED, "timestamp": value})
        assert event.timestamp == expected
        if event.timestamp is not None:
            assert event.timestamp.tzinfo is not None

    def test_missing_timestamp_is_none(self) -> None:
        assert parse_webhook_event(without(TICKET_CREATED, "timestamp")).timestamp is None

    def test_brand_id_is_optional(self) -> None:
        assert parse_webhook_event(without(TICKET_CREATED, "brand_id")).brand_id is None
        assert parse_webhook_event({**TICKET_CREATED, "brand_id": 7}).brand_id is None


def _comment_with(**changes: Any) -> dict[str, Any]:
    payload = copy.deepcopy(COMMENT_CREATED)
    for key, value in changes.items():
        if value is ...:
            del payload["data"]["comment"][key]
        else:
            payload["data"]["comment"][key] = value
    return payload


MALFORMED: list[Any] = [
    pytest.param(b"", "the body is empty", id="empty-bytes"),
    pytest.param("  \n", "the body is empty", id="blank-str"),
    pytest.param(b"{not json", "not valid JSON (Expecting property name", id="invalid-json"),
    pytest.param(b'{"id": "evt_1",}', "not valid JSON", id="trailing-comma"),
    pytest.param(b'{"id": "\xff"}', "the body is not UTF-8 text", id="not-utf8"),
    pytest.param("{}".encode("utf-16"), "the body is not UTF-8 text", id="utf16"),
    pytest.param(b'{"id": NaN}', "NaN is not valid JSON", id="nan"),
    pytest.param(b'{"id": Infinity}', "Infinity is not valid JSON", id="infinity"),
    pytest.param(b"[" * 50_000 + b"]" * 50_000, "nested too deeply", id="deep-nesting"),
    pytest.param(b"[]", "expected a JSON object, got array", id="array"),
    pytest.param(b'"evt_1"', "expected a JSON object, got string", id="string"),
    pytest.param(b"null", "expected a JSON object, got null", id="null"),
    pytest.param(b"42", "expected a JSON object, got integer", id="number"),
    pytest.param(42, "expected bytes, str or a mapping, got int", id="int-input"),
    pytest.param(None, "expected bytes, str or a mapping, got NoneType", id="none-input"),
    pytest.param([TICKET_CREATED], "expected bytes, str or a mapping, got list", id="list-input"),
    pytest.param(without(TICKET_CREATED, "id"), "missing 'id'", id="missing-id"),
    pytest.param({**TICKET_CREATED, "id": 17}, "'id' must be a string, got integer", id="int-id"),
    pytest.param({**TICKET_CREATED, "id": None}, "'id' must be a string, got null", id="null-id"),
    pytest.param(without(TICKET_CREATED, "event"), "missing 'event'", id="missing-event"),
    pytest.param(
        {**TICKET_CREATED, "event": ["ticket.created"]},
        "'event' must be a string, got array",
        id="list-event",
    ),
    pytest.param(without(TICKET_CREATED, "data"), "missing 'data'", id="missing-data"),
    pytest.param({**TICKET_CREATED, "data": None}, "'data' must be an object, got null", id="null-data"),
    pytest.param({**TICKET_CREATED, "data": [1]}, "'data' must be an object, got array", id="array-data"),
    pytest.param({**TICKET_CREATED, "data": "x"}, "'data' must be an object, got string", id="string-data"),
]

# A signed delivery whose data changed shape: it parses into its typed event all the same, with the
# keys it could not read (missing, or not of the documented type) named in `unreadable` and read as None.
# Each of these raised WebhookPayloadError before (issue 12, item 1).
CHANGED_SHAPE: list[Any] = [
    pytest.param(with_data(TICKET_CREATED, title=...), ("title",), id="created-no-title"),
    pytest.param(
        with_data(TICKET_CREATED, ticketNumber="ACME-1"), ("ticketNumber",), id="created-number-str"
    ),
    pytest.param(with_data(TICKET_CREATED, ticketNumber=True), ("ticketNumber",), id="created-number-bool"),
    pytest.param(
        with_data(TICKET_CREATED, ticketNumber=1042.0), ("ticketNumber",), id="created-number-float"
    ),
    pytest.param(with_data(TICKET_CREATED, createdAt="last tuesday"), ("createdAt",), id="created-bad-date"),
    pytest.param(with_data(TICKET_CREATED, createdAt=1736937000), ("createdAt",), id="created-date-number"),
    pytest.param(with_data(TICKET_CREATED, status=None), ("status",), id="created-null-status"),
    pytest.param(
        with_data(TICKET_CREATED, customerEmail=["jane@example.com"]),
        ("customerEmail",),
        id="created-email-list",
    ),
    pytest.param(with_data(TICKET_UPDATED, changes="status"), ("changes",), id="updated-changes-str"),
    pytest.param(
        with_data(TICKET_UPDATED, changes=["status", 3]), ("changes",), id="updated-changes-int-item"
    ),
    pytest.param(with_data(TICKET_UPDATED, changes=...), ("changes",), id="updated-no-changes"),
    pytest.param(with_data(TICKET_UPDATED, assigneeId=5), ("assigneeId",), id="updated-assignee-int"),
    pytest.param(with_data(TICKET_UPDATED, updatedAt=...), ("updatedAt",), id="updated-no-date"),
    pytest.param(with_data(COMMENT_CREATED, ticketNumber=1042), ("ticketNumber",), id="comment-number-int"),
    pytest.param(with_data(COMMENT_CREATED, comment=...), ("comment",), id="comment-missing"),
    pytest.param(with_data(COMMENT_CREATED, comment="hello"), ("comment",), id="comment-not-object"),
    pytest.param(_comment_with(authorType=...), ("comment.authorType",), id="comment-no-author-type"),
    pytest.param(_comment_with(body=None), ("comment.body",), id="comment-null-body"),
    pytest.param(_comment_with(createdAt="soon"), ("comment.createdAt",), id="comment-bad-date"),
    pytest.param(
        with_data(
            TICKET_CREATED,
            id=...,
            ticketNumber=...,
            title=...,
            status=...,
            priority=...,
            source=...,
            createdAt=...,
        ),
        ("id", "ticketNumber", "title", "status", "priority", "source", "createdAt"),
        id="created-empty-data",
    ),
]

EVENT_CLASS = {
    "ticket.created": TicketCreatedEvent,
    "ticket.updated": TicketUpdatedEvent,
    "ticket.comment.created": CommentCreatedEvent,
}


MALFORMED_MAPPINGS = [param for param in MALFORMED if isinstance(param.values[0], dict)]


class TestParseMalformed:
    @pytest.mark.parametrize(("payload", "message"), MALFORMED)
    def test_raises_webhook_payload_error_naming_the_problem(self, payload: Any, message: str) -> None:
        with pytest.raises(WebhookPayloadError) as info:
            parse_webhook_event(payload)
        assert str(info.value).startswith("Invalid webhook payload: ")
        assert message in str(info.value)
        assert isinstance(info.value, DispatchTicketsError)
        assert info.value.code == "webhook_payload_error"

    @pytest.mark.parametrize(("payload", "message"), MALFORMED_MAPPINGS)
    def test_same_problem_from_raw_bytes(self, payload: dict[str, Any], message: str) -> None:
        with pytest.raises(WebhookPayloadError) as info:
            parse_webhook_event(body_of(payload))
        assert message in str(info.value)

    def test_utf8_bom_is_ignored(self) -> None:
        assert isinstance(parse_webhook_event(b"\xef\xbb\xbf" + body_of(TICKET_CREATED)), TicketCreatedEvent)

    def test_empty_id_and_event_are_strings_all_the_same(self) -> None:
        event = parse_webhook_event({**TICKET_CREATED, "id": "", "event": ""})
        assert type(event) is WebhookEvent
        assert (event.id, event.event, event.is_known_event) == ("", "", False)

    def test_misbehaving_mapping_still_raises_only_payload_error(self) -> None:
        class Broken(Mapping[str, Any]):
            def __getitem__(self, key: str) -> Any:
                raise TypeError("boom")

            def __iter__(self) -> Iterator[str]:
                return iter(["id", "event", "data"])

            def __len__(self) -> int:
                return 3

            def __contains__(self, key: object) -> bool:
                return True

        with pytest.raises(WebhookPayloadError, match="TypeError"):
            parse_webhook_event(Broken())


class TestChangedShapes:
    """Issue 12 item 1: only the envelope is refused; a typed event's data may change shape."""

    @pytest.mark.parametrize(("payload", "unreadable"), CHANGED_SHAPE)
    def test_parses_into_the_typed_event_naming_what_it_could_not_read(
        self, payload: dict[str, Any], unreadable: tuple[str, ...]
    ) -> None:
        for form in (payload, body_of(payload)):
            event = parse_webhook_event(form)
            assert type(event) is EVENT_CLASS[payload["event"]]
            assert event.unreadable == unreadable
            assert event.raw["data"] == payload["data"]  # the data as sent, kept whole
            data = event.data
            for key in unreadable:
                holder = data.comment if key.startswith("comment.") else data  # type: ignore[union-attr]
                assert getattr(holder, snake_case(key.split(".")[-1])) is None, key
            repr(event)  # every field readable: nothing raises later either

    def test_what_could_be_read_is_typed(self) -> None:
        event = parse_webhook_event(with_data(TICKET_CREATED, ticketNumber="ACME-1", title=...))
        assert isinstance(event, TicketCreatedEvent)
        assert event.data.ticket_number is None
        assert event.data.created_at == datetime(2025, 1, 15, 10, 30, tzinfo=UTC)
        assert event.data.customer_email == "jane@example.com"
        assert event.raw["data"]["ticketNumber"] == "ACME-1"

    def test_a_new_field_and_a_new_enum_value_parse_cleanly(self) -> None:
        event = parse_webhook_event(with_data(TICKET_CREATED, status="archived", slaBreached=True))
        assert isinstance(event, TicketCreatedEvent)
        assert event.unreadable == ()
        assert event.data.status == "archived"
        assert not event.data.status.is_known
        assert event.data.additional_properties == {"slaBreached": True}

    @pytest.mark.parametrize("name", ["ticket.archived", "Ticket.Created", "x" * 5000, "comment.created"])
    def test_an_event_it_does_not_type_is_a_generic_event(self, name: str) -> None:
        payload = {**TICKET_CREATED, "event": name}
        event = parse_webhook_event(body_of(payload))
        assert type(event) is WebhookEvent
        assert (event.event, event.id, event.brand_id) == (name, "evt_01JHX3Q8Z4", "br_acme")
        assert event.timestamp == datetime(2025, 1, 15, 10, 30, tzinfo=UTC)
        assert event.data == TICKET_CREATED["data"]
        assert event.is_known_event is (name in WEBHOOK_EVENT_NAMES)

    def test_construct_accepts_a_signed_unknown_event(self) -> None:
        body, signature = signed({**TICKET_CREATED, "event": "ticket.archived"})
        event = construct_webhook_event(body, signature, SECRET, now=clock(TS_EPOCH))
        assert type(event) is WebhookEvent
        assert event.event == "ticket.archived"


class TestGuards:
    def test_each_guard_matches_only_its_event(self) -> None:
        created = parse_webhook_event(TICKET_CREATED)
        updated = parse_webhook_event(TICKET_UPDATED)
        comment = parse_webhook_event(COMMENT_CREATED)
        generic = parse_webhook_event({**COMMENT_CREATED, "event": "comment.created"})
        assert [is_ticket_created_event(e) for e in (created, updated, comment, generic)] == [
            True,
            False,
            False,
            False,
        ]
        assert [is_ticket_updated_event(e) for e in (created, updated, comment, generic)] == [
            False,
            True,
            False,
            False,
        ]
        assert [is_comment_created_event(e) for e in (created, updated, comment, generic)] == [
            False,
            False,
            True,
            False,
        ]

    @pytest.mark.parametrize("value", [None, TICKET_CREATED, "ticket.created", 1])
    def test_guards_are_false_for_non_events(self, value: object) -> None:
        assert not is_ticket_created_event(value)
        assert not is_ticket_updated_event(value)
        assert not is_comment_created_event(value)

    def test_guard_narrows(self) -> None:
        event = parse_webhook_event(TICKET_CREATED)
        if is_ticket_created_event(event):
            assert event.data.customer_email == "jane@example.com"
        else:  # pragma: no cover
            pytest.fail("not narrowed")


# --------------------------------------------------------------------------------------------------------
# construct_webhook_event: verify, parse, replay protection
# --------------------------------------------------------------------------------------------------------


def signed(payload: Mapping[str, Any], secret: str = SECRET) -> tuple[bytes, str]:
    body = body_of(payload)
    return body, generate_signature(body, secret)


def clock(at: float) -> Any:
    return lambda: at


class TestConstructEvent:
    def test_fresh_delivery(self) -> None:
        body, signature = signed(TICKET_CREATED)
        event = construct_webhook_event(body, signature, SECRET, now=clock(TS_EPOCH + 10))
        assert isinstance(event, TicketCreatedEvent)
        assert event.data.ticket_number == 1042

    def test_str_body(self) -> None:
        body, signature = signed(COMMENT_CREATED)
        event = construct_webhook_event(body.decode(), signature, SECRET, now=clock(TS_EPOCH))
        assert is_comment_created_event(event)

    @pytest.mark.parametrize("offset", [-300, -299.5, 0, 299.5, 300])
    def test_inside_the_tolerance(self, offset: float) -> None:
        body, signature = signed(TICKET_UPDATED)
        assert construct_webhook_event(body, signature, SECRET, now=clock(TS_EPOCH + offset))

    def test_too_old(self) -> None:
        body, signature = signed(TICKET_CREATED)
        with pytest.raises(
            WebhookSignatureError, match=r"timestamp is 301 s old, outside the tolerance of 300 s"
        ):
            construct_webhook_event(body, signature, SECRET, now=clock(TS_EPOCH + 301))

    def test_too_far_in_the_future(self) -> None:
        body, signature = signed(TICKET_CREATED)
        with pytest.raises(WebhookSignatureError, match=r"3600 s in the future"):
            construct_webhook_event(body, signature, SECRET, now=clock(TS_EPOCH - 3600))

    def test_custom_tolerance(self) -> None:
        body, signature = signed(TICKET_CREATED)
        assert construct_webhook_event(body, signature, SECRET, tolerance=10, now=clock(TS_EPOCH + 9))
        with pytest.raises(WebhookSignatureError, match="tolerance of 10 s"):
            construct_webhook_event(body, signature, SECRET, tolerance=10, now=clock(TS_EPOCH + 11))

    def test_tolerance_none_skips_the_check(self) -> None:
        body, signature = signed(TICKET_CREATED)
        event = construct_webhook_event(
            body, signature, SECRET, tolerance=None, now=clock(TS_EPOCH + 10 * 365 * 86400)
        )
        assert isinstance(event, TicketCreatedEvent)

    def test_default_clock_is_time_time(self) -> None:
        now = datetime.now(UTC).isoformat()
        body, signature = signed({**TICKET_CREATED, "timestamp": now})
        assert isinstance(construct_webhook_event(body, signature, SECRET), TicketCreatedEvent)
        old_body, old_signature = signed(TICKET_CREATED)  # January 2025
        with pytest.raises(WebhookSignatureError, match="old"):
            construct_webhook_event(old_body, old_signature, SECRET)

    def test_missing_timestamp_is_rejected_while_a_tolerance_is_set(self) -> None:
        body, signature = signed(without(TICKET_CREATED, "timestamp"))
        with pytest.raises(WebhookSignatureError, match=r"has no timestamp.*tolerance=None"):
            construct_webhook_event(body, signature, SECRET, now=clock(TS_EPOCH))
        assert construct_webhook_event(body, signature, SECRET, tolerance=None).timestamp is None

    def test_unreadable_timestamp_is_rejected_while_a_tolerance_is_set(self) -> None:
        body, signature = signed({**TICKET_CREATED, "timestamp": "a while ago"})
        with pytest.raises(WebhookSignatureError, match="unreadable timestamp"):
            construct_webhook_event(body, signature, SECRET, now=clock(TS_EPOCH))

    def test_bad_signature(self) -> None:
        body, _ = signed(TICKET_CREATED)
        bad = generate_signature(body, OTHER_SECRET)
        with pytest.raises(WebhookSignatureError, match="signature verification failed: it does not match"):
            construct_webhook_event(body, bad, SECRET, now=clock(TS_EPOCH))

    def test_tampered_body(self) -> None:
        body, signature = signed(TICKET_CREATED)
        with pytest.raises(WebhookSignatureError, match="signature"):
            construct_webhook_event(body.replace(b"high", b"low"), signature, SECRET, now=clock(TS_EPOCH))

    @pytest.mark.parametrize(
        ("signature", "message"),
        [(None, "header is missing"), ("", "header is missing"), ("md5=abc", "header is malformed")],
    )
    def test_missing_or_malformed_header(self, signature: str | None, message: str) -> None:
        body, _ = signed(TICKET_CREATED)
        with pytest.raises(WebhookSignatureError, match=message):
            construct_webhook_event(body, signature, SECRET, now=clock(TS_EPOCH))

    def test_empty_secret(self) -> None:
        body, signature = signed(TICKET_CREATED)
        with pytest.raises(WebhookSignatureError, match="empty secret"):
            construct_webhook_event(body, signature, "", now=clock(TS_EPOCH))

    def test_signature_is_checked_before_the_payload(self) -> None:
        with pytest.raises(WebhookSignatureError):
            construct_webhook_event(b"not json", "sha256=" + "0" * 64, SECRET)

    def test_signed_but_malformed_envelope(self) -> None:
        body, signature = signed({**TICKET_CREATED, "data": ["not", "an", "object"]})
        with pytest.raises(WebhookPayloadError, match="'data' must be an object"):
            construct_webhook_event(body, signature, SECRET, now=clock(TS_EPOCH))

    def test_rotation(self) -> None:
        body, signature = signed(TICKET_CREATED, secret=OTHER_SECRET)
        event = construct_webhook_event(body, signature, [SECRET, OTHER_SECRET], now=clock(TS_EPOCH))
        assert isinstance(event, TicketCreatedEvent)

    @pytest.mark.parametrize("tolerance", [-1, float("nan")])
    def test_invalid_tolerance(self, tolerance: float) -> None:
        body, signature = signed(TICKET_CREATED)
        with pytest.raises(ValueError, match="tolerance"):
            construct_webhook_event(body, signature, SECRET, tolerance=tolerance)

    def test_secret_never_appears_in_errors(self) -> None:
        secret = "whsec_TOP_SECRET_VALUE_123"
        fresh = {**TICKET_CREATED, "timestamp": datetime.now(UTC).isoformat()}
        body, good = signed(fresh, secret=secret)
        cases: list[tuple[bytes, str | None, Any]] = [
            (body, generate_signature(body, "whsec_wrong"), secret),
            (body, None, secret),
            (body, "sha256=zz", secret),
            (body, good, [secret, "whsec_other_SECRET"]),  # passes: then the payload is fine, no error
            (body_of(TICKET_CREATED), generate_signature(body_of(TICKET_CREATED), secret), secret),  # stale
            (b"[]", generate_signature(b"[]", secret), secret),  # payload error
        ]
        for raw, signature, secrets in cases:
            try:
                construct_webhook_event(raw, signature, secrets)
            except DispatchTicketsError as exc:
                for text in (str(exc), repr(exc), repr(exc.args), repr(exc.details)):
                    assert secret not in text
                    assert "whsec_other_SECRET" not in text


# --------------------------------------------------------------------------------------------------------
# Properties over arbitrary input
# --------------------------------------------------------------------------------------------------------

json_scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)
signatures = (
    st.none()
    | st.text()
    | st.binary()
    | st.integers()
    | st.from_regex(r"(sha256|SHA256|md5|sha1)=[0-9a-fA-Fg ]{0,70}", fullmatch=True)
    | st.builds(lambda body, secret: generate_signature(body, secret), st.binary(), st.text(min_size=1))
)
secrets_ = st.text() | st.binary() | st.lists(st.text() | st.binary(), max_size=3) | st.none() | st.integers()

DOCUMENTED_KEYS = [
    "id",
    "ticketNumber",
    "title",
    "status",
    "priority",
    "source",
    "createdAt",
    "updatedAt",
    "assigneeId",
    "changes",
    "customerId",
    "customerEmail",
    "customerName",
    "ticketId",
    "comment",
]
data_dicts = st.dictionaries(st.sampled_from(DOCUMENTED_KEYS) | st.text(max_size=8), json_values, max_size=12)
PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class TestProperties:
    @PROPERTY_SETTINGS
    @given(body=st.binary() | st.text(), signature=signatures, secret=secrets_)
    def test_verify_signature_never_raises(self, body: Any, signature: Any, secret: Any) -> None:
        assert verify_signature(body, signature, secret) in (True, False)

    @PROPERTY_SETTINGS
    @given(body=st.binary(), secret=st.text(min_size=1), extra=st.binary(min_size=1))
    def test_signatures_round_trip_and_detect_changes(self, body: bytes, secret: str, extra: bytes) -> None:
        signature = generate_signature(body, secret)
        assert signature == "sha256=" + expected_hex(body, secret)
        assert verify_signature(body, signature, secret)
        assert verify_signature(body, signature, ["whsec_unrelated", secret])
        assert not verify_signature(body + extra, signature, secret)
        assert not verify_signature(body, signature, secret + "x")

    @PROPERTY_SETTINGS
    @given(value=json_values)
    def test_parse_raises_only_payload_errors_on_any_json(self, value: Any) -> None:
        for payload in (value, json.dumps(value), json.dumps(value).encode()):
            try:
                event = parse_webhook_event(payload)
            except WebhookPayloadError:
                continue
            assert isinstance(event, BaseWebhookEvent)

    @PROPERTY_SETTINGS
    @given(raw=st.binary() | st.text())
    def test_parse_raises_only_payload_errors_on_any_bytes_or_text(self, raw: bytes | str) -> None:
        with contextlib.suppress(WebhookPayloadError):
            parse_webhook_event(raw)

    @PROPERTY_SETTINGS
    @given(
        name=st.sampled_from(sorted(WEBHOOK_EVENT_NAMES)) | st.text(max_size=20),
        data=data_dicts | st.builds(lambda d: {**d, "comment": d}, data_dicts),
        event_id=st.text(max_size=20),
        brand_id=json_values,
        extra_keys=st.dictionaries(st.text(max_size=8), json_values, max_size=3),
    )
    def test_a_signed_envelope_always_parses(
        self, name: str, data: dict[str, Any], event_id: str, brand_id: Any, extra_keys: dict[str, Any]
    ) -> None:
        """Issue 12 item 1: once the signature verifies (and the timestamp is fresh), nothing in an
        envelope with a string id and event and an object data makes parsing raise."""
        payload = {**extra_keys, "id": event_id, "event": name, "brand_id": brand_id, "data": data,
                   "timestamp": TS}  # fmt: skip
        body, signature = signed(payload)
        event = construct_webhook_event(body, signature, SECRET, now=clock(TS_EPOCH))
        assert (event.id, event.event) == (event_id, name)
        assert event.brand_id is None or isinstance(event.brand_id, str)
        assert event.raw["data"] == data
        assert (type(event) is WebhookEvent) is (name not in EVENT_CLASS)
        repr(event)  # reads every field: none raises
        assert parse_webhook_event(payload) == event

    @PROPERTY_SETTINGS
    @given(
        base=st.sampled_from([TICKET_CREATED, TICKET_UPDATED, COMMENT_CREATED]),
        key=st.sampled_from(DOCUMENTED_KEYS),
        value=json_values | st.just(...),
    )
    def test_one_changed_field_parses_and_every_field_has_its_type_or_none(
        self, base: dict[str, Any], key: str, value: Any
    ) -> None:
        event = parse_webhook_event(with_data(base, **{key: value}))
        assert type(event) is EVENT_CLASS[base["event"]]
        data = event.data
        if isinstance(data, TicketCreatedData | TicketUpdatedData):
            assert data.ticket_number is None or type(data.ticket_number) is int
            assert data.title is None or isinstance(data.title, str)
            assert data.status is None or isinstance(data.status, str)
        if isinstance(data, TicketUpdatedData):
            assert data.changes is None or all(isinstance(item, str) for item in data.changes)
        if isinstance(data, CommentCreatedData):
            assert data.ticket_number is None or isinstance(data.ticket_number, str)
            assert data.comment is None or isinstance(data.comment.created_at, datetime | None)
        for name in ("customer_id", "customer_email", "customer_name"):
            assert getattr(data, name) is None or isinstance(getattr(data, name), str)
        for unread in event.unreadable:  # each key named unreadable reads as None
            holder = data.comment if unread.startswith("comment.") else data  # type: ignore[union-attr]
            assert getattr(holder, snake_case(unread.split(".")[-1])) is None


# --------------------------------------------------------------------------------------------------------
# One source: the document's webhooks section and its generated models
# --------------------------------------------------------------------------------------------------------

DOCUMENT = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "openapi" / "dispatch-tickets.yaml").read_text(encoding="utf-8")
)
DOCUMENTED_WEBHOOKS = [operation["post"] for operation in DOCUMENT["webhooks"].values()]


def _schema_of(webhook: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = webhook["requestBody"]["content"]["application/json"]["schema"]
    return schema


class TestOneSource:
    def test_event_names_are_the_documents(self) -> None:
        names = list(DOCUMENT["components"]["schemas"]["WebhookEventName"]["enum"])
        for webhook in DOCUMENTED_WEBHOOKS:
            names += [n for n in _schema_of(webhook)["properties"]["event"]["enum"] if n not in names]
        assert set(names) == WEBHOOK_EVENT_NAMES
        assert get_args(WebhookEventName) == tuple(names)

    @pytest.mark.parametrize("webhook", DOCUMENTED_WEBHOOKS, ids=lambda webhook: webhook["summary"])
    def test_each_documented_example_parses_into_its_typed_event(self, webhook: dict[str, Any]) -> None:
        """A `webhooks` entry added to the document without a typed event class fails here."""
        schema = _schema_of(webhook)
        [name] = schema["properties"]["event"]["enum"]
        model_name = schema["properties"]["data"]["$ref"].rsplit("/", 1)[1]
        event = parse_webhook_event(webhook["requestBody"]["content"]["application/json"]["example"])
        assert type(event) is not WebhookEvent, f"no typed event class for {name}"
        assert event.event == name
        assert type(event.data) is getattr(dispatch_tickets_api.models, model_name)
        assert event.unreadable == ()

    def test_public_data_names_are_the_generated_models(self) -> None:
        models = dispatch_tickets_api.models
        assert TicketCreatedData is models.TicketCreatedPayload
        assert TicketUpdatedData is models.TicketUpdatedPayload
        assert CommentCreatedData is models.CommentCreatedPayload
        assert WebhookComment is models.CommentCreatedPayloadComment


class TestSamples:
    @pytest.mark.parametrize("name", [*sorted(WEBHOOK_EVENT_NAMES), "ticket.archived"])
    def test_every_event_has_a_signed_sample_that_parses(self, name: str) -> None:
        body, headers = sample_delivery(name, SECRET, event_id="evt_sample", now=clock(TS_EPOCH))
        assert headers["Content-Type"] == "application/json"
        assert headers[SIGNATURE_HEADER] == generate_signature(body, SECRET)
        event = construct_webhook_event(body, headers[SIGNATURE_HEADER], SECRET, now=clock(TS_EPOCH + 1))
        assert (event.event, event.id) == (name, "evt_sample")
        assert event.timestamp == datetime(2025, 1, 15, 10, 30, tzinfo=UTC)
        assert event.unreadable == ()
        assert (type(event) is WebhookEvent) is (name not in EVENT_CLASS)

    def test_sample_is_the_documents_example_with_a_fresh_id_and_timestamp(self) -> None:
        [documented] = [w for w in DOCUMENTED_WEBHOOKS if w["summary"] == "ticket.created"]
        example = documented["requestBody"]["content"]["application/json"]["example"]
        first = sample_event("ticket.created", now=clock(TS_EPOCH))
        assert first["data"] == example["data"]
        assert first["timestamp"] == TS
        assert first["id"].startswith("evt_")
        assert first["id"] != example["id"]
        assert sample_event("ticket.created")["id"] != first["id"]
        first["data"]["title"] = "changed"  # a copy: the next sample is untouched
        assert sample_event("ticket.created")["data"] == example["data"]

    @pytest.mark.parametrize("name", sorted(WEBHOOK_EVENT_NAMES))
    def test_every_event_s_sample_carries_realistic_data(self, name: str) -> None:
        # `dispatch webhooks trigger` sent `data: {}` for the six events the document has no example of
        sample = sample_event(name, now=clock(TS_EPOCH))
        data = sample["data"]
        assert data, f"{name}: empty data"
        assert re.fullmatch(r"br_[0-9a-z]{4,}", sample["brand_id"]), sample["brand_id"]
        about = data.get("comment", data)
        assert re.fullmatch(r"(tkt|cmt|att)_[0-9A-Za-z]{4,}", about["id"]), about
        ticket_id = data["ticketId"] if "ticketId" in data else data["id"]
        assert re.fullmatch(r"tkt_[0-9A-Za-z]{4,}", ticket_id), data
        event = parse_webhook_event(sample)
        assert event.event == name
        assert event.unreadable == ()
        if name in EVENT_CLASS:
            assert type(event) is EVENT_CLASS[name]
        else:  # untyped: the data as the dict the service sends
            assert type(event) is WebhookEvent
            assert event.data == data

    @pytest.mark.parametrize("name", ["ticket.deleted", "comment.deleted"])
    def test_a_deletion_s_sample_says_when(self, name: str) -> None:
        data = sample_event(name)["data"]
        deleted = data["comment"]["deletedAt"] if name.startswith("comment.") else data["deletedAt"]
        assert datetime.fromisoformat(deleted).tzinfo is not None
