# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_priority import TicketPriority
from ..models.ticket_source import TicketSource
from ..models.ticket_status import TicketStatus
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreateTicketInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class CreateTicketInput(LazyModel):
    """Fields for a new ticket.

    Attributes:
        title (str): Subject line.
        body (str | Unset): Description.
        status (TicketStatus | Unset): Ticket status.
        priority (TicketPriority | Unset): Ticket priority.
        assignee_id (str | Unset): Agent to assign.
        created_by (str | Unset): Creator reference.
        category_id (str | Unset): Category id.
        tags (list[str] | Unset): Tag names or ids.
        links (list[Link] | Unset):
        custom_fields (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        metadata (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        source (TicketSource | Unset): Channel a ticket or comment came from.
        source_id (str | Unset): Id of the ticket in its source system.
        source_data (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        notify_customer (bool | Unset): Email the customer about the new ticket.
        customer_email (str | Unset): Customer email; the customer is found or created.
        customer_name (str | Unset): Customer name, used when the customer is created.
    """

    title: str
    body: str | Unset = UNSET
    status: TicketStatus | Unset = UNSET
    priority: TicketPriority | Unset = UNSET
    assignee_id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    category_id: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    custom_fields: JsonObject | Unset = UNSET
    metadata: JsonObject | Unset = UNSET
    source: TicketSource | Unset = UNSET
    source_id: str | Unset = UNSET
    source_data: JsonObject | Unset = UNSET
    notify_customer: bool | Unset = UNSET
    customer_email: str | Unset = UNSET
    customer_name: str | Unset = UNSET
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

        assignee_id = self.assignee_id

        created_by = self.created_by

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

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        source_id = self.source_id

        source_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_data, Unset):
            source_data = self.source_data.to_dict()

        notify_customer = self.notify_customer

        customer_email = self.customer_email

        customer_name = self.customer_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if status is not UNSET:
            field_dict["status"] = status
        if priority is not UNSET:
            field_dict["priority"] = priority
        if assignee_id is not UNSET:
            field_dict["assigneeId"] = assignee_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
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
        if source is not UNSET:
            field_dict["source"] = source
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if source_data is not UNSET:
            field_dict["sourceData"] = source_data
        if notify_customer is not UNSET:
            field_dict["notifyCustomer"] = notify_customer
        if customer_email is not UNSET:
            field_dict["customerEmail"] = customer_email
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not CreateTicketInput:  # a subclass of yours: built through its __init__
            return cls._built_from(CreateTicketInput.from_dict(src_dict))
        d = dict(src_dict)
        create_ticket_input = cls.__new__(cls)
        create_ticket_input._source = d
        create_ticket_input.title = d["title"]
        create_ticket_input.body = d.get("body", UNSET)
        create_ticket_input.assignee_id = d.get("assigneeId", UNSET)
        create_ticket_input.created_by = d.get("createdBy", UNSET)
        create_ticket_input.category_id = d.get("categoryId", UNSET)
        create_ticket_input.source_id = d.get("sourceId", UNSET)
        create_ticket_input.notify_customer = d.get("notifyCustomer", UNSET)
        create_ticket_input.customer_email = d.get("customerEmail", UNSET)
        create_ticket_input.customer_name = d.get("customerName", UNSET)
        return create_ticket_input

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


def _read_source(d: Mapping[str, Any]) -> TicketSource | Unset:
    _source = d.get("source", UNSET)
    source: TicketSource | Unset
    if isinstance(_source, Unset):
        source = UNSET
    else:
        source = TicketSource(_source)
    return source


def _read_source_data(d: Mapping[str, Any]) -> JsonObject | Unset:
    _source_data = d.get("sourceData", UNSET)
    source_data: JsonObject | Unset
    if isinstance(_source_data, Unset):
        source_data = UNSET
    else:
        source_data = JsonObject.from_dict(_source_data)
    return source_data


_KNOWN_KEYS = frozenset(
    {
        "title",
        "body",
        "status",
        "priority",
        "assigneeId",
        "createdBy",
        "categoryId",
        "tags",
        "links",
        "customFields",
        "metadata",
        "source",
        "sourceId",
        "sourceData",
        "notifyCustomer",
        "customerEmail",
        "customerName",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


CreateTicketInput._readers = {
    "status": _read_status,
    "priority": _read_priority,
    "tags": _read_tags,
    "links": _read_links,
    "custom_fields": _read_custom_fields,
    "metadata": _read_metadata,
    "source": _read_source,
    "source_data": _read_source_data,
    "additional_properties": _read_additional_properties,
}


from ..models.json_object import JsonObject  # noqa: E402
from ..models.link import Link  # noqa: E402
