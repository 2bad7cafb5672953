# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="UpdateCustomerInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class UpdateCustomerInput(LazyModel):
    """Customer fields to change; omitted fields are left as they are.

    Attributes:
        email (str | None): Email address.
        name (None | str | Unset): Name; null clears it.
        avatar_url (None | str | Unset): Avatar URL; null clears it.
        company_id (None | str | Unset): Company id; null detaches the customer from its company.
        metadata (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
    """

    email: str | None = None
    name: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    company_id: None | str | Unset = UNSET
    metadata: JsonObject | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _email_value = UNSET if self.email is None else self.email
        email = _email_value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        _metadata_value = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata_value, Unset):
            metadata = _metadata_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
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
        if cls is not UpdateCustomerInput:  # a subclass of yours: built through its __init__
            return cls._built_from(UpdateCustomerInput.from_dict(src_dict))
        d = dict(src_dict)
        update_customer_input = cls.__new__(cls)
        update_customer_input._source = d
        update_customer_input.email = d.get("email")
        update_customer_input.name = d.get("name", UNSET)
        update_customer_input.avatar_url = d.get("avatarUrl", UNSET)
        update_customer_input.company_id = d.get("companyId", UNSET)
        return update_customer_input

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


UpdateCustomerInput._readers = {
    "metadata": _read_metadata,
    "additional_properties": _read_additional_properties,
}


from ..models.json_object import JsonObject  # noqa: E402
