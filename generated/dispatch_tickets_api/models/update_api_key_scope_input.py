# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateApiKeyScopeInput")


@_attrs_define
class UpdateApiKeyScopeInput:
    """New brand scope of an API key.

    Attributes:
        all_brands (bool | Unset): Allow every brand, current and future.
        brand_ids (list[str] | Unset): Brands the key may access (ignored when allBrands is true).
    """

    all_brands: bool | Unset = UNSET
    brand_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_brands = self.all_brands

        brand_ids: list[str] | Unset = UNSET
        if not isinstance(self.brand_ids, Unset):
            brand_ids = self.brand_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_brands is not UNSET:
            field_dict["allBrands"] = all_brands
        if brand_ids is not UNSET:
            field_dict["brandIds"] = brand_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        all_brands = d.pop("allBrands", UNSET)

        brand_ids = cast(list[str], d.pop("brandIds", UNSET))

        update_api_key_scope_input = cls(
            all_brands=all_brands,
            brand_ids=brand_ids,
        )

        update_api_key_scope_input.additional_properties = d
        return update_api_key_scope_input

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
