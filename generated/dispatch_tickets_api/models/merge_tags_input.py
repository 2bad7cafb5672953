# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="MergeTagsInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class MergeTagsInput(LazyModel):
    """Tags to merge into the target tag.

    Attributes:
        source_tag_ids (list[str]): Tags merged into the target (path) tag, then deleted.
    """

    source_tag_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_tag_ids = self.source_tag_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceTagIds": source_tag_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not MergeTagsInput:  # a subclass of yours: built through its __init__
            return cls._built_from(MergeTagsInput.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        merge_tags_input = cls.__new__(cls)
        merge_tags_input._source = d
        return merge_tags_input

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


def _read_source_tag_ids(d: Mapping[str, Any]) -> list[str]:
    source_tag_ids = cast(list[str], d["sourceTagIds"])
    return source_tag_ids


_KNOWN_KEYS = frozenset(
    {
        "sourceTagIds",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "sourceTagIds",
    }
)
MergeTagsInput._readers = {
    "source_tag_ids": _read_source_tag_ids,
    "additional_properties": _read_additional_properties,
}
