# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreateApiKeyInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class CreateApiKeyInput(LazyModel):
    """Fields for a new API key.

    Attributes:
        name (str): Human-readable name.
        all_brands (bool | None): Allow every brand, current and future.
        brand_ids (list[str] | None): Brands the key may access (ignored when allBrands is true).
    """

    name: str
    all_brands: bool | None = None
    brand_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        _all_brands_value = UNSET if self.all_brands is None else self.all_brands
        all_brands = _all_brands_value

        _brand_ids_value = UNSET if self.brand_ids is None else self.brand_ids
        brand_ids: list[str] | Unset = UNSET
        if not isinstance(_brand_ids_value, Unset):
            brand_ids = _brand_ids_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if all_brands is not UNSET:
            field_dict["allBrands"] = all_brands
        if brand_ids is not UNSET:
            field_dict["brandIds"] = brand_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not CreateApiKeyInput:  # a subclass of yours: built through its __init__
            return cls._built_from(CreateApiKeyInput.from_dict(src_dict))
        d = dict(src_dict)
        create_api_key_input = cls.__new__(cls)
        create_api_key_input._source = d
        create_api_key_input.name = d["name"]
        create_api_key_input.all_brands = d.get("allBrands")
        return create_api_key_input

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


def _read_brand_ids(d: Mapping[str, Any]) -> list[str] | None:
    brand_ids = cast(list[str], d.get("brandIds", UNSET))
    return None if isinstance(brand_ids, Unset) else brand_ids


_KNOWN_KEYS = frozenset(
    {
        "name",
        "allBrands",
        "brandIds",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


CreateApiKeyInput._readers = {
    "brand_ids": _read_brand_ids,
    "additional_properties": _read_additional_properties,
}
