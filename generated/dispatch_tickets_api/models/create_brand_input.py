# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreateBrandInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class CreateBrandInput(LazyModel):
    """Fields for a new brand.

    Attributes:
        name (str): Display name.
        slug (str): URL-safe unique slug (letters, digits and `-._~`).
        ticket_prefix (str | None): Prefix of formatted ticket numbers.
        ticket_number_start (int | None): First ticket number.
        metadata (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        ticket_schema (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
    """

    name: str
    slug: str
    ticket_prefix: str | None = None
    ticket_number_start: int | None = None
    metadata: JsonObject | None = None
    ticket_schema: JsonObject | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        _ticket_prefix_value = UNSET if self.ticket_prefix is None else self.ticket_prefix
        ticket_prefix = _ticket_prefix_value

        _ticket_number_start_value = UNSET if self.ticket_number_start is None else self.ticket_number_start
        ticket_number_start = _ticket_number_start_value

        _metadata_value = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata_value, Unset):
            metadata = _metadata_value.to_dict()

        _ticket_schema_value = UNSET if self.ticket_schema is None else self.ticket_schema
        ticket_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(_ticket_schema_value, Unset):
            ticket_schema = _ticket_schema_value.to_dict()

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
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not CreateBrandInput:  # a subclass of yours: built through its __init__
            return cls._built_from(CreateBrandInput.from_dict(src_dict))
        d = dict(src_dict)
        create_brand_input = cls.__new__(cls)
        create_brand_input._source = d
        create_brand_input.name = d["name"]
        create_brand_input.slug = d["slug"]
        create_brand_input.ticket_prefix = d.get("ticketPrefix")
        create_brand_input.ticket_number_start = d.get("ticketNumberStart")
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


def _read_metadata(d: Mapping[str, Any]) -> JsonObject | None:
    _metadata = d.get("metadata", UNSET)
    metadata: JsonObject | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = JsonObject.from_dict(_metadata)
    return None if isinstance(metadata, Unset) else metadata


def _read_ticket_schema(d: Mapping[str, Any]) -> JsonObject | None:
    _ticket_schema = d.get("ticketSchema", UNSET)
    ticket_schema: JsonObject | Unset
    if isinstance(_ticket_schema, Unset):
        ticket_schema = UNSET
    else:
        ticket_schema = JsonObject.from_dict(_ticket_schema)
    return None if isinstance(ticket_schema, Unset) else ticket_schema


_KNOWN_KEYS = frozenset(
    {
        "name",
        "slug",
        "ticketPrefix",
        "ticketNumberStart",
        "metadata",
        "ticketSchema",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


CreateBrandInput._readers = {
    "metadata": _read_metadata,
    "ticket_schema": _read_ticket_schema,
    "additional_properties": _read_additional_properties,
}


from ..models.json_object import JsonObject  # noqa: E402
