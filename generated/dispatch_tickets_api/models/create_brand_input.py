# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBrandInput")


@_attrs_define
class CreateBrandInput:
    """Fields for a new brand.

    Attributes:
        name (str): Display name.
        slug (str): URL-safe unique slug.
        ticket_prefix (str | Unset): Prefix of formatted ticket numbers.
        ticket_number_start (int | Unset): First ticket number.
        metadata (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        ticket_schema (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
    """

    name: str
    slug: str
    ticket_prefix: str | Unset = UNSET
    ticket_number_start: int | Unset = UNSET
    metadata: JsonObject | Unset = UNSET
    ticket_schema: JsonObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        ticket_prefix = self.ticket_prefix

        ticket_number_start = self.ticket_number_start

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        ticket_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ticket_schema, Unset):
            ticket_schema = self.ticket_schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "slug": slug,
            }
        )
        if ticket_prefix is not UNSET:
            field_dict["ticketPrefix"] = ticket_prefix
        if ticket_number_start is not UNSET:
            field_dict["ticketNumberStart"] = ticket_number_start
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if ticket_schema is not UNSET:
            field_dict["ticketSchema"] = ticket_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        slug = d.pop("slug")

        ticket_prefix = d.pop("ticketPrefix", UNSET)

        ticket_number_start = d.pop("ticketNumberStart", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: JsonObject | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JsonObject.from_dict(_metadata)

        _ticket_schema = d.pop("ticketSchema", UNSET)
        ticket_schema: JsonObject | Unset
        if isinstance(_ticket_schema, Unset):
            ticket_schema = UNSET
        else:
            ticket_schema = JsonObject.from_dict(_ticket_schema)

        create_brand_input = cls(
            name=name,
            slug=slug,
            ticket_prefix=ticket_prefix,
            ticket_number_start=ticket_number_start,
            metadata=metadata,
            ticket_schema=ticket_schema,
        )

        create_brand_input.additional_properties = d
        return create_brand_input

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


from ..models.json_object import JsonObject  # noqa: E402
