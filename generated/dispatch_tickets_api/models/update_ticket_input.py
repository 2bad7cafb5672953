# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_priority import TicketPriority
from ..models.ticket_status import TicketStatus
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="UpdateTicketInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class UpdateTicketInput(LazyModel):
    """Ticket fields to change; omitted fields are left as they are.

    Attributes:
        title (str | None): Subject line.
        body (str | None): Description.
        status (TicketStatus | None): Ticket status.
        priority (TicketPriority | None): Ticket priority.
        assignee_id (None | str | Unset): Agent to assign; null unassigns.
        category_id (None | str | Unset): Category id; null removes the category.
        tags (list[str] | None): Tag names or ids (replaces the ticket's tags).
        links (list[Link] | None):
        custom_fields (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        metadata (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        is_spam (bool | None): Mark or unmark as spam.
    """

    title: str | None = None
    body: str | None = None
    status: TicketStatus | None = None
    priority: TicketPriority | None = None
    assignee_id: None | str | Unset = UNSET
    category_id: None | str | Unset = UNSET
    tags: list[str] | None = None
    links: list[Link] | None = None
    custom_fields: JsonObject | None = None
    metadata: JsonObject | None = None
    is_spam: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _title_value = UNSET if self.title is None else self.title
        title = _title_value

        _body_value = UNSET if self.body is None else self.body
        body = _body_value

        _status_value = UNSET if self.status is None else self.status
        status: str | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.value

        _priority_value = UNSET if self.priority is None else self.priority
        priority: str | Unset = UNSET
        if not isinstance(_priority_value, Unset):
            priority = _priority_value.value

        assignee_id: None | str | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        _tags_value = UNSET if self.tags is None else self.tags
        tags: list[str] | Unset = UNSET
        if not isinstance(_tags_value, Unset):
            tags = _tags_value

        _links_value = UNSET if self.links is None else self.links
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_links_value, Unset):
            links = []
            for links_item_data in _links_value:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        _custom_fields_value = UNSET if self.custom_fields is None else self.custom_fields
        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(_custom_fields_value, Unset):
            custom_fields = _custom_fields_value.to_dict()

        _metadata_value = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata_value, Unset):
            metadata = _metadata_value.to_dict()

        _is_spam_value = UNSET if self.is_spam is None else self.is_spam
        is_spam = _is_spam_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if status is not UNSET:
            field_dict["status"] = status
        if priority is not UNSET:
            field_dict["priority"] = priority
        if assignee_id is not UNSET:
            field_dict["assigneeId"] = assignee_id
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if links is not UNSET:
            field_dict["links"] = links
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if is_spam is not UNSET:
            field_dict["isSpam"] = is_spam

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not UpdateTicketInput:  # a subclass of yours: built through its __init__
            return cls._built_from(UpdateTicketInput.from_dict(src_dict))
        d = dict(src_dict)
        update_ticket_input = cls.__new__(cls)
        update_ticket_input._source = d
        update_ticket_input.title = d.get("title")
        update_ticket_input.body = d.get("body")
        update_ticket_input.assignee_id = d.get("assigneeId", UNSET)
        update_ticket_input.category_id = d.get("categoryId", UNSET)
        update_ticket_input.is_spam = d.get("isSpam")
        return update_ticket_input

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


def _read_status(d: Mapping[str, Any]) -> TicketStatus | None:
    _status = d.get("status", UNSET)
    status: TicketStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = TicketStatus(_status)
    return None if isinstance(status, Unset) else status


def _read_priority(d: Mapping[str, Any]) -> TicketPriority | None:
    _priority = d.get("priority", UNSET)
    priority: TicketPriority | Unset
    if isinstance(_priority, Unset):
        priority = UNSET
    else:
        priority = TicketPriority(_priority)
    return None if isinstance(priority, Unset) else priority


def _read_tags(d: Mapping[str, Any]) -> list[str] | None:
    tags = cast(list[str], d.get("tags", UNSET))
    return None if isinstance(tags, Unset) else tags


def _read_links(d: Mapping[str, Any]) -> list[Link] | None:
    _links = d.get("links", UNSET)
    links: list[Link] | Unset = UNSET
    if _links is not UNSET:
        links = []
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)
    return None if isinstance(links, Unset) else links


def _read_custom_fields(d: Mapping[str, Any]) -> JsonObject | None:
    _custom_fields = d.get("customFields", UNSET)
    custom_fields: JsonObject | Unset
    if isinstance(_custom_fields, Unset):
        custom_fields = UNSET
    else:
        custom_fields = JsonObject.from_dict(_custom_fields)
    return None if isinstance(custom_fields, Unset) else custom_fields


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
        "title",
        "body",
        "status",
        "priority",
        "assigneeId",
        "categoryId",
        "tags",
        "links",
        "customFields",
        "metadata",
        "isSpam",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


UpdateTicketInput._readers = {
    "status": _read_status,
    "priority": _read_priority,
    "tags": _read_tags,
    "links": _read_links,
    "custom_fields": _read_custom_fields,
    "metadata": _read_metadata,
    "additional_properties": _read_additional_properties,
}


from ..models.json_object import JsonObject  # noqa: E402
from ..models.link import Link  # noqa: E402
