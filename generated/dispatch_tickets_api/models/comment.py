# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.author_type import AuthorType
from ..models.ticket_source import TicketSource
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Comment")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class Comment(LazyModel):
    """A comment on a ticket.

    Attributes:
        id (str): Comment id (cmt_…).
        ticket_id (str): Ticket id.
        body (str): Text.
        author_type (AuthorType): Who wrote a comment.
        source (TicketSource): Channel a ticket or comment came from.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        author_id (None | str): Author reference.
        author_name (None | str): Author display name.
        parent_id (None | str): Comment this one replies to.
        links (list[Link] | None):
        metadata (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        source_id (None | str): Id of the comment in its source system.
        source_data (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        deleted_at (datetime.datetime | None): When the comment was deleted.
        replies (list[Comment] | None): Replies to this comment.
    """

    id: str
    ticket_id: str
    body: str
    author_type: AuthorType
    source: TicketSource
    created_at: datetime.datetime
    updated_at: datetime.datetime
    author_id: None | str = None
    author_name: None | str = None
    parent_id: None | str = None
    links: list[Link] | None = None
    metadata: JsonObject | None = None
    source_id: None | str = None
    source_data: JsonObject | None = None
    deleted_at: datetime.datetime | None = None
    replies: list[Comment] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ticket_id = self.ticket_id

        body = self.body

        author_type = self.author_type.value

        source = self.source.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        _author_id_value = UNSET if self.author_id is None and not self._read_null("authorId") else self.author_id
        author_id: None | str | Unset
        if isinstance(_author_id_value, Unset):
            author_id = UNSET
        else:
            author_id = _author_id_value

        _author_name_value = (
            UNSET if self.author_name is None and not self._read_null("authorName") else self.author_name
        )
        author_name: None | str | Unset
        if isinstance(_author_name_value, Unset):
            author_name = UNSET
        else:
            author_name = _author_name_value

        _parent_id_value = UNSET if self.parent_id is None and not self._read_null("parentId") else self.parent_id
        parent_id: None | str | Unset
        if isinstance(_parent_id_value, Unset):
            parent_id = UNSET
        else:
            parent_id = _parent_id_value

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

        _source_id_value = UNSET if self.source_id is None and not self._read_null("sourceId") else self.source_id
        source_id: None | str | Unset
        if isinstance(_source_id_value, Unset):
            source_id = UNSET
        else:
            source_id = _source_id_value

        _source_data_value = UNSET if self.source_data is None else self.source_data
        source_data: dict[str, Any] | Unset = UNSET
        if not isinstance(_source_data_value, Unset):
            source_data = _source_data_value.to_dict()

        _deleted_at_value = UNSET if self.deleted_at is None and not self._read_null("deletedAt") else self.deleted_at
        deleted_at: None | str | Unset
        if isinstance(_deleted_at_value, Unset):
            deleted_at = UNSET
        elif isinstance(_deleted_at_value, datetime.datetime):
            deleted_at = _deleted_at_value.isoformat()
        else:
            deleted_at = _deleted_at_value

        _replies_value = UNSET if self.replies is None else self.replies
        replies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_replies_value, Unset):
            replies = []
            for replies_item_data in _replies_value:
                replies_item = replies_item_data.to_dict()
                replies.append(replies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ticketId": ticket_id,
                "body": body,
                "authorType": author_type,
                "source": source,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if author_id is not UNSET:
            field_dict["authorId"] = author_id
        if author_name is not UNSET:
            field_dict["authorName"] = author_name
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if links is not UNSET:
            field_dict["links"] = links
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if source_data is not UNSET:
            field_dict["sourceData"] = source_data
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if replies is not UNSET:
            field_dict["replies"] = replies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not Comment:  # a subclass of yours: built through its __init__
            return cls._built_from(Comment.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        comment = cls.__new__(cls)
        comment._source = d
        comment.id = d["id"]
        comment.ticket_id = d["ticketId"]
        comment.body = d["body"]
        comment.author_id = d.get("authorId")
        comment.author_name = d.get("authorName")
        comment.parent_id = d.get("parentId")
        comment.source_id = d.get("sourceId")
        return comment

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


def _read_source(d: Mapping[str, Any]) -> TicketSource:
    source = TicketSource(d["source"])
    return source


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["createdAt"])
    return created_at


def _read_updated_at(d: Mapping[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updatedAt"])
    return updated_at


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


def _read_source_data(d: Mapping[str, Any]) -> JsonObject | None:
    _source_data = d.get("sourceData", UNSET)
    source_data: JsonObject | Unset
    if isinstance(_source_data, Unset):
        source_data = UNSET
    else:
        source_data = JsonObject.from_dict(_source_data)
    return None if isinstance(source_data, Unset) else source_data


def _read_deleted_at(d: Mapping[str, Any]) -> datetime.datetime | None:
    def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            deleted_at_type_0 = datetime.datetime.fromisoformat(data)

            return deleted_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    deleted_at = _parse_deleted_at(d.get("deletedAt", UNSET))
    return None if isinstance(deleted_at, Unset) else deleted_at


def _read_replies(d: Mapping[str, Any]) -> list[Comment] | None:
    _replies = d.get("replies", UNSET)
    replies: list[Comment] | Unset = UNSET
    if _replies is not UNSET:
        replies = []
        for replies_item_data in _replies:
            replies_item = Comment.from_dict(replies_item_data)

            replies.append(replies_item)
    return None if isinstance(replies, Unset) else replies


_KNOWN_KEYS = frozenset(
    {
        "id",
        "ticketId",
        "body",
        "authorType",
        "source",
        "createdAt",
        "updatedAt",
        "authorId",
        "authorName",
        "parentId",
        "links",
        "metadata",
        "sourceId",
        "sourceData",
        "deletedAt",
        "replies",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "authorType",
        "source",
        "createdAt",
        "updatedAt",
    }
)
Comment._readers = {
    "author_type": _read_author_type,
    "source": _read_source,
    "created_at": _read_created_at,
    "updated_at": _read_updated_at,
    "links": _read_links,
    "metadata": _read_metadata,
    "source_data": _read_source_data,
    "deleted_at": _read_deleted_at,
    "replies": _read_replies,
    "additional_properties": _read_additional_properties,
}


from ..models.json_object import JsonObject  # noqa: E402
from ..models.link import Link  # noqa: E402
