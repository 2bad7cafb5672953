# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_status import AttachmentStatus

T = TypeVar("T", bound="PortalAttachmentWithUrl")


@_attrs_define
class PortalAttachmentWithUrl:
    """A portal attachment with a temporary download URL.

    Attributes:
        id (str): Attachment id (att_…).
        filename (str): File name.
        content_type (str): MIME type.
        size (int): Size in bytes.
        status (AttachmentStatus): Upload state of an attachment: PENDING until the upload is confirmed.
        created_at (datetime.datetime):
        download_url (str): Presigned download URL.
        expires_at (datetime.datetime): When downloadUrl expires.
    """

    id: str
    filename: str
    content_type: str
    size: int
    status: AttachmentStatus
    created_at: datetime.datetime
    download_url: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        filename = self.filename

        content_type = self.content_type

        size = self.size

        status = self.status.value

        created_at = self.created_at.isoformat()

        download_url = self.download_url

        expires_at = self.expires_at.isoformat()

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
                "downloadUrl": download_url,
                "expiresAt": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        filename = d.pop("filename")

        content_type = d.pop("contentType")

        size = d.pop("size")

        status = AttachmentStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        download_url = d.pop("downloadUrl")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        portal_attachment_with_url = cls(
            id=id,
            filename=filename,
            content_type=content_type,
            size=size,
            status=status,
            created_at=created_at,
            download_url=download_url,
            expires_at=expires_at,
        )

        portal_attachment_with_url.additional_properties = d
        return portal_attachment_with_url

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
