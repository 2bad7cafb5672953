# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Category")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class Category(LazyModel):
    """A ticket category.

    Attributes:
        id (str): Category id (cat_…).
        brand_id (str): Brand id.
        name (str): Name.
        color (str): Display colour, e.g. #ef4444.
        sort_order (int): Position in lists.
        created_at (datetime.datetime):
        description (None | str): Description.
    """

    id: str
    brand_id: str
    name: str
    color: str
    sort_order: int
    created_at: datetime.datetime
    description: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        brand_id = self.brand_id

        name = self.name

        color = self.color

        sort_order = self.sort_order

        created_at = self.created_at.isoformat()

        _description_value = (
            UNSET if self.description is None and not self._read_null("description") else self.description
        )
        description: None | str | Unset
        if isinstance(_description_value, Unset):
            description = UNSET
        else:
            description = _description_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "brandId": brand_id,
                "name": name,
                "color": color,
                "sortOrder": sort_order,
                "createdAt": created_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not Category:  # a subclass of yours: built through its __init__
            return cls._built_from(Category.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        category = cls.__new__(cls)
        category._source = d
        category.id = d["id"]
        category.brand_id = d["brandId"]
        category.name = d["name"]
        category.color = d["color"]
        category.sort_order = d["sortOrder"]
        category.description = d.get("description")
        return category

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


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["createdAt"])
    return created_at


_KNOWN_KEYS = frozenset(
    {
        "id",
        "brandId",
        "name",
        "color",
        "sortOrder",
        "createdAt",
        "description",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "createdAt",
    }
)
Category._readers = {
    "created_at": _read_created_at,
    "additional_properties": _read_additional_properties,
}
