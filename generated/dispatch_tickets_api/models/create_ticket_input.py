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
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTicketInput")


@_attrs_define
class CreateTicketInput:
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
        d = dict(src_dict)
        title = d.pop("title")

        body = d.pop("body", UNSET)

        _status = d.pop("status", UNSET)
        status: TicketStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TicketStatus(_status)

        _priority = d.pop("priority", UNSET)
        priority: TicketPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TicketPriority(_priority)

        assignee_id = d.pop("assigneeId", UNSET)

        created_by = d.pop("createdBy", UNSET)

        category_id = d.pop("categoryId", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _links = d.pop("links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: JsonObject | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = JsonObject.from_dict(_custom_fields)

        _metadata = d.pop("metadata", UNSET)
        metadata: JsonObject | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JsonObject.from_dict(_metadata)

        _source = d.pop("source", UNSET)
        source: TicketSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = TicketSource(_source)

        source_id = d.pop("sourceId", UNSET)

        _source_data = d.pop("sourceData", UNSET)
        source_data: JsonObject | Unset
        if isinstance(_source_data, Unset):
            source_data = UNSET
        else:
            source_data = JsonObject.from_dict(_source_data)

        notify_customer = d.pop("notifyCustomer", UNSET)

        customer_email = d.pop("customerEmail", UNSET)

        customer_name = d.pop("customerName", UNSET)

        create_ticket_input = cls(
            title=title,
            body=body,
            status=status,
            priority=priority,
            assignee_id=assignee_id,
            created_by=created_by,
            category_id=category_id,
            tags=tags,
            links=links,
            custom_fields=custom_fields,
            metadata=metadata,
            source=source,
            source_id=source_id,
            source_data=source_data,
            notify_customer=notify_customer,
            customer_email=customer_email,
            customer_name=customer_name,
        )

        create_ticket_input.additional_properties = d
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


from ..models.json_object import JsonObject  # noqa: E402
from ..models.link import Link  # noqa: E402
