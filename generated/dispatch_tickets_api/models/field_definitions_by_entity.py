# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FieldDefinitionsByEntity")


@_attrs_define
class FieldDefinitionsByEntity:
    """Field definitions of a brand, by entity type.

    Attributes:
        ticket (list[FieldDefinition]):
        customer (list[FieldDefinition]):
        company (list[FieldDefinition]):
    """

    ticket: list[FieldDefinition]
    customer: list[FieldDefinition]
    company: list[FieldDefinition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket = []
        for ticket_item_data in self.ticket:
            ticket_item = ticket_item_data.to_dict()
            ticket.append(ticket_item)

        customer = []
        for customer_item_data in self.customer:
            customer_item = customer_item_data.to_dict()
            customer.append(customer_item)

        company = []
        for company_item_data in self.company:
            company_item = company_item_data.to_dict()
            company.append(company_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket": ticket,
                "customer": customer,
                "company": company,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket = []
        _ticket = d.pop("ticket")
        for ticket_item_data in _ticket:
            ticket_item = FieldDefinition.from_dict(ticket_item_data)

            ticket.append(ticket_item)

        customer = []
        _customer = d.pop("customer")
        for customer_item_data in _customer:
            customer_item = FieldDefinition.from_dict(customer_item_data)

            customer.append(customer_item)

        company = []
        _company = d.pop("company")
        for company_item_data in _company:
            company_item = FieldDefinition.from_dict(company_item_data)

            company.append(company_item)

        field_definitions_by_entity = cls(
            ticket=ticket,
            customer=customer,
            company=company,
        )

        field_definitions_by_entity.additional_properties = d
        return field_definitions_by_entity

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


from ..models.field_definition import FieldDefinition  # noqa: E402
