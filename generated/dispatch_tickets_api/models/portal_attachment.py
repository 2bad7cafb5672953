# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_status import AttachmentStatus
from ..types import LazyModel

T = TypeVar("T", bound="PortalAttachment")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class PortalAttachment(LazyModel):
    """An attachment, as the portal shows it.

    Attributes:
        id (str): Attachment id (att_…).
        filename (str): File name.
        content_type (str): MIME type.
        size (int): Size in bytes.
        status (AttachmentStatus): Upload state of an attachment: PENDING until the upload is confirmed.
        created_at (datetime.datetime):
    """

    id: str
    filename: str
    content_type: str
    size: int
    status: AttachmentStatus
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename = self.filename

        content_type = self.content_type

        size = self.size

        status = self.status.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "filename": filename,
                "contentType": content_type,
                "size": size,
                "status": status,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not PortalAttachment:  # a subclass of yours: built through its __init__
            return cls._built_from(PortalAttachment.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        portal_attachment = cls.__new__(cls)
        portal_attachment._source = d
        portal_attachment.id = d["id"]
        portal_attachment.filename = d["filename"]
        portal_attachment.content_type = d["contentType"]
        portal_attachment.size = d["size"]
        return portal_attachment

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


def _read_status(d: Mapping[str, Any]) -> AttachmentStatus:
    status = AttachmentStatus(d["status"])
    return status


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["createdAt"])
    return created_at


_KNOWN_KEYS = frozenset(
    {
        "id",
        "filename",
        "contentType",
        "size",
        "status",
        "createdAt",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "status",
        "createdAt",
    }
)
PortalAttachment._readers = {
    "status": _read_status,
    "created_at": _read_created_at,
    "additional_properties": _read_additional_properties,
}
