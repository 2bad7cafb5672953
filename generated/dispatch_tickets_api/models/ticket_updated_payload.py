# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_priority import TicketPriority
from ..models.ticket_status import TicketStatus
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="TicketUpdatedPayload")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class TicketUpdatedPayload(LazyModel):
    """Data of a ticket.updated event.

    Attributes:
        id (str): Ticket id.
        ticket_number (int): Sequential ticket number.
        title (str): Subject line.
        status (TicketStatus): Ticket status.
        priority (TicketPriority): Ticket priority.
        updated_at (datetime.datetime):
        changes (list[str]): Names of the fields that changed.
        assignee_id (None | str): Assigned agent; null when unassigned.
        customer_id (None | str): Customer id.
        customer_email (None | str): Customer email.
        customer_name (None | str): Customer name.
    """

    id: str
    ticket_number: int
    title: str
    status: TicketStatus
    priority: TicketPriority
    updated_at: datetime.datetime
    changes: list[str]
    assignee_id: None | str = None
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

        updated_at = self.updated_at.isoformat()

        changes = self.changes

        _assignee_id_value = (
            UNSET if self.assignee_id is None and not self._read_null("assigneeId") else self.assignee_id
        )
        assignee_id: None | str | Unset
        if isinstance(_assignee_id_value, Unset):
            assignee_id = UNSET
        else:
            assignee_id = _assignee_id_value

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
                "updatedAt": updated_at,
                "changes": changes,
            }
        )
        if assignee_id is not UNSET:
            field_dict["assigneeId"] = assignee_id
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
        if cls is not TicketUpdatedPayload:  # a subclass of yours: built through its __init__
            return cls._built_from(TicketUpdatedPayload.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        ticket_updated_payload = cls.__new__(cls)
        ticket_updated_payload._source = d
        ticket_updated_payload.id = d["id"]
        ticket_updated_payload.ticket_number = d["ticketNumber"]
        ticket_updated_payload.title = d["title"]
        ticket_updated_payload.assignee_id = d.get("assigneeId")
        ticket_updated_payload.customer_id = d.get("customerId")
        ticket_updated_payload.customer_email = d.get("customerEmail")
        ticket_updated_payload.customer_name = d.get("customerName")
        return ticket_updated_payload

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


def _read_updated_at(d: Mapping[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updatedAt"])
    return updated_at


def _read_changes(d: Mapping[str, Any]) -> list[str]:
    changes = cast(list[str], d["changes"])
    return changes


_KNOWN_KEYS = frozenset(
    {
        "id",
        "ticketNumber",
        "title",
        "status",
        "priority",
        "updatedAt",
        "changes",
        "assigneeId",
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
        "updatedAt",
        "changes",
    }
)
TicketUpdatedPayload._readers = {
    "status": _read_status,
    "priority": _read_priority,
    "updated_at": _read_updated_at,
    "changes": _read_changes,
    "additional_properties": _read_additional_properties,
}
