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
        title (str | Unset): Subject line.
        body (str | Unset): Description.
        status (TicketStatus | Unset): Ticket status.
        priority (TicketPriority | Unset): Ticket priority.
        assignee_id (None | str | Unset): Agent to assign; null unassigns.
        category_id (None | str | Unset): Category id; null removes the category.
        tags (list[str] | Unset): Tag names or ids (replaces the ticket's tags).
        links (list[Link] | Unset):
        custom_fields (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        metadata (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        is_spam (bool | Unset): Mark or unmark as spam.
    """

    title: str | Unset = UNSET
    body: str | Unset = UNSET
    status: TicketStatus | Unset = UNSET
    priority: TicketPriority | Unset = UNSET
    assignee_id: None | str | Unset = UNSET
    category_id: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    custom_fields: JsonObject | Unset = UNSET
    metadata: JsonObject | Unset = UNSET
    is_spam: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body = self.body

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

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

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        is_spam = self.is_spam

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
        update_ticket_input.title = d.get("title", UNSET)
        update_ticket_input.body = d.get("body", UNSET)
        update_ticket_input.assignee_id = d.get("assigneeId", UNSET)
        update_ticket_input.category_id = d.get("categoryId", UNSET)
        update_ticket_input.is_spam = d.get("isSpam", UNSET)
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


def _read_status(d: Mapping[str, Any]) -> TicketStatus | Unset:
    _status = d.get("status", UNSET)
    status: TicketStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = TicketStatus(_status)
    return status


def _read_priority(d: Mapping[str, Any]) -> TicketPriority | Unset:
    _priority = d.get("priority", UNSET)
    priority: TicketPriority | Unset
    if isinstance(_priority, Unset):
        priority = UNSET
    else:
        priority = TicketPriority(_priority)
    return priority


def _read_tags(d: Mapping[str, Any]) -> list[str] | Unset:
    tags = cast(list[str], d.get("tags", UNSET))
    return tags


def _read_links(d: Mapping[str, Any]) -> list[Link] | Unset:
    _links = d.get("links", UNSET)
    links: list[Link] | Unset = UNSET
    if _links is not UNSET:
        links = []
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)
    return links


def _read_custom_fields(d: Mapping[str, Any]) -> JsonObject | Unset:
    _custom_fields = d.get("customFields", UNSET)
    custom_fields: JsonObject | Unset
    if isinstance(_custom_fields, Unset):
        custom_fields = UNSET
    else:
        custom_fields = JsonObject.from_dict(_custom_fields)
    return custom_fields


def _read_metadata(d: Mapping[str, Any]) -> JsonObject | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: JsonObject | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = JsonObject.from_dict(_metadata)
    return metadata


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
