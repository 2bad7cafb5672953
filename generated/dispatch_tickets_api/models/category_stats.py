# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="CategoryStats")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class CategoryStats(LazyModel):
    """Counters per category, keyed by category id."""

    additional_properties: dict[str, CategoryStat] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not CategoryStats:  # a subclass of yours: built through its __init__
            return cls._built_from(CategoryStats.from_dict(src_dict))
        d = dict(src_dict)
        category_stats = cls.__new__(cls)
        category_stats._source = d
        return category_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> CategoryStat:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: CategoryStat) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KNOWN_KEYS = frozenset[str]()


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, CategoryStat]:
    additional_properties: dict[str, CategoryStat] = {}
    for prop_name, prop_dict in d.items():
        if prop_name in _KNOWN_KEYS:
            continue
        additional_property = CategoryStat.from_dict(prop_dict)

        additional_properties[prop_name] = additional_property
    return additional_properties


CategoryStats._readers = {
    "additional_properties": _read_additional_properties,
}


from ..models.category_stat import CategoryStat  # noqa: E402
