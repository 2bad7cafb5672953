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
from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketCreatedPayload")


@_attrs_define
class TicketCreatedPayload:
    """Data of a ticket.created event.

    Attributes:
        id (str): Ticket id.
        ticket_number (int): Sequential ticket number.
        title (str): Subject line.
        status (TicketStatus): Ticket status.
        priority (TicketPriority): Ticket priority.
        source (TicketSource): Channel a ticket or comment came from.
        created_at (datetime.datetime):
        customer_id (None | str | Unset): Customer id.
        customer_email (None | str | Unset): Customer email.
        customer_name (None | str | Unset): Customer name.
    """

    id: str
    ticket_number: int
    title: str
    status: TicketStatus
    priority: TicketPriority
    source: TicketSource
    created_at: datetime.datetime
    customer_id: None | str | Unset = UNSET
    customer_email: None | str | Unset = UNSET
    customer_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticket_number = self.ticket_number

        title = self.title

        status = self.status.value

        priority = self.priority.value

        source = self.source.value

        created_at = self.created_at.isoformat()

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_email: None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        else:
            customer_email = self.customer_email

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

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
        d = dict(src_dict)
        id = d.pop("id")

        ticket_number = d.pop("ticketNumber")

        title = d.pop("title")

        status = TicketStatus(d.pop("status"))

        priority = TicketPriority(d.pop("priority"))

        source = TicketSource(d.pop("source"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        customer_id = d.pop("customerId", UNSET)

        customer_email = d.pop("customerEmail", UNSET)

        customer_name = d.pop("customerName", UNSET)

        ticket_created_payload = cls(
            id=id,
            ticket_number=ticket_number,
            title=title,
            status=status,
            priority=priority,
            source=source,
            created_at=created_at,
            customer_id=customer_id,
            customer_email=customer_email,
            customer_name=customer_name,
        )

        ticket_created_payload.additional_properties = d
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
