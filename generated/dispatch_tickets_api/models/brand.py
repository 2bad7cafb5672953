# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Brand")


@_attrs_define
class Brand:
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
        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("accountId")

        name = d.pop("name")

        slug = d.pop("slug")

        next_ticket_number = d.pop("nextTicketNumber")

        inbound_email_enabled = d.pop("inboundEmailEnabled")

        autoresponse_enabled = d.pop("autoresponseEnabled")

        portal_origins = cast(list[str], d.pop("portalOrigins"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        ticket_prefix = d.pop("ticketPrefix", UNSET)

        url = d.pop("url", UNSET)

        icon_url = d.pop("iconUrl", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: JsonObject | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = JsonObject.from_dict(_settings)

        _metadata = d.pop("metadata", UNSET)
        metadata: JsonObject | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = JsonObject.from_dict(_metadata)

        _ticket_schema = d.pop("ticketSchema", UNSET)
        ticket_schema: JsonObject | Unset
        if isinstance(_ticket_schema, Unset):
            ticket_schema = UNSET
        else:
            ticket_schema = JsonObject.from_dict(_ticket_schema)

        _field_definitions = d.pop("fieldDefinitions", UNSET)
        field_definitions: JsonObject | Unset
        if isinstance(_field_definitions, Unset):
            field_definitions = UNSET
        else:
            field_definitions = JsonObject.from_dict(_field_definitions)

        autoresponse_subject = d.pop("autoresponseSubject", UNSET)

        autoresponse_body = d.pop("autoresponseBody", UNSET)

        from_name = d.pop("fromName", UNSET)

        from_email = d.pop("fromEmail", UNSET)

        brand = cls(
            id=id,
            account_id=account_id,
            name=name,
            slug=slug,
            next_ticket_number=next_ticket_number,
            inbound_email_enabled=inbound_email_enabled,
            autoresponse_enabled=autoresponse_enabled,
            portal_origins=portal_origins,
            created_at=created_at,
            updated_at=updated_at,
            ticket_prefix=ticket_prefix,
            url=url,
            icon_url=icon_url,
            settings=settings,
            metadata=metadata,
            ticket_schema=ticket_schema,
            field_definitions=field_definitions,
            autoresponse_subject=autoresponse_subject,
            autoresponse_body=autoresponse_body,
            from_name=from_name,
            from_email=from_email,
        )

        brand.additional_properties = d
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


from ..models.json_object import JsonObject  # noqa: E402
