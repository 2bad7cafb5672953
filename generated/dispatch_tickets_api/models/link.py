# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel

T = TypeVar("T", bound="Link")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class Link(LazyModel):
    """A link attached to a ticket or comment.

    Attributes:
        url (str): Target URL.
        title (str | None): Link text.
        type_ (str | None): Free-form link kind.
    """

    url: str
    title: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        _title_value = UNSET if self.title is None else self.title
        title = _title_value

        _type__value = UNSET if self.type_ is None else self.type_
        type_ = _type__value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not Link:  # a subclass of yours: built through its __init__
            return cls._built_from(Link.from_dict(src_dict))
        d = dict(src_dict)
        link = cls.__new__(cls)
        link._source = d
        link.url = d["url"]
        link.title = d.get("title")
        link.type_ = d.get("type")
        return link

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
        "url",
        "title",
        "type",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


Link._readers = {
    "additional_properties": _read_additional_properties,
}
