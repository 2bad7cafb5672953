# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_priority import TicketPriority
from ..models.ticket_source import TicketSource
from ..models.ticket_status import TicketStatus
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Ticket")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class Ticket(LazyModel):
    """A support ticket.

    Attributes:
        id (str): Ticket id (tkt_…).
        brand_id (str): Brand id.
        ticket_number (int): Sequential number within the brand.
        title (str): Subject line.
        status (TicketStatus): Ticket status.
        priority (TicketPriority): Ticket priority.
        source (TicketSource): Channel a ticket or comment came from.
        comment_count (int): Number of comments.
        attachment_count (int): Number of attachments.
        is_spam (bool): Whether the ticket is marked as spam.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        body (None | str | Unset): Description.
        assignee_id (None | str | Unset): Assigned agent; null when unassigned.
        created_by (None | str | Unset): Creator reference.
        customer_id (None | str | Unset): Customer id.
        customer (Customer | None | Unset): The customer, when included.
        category_id (None | str | Unset): Category id.
        category (Category | None | Unset): The category, when included.
        tags (list[Tag] | Unset): Tags on the ticket.
        links (list[Link] | Unset): Links on the ticket.
        custom_fields (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        metadata (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        source_id (None | str | Unset): Id of the ticket in its source system.
        source_data (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        deleted_at (datetime.datetime | None | Unset): When the ticket was deleted.
        merged_into_id (None | str | Unset): Ticket this one was merged into.
    """

    id: str
    brand_id: str
    ticket_number: int
    title: str
    status: TicketStatus
    priority: TicketPriority
    source: TicketSource
    comment_count: int
    attachment_count: int
    is_spam: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    body: None | str | Unset = UNSET
    assignee_id: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer: Customer | None | Unset = UNSET
    category_id: None | str | Unset = UNSET
    category: Category | None | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
    links: list[Link] | Unset = UNSET
    custom_fields: JsonObject | Unset = UNSET
    metadata: JsonObject | Unset = UNSET
    source_id: None | str | Unset = UNSET
    source_data: JsonObject | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    merged_into_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        brand_id = self.brand_id

        ticket_number = self.ticket_number

        title = self.title

        status = self.status.value

        priority = self.priority.value

        source = self.source.value

        comment_count = self.comment_count

        attachment_count = self.attachment_count

        is_spam = self.is_spam

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        assignee_id: None | str | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        category: dict[str, Any] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, Category):
            category = self.category.to_dict()
        else:
            category = self.category

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

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

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        source_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_data, Unset):
            source_data = self.source_data.to_dict()

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        merged_into_id: None | str | Unset
        if isinstance(self.merged_into_id, Unset):
            merged_into_id = UNSET
        else:
            merged_into_id = self.merged_into_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "brandId": brand_id,
                "ticketNumber": ticket_number,
                "title": title,
                "status": status,
                "priority": priority,
                "source": source,
                "commentCount": comment_count,
                "attachmentCount": attachment_count,
                "isSpam": is_spam,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if assignee_id is not UNSET:
            field_dict["assigneeId"] = assignee_id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if category is not UNSET:
            field_dict["category"] = category
        if tags is not UNSET:
            field_dict["tags"] = tags
        if links is not UNSET:
            field_dict["links"] = links
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if source_data is not UNSET:
            field_dict["sourceData"] = source_data
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if merged_into_id is not UNSET:
            field_dict["mergedIntoId"] = merged_into_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not Ticket:  # a subclass of yours: built through its __init__
            return cls._built_from(Ticket.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        ticket = cls.__new__(cls)
        ticket._source = d
        ticket.id = d["id"]
        ticket.brand_id = d["brandId"]
        ticket.ticket_number = d["ticketNumber"]
        ticket.title = d["title"]
        ticket.comment_count = d["commentCount"]
        ticket.attachment_count = d["attachmentCount"]
        ticket.is_spam = d["isSpam"]
        ticket.body = d.get("body", UNSET)
        ticket.assignee_id = d.get("assigneeId", UNSET)
        ticket.created_by = d.get("createdBy", UNSET)
        ticket.customer_id = d.get("customerId", UNSET)
        ticket.category_id = d.get("categoryId", UNSET)
        ticket.source_id = d.get("sourceId", UNSET)
        ticket.merged_into_id = d.get("mergedIntoId", UNSET)
        return ticket

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


def _read_status(d: Mapping[str, Any]) -> TicketStatus:
    status = TicketStatus(d["status"])
    return status


def _read_priority(d: Mapping[str, Any]) -> TicketPriority:
    priority = TicketPriority(d["priority"])
    return priority


def _read_source(d: Mapping[str, Any]) -> TicketSource:
    source = TicketSource(d["source"])
    return source


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["createdAt"])
    return created_at


def _read_updated_at(d: Mapping[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updatedAt"])
    return updated_at


def _read_customer(d: Mapping[str, Any]) -> Customer | None | Unset:
    def _parse_customer(data: object) -> Customer | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            customer_type_0 = Customer.from_dict(data)

            return customer_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Customer | None | Unset, data)

    customer = _parse_customer(d.get("customer", UNSET))
    return customer


def _read_category(d: Mapping[str, Any]) -> Category | None | Unset:
    def _parse_category(data: object) -> Category | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            category_type_0 = Category.from_dict(data)

            return category_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Category | None | Unset, data)

    category = _parse_category(d.get("category", UNSET))
    return category


def _read_tags(d: Mapping[str, Any]) -> list[Tag] | Unset:
    _tags = d.get("tags", UNSET)
    tags: list[Tag] | Unset = UNSET
    if _tags is not UNSET:
        tags = []
        for tags_item_data in _tags:
            tags_item = Tag.from_dict(tags_item_data)

            tags.append(tags_item)
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


def _read_source_data(d: Mapping[str, Any]) -> JsonObject | Unset:
    _source_data = d.get("sourceData", UNSET)
    source_data: JsonObject | Unset
    if isinstance(_source_data, Unset):
        source_data = UNSET
    else:
        source_data = JsonObject.from_dict(_source_data)
    return source_data


def _read_deleted_at(d: Mapping[str, Any]) -> datetime.datetime | None | Unset:
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
    return deleted_at


_KNOWN_KEYS = frozenset(
    {
        "id",
        "brandId",
        "ticketNumber",
        "title",
        "status",
        "priority",
        "source",
        "commentCount",
        "attachmentCount",
        "isSpam",
        "createdAt",
        "updatedAt",
        "body",
        "assigneeId",
        "createdBy",
        "customerId",
        "customer",
        "categoryId",
        "category",
        "tags",
        "links",
        "customFields",
        "metadata",
        "sourceId",
        "sourceData",
        "deletedAt",
        "mergedIntoId",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "status",
        "priority",
        "source",
        "createdAt",
        "updatedAt",
    }
)
Ticket._readers = {
    "status": _read_status,
    "priority": _read_priority,
    "source": _read_source,
    "created_at": _read_created_at,
    "updated_at": _read_updated_at,
    "customer": _read_customer,
    "category": _read_category,
    "tags": _read_tags,
    "links": _read_links,
    "custom_fields": _read_custom_fields,
    "metadata": _read_metadata,
    "source_data": _read_source_data,
    "deleted_at": _read_deleted_at,
    "additional_properties": _read_additional_properties,
}


from ..models.category import Category  # noqa: E402
from ..models.customer import Customer  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.link import Link  # noqa: E402
from ..models.tag import Tag  # noqa: E402
