# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_status import AttachmentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentWithUrl")


@_attrs_define
class AttachmentWithUrl:
    """An attachment with a temporary download URL.

    Attributes:
        id (str): Attachment id (att_…).
        ticket_id (str): Ticket id.
        filename (str): File name.
        content_type (str): MIME type.
        size (int): Size in bytes.
        status (AttachmentStatus): Upload state of an attachment: PENDING until the upload is confirmed.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        download_url (str): Presigned download URL.
        comment_id (None | str | Unset): Comment the file belongs to.
        uploaded_by (None | str | Unset): Uploader reference.
        metadata (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
    """

    id: str
    ticket_id: str
    filename: str
    content_type: str
    size: int
    status: AttachmentStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    download_url: str
    comment_id: None | str | Unset = UNSET
    uploaded_by: None | str | Unset = UNSET
    metadata: JsonObject | Unset = UNSET
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

        download_url = self.download_url

        comment_id: None | str | Unset
        if isinstance(self.comment_id, Unset):
            comment_id = UNSET
        else:
            comment_id = self.comment_id

        uploaded_by: None | str | Unset
        if isinstance(self.uploaded_by, Unset):
            uploaded_by = UNSET
        else:
            uploaded_by = self.uploaded_by

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
                "downloadUrl": download_url,
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
        d = dict(src_dict)
        id = d.pop("id")

        ticket_id = d.pop("ticketId")

        filename = d.pop("filename")

        content_type = d.pop("contentType")

        size = d.pop("size")

        status = AttachmentStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        download_url = d.pop("downloadUrl")

        comment_id = d.pop("commentId", UNSET)

        uploaded_by = d.pop("uploadedBy", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: JsonObject | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JsonObject.from_dict(_metadata)

        attachment_with_url = cls(
            id=id,
            ticket_id=ticket_id,
            filename=filename,
            content_type=content_type,
            size=size,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            download_url=download_url,
            comment_id=comment_id,
            uploaded_by=uploaded_by,
            metadata=metadata,
        )

        attachment_with_url.additional_properties = d
        return attachment_with_url

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


from ..models.json_object import JsonObject  # noqa: E402
