"""Lazily parsed models (templates/model.py.jinja, LazyModel in templates/types.py.jinja).

``from_dict`` checks the required keys and stores the plain fields; every other field is parsed on its
first read. These tests pin what a user can observe of that: the same values as an eager parse, a bad
value failing only its own field with ``ResponseFieldError``, assignments never undone by a later parse,
and equality, repr, pickling, copying and ``to_dict`` unchanged.
"""

from __future__ import annotations

import copy
import datetime
import json
import pickle
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from dispatch_tickets_api.models import (
    CategoryStat,
    CategoryStats,
    Customer,
    JsonObject,
    PortalToken,
    Tag,
    Ticket,
    TicketPage,
    TicketStatus,
)
from dispatch_tickets_api.types import UNSET, LazyModel, ResponseFieldError

DOCUMENT = Path(__file__).resolve().parents[2] / "openapi" / "dispatch-tickets.yaml"
SPEC: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
TICKET: dict[str, Any] = SPEC["paths"]["/brands/{brandId}/tickets/{ticketId}"]["get"]["responses"]["200"][
    "content"
]["application/json"]["example"]


def ticket_json(**changes: Any) -> dict[str, Any]:
    """A fresh deep copy of the documented ticket example, with some keys changed."""
    return {**json.loads(json.dumps(TICKET)), **changes}


