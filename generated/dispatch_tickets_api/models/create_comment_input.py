# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.author_type import AuthorType
from ..models.ticket_source import TicketSource
from ..models.ticket_status import TicketStatus
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreateCommentInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class CreateCommentInput(LazyModel):
    """Fields for a new comment.

    Attributes:
        body (str): Text.
        author_id (str | None): Author reference.
        author_name (str | None): Author display name.
        author_type (AuthorType | None): Who wrote a comment.
        parent_id (str | None): Comment to reply to.
        links (list[Link] | None):
        metadata (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        source (TicketSource | None): Channel a ticket or comment came from.
        source_id (str | None): Id of the comment in its source system.
        source_data (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        set_status (TicketStatus | None): Ticket status.
        connection_id (str | None): Integration connection to send the comment through.
        cc (list[str] | None): Extra email recipients.
    """

    body: str
    author_id: str | None = None
    author_name: str | None = None
    author_type: AuthorType | None = None
    parent_id: str | None = None
    links: list[Link] | None = None
    metadata: JsonObject | None = None
    source: TicketSource | None = None
    source_id: str | None = None
    source_data: JsonObject | None = None
    set_status: TicketStatus | None = None
    connection_id: str | None = None
    cc: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        _author_id_value = UNSET if self.author_id is None else self.author_id
        author_id = _author_id_value

        _author_name_value = UNSET if self.author_name is None else self.author_name
        author_name = _author_name_value

        _author_type_value = UNSET if self.author_type is None else self.author_type
        author_type: str | Unset = UNSET
        if not isinstance(_author_type_value, Unset):
            author_type = _author_type_value.value

        _parent_id_value = UNSET if self.parent_id is None else self.parent_id
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

        _source_value = UNSET if self.source is None else self.source
        source: str | Unset = UNSET
        if not isinstance(_source_value, Unset):
            source = _source_value.value

        _source_id_value = UNSET if self.source_id is None else self.source_id
        source_id = _source_id_value

        _source_data_value = UNSET if self.source_data is None else self.source_data
        source_data: dict[str, Any] | Unset = UNSET
        if not isinstance(_source_data_value, Unset):
            source_data = _source_data_value.to_dict()

        _set_status_value = UNSET if self.set_status is None else self.set_status
        set_status: str | Unset = UNSET
        if not isinstance(_set_status_value, Unset):
            set_status = _set_status_value.value

        _connection_id_value = UNSET if self.connection_id is None else self.connection_id
        connection_id = _connection_id_value

        _cc_value = UNSET if self.cc is None else self.cc
        cc: list[str] | Unset = UNSET
        if not isinstance(_cc_value, Unset):
            cc = _cc_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
            }
        )
        if author_id is not UNSET:
            field_dict["authorId"] = author_id
        if author_name is not UNSET:
            field_dict["authorName"] = author_name
        if author_type is not UNSET:
            field_dict["authorType"] = author_type
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if links is not UNSET:
            field_dict["links"] = links
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if source is not UNSET:
            field_dict["source"] = source
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if source_data is not UNSET:
            field_dict["sourceData"] = source_data
        if set_status is not UNSET:
            field_dict["setStatus"] = set_status
        if connection_id is not UNSET:
            field_dict["connectionId"] = connection_id
        if cc is not UNSET:
            field_dict["cc"] = cc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not CreateCommentInput:  # a subclass of yours: built through its __init__
            return cls._built_from(CreateCommentInput.from_dict(src_dict))
        d = dict(src_dict)
        create_comment_input = cls.__new__(cls)
        create_comment_input._source = d
        create_comment_input.body = d["body"]
        create_comment_input.author_id = d.get("authorId")
        create_comment_input.author_name = d.get("authorName")
        create_comment_input.parent_id = d.get("parentId")
        create_comment_input.source_id = d.get("sourceId")
        create_comment_input.connection_id = d.get("connectionId")
        return create_comment_input

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


def _read_author_type(d: Mapping[str, Any]) -> AuthorType | None:
    _author_type = d.get("authorType", UNSET)
    author_type: AuthorType | Unset
    if isinstance(_author_type, Unset):
        author_type = UNSET
    else:
        author_type = AuthorType(_author_type)
    return None if isinstance(author_type, Unset) else author_type


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


def _read_source(d: Mapping[str, Any]) -> TicketSource | None:
    _source = d.get("source", UNSET)
    source: TicketSource | Unset
    if isinstance(_source, Unset):
        source = UNSET
    else:
        source = TicketSource(_source)
    return None if isinstance(source, Unset) else source


def _read_source_data(d: Mapping[str, Any]) -> JsonObject | None:
    _source_data = d.get("sourceData", UNSET)
    source_data: JsonObject | Unset
    if isinstance(_source_data, Unset):
        source_data = UNSET
    else:
        source_data = JsonObject.from_dict(_source_data)
    return None if isinstance(source_data, Unset) else source_data


def _read_set_status(d: Mapping[str, Any]) -> TicketStatus | None:
    _set_status = d.get("setStatus", UNSET)
    set_status: TicketStatus | Unset
    if isinstance(_set_status, Unset):
        set_status = UNSET
    else:
        set_status = TicketStatus(_set_status)
    return None if isinstance(set_status, Unset) else set_status


def _read_cc(d: Mapping[str, Any]) -> list[str] | None:
    cc = cast(list[str], d.get("cc", UNSET))
    return None if isinstance(cc, Unset) else cc


_KNOWN_KEYS = frozenset(
    {
        "body",
        "authorId",
        "authorName",
        "authorType",
        "parentId",
        "links",
        "metadata",
        "source",
        "sourceId",
        "sourceData",
        "setStatus",
        "connectionId",
        "cc",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


CreateCommentInput._readers = {
    "author_type": _read_author_type,
    "links": _read_links,
    "metadata": _read_metadata,
    "source": _read_source,
    "source_data": _read_source_data,
    "set_status": _read_set_status,
    "cc": _read_cc,
    "additional_properties": _read_additional_properties,
}


from ..models.json_object import JsonObject  # noqa: E402
from ..models.link import Link  # noqa: E402
