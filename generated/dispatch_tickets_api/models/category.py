# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Category")


@_attrs_define
class Category:
    """A ticket category.

    Attributes:
        id (str): Category id (cat_…).
        brand_id (str): Brand id.
        name (str): Name.
        color (str): Display colour, e.g. #ef4444.
        sort_order (int): Position in lists.
        created_at (datetime.datetime):
        description (None | str | Unset): Description.
    """

    id: str
    brand_id: str
    name: str
    color: str
    sort_order: int
    created_at: datetime.datetime
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        brand_id = self.brand_id

        name = self.name

        color = self.color

        sort_order = self.sort_order

        created_at = self.created_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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
        d = dict(src_dict)
        id = d.pop("id")

        brand_id = d.pop("brandId")

        name = d.pop("name")

        color = d.pop("color")

        sort_order = d.pop("sortOrder")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description", UNSET)

        category = cls(
            id=id,
            brand_id=brand_id,
            name=name,
            color=color,
            sort_order=sort_order,
            created_at=created_at,
            description=description,
        )

        category.additional_properties = d
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