def read_everything(value: Any) -> None:
    """Read every attribute of a model, and of the models inside it."""
    if isinstance(value, LazyModel):
        for field in attrs.fields(type(value)):
            read_everything(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            read_everything(item)


def test_every_field_reads_as_the_document_example_says() -> None:
    ticket = Ticket.from_dict(ticket_json())
    assert ticket.id == TICKET["id"]
    assert ticket.status is TicketStatus.OPEN
    assert ticket.created_at == datetime.datetime.fromisoformat(TICKET["createdAt"])
    assert isinstance(ticket.customer, Customer)
    assert ticket.customer.email == TICKET["customer"]["email"]
    assert [tag.name for tag in ticket.tags] == [tag["name"] for tag in TICKET["tags"]]
    assert all(isinstance(tag, Tag) for tag in ticket.tags)
    assert isinstance(ticket.custom_fields, JsonObject)
    assert ticket.to_dict().keys() == TICKET.keys()
    assert ticket.additional_properties == {}


def test_a_field_is_parsed_once_and_then_stored() -> None:
    ticket = Ticket.from_dict(ticket_json())
    assert ticket.created_at is ticket.created_at
    assert ticket.customer is ticket.customer
    assert ticket.tags is ticket.tags


@pytest.mark.parametrize("missing", ["id", "title", "createdAt", "status"])
def test_a_missing_required_key_fails_from_dict_itself(missing: str) -> None:
    data = ticket_json()
    del data[missing]
    with pytest.raises(KeyError, match=missing):
        Ticket.from_dict(data)


def test_a_bad_value_fails_only_its_own_field_and_every_time_it_is_read() -> None:
    ticket = Ticket.from_dict(ticket_json(createdAt="last tuesday", tags="urgent"))
    for _ in range(2):
        with pytest.raises(ResponseFieldError, match=r"Ticket\.created_at: .*last tuesday") as caught:
            _ = ticket.created_at
        assert isinstance(caught.value, ValueError)
        assert isinstance(caught.value.__cause__, ValueError)
    with pytest.raises(ResponseFieldError, match=r"Ticket\.tags"):
        _ = ticket.tags
    assert (ticket.id, ticket.status, ticket.updated_at.year) == (TICKET["id"], "open", 2024)


def test_a_bad_field_shows_in_repr_and_fails_what_reads_every_field() -> None:
    ticket = Ticket.from_dict(ticket_json(createdAt="last tuesday"))
    shown = repr(ticket)
    assert shown.startswith("Ticket(id='tkt_") and "created_at=<unparsable>" in shown
    assert "updated_at=datetime.datetime(2024" in shown
    with pytest.raises(ResponseFieldError) as caught:
        ticket.to_dict()
    assert (caught.value.model, caught.value.field) == ("Ticket", "created_at")
    with pytest.raises(ResponseFieldError):
        _ = ticket == Ticket.from_dict(ticket_json())


def test_a_bad_value_in_a_nested_model_fails_only_there() -> None:
    data = ticket_json()
    data["customer"]["createdAt"] = 17
    ticket = Ticket.from_dict(data)
    assert ticket.customer is not None and not isinstance(ticket.customer, dict)
    assert ticket.customer.email == TICKET["customer"]["email"]
    with pytest.raises(ResponseFieldError, match=r"Customer\.created_at"):
        _ = ticket.customer.created_at


def test_an_assignment_before_the_first_read_is_kept() -> None:
    ticket = Ticket.from_dict(ticket_json())
    ticket.status = TicketStatus.CLOSED
    ticket.customer = None
    ticket.title = "Renamed"
    assert (ticket.status, ticket.customer, ticket.title) == (TicketStatus.CLOSED, None, "Renamed")
    assert ticket.to_dict()["status"] == "closed"
    assert "customer" not in ticket.to_dict()  # None is "none": left out, unless the JSON read held null


def test_the_source_object_is_copied() -> None:
    data = ticket_json()
    ticket = Ticket.from_dict(data)
    data["status"] = "closed"
    data["title"] = "Changed"
    data.pop("customer")
    assert (ticket.status, ticket.title, ticket.customer.email) == ("open", TICKET["title"], "jane@example.com")


def test_unknown_attributes_are_attribute_errors() -> None:
    ticket = Ticket.from_dict(ticket_json())
    assert not hasattr(ticket, "titel")
    with pytest.raises(AttributeError, match="titel") as caught:
        _ = ticket.titel  # type: ignore[attr-defined]
    assert caught.value.name == "titel"
    assert not isinstance(caught.value, ResponseFieldError)


def test_unknown_keys_are_kept_apart() -> None:
    ticket = Ticket.from_dict(ticket_json(brandNewField={"a": 1}, status="archived"))
    assert ticket.additional_properties == {"brandNewField": {"a": 1}}
    assert ticket["brandNewField"] == {"a": 1}
    assert ticket.status == "archived" and not ticket.status.is_known


def test_typed_additional_properties_parse_into_their_model() -> None:
    data = {"cat_1": {"ticketCount": 3}, "uncategorized": {"ticketCount": 2, "open": 1}}
    stats = CategoryStats.from_dict(data)
    assert stats.additional_keys == ["cat_1", "uncategorized"]
    assert isinstance(stats["cat_1"], CategoryStat)
    assert (stats["cat_1"].ticket_count, stats["uncategorized"].additional_properties) == (3, {"open": 1})
    assert stats.to_dict() == data


def test_equality_repr_and_to_dict_match_an_eagerly_read_twin() -> None:
    unread, read = Ticket.from_dict(ticket_json()), Ticket.from_dict(ticket_json())
    read_everything(read)
    assert unread == read
    assert repr(Ticket.from_dict(ticket_json())) == repr(read)
    assert Ticket.from_dict(ticket_json()).to_dict() == read.to_dict()
    assert Ticket.from_dict(read.to_dict()) == read
    assert Ticket.from_dict(ticket_json()) != Ticket.from_dict(ticket_json(title="Other"))


@pytest.mark.parametrize(
    "clone",
    [copy.copy, copy.deepcopy, lambda model: pickle.loads(pickle.dumps(model)), attrs.evolve],
    ids=["copy", "deepcopy", "pickle", "evolve"],
)
def test_copies_carry_every_field(clone: Any) -> None:
    original = Ticket.from_dict(ticket_json(extra=1))
    twin = clone(Ticket.from_dict(ticket_json(extra=1)))
    assert twin.title == original.title
    assert twin.created_at == original.created_at
    assert twin.customer == original.customer
    if clone is not attrs.evolve:  # evolve builds through __init__, which has no additional_properties
        assert twin == original


@pytest.mark.parametrize("clone", [copy.copy, copy.deepcopy, lambda value: pickle.loads(pickle.dumps(value))])
def test_unset_stays_the_one_unset(clone: Any) -> None:
    assert clone(UNSET) is UNSET
    assert repr(UNSET) == "UNSET"


@attrs.define(repr=False)
class AnnotatedTag(Tag):
    note: str = "none"
    seen: bool = attrs.field(init=False, default=False)

    def __attrs_post_init__(self) -> None:
        self.seen = True


def test_from_dict_of_a_subclass_builds_it_through_its_init() -> None:
    data = {"id": "tag_1", "brandId": "br_1", "name": "vip", "color": None, "createdAt": "2025-01-01T00:00:00Z", "x": 1}
    tag = AnnotatedTag.from_dict(data)
    assert type(tag) is AnnotatedTag
    assert (tag.note, tag.seen, tag.name, tag.created_at.year) == ("none", True, "vip", 2025)
    assert tag.additional_properties == {"x": 1}
    assert tag.to_dict() == {**data, "createdAt": "2025-01-01T00:00:00+00:00"}


def test_repr_honours_a_subclass_repr_callable() -> None:
    @attrs.define(repr=False)
    class MaskedTag(Tag):
        secret: str = attrs.field(default="s3cr3t", repr=lambda value: "***")

    data = {"id": "tag_1", "brandId": "br_1", "name": "vip", "color": None, "createdAt": "2025-01-01T00:00:00Z"}
    shown = repr(MaskedTag.from_dict(data))
    assert shown.startswith("MaskedTag(id='tag_1'") and "secret=***" in shown
    assert "s3cr3t" not in shown


def test_a_nested_model_with_a_bad_field_stays_a_model() -> None:
    """The nullable union keeps the Customer (whose bad field raises on read): the eager parse used to
    fall back to the raw dict, silently."""
    data = ticket_json()
    data["customer"]["updatedAt"] = "never"
    ticket = Ticket.from_dict(data)
    assert isinstance(ticket.customer, Customer)
    with pytest.raises(ResponseFieldError, match=r"Customer\.updated_at"):
        _ = ticket.customer.updated_at


def test_a_constructed_model_is_a_plain_attrs_instance() -> None:
    when = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    tag = Tag(id="tag_1", brand_id="br_1", name="vip", color=None, created_at=when)
    assert tag.created_at is when
    assert tag == Tag.from_dict(tag.to_dict())
    del tag.name
    with pytest.raises(AttributeError, match="name"):
        _ = tag.name


def test_secrets_stay_out_of_the_repr_of_a_lazy_model() -> None:
    token = PortalToken.from_dict(
        {"token": "ptk_secret_value", "expiresAt": "2030-01-01T00:00:00Z", "customerId": "cus_1", "email": "a@b.c"}
    )
    assert "ptk_secret_value" not in repr(token)
    assert token.token == "ptk_secret_value"


def test_a_page_keeps_its_items_unread_until_asked() -> None:
    page = TicketPage.from_dict({"data": [ticket_json(), ticket_json(createdAt="?")], "pagination": {"hasMore": False}})
    first, second = page.data
    assert first.created_at.year == 2024
    assert second.title == TICKET["title"]
    with pytest.raises(ResponseFieldError):
        _ = second.created_at


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(
    changes=st.dictionaries(st.sampled_from(sorted(TICKET)), JSON_VALUES, max_size=6),
    nested=st.dictionaries(st.sampled_from(sorted(TICKET["customer"])), JSON_VALUES, max_size=3),
)
def test_any_json_parses_and_a_read_raises_at_most_response_field_error(
    changes: dict[str, Any], nested: dict[str, Any]
) -> None:
    """Whatever the server puts in the fields, from_dict succeeds (the required keys are there) and
    reading any attribute, nested ones included, either answers or raises ResponseFieldError."""
    data = ticket_json(**changes)
    if isinstance(data.get("customer"), dict):
        data["customer"].update(nested)
    ticket = Ticket.from_dict(data)
    pending: list[Any] = [ticket]
    while pending:
        value = pending.pop()
        if isinstance(value, list):
            pending.extend(value)
        if not isinstance(value, LazyModel):
            continue
        for field in attrs.fields(type(value)):
            try:
                pending.append(getattr(value, field.name))
            except ResponseFieldError:
                pass


def test_type_checkers_still_refuse_unknown_attributes(monkeypatch: pytest.MonkeyPatch) -> None:
    """LazyModel.__getattr__ is hidden from type checkers: with it, mypy would accept any attribute."""
    mypy_api = pytest.importorskip("mypy.api")
    monkeypatch.chdir(DOCUMENT.parents[1])
    snippet = (
        "import datetime\n"
        "from dispatch_tickets_api.models import Ticket\n"
        "def when(ticket: Ticket) -> datetime.datetime:\n"
        "    return ticket.created_at\n"
        "def typo(ticket: Ticket) -> object:\n"
        "    return ticket.titel\n"
    )
    report, _, status = mypy_api.run(["--config-file", "pyproject.toml", "--no-error-summary", "-c", snippet])
    assert status == 1
    assert report.splitlines() == [
        '<string>:6: error: "Ticket" has no attribute "titel"; maybe "title"?  [attr-defined]'
    ]
