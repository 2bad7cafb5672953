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
        body (None | str): Description.
        assignee_id (None | str): Assigned agent; null when unassigned.
        created_by (None | str): Creator reference.
        customer_id (None | str): Customer id.
        customer (Customer | None): The customer, when included.
        category_id (None | str): Category id.
        category (Category | None): The category, when included.
        tags (list[Tag] | None): Tags on the ticket.
        links (list[Link] | None): Links on the ticket.
        custom_fields (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        metadata (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        source_id (None | str): Id of the ticket in its source system.
        source_data (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        deleted_at (datetime.datetime | None): When the ticket was deleted.
        merged_into_id (None | str): Ticket this one was merged into.
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
    body: None | str = None
    assignee_id: None | str = None
    created_by: None | str = None
    customer_id: None | str = None
    customer: Customer | None = None
    category_id: None | str = None
    category: Category | None = None
    tags: list[Tag] | None = None
    links: list[Link] | None = None
    custom_fields: JsonObject | None = None
    metadata: JsonObject | None = None
    source_id: None | str = None
    source_data: JsonObject | None = None
    deleted_at: datetime.datetime | None = None
    merged_into_id: None | str = None
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

        _body_value = UNSET if self.body is None and not self._read_null("body") else self.body
        body: None | str | Unset
        if isinstance(_body_value, Unset):
            body = UNSET
        else:
            body = _body_value

        _assignee_id_value = (
            UNSET if self.assignee_id is None and not self._read_null("assigneeId") else self.assignee_id
        )
        assignee_id: None | str | Unset
        if isinstance(_assignee_id_value, Unset):
            assignee_id = UNSET
        else:
            assignee_id = _assignee_id_value

        _created_by_value = UNSET if self.created_by is None and not self._read_null("createdBy") else self.created_by
        created_by: None | str | Unset
        if isinstance(_created_by_value, Unset):
            created_by = UNSET
        else:
            created_by = _created_by_value

        _customer_id_value = (
            UNSET if self.customer_id is None and not self._read_null("customerId") else self.customer_id
        )
        customer_id: None | str | Unset
        if isinstance(_customer_id_value, Unset):
            customer_id = UNSET
        else:
            customer_id = _customer_id_value

        _customer_value = UNSET if self.customer is None and not self._read_null("customer") else self.customer
        customer: dict[str, Any] | None | Unset
        if isinstance(_customer_value, Unset):
            customer = UNSET
        elif isinstance(_customer_value, Customer):
            customer = _customer_value.to_dict()
        else:
            customer = _customer_value

        _category_id_value = (
            UNSET if self.category_id is None and not self._read_null("categoryId") else self.category_id
        )
        category_id: None | str | Unset
        if isinstance(_category_id_value, Unset):
            category_id = UNSET
        else:
            category_id = _category_id_value

        _category_value = UNSET if self.category is None and not self._read_null("category") else self.category
        category: dict[str, Any] | None | Unset
        if isinstance(_category_value, Unset):
            category = UNSET
        elif isinstance(_category_value, Category):
            category = _category_value.to_dict()
        else:
            category = _category_value

        _tags_value = UNSET if self.tags is None else self.tags
        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_tags_value, Unset):
            tags = []
            for tags_item_data in _tags_value:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

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

        _merged_into_id_value = (
            UNSET if self.merged_into_id is None and not self._read_null("mergedIntoId") else self.merged_into_id
        )
        merged_into_id: None | str | Unset
        if isinstance(_merged_into_id_value, Unset):
            merged_into_id = UNSET
        else:
            merged_into_id = _merged_into_id_value

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
        ticket.body = d.get("body")
        ticket.assignee_id = d.get("assigneeId")
        ticket.created_by = d.get("createdBy")
        ticket.customer_id = d.get("customerId")
        ticket.category_id = d.get("categoryId")
        ticket.source_id = d.get("sourceId")
        ticket.merged_into_id = d.get("mergedIntoId")
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


def _read_customer(d: Mapping[str, Any]) -> Customer | None:
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
    return None if isinstance(customer, Unset) else customer


def _read_category(d: Mapping[str, Any]) -> Category | None:
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
    return None if isinstance(category, Unset) else category


def _read_tags(d: Mapping[str, Any]) -> list[Tag] | None:
    _tags = d.get("tags", UNSET)
    tags: list[Tag] | Unset = UNSET
    if _tags is not UNSET:
        tags = []
        for tags_item_data in _tags:
            tags_item = Tag.from_dict(tags_item_data)

            tags.append(tags_item)
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
