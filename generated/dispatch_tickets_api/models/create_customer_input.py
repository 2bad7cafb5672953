# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreateCustomerInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class CreateCustomerInput(LazyModel):
    """Fields for a new customer.

    Attributes:
        email (str): Email address.
        name (str | None): Name.
        avatar_url (str | None): Avatar URL.
        company_id (str | None): Company id.
        metadata (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
    """

    email: str
    name: str | None = None
    avatar_url: str | None = None
    company_id: str | None = None
    metadata: JsonObject | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        _name_value = UNSET if self.name is None else self.name
        name = _name_value

        _avatar_url_value = UNSET if self.avatar_url is None else self.avatar_url
        avatar_url = _avatar_url_value

        _company_id_value = UNSET if self.company_id is None else self.company_id
        company_id = _company_id_value

        _metadata_value = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata_value, Unset):
            metadata = _metadata_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not CreateCustomerInput:  # a subclass of yours: built through its __init__
            return cls._built_from(CreateCustomerInput.from_dict(src_dict))
        d = dict(src_dict)
        create_customer_input = cls.__new__(cls)
        create_customer_input._source = d
        create_customer_input.email = d["email"]
        create_customer_input.name = d.get("name")
        create_customer_input.avatar_url = d.get("avatarUrl")
        create_customer_input.company_id = d.get("companyId")
        return create_customer_input

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


_KNOWN_KEYS = frozenset(
    {
        "email",
        "name",
        "avatarUrl",
        "companyId",
        "metadata",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


CreateCustomerInput._readers = {
    "metadata": _read_metadata,
    "additional_properties": _read_additional_properties,
}


from ..models.json_object import JsonObject  # noqa: E402
