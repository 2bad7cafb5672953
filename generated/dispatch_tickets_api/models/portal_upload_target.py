# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="PortalUploadTarget")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class PortalUploadTarget(LazyModel):
    """The created attachment and where to PUT its bytes.

    Attributes:
        attachment (PortalAttachment): An attachment, as the portal shows it.
        upload_url (str): Presigned URL: PUT the raw bytes here with Content-Type, no Authorization.
        expires_at (datetime.datetime): When uploadUrl expires.
    """

    attachment: PortalAttachment
    upload_url: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment = self.attachment.to_dict()

        upload_url = self.upload_url

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachment": attachment,
                "uploadUrl": upload_url,
                "expiresAt": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not PortalUploadTarget:  # a subclass of yours: built through its __init__
            return cls._built_from(PortalUploadTarget.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        portal_upload_target = cls.__new__(cls)
        portal_upload_target._source = d
        portal_upload_target.upload_url = d["uploadUrl"]
        return portal_upload_target

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


def _read_attachment(d: Mapping[str, Any]) -> PortalAttachment:
    attachment = PortalAttachment.from_dict(d["attachment"])
    return attachment


def _read_expires_at(d: Mapping[str, Any]) -> datetime.datetime:
    expires_at = datetime.datetime.fromisoformat(d["expiresAt"])
    return expires_at


_KNOWN_KEYS = frozenset(
    {
        "attachment",
        "uploadUrl",
        "expiresAt",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "attachment",
        "expiresAt",
    }
)
PortalUploadTarget._readers = {
    "attachment": _read_attachment,
    "expires_at": _read_expires_at,
    "additional_properties": _read_additional_properties,
}


from ..models.portal_attachment import PortalAttachment  # noqa: E402
