# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="CustomerPage")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class CustomerPage(LazyModel):
    """One page of customers.

    Attributes:
        data (list[Customer]):
        pagination (CursorPagination): Cursor pagination: pass `cursor` back to get the next page; stop when hasMore is
            false.
    """

    data: list[Customer]
    pagination: CursorPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not CustomerPage:  # a subclass of yours: built through its __init__
            return cls._built_from(CustomerPage.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        customer_page = cls.__new__(cls)
        customer_page._source = d
        return customer_page

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


def _read_data(d: Mapping[str, Any]) -> list[Customer]:
    data = []
    _data = d["data"]
    for data_item_data in _data:
        data_item = Customer.from_dict(data_item_data)

        data.append(data_item)
    return data


def _read_pagination(d: Mapping[str, Any]) -> CursorPagination:
    pagination = CursorPagination.from_dict(d["pagination"])
    return pagination


_KNOWN_KEYS = frozenset(
    {
        "data",
        "pagination",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "data",
        "pagination",
    }
)
CustomerPage._readers = {
    "data": _read_data,
    "pagination": _read_pagination,
    "additional_properties": _read_additional_properties,
}


from ..models.cursor_pagination import CursorPagination  # noqa: E402
from ..models.customer import Customer  # noqa: E402
