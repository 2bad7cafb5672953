# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.author_type import AuthorType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CommentCreatedPayloadComment")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class CommentCreatedPayloadComment(LazyModel):
    """The new comment in a ticket.comment.created event.

    Attributes:
        id (str): Comment id.
        body (str): Text.
        author_type (AuthorType): Who wrote a comment.
        created_at (datetime.datetime):
        author_id (None | str): Author reference.
    """

    id: str
    body: str
    author_type: AuthorType
    created_at: datetime.datetime
    author_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        body = self.body

        author_type = self.author_type.value

        created_at = self.created_at.isoformat()

        _author_id_value = UNSET if self.author_id is None and not self._read_null("authorId") else self.author_id
        author_id: None | str | Unset
        if isinstance(_author_id_value, Unset):
            author_id = UNSET
        else:
            author_id = _author_id_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "body": body,
                "authorType": author_type,
                "createdAt": created_at,
            }
        )
        if author_id is not UNSET:
            field_dict["authorId"] = author_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not CommentCreatedPayloadComment:  # a subclass of yours: built through its __init__
            return cls._built_from(CommentCreatedPayloadComment.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        comment_created_payload_comment = cls.__new__(cls)
        comment_created_payload_comment._source = d
        comment_created_payload_comment.id = d["id"]
        comment_created_payload_comment.body = d["body"]
        comment_created_payload_comment.author_id = d.get("authorId")
        return comment_created_payload_comment

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


def _read_author_type(d: Mapping[str, Any]) -> AuthorType:
    author_type = AuthorType(d["authorType"])
    return author_type


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["createdAt"])
    return created_at


_KNOWN_KEYS = frozenset(
    {
        "id",
        "body",
        "authorType",
        "createdAt",
        "authorId",
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
CommentCreatedPayloadComment._readers = {
    "author_type": _read_author_type,
    "created_at": _read_created_at,
    "additional_properties": _read_additional_properties,
}
