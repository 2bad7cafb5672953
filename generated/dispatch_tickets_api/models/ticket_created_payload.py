# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_priority import TicketPriority
from ..models.ticket_source import TicketSource
from ..models.ticket_status import TicketStatus
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="TicketCreatedPayload")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class TicketCreatedPayload(LazyModel):
    """Data of a ticket.created event.

    Attributes:
        id (str): Ticket id.
        ticket_number (int): Sequential ticket number.
        title (str): Subject line.
        status (TicketStatus): Ticket status.
        priority (TicketPriority): Ticket priority.
        source (TicketSource): Channel a ticket or comment came from.
        created_at (datetime.datetime):
        customer_id (None | str): Customer id.
        customer_email (None | str): Customer email.
        customer_name (None | str): Customer name.
    """

    id: str
    ticket_number: int
    title: str
    status: TicketStatus
    priority: TicketPriority
    source: TicketSource
    created_at: datetime.datetime
    customer_id: None | str = None
    customer_email: None | str = None
    customer_name: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticket_number = self.ticket_number

        title = self.title

        status = self.status.value

        priority = self.priority.value

        source = self.source.value

        created_at = self.created_at.isoformat()

        _customer_id_value = (
            UNSET if self.customer_id is None and not self._read_null("customerId") else self.customer_id
        )
        customer_id: None | str | Unset
        if isinstance(_customer_id_value, Unset):
            customer_id = UNSET
        else:
            customer_id = _customer_id_value

        _customer_email_value = (
            UNSET if self.customer_email is None and not self._read_null("customerEmail") else self.customer_email
        )
        customer_email: None | str | Unset
        if isinstance(_customer_email_value, Unset):
            customer_email = UNSET
        else:
            customer_email = _customer_email_value

        _customer_name_value = (
            UNSET if self.customer_name is None and not self._read_null("customerName") else self.customer_name
        )
        customer_name: None | str | Unset
        if isinstance(_customer_name_value, Unset):
            customer_name = UNSET
        else:
            customer_name = _customer_name_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ticketNumber": ticket_number,
                "title": title,
                "status": status,
                "priority": priority,
                "source": source,
                "createdAt": created_at,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_email is not UNSET:
            field_dict["customerEmail"] = customer_email
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not TicketCreatedPayload:  # a subclass of yours: built through its __init__
            return cls._built_from(TicketCreatedPayload.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        ticket_created_payload = cls.__new__(cls)
        ticket_created_payload._source = d
        ticket_created_payload.id = d["id"]
        ticket_created_payload.ticket_number = d["ticketNumber"]
        ticket_created_payload.title = d["title"]
        ticket_created_payload.customer_id = d.get("customerId")
        ticket_created_payload.customer_email = d.get("customerEmail")
        ticket_created_payload.customer_name = d.get("customerName")
        return ticket_created_payload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_status(d: Mapping[str, Any]) -> TicketStatus:
    status = TicketStatus(d["status"])
    return status


def _read_priority(d: Mapping[str, Any]) -> TicketPriority:
    priority = TicketPriority(d["priority"])
    return priority


def _read_source(d: Mapping[str, Any]) -> TicketSource:
    source = TicketSource(d["source"])
    return source


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["createdAt"])
    return created_at


_KNOWN_KEYS = frozenset(
    {
        "id",
        "ticketNumber",
        "title",
        "status",
        "priority",
        "source",
        "createdAt",
        "customerId",
        "customerEmail",
        "customerName",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "status",
        "priority",
        "source",
        "createdAt",
    }
)
TicketCreatedPayload._readers = {
    "status": _read_status,
    "priority": _read_priority,
    "source": _read_source,
    "created_at": _read_created_at,
    "additional_properties": _read_additional_properties,
}
