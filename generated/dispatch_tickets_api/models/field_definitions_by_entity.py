# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="FieldDefinitionsByEntity")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class FieldDefinitionsByEntity(LazyModel):
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
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not FieldDefinitionsByEntity:  # a subclass of yours: built through its __init__
            return cls._built_from(FieldDefinitionsByEntity.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        field_definitions_by_entity = cls.__new__(cls)
        field_definitions_by_entity._source = d
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


def _read_ticket(d: Mapping[str, Any]) -> list[FieldDefinition]:
    ticket = []
    _ticket = d["ticket"]
    for ticket_item_data in _ticket:
        ticket_item = FieldDefinition.from_dict(ticket_item_data)

        ticket.append(ticket_item)
    return ticket


def _read_customer(d: Mapping[str, Any]) -> list[FieldDefinition]:
    customer = []
    _customer = d["customer"]
    for customer_item_data in _customer:
        customer_item = FieldDefinition.from_dict(customer_item_data)

        customer.append(customer_item)
    return customer


def _read_company(d: Mapping[str, Any]) -> list[FieldDefinition]:
    company = []
    _company = d["company"]
    for company_item_data in _company:
        company_item = FieldDefinition.from_dict(company_item_data)

        company.append(company_item)
    return company


_KNOWN_KEYS = frozenset(
    {
        "ticket",
        "customer",
        "company",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "ticket",
        "customer",
        "company",
    }
)
FieldDefinitionsByEntity._readers = {
    "ticket": _read_ticket,
    "customer": _read_customer,
    "company": _read_company,
    "additional_properties": _read_additional_properties,
}


from ..models.field_definition import FieldDefinition  # noqa: E402
