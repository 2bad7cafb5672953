"""Optional fields are ``T | None`` (None when absent), so a None check narrows them under mypy --strict;
``UNSET`` stays only in the request bodies that must tell "not sent" from null (templates/model.py.jinja).
"""

from __future__ import annotations

import datetime
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

import dispatch
import dispatch_tickets_api.models as models
from dispatch_tickets_api.models import (
    Category,
    CreateTicketInput,
    Link,
    Ticket,
    TicketStatus,
    UpdateCustomerInput,
    UpdateTicketInput,
)
from dispatch_tickets_api.types import UNSET, Unset

DOCUMENT = Path(__file__).resolve().parents[2] / "openapi" / "dispatch-tickets.yaml"
SPEC: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
MINIMAL_TICKET = {
    "id": "tkt_1",
    "brandId": "br_1",
    "ticketNumber": 1,
    "title": "Help",
    "status": "open",
    "priority": "normal",
    "source": "api",
    "commentCount": 0,
    "attachmentCount": 0,
    "isSpam": False,
    "createdAt": "2026-11-01T10:00:00Z",
    "updatedAt": "2026-11-01T10:00:00Z",
}


def is_request_body_model(name: str) -> bool:
    """The template's rule (templates/model.py.jinja, ``request_body``)."""
    return name.endswith("Input") or name == "BrandSchema"


def request_body_schemas() -> set[str]:
    names = set()
    for item in SPEC["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "requestBody" not in operation:
                continue
            for content in operation["requestBody"]["content"].values():
                names.add(content["schema"]["$ref"].rsplit("/", 1)[-1])
    return names


def referenced(schema: Any, found: set[str]) -> set[str]:
    if isinstance(schema, dict):
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            if name not in found:
                found.add(name)
                referenced(SCHEMAS[name], found)
        for value in schema.values():
            referenced(value, found)
    elif isinstance(schema, list):
        for value in schema:
            referenced(value, found)
    return found


def can_be_null(schema: dict[str, Any]) -> bool:
    kinds = schema.get("type")
    alternatives = schema.get("anyOf", []) + schema.get("oneOf", [])
    return (
        schema.get("nullable") is True
        or (isinstance(kinds, list) and "null" in kinds)
        or any(option.get("type") == "null" for option in alternatives)
        or not (set(schema) - {"description", "example", "title"})  # `{}`: any JSON value, null included
    )


# --------------------------------------------------------------------------------------------------
# Response models
# --------------------------------------------------------------------------------------------------


def test_an_absent_optional_field_is_none() -> None:
    ticket = Ticket.from_dict(MINIMAL_TICKET)

    # plain fields, parsed fields (nested models, lists, date-times, free-form objects) alike
    assert ticket.body is None
    assert ticket.assignee_id is None
    assert ticket.customer is None
    assert ticket.tags is None
    assert ticket.deleted_at is None
    assert ticket.custom_fields is None


def test_a_null_reads_as_none_and_is_written_back() -> None:
    ticket = Ticket.from_dict({**MINIMAL_TICKET, "assigneeId": None, "deletedAt": None, "customer": None})

    assert (ticket.assignee_id, ticket.deleted_at, ticket.customer) == (None, None, None)
    written = ticket.to_dict()
    assert (written["assigneeId"], written["deletedAt"], written["customer"]) == (None, None, None)
    assert "body" not in written  # absent stays absent
    assert set(written) == set(MINIMAL_TICKET) | {"assigneeId", "deletedAt", "customer"}


def test_a_model_built_in_code_leaves_its_nones_out() -> None:
    link = Link(url="https://example.com")
    when = datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC)
    category = Category(
        id="cat_1", brand_id="br_1", name="Billing", color="#fff", sort_order=1, created_at=when
    )

    assert (link.title, link.type_) == (None, None)
    assert link.to_dict() == {"url": "https://example.com"}
    assert category.description is None  # nullable too: a None set in code is left out
    assert "description" not in category.to_dict()


def test_present_values_are_unchanged() -> None:
    ticket = Ticket.from_dict(
        {**MINIMAL_TICKET, "body": "text", "tags": [], "deletedAt": "2026-11-02T00:00:00Z", "customer": None}
    )

    assert ticket.body == "text"
    assert ticket.tags == []
    assert ticket.deleted_at == datetime.datetime(2026, 11, 2, tzinfo=datetime.UTC)


