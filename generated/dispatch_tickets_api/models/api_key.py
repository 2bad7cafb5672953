# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class ApiKey(LazyModel):
    """An API key (without its secret).

    Attributes:
        id (str): API key id (key_…).
        name (str): Human-readable name.
        key_preview (str): The first characters of the key, for recognising it.
        all_brands (bool): Whether the key may access every brand, current and future.
        brand_ids (list[str]): Brands the key may access when allBrands is false.
        created_at (datetime.datetime):
        last_used_at (datetime.datetime | None): When the key was last used; null if never.
    """

    id: str
    name: str
    key_preview: str
    all_brands: bool
    brand_ids: list[str]
    created_at: datetime.datetime
    last_used_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        key_preview = self.key_preview

        all_brands = self.all_brands

        brand_ids = self.brand_ids

        created_at = self.created_at.isoformat()

        _last_used_at_value = (
            UNSET if self.last_used_at is None and not self._read_null("lastUsedAt") else self.last_used_at
        )
        last_used_at: None | str | Unset
        if isinstance(_last_used_at_value, Unset):
            last_used_at = UNSET
        elif isinstance(_last_used_at_value, datetime.datetime):
            last_used_at = _last_used_at_value.isoformat()
        else:
            last_used_at = _last_used_at_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "keyPreview": key_preview,
                "allBrands": all_brands,
                "brandIds": brand_ids,
                "createdAt": created_at,
            }
        )
        if last_used_at is not UNSET:
            field_dict["lastUsedAt"] = last_used_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not ApiKey:  # a subclass of yours: built through its __init__
            return cls._built_from(ApiKey.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        api_key = cls.__new__(cls)
        api_key._source = d
        api_key.id = d["id"]
        api_key.name = d["name"]
        api_key.key_preview = d["keyPreview"]
        api_key.all_brands = d["allBrands"]
        return api_key

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


def _read_brand_ids(d: Mapping[str, Any]) -> list[str]:
    brand_ids = cast(list[str], d["brandIds"])
    return brand_ids


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["createdAt"])
    return created_at


def _read_last_used_at(d: Mapping[str, Any]) -> datetime.datetime | None:
    def _parse_last_used_at(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            last_used_at_type_0 = datetime.datetime.fromisoformat(data)

            return last_used_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    last_used_at = _parse_last_used_at(d.get("lastUsedAt", UNSET))
    return None if isinstance(last_used_at, Unset) else last_used_at


_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "keyPreview",
        "allBrands",
        "brandIds",
        "createdAt",
        "lastUsedAt",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "brandIds",
        "createdAt",
    }
)
ApiKey._readers = {
    "brand_ids": _read_brand_ids,
    "created_at": _read_created_at,
    "last_used_at": _read_last_used_at,
    "additional_properties": _read_additional_properties,
}
