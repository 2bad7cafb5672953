# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel

T = TypeVar("T", bound="GeneratePortalTokenInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class GeneratePortalTokenInput(LazyModel):
    """Customer to issue a portal token for (created if unknown).

    Attributes:
        email (str): Customer email.
        name (str | None): Customer name.
    """

    email: str
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        _name_value = UNSET if self.name is None else self.name
        name = _name_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not GeneratePortalTokenInput:  # a subclass of yours: built through its __init__
            return cls._built_from(GeneratePortalTokenInput.from_dict(src_dict))
        d = dict(src_dict)
        generate_portal_token_input = cls.__new__(cls)
        generate_portal_token_input._source = d
        generate_portal_token_input.email = d["email"]
        generate_portal_token_input.name = d.get("name")
        return generate_portal_token_input

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


_KNOWN_KEYS = frozenset(
    {
        "email",
        "name",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


GeneratePortalTokenInput._readers = {
    "additional_properties": _read_additional_properties,
}
