# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CursorPagination")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class CursorPagination(LazyModel):
    """Cursor pagination: pass `cursor` back to get the next page; stop when hasMore is false.

    Attributes:
        has_more (bool): Whether another page exists.
        cursor (None | str): Cursor of the next page.
    """

    has_more: bool
    cursor: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        _cursor_value = UNSET if self.cursor is None and not self._read_null("cursor") else self.cursor
        cursor: None | str | Unset
        if isinstance(_cursor_value, Unset):
            cursor = UNSET
        else:
            cursor = _cursor_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasMore": has_more,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not CursorPagination:  # a subclass of yours: built through its __init__
            return cls._built_from(CursorPagination.from_dict(src_dict))
        d = dict(src_dict)
        cursor_pagination = cls.__new__(cls)
        cursor_pagination._source = d
        cursor_pagination.has_more = d["hasMore"]
        cursor_pagination.cursor = d.get("cursor")
        return cursor_pagination

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
        "hasMore",
        "cursor",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


CursorPagination._readers = {
    "additional_properties": _read_additional_properties,
}
