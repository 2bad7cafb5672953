# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Brand")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class Brand(LazyModel):
    """A brand (formerly workspace): one support desk with its own tickets, customers and settings.

    Attributes:
        id (str): Brand id (br_…).
        account_id (str): Owning account id.
        name (str): Display name.
        slug (str): URL-safe unique slug.
        next_ticket_number (int): Number the next ticket will get.
        inbound_email_enabled (bool): Whether mail to <brandId>@inbound.dispatchtickets.com creates tickets.
        autoresponse_enabled (bool): Whether an automatic reply is sent to new email tickets.
        portal_origins (list[str]): Origins allowed to call the portal API (CORS); empty blocks all.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        ticket_prefix (None | str | Unset): Prefix of formatted ticket numbers, e.g. ACME in ACME-42.
        url (None | str | Unset): Brand website.
        icon_url (None | str | Unset): Brand icon URL.
        settings (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        metadata (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        ticket_schema (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        field_definitions (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data,
            settings).
        autoresponse_subject (None | str | Unset): Subject of the automatic reply.
        autoresponse_body (None | str | Unset): Body of the automatic reply.
        from_name (None | str | Unset): Sender name of outgoing mail.
        from_email (None | str | Unset): Sender address of outgoing mail.
    """

    id: str
    account_id: str
    name: str
    slug: str
    next_ticket_number: int
    inbound_email_enabled: bool
    autoresponse_enabled: bool
    portal_origins: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    ticket_prefix: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    icon_url: None | str | Unset = UNSET
    settings: JsonObject | Unset = UNSET
    metadata: JsonObject | Unset = UNSET
    ticket_schema: JsonObject | Unset = UNSET
    field_definitions: JsonObject | Unset = UNSET
    autoresponse_subject: None | str | Unset = UNSET
    autoresponse_body: None | str | Unset = UNSET
    from_name: None | str | Unset = UNSET
    from_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        name = self.name

        slug = self.slug

        next_ticket_number = self.next_ticket_number

        inbound_email_enabled = self.inbound_email_enabled

        autoresponse_enabled = self.autoresponse_enabled

        portal_origins = self.portal_origins

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        ticket_prefix: None | str | Unset
        if isinstance(self.ticket_prefix, Unset):
            ticket_prefix = UNSET
        else:
            ticket_prefix = self.ticket_prefix

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        ticket_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ticket_schema, Unset):
            ticket_schema = self.ticket_schema.to_dict()

        field_definitions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_definitions, Unset):
            field_definitions = self.field_definitions.to_dict()

        autoresponse_subject: None | str | Unset
        if isinstance(self.autoresponse_subject, Unset):
            autoresponse_subject = UNSET
        else:
            autoresponse_subject = self.autoresponse_subject

        autoresponse_body: None | str | Unset
        if isinstance(self.autoresponse_body, Unset):
            autoresponse_body = UNSET
        else:
            autoresponse_body = self.autoresponse_body

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        from_email: None | str | Unset
        if isinstance(self.from_email, Unset):
            from_email = UNSET
        else:
            from_email = self.from_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "accountId": account_id,
                "name": name,
                "slug": slug,
                "nextTicketNumber": next_ticket_number,
                "inboundEmailEnabled": inbound_email_enabled,
                "autoresponseEnabled": autoresponse_enabled,
                "portalOrigins": portal_origins,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if ticket_prefix is not UNSET:
            field_dict["ticketPrefix"] = ticket_prefix
        if url is not UNSET:
            field_dict["url"] = url
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url
        if settings is not UNSET:
            field_dict["settings"] = settings
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if ticket_schema is not UNSET:
            field_dict["ticketSchema"] = ticket_schema
        if field_definitions is not UNSET:
            field_dict["fieldDefinitions"] = field_definitions
        if autoresponse_subject is not UNSET:
            field_dict["autoresponseSubject"] = autoresponse_subject
        if autoresponse_body is not UNSET:
            field_dict["autoresponseBody"] = autoresponse_body
        if from_name is not UNSET:
            field_dict["fromName"] = from_name
        if from_email is not UNSET:
            field_dict["fromEmail"] = from_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not Brand:  # a subclass of yours: built through its __init__
            return cls._built_from(Brand.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        brand = cls.__new__(cls)
        brand._source = d
        brand.id = d["id"]
        brand.account_id = d["accountId"]
        brand.name = d["name"]
        brand.slug = d["slug"]
        brand.next_ticket_number = d["nextTicketNumber"]
        brand.inbound_email_enabled = d["inboundEmailEnabled"]
        brand.autoresponse_enabled = d["autoresponseEnabled"]
        brand.ticket_prefix = d.get("ticketPrefix", UNSET)
        brand.url = d.get("url", UNSET)
        brand.icon_url = d.get("iconUrl", UNSET)
        brand.autoresponse_subject = d.get("autoresponseSubject", UNSET)
        brand.autoresponse_body = d.get("autoresponseBody", UNSET)
        brand.from_name = d.get("fromName", UNSET)
        brand.from_email = d.get("fromEmail", UNSET)
        return brand

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


def _read_portal_origins(d: Mapping[str, Any]) -> list[str]:
    portal_origins = cast(list[str], d["portalOrigins"])
    return portal_origins


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["createdAt"])
    return created_at


def _read_updated_at(d: Mapping[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updatedAt"])
    return updated_at


def _read_settings(d: Mapping[str, Any]) -> JsonObject | Unset:
    _settings = d.get("settings", UNSET)
    settings: JsonObject | Unset
    if isinstance(_settings, Unset):
        settings = UNSET
    else:
        settings = JsonObject.from_dict(_settings)
    return settings


def _read_metadata(d: Mapping[str, Any]) -> JsonObject | Unset:
    _metadata = d.get("metadata", UNSET)
    metadata: JsonObject | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = JsonObject.from_dict(_metadata)
    return metadata


def _read_ticket_schema(d: Mapping[str, Any]) -> JsonObject | Unset:
    _ticket_schema = d.get("ticketSchema", UNSET)
    ticket_schema: JsonObject | Unset
    if isinstance(_ticket_schema, Unset):
        ticket_schema = UNSET
    else:
        ticket_schema = JsonObject.from_dict(_ticket_schema)
    return ticket_schema


def _read_field_definitions(d: Mapping[str, Any]) -> JsonObject | Unset:
    _field_definitions = d.get("fieldDefinitions", UNSET)
    field_definitions: JsonObject | Unset
    if isinstance(_field_definitions, Unset):
        field_definitions = UNSET
    else:
        field_definitions = JsonObject.from_dict(_field_definitions)
    return field_definitions


_KNOWN_KEYS = frozenset(
    {
        "id",
        "accountId",
        "name",
        "slug",
        "nextTicketNumber",
        "inboundEmailEnabled",
        "autoresponseEnabled",
        "portalOrigins",
        "createdAt",
        "updatedAt",
        "ticketPrefix",
        "url",
        "iconUrl",
        "settings",
        "metadata",
        "ticketSchema",
        "fieldDefinitions",
        "autoresponseSubject",
        "autoresponseBody",
        "fromName",
        "fromEmail",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "portalOrigins",
        "createdAt",
        "updatedAt",
    }
)
Brand._readers = {
    "portal_origins": _read_portal_origins,
    "created_at": _read_created_at,
    "updated_at": _read_updated_at,
    "settings": _read_settings,
    "metadata": _read_metadata,
    "ticket_schema": _read_ticket_schema,
    "field_definitions": _read_field_definitions,
    "additional_properties": _read_additional_properties,
}


from ..models.json_object import JsonObject  # noqa: E402
