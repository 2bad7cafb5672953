# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="JsonObject")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class JsonObject(LazyModel):
    """A free-form JSON object (metadata, custom fields, source data, settings)."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not JsonObject:  # a subclass of yours: built through its __init__
            return cls._built_from(JsonObject.from_dict(src_dict))
        d = dict(src_dict)
        json_object = cls.__new__(cls)
        json_object._source = d
        json_object.additional_properties = d
        return json_object

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
