# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="UpdateCommentInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class UpdateCommentInput(LazyModel):
    """Comment fields to change; omitted fields are left as they are.

    Attributes:
        body (str | None): Text.
        links (list[Link] | None):
        metadata (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
    """

    body: str | None = None
    links: list[Link] | None = None
    metadata: JsonObject | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _body_value = UNSET if self.body is None else self.body
        body = _body_value

        _links_value = UNSET if self.links is None else self.links
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_links_value, Unset):
            links = []
            for links_item_data in _links_value:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        _metadata_value = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata_value, Unset):
            metadata = _metadata_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if links is not UNSET:
            field_dict["links"] = links
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not UpdateCommentInput:  # a subclass of yours: built through its __init__
            return cls._built_from(UpdateCommentInput.from_dict(src_dict))
        d = dict(src_dict)
        update_comment_input = cls.__new__(cls)
        update_comment_input._source = d
        update_comment_input.body = d.get("body")
        return update_comment_input

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


def _read_links(d: Mapping[str, Any]) -> list[Link] | None:
    _links = d.get("links", UNSET)
    links: list[Link] | Unset = UNSET
    if _links is not UNSET:
        links = []
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)
    return None if isinstance(links, Unset) else links


def _read_metadata(d: Mapping[str, Any]) -> JsonObject | None:
    _metadata = d.get("metadata", UNSET)
    metadata: JsonObject | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = JsonObject.from_dict(_metadata)
    return None if isinstance(metadata, Unset) else metadata


_KNOWN_KEYS = frozenset(
    {
        "body",
        "links",
        "metadata",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


UpdateCommentInput._readers = {
    "links": _read_links,
    "metadata": _read_metadata,
    "additional_properties": _read_additional_properties,
}


from ..models.json_object import JsonObject  # noqa: E402
from ..models.link import Link  # noqa: E402
