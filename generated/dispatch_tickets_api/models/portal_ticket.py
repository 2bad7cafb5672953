# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_priority import TicketPriority
from ..models.ticket_status import TicketStatus
from ..types import LazyModel

T = TypeVar("T", bound="PortalTicket")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class PortalTicket(LazyModel):
    """A ticket as the customer sees it.

    Attributes:
        id (str): Ticket id.
        ticket_number (str): Formatted ticket number, e.g. ACME-42.
        title (str): Subject line.
        status (TicketStatus): Ticket status.
        priority (TicketPriority): Ticket priority.
        comment_count (int): Number of visible comments.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: str
    ticket_number: str
    title: str
    status: TicketStatus
    priority: TicketPriority
    comment_count: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticket_number = self.ticket_number

        title = self.title

        status = self.status.value

        priority = self.priority.value

        comment_count = self.comment_count

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ticketNumber": ticket_number,
                "title": title,
                "status": status,
                "priority": priority,
                "commentCount": comment_count,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not PortalTicket:  # a subclass of yours: built through its __init__
            return cls._built_from(PortalTicket.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        portal_ticket = cls.__new__(cls)
        portal_ticket._source = d
        portal_ticket.id = d["id"]
        portal_ticket.ticket_number = d["ticketNumber"]
        portal_ticket.title = d["title"]
        portal_ticket.comment_count = d["commentCount"]
        return portal_ticket

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


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["createdAt"])
    return created_at


def _read_updated_at(d: Mapping[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updatedAt"])
    return updated_at


_KNOWN_KEYS = frozenset(
    {
        "id",
        "ticketNumber",
        "title",
        "status",
        "priority",
        "commentCount",
        "createdAt",
        "updatedAt",
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
        "createdAt",
        "updatedAt",
    }
)
PortalTicket._readers = {
    "status": _read_status,
    "priority": _read_priority,
    "created_at": _read_created_at,
    "updated_at": _read_updated_at,
    "additional_properties": _read_additional_properties,
}
