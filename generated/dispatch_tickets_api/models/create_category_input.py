# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel

T = TypeVar("T", bound="CreateCategoryInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class CreateCategoryInput(LazyModel):
    """Fields for a new category.

    Attributes:
        name (str): Name.
        color (str | None): Display colour, e.g. #ef4444.
        description (str | None): Description.
        sort_order (int | None): Position in lists.
    """

    name: str
    color: str | None = None
    description: str | None = None
    sort_order: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        _color_value = UNSET if self.color is None else self.color
        color = _color_value

        _description_value = UNSET if self.description is None else self.description
        description = _description_value

        _sort_order_value = UNSET if self.sort_order is None else self.sort_order
        sort_order = _sort_order_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if description is not UNSET:
            field_dict["description"] = description
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not CreateCategoryInput:  # a subclass of yours: built through its __init__
            return cls._built_from(CreateCategoryInput.from_dict(src_dict))
        d = dict(src_dict)
        create_category_input = cls.__new__(cls)
        create_category_input._source = d
        create_category_input.name = d["name"]
        create_category_input.color = d.get("color")
        create_category_input.description = d.get("description")
        create_category_input.sort_order = d.get("sortOrder")
        return create_category_input

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
        "name",
        "color",
        "description",
        "sortOrder",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


CreateCategoryInput._readers = {
    "additional_properties": _read_additional_properties,
}
