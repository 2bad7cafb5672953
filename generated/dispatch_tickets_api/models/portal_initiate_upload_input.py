# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="PortalInitiateUploadInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class PortalInitiateUploadInput(LazyModel):
    """The file to upload.

    Attributes:
        filename (str): File name.
        content_type (str): MIME type.
        size (int): Size in bytes (at most 50 MiB).
    """

    filename: str
    content_type: str
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        content_type = self.content_type

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "contentType": content_type,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not PortalInitiateUploadInput:  # a subclass of yours: built through its __init__
            return cls._built_from(PortalInitiateUploadInput.from_dict(src_dict))
        d = dict(src_dict)
        portal_initiate_upload_input = cls.__new__(cls)
        portal_initiate_upload_input._source = d
        portal_initiate_upload_input.filename = d["filename"]
        portal_initiate_upload_input.content_type = d["contentType"]
        portal_initiate_upload_input.size = d["size"]
        return portal_initiate_upload_input

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
        "filename",
        "contentType",
        "size",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


PortalInitiateUploadInput._readers = {
    "additional_properties": _read_additional_properties,
}
