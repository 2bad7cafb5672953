# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_status import AttachmentStatus
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class Attachment(LazyModel):
    """A file attached to a ticket.

    Attributes:
        id (str): Attachment id (att_…).
        ticket_id (str): Ticket id.
        filename (str): File name.
        content_type (str): MIME type.
        size (int): Size in bytes.
        status (AttachmentStatus): Upload state of an attachment: PENDING until the upload is confirmed.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        comment_id (None | str): Comment the file belongs to.
        uploaded_by (None | str): Uploader reference.
        metadata (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
    """

    id: str
    ticket_id: str
    filename: str
    content_type: str
    size: int
    status: AttachmentStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    comment_id: None | str = None
    uploaded_by: None | str = None
    metadata: JsonObject | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticket_id = self.ticket_id

        filename = self.filename

        content_type = self.content_type

        size = self.size

        status = self.status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        _comment_id_value = UNSET if self.comment_id is None and not self._read_null("commentId") else self.comment_id
        comment_id: None | str | Unset
        if isinstance(_comment_id_value, Unset):
            comment_id = UNSET
        else:
            comment_id = _comment_id_value

        _uploaded_by_value = (
            UNSET if self.uploaded_by is None and not self._read_null("uploadedBy") else self.uploaded_by
        )
        uploaded_by: None | str | Unset
        if isinstance(_uploaded_by_value, Unset):
            uploaded_by = UNSET
        else:
            uploaded_by = _uploaded_by_value

        _metadata_value = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata_value, Unset):
            metadata = _metadata_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ticketId": ticket_id,
                "filename": filename,
                "contentType": content_type,
                "size": size,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if comment_id is not UNSET:
            field_dict["commentId"] = comment_id
        if uploaded_by is not UNSET:
            field_dict["uploadedBy"] = uploaded_by
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not Attachment:  # a subclass of yours: built through its __init__
            return cls._built_from(Attachment.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        attachment = cls.__new__(cls)
        attachment._source = d
        attachment.id = d["id"]
        attachment.ticket_id = d["ticketId"]
        attachment.filename = d["filename"]
        attachment.content_type = d["contentType"]
        attachment.size = d["size"]
        attachment.comment_id = d.get("commentId")
        attachment.uploaded_by = d.get("uploadedBy")
        return attachment

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


def _read_updated_at(d: Mapping[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updatedAt"])
    return updated_at


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
        "id",
        "ticketId",
        "filename",
        "contentType",
        "size",
        "status",
        "createdAt",
        "updatedAt",
        "commentId",
        "uploadedBy",
        "metadata",
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
        "updatedAt",
    }
)
Attachment._readers = {
    "status": _read_status,
    "created_at": _read_created_at,
    "updated_at": _read_updated_at,
    "metadata": _read_metadata,
    "additional_properties": _read_additional_properties,
}


from ..models.json_object import JsonObject  # noqa: E402
