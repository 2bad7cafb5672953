# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portal_author_type import PortalAuthorType
from ..types import LazyModel

T = TypeVar("T", bound="PortalComment")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class PortalComment(LazyModel):
    """A public comment, as the portal shows it (internal notes are left out).

    Attributes:
        id (str): Comment id.
        body (str): Text.
        author_type (PortalAuthorType): Who wrote a comment, as the portal shows it.
        author_name (str): Author display name, never empty. A comment written without a name shows, for a customer, the
            customer's name (or e-mail when the customer has no name) and, for staff, the brand's `fromName` (or the brand's
            name when it has none).
        created_at (datetime.datetime):
    """

    id: str
    body: str
    author_type: PortalAuthorType
    author_name: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        body = self.body

        author_type = self.author_type.value

        author_name = self.author_name

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "body": body,
                "authorType": author_type,
                "authorName": author_name,
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
        if cls is not PortalComment:  # a subclass of yours: built through its __init__
            return cls._built_from(PortalComment.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        portal_comment = cls.__new__(cls)
        portal_comment._source = d
        portal_comment.id = d["id"]
        portal_comment.body = d["body"]
        portal_comment.author_name = d["authorName"]
        return portal_comment

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


def _read_author_type(d: Mapping[str, Any]) -> PortalAuthorType:
    author_type = PortalAuthorType(d["authorType"])
    return author_type


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["createdAt"])
    return created_at


_KNOWN_KEYS = frozenset(
    {
        "id",
        "body",
        "authorType",
        "authorName",
        "createdAt",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "authorType",
        "createdAt",
    }
)
PortalComment._readers = {
    "author_type": _read_author_type,
    "created_at": _read_created_at,
    "additional_properties": _read_additional_properties,
}