def test_unknown_fields_and_enum_values_still_parse() -> None:
    ticket = Ticket.from_dict({**MINIMAL_TICKET, "status": "escalated", "brandNewField": {"x": 1}})

    assert ticket.status == "escalated"
    assert isinstance(ticket.status, TicketStatus)
    assert not ticket.status.is_known
    assert ticket["brandNewField"] == {"x": 1}
    assert ticket.body is None


def test_no_response_model_field_can_be_unset() -> None:
    for name in models.__all__:
        model = getattr(models, name)
        if not attrs.has(model) or is_request_body_model(name):
            continue
        hints = typing.get_type_hints(model)
        for field in attrs.fields(model):
            assert Unset not in typing.get_args(hints[field.name]), f"{name}.{field.name}"
            if field.default is not attrs.NOTHING and field.name != "additional_properties":
                assert field.default is None, f"{name}.{field.name}"


# --------------------------------------------------------------------------------------------------
# Request bodies: UNSET only where "not sent" differs from null
# --------------------------------------------------------------------------------------------------


def test_an_update_tells_not_sent_from_null() -> None:
    assert UpdateTicketInput().assignee_id is UNSET
    assert UpdateTicketInput().to_dict() == {}
    assert UpdateTicketInput(assignee_id=None).to_dict() == {"assigneeId": None}
    assert UpdateTicketInput(assignee_id="usr_1").to_dict() == {"assigneeId": "usr_1"}
    assert UpdateCustomerInput(name=None).to_dict() == {"name": None}
    assert UpdateTicketInput.from_dict({}).assignee_id is UNSET
    assert UpdateTicketInput.from_dict({"assigneeId": None}).assignee_id is None


def test_a_non_nullable_optional_request_field_is_none_and_left_out() -> None:
    body = CreateTicketInput(title="Help")

    assert body.body is None
    assert body.to_dict() == {"title": "Help"}
    assert UpdateTicketInput(title=None).to_dict() == {}  # title cannot be null: None means "leave it"


def test_unset_passed_by_older_code_still_means_not_sent() -> None:
    body = CreateTicketInput(title="Help", body=UNSET)  # type: ignore[arg-type]

    assert body.to_dict() == {"title": "Help"}


def test_unset_is_exported_for_request_bodies() -> None:
    assert dispatch.UNSET is UNSET
    assert dispatch.Unset is Unset


def test_the_rule_covers_every_request_body_of_the_document() -> None:
    bodies = request_body_schemas()
    assert bodies
    assert all(is_request_body_model(name) for name in bodies), bodies
    # A model nested in a request body is a response model by the rule: it must hold no optional field
    # that could be null, or "not sent" and null would be confused in a request (none does today).
    for name in set().union(*(referenced(SCHEMAS[body], set()) for body in bodies)) - bodies:
        schema = SCHEMAS[name]
        optional = set(schema.get("properties", {})) - set(schema.get("required", []))
        nullable = sorted(key for key in optional if can_be_null(schema["properties"][key]))
        assert not nullable, f"{name}: {nullable} (nested in a request body)"


# --------------------------------------------------------------------------------------------------
# Type checking
# --------------------------------------------------------------------------------------------------


@pytest.mark.timeout(120)
def test_a_none_check_narrows_under_mypy_strict(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails on the old models: after `is not None` the type was still `str | Unset`."""
    mypy_api = pytest.importorskip("mypy.api")
    monkeypatch.chdir(DOCUMENT.parents[1])
    snippet = (
        "import datetime\n"
        "from dispatch_tickets_api.models import Customer, Tag, Ticket, UpdateTicketInput\n"
        "from dispatch import UNSET\n"
        "def body(ticket: Ticket) -> str:\n"
        "    if ticket.body is not None:\n"
        "        return ticket.body\n"
        "    return ''\n"
        "def email(ticket: Ticket) -> str:\n"
        "    return ticket.customer.email if ticket.customer is not None else ''\n"
        "def tags(ticket: Ticket) -> list[Tag]:\n"
        "    return ticket.tags if ticket.tags is not None else []\n"
        "def deleted(ticket: Ticket) -> datetime.datetime | None:\n"
        "    return ticket.deleted_at\n"
        "unassign = UpdateTicketInput(assignee_id=None)\n"
        "untouched = UpdateTicketInput(assignee_id=UNSET)\n"
        "def unchecked(ticket: Ticket) -> str:\n"
        "    return ticket.body\n"
    )
    report, _, status = mypy_api.run(["--config-file", "pyproject.toml", "--no-error-summary", "-c", snippet])

    assert report.splitlines() == [
        '<string>:17: error: Incompatible return value type (got "str | None", expected "str")  [return-value]'
    ]
    assert status == 1
