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
        ticket_prefix (None | str): Prefix of formatted ticket numbers, e.g. ACME in ACME-42.
        url (None | str): Brand website.
        icon_url (None | str): Brand icon URL.
        settings (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        metadata (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        ticket_schema (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        field_definitions (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        autoresponse_subject (None | str): Subject of the automatic reply.
        autoresponse_body (None | str): Body of the automatic reply.
        from_name (None | str): Sender name of outgoing mail.
        from_email (None | str): Sender address of outgoing mail.
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
    ticket_prefix: None | str = None
    url: None | str = None
    icon_url: None | str = None
    settings: JsonObject | None = None
    metadata: JsonObject | None = None
    ticket_schema: JsonObject | None = None
    field_definitions: JsonObject | None = None
    autoresponse_subject: None | str = None
    autoresponse_body: None | str = None
    from_name: None | str = None
    from_email: None | str = None
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

        _ticket_prefix_value = (
            UNSET if self.ticket_prefix is None and not self._read_null("ticketPrefix") else self.ticket_prefix
        )
        ticket_prefix: None | str | Unset
        if isinstance(_ticket_prefix_value, Unset):
            ticket_prefix = UNSET
        else:
            ticket_prefix = _ticket_prefix_value

        _url_value = UNSET if self.url is None and not self._read_null("url") else self.url
        url: None | str | Unset
        if isinstance(_url_value, Unset):
            url = UNSET
        else:
            url = _url_value

        _icon_url_value = UNSET if self.icon_url is None and not self._read_null("iconUrl") else self.icon_url
        icon_url: None | str | Unset
        if isinstance(_icon_url_value, Unset):
            icon_url = UNSET
        else:
            icon_url = _icon_url_value

        _settings_value = UNSET if self.settings is None else self.settings
        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(_settings_value, Unset):
            settings = _settings_value.to_dict()

        _metadata_value = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata_value, Unset):
            metadata = _metadata_value.to_dict()

        _ticket_schema_value = UNSET if self.ticket_schema is None else self.ticket_schema
        ticket_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(_ticket_schema_value, Unset):
            ticket_schema = _ticket_schema_value.to_dict()

        _field_definitions_value = UNSET if self.field_definitions is None else self.field_definitions
        field_definitions: dict[str, Any] | Unset = UNSET
        if not isinstance(_field_definitions_value, Unset):
            field_definitions = _field_definitions_value.to_dict()

        _autoresponse_subject_value = (
            UNSET
            if self.autoresponse_subject is None and not self._read_null("autoresponseSubject")
            else self.autoresponse_subject
        )
        autoresponse_subject: None | str | Unset
        if isinstance(_autoresponse_subject_value, Unset):
            autoresponse_subject = UNSET
        else:
            autoresponse_subject = _autoresponse_subject_value

        _autoresponse_body_value = (
            UNSET
            if self.autoresponse_body is None and not self._read_null("autoresponseBody")
            else self.autoresponse_body
        )
        autoresponse_body: None | str | Unset
        if isinstance(_autoresponse_body_value, Unset):
            autoresponse_body = UNSET
        else:
            autoresponse_body = _autoresponse_body_value

        _from_name_value = UNSET if self.from_name is None and not self._read_null("fromName") else self.from_name
        from_name: None | str | Unset
        if isinstance(_from_name_value, Unset):
            from_name = UNSET
        else:
            from_name = _from_name_value

        _from_email_value = UNSET if self.from_email is None and not self._read_null("fromEmail") else self.from_email
        from_email: None | str | Unset
        if isinstance(_from_email_value, Unset):
            from_email = UNSET
        else:
            from_email = _from_email_value

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
        brand.ticket_prefix = d.get("ticketPrefix")
        brand.url = d.get("url")
        brand.icon_url = d.get("iconUrl")
        brand.autoresponse_subject = d.get("autoresponseSubject")
        brand.autoresponse_body = d.get("autoresponseBody")
        brand.from_name = d.get("fromName")
        brand.from_email = d.get("fromEmail")
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


def _read_settings(d: Mapping[str, Any]) -> JsonObject | None:
    _settings = d.get("settings", UNSET)
    settings: JsonObject | Unset
    if isinstance(_settings, Unset):
        settings = UNSET
    else:
        settings = JsonObject.from_dict(_settings)
    return None if isinstance(settings, Unset) else settings


def _read_metadata(d: Mapping[str, Any]) -> JsonObject | None:
    _metadata = d.get("metadata", UNSET)
    metadata: JsonObject | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = JsonObject.from_dict(_metadata)
    return None if isinstance(metadata, Unset) else metadata


def _read_ticket_schema(d: Mapping[str, Any]) -> JsonObject | None:
    _ticket_schema = d.get("ticketSchema", UNSET)
    ticket_schema: JsonObject | Unset
    if isinstance(_ticket_schema, Unset):
        ticket_schema = UNSET
    else:
        ticket_schema = JsonObject.from_dict(_ticket_schema)
    return None if isinstance(ticket_schema, Unset) else ticket_schema


def _read_field_definitions(d: Mapping[str, Any]) -> JsonObject | None:
    _field_definitions = d.get("fieldDefinitions", UNSET)
    field_definitions: JsonObject | Unset
    if isinstance(_field_definitions, Unset):
        field_definitions = UNSET
    else:
        field_definitions = JsonObject.from_dict(_field_definitions)
    return None if isinstance(field_definitions, Unset) else field_definitions


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
