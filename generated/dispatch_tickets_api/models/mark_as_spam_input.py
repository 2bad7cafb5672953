# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="MarkAsSpamInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class MarkAsSpamInput(LazyModel):
    """Spam flag.

    Attributes:
        is_spam (bool): True marks as spam, false unmarks.
    """

    is_spam: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_spam = self.is_spam

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isSpam": is_spam,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not MarkAsSpamInput:  # a subclass of yours: built through its __init__
            return cls._built_from(MarkAsSpamInput.from_dict(src_dict))
        d = dict(src_dict)
        mark_as_spam_input = cls.__new__(cls)
        mark_as_spam_input._source = d
        mark_as_spam_input.is_spam = d["isSpam"]
        return mark_as_spam_input

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
        "isSpam",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


MarkAsSpamInput._readers = {
    "additional_properties": _read_additional_properties,
}
