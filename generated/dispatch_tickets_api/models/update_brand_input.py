# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBrandInput")


@_attrs_define
class UpdateBrandInput:
    """Brand fields to change; omitted fields are left as they are.

    Attributes:
        name (str | Unset): Display name.
        slug (str | Unset): URL-safe unique slug.
        ticket_prefix (str | Unset): Prefix of formatted ticket numbers.
        url (str | Unset): Brand website.
        icon_url (str | Unset): Brand icon URL.
        from_name (str | Unset): Sender name of outgoing mail.
        from_email (str | Unset): Sender address of outgoing mail.
        autoresponse_enabled (bool | Unset): Send an automatic reply to new email tickets.
        autoresponse_subject (str | Unset): Subject of the automatic reply.
        autoresponse_body (str | Unset): Body of the automatic reply.
        metadata (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        ticket_schema (JsonObject | Unset): A free-form JSON object (metadata, custom fields, source data, settings).
        portal_origins (list[str] | Unset): Origins allowed to call the portal API (CORS); empty blocks all.
    """

    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    ticket_prefix: str | Unset = UNSET
    url: str | Unset = UNSET
    icon_url: str | Unset = UNSET
    from_name: str | Unset = UNSET
    from_email: str | Unset = UNSET
    autoresponse_enabled: bool | Unset = UNSET
    autoresponse_subject: str | Unset = UNSET
    autoresponse_body: str | Unset = UNSET
    metadata: JsonObject | Unset = UNSET
    ticket_schema: JsonObject | Unset = UNSET
    portal_origins: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        ticket_prefix = self.ticket_prefix

        url = self.url

        icon_url = self.icon_url

        from_name = self.from_name

        from_email = self.from_email

        autoresponse_enabled = self.autoresponse_enabled

        autoresponse_subject = self.autoresponse_subject

        autoresponse_body = self.autoresponse_body

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        ticket_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ticket_schema, Unset):
            ticket_schema = self.ticket_schema.to_dict()

        portal_origins: list[str] | Unset = UNSET
        if not isinstance(self.portal_origins, Unset):
            portal_origins = self.portal_origins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if ticket_prefix is not UNSET:
            field_dict["ticketPrefix"] = ticket_prefix
        if url is not UNSET:
            field_dict["url"] = url
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url
        if from_name is not UNSET:
            field_dict["fromName"] = from_name
        if from_email is not UNSET:
            field_dict["fromEmail"] = from_email
        if autoresponse_enabled is not UNSET:
            field_dict["autoresponseEnabled"] = autoresponse_enabled
        if autoresponse_subject is not UNSET:
            field_dict["autoresponseSubject"] = autoresponse_subject
        if autoresponse_body is not UNSET:
            field_dict["autoresponseBody"] = autoresponse_body
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if ticket_schema is not UNSET:
            field_dict["ticketSchema"] = ticket_schema
        if portal_origins is not UNSET:
            field_dict["portalOrigins"] = portal_origins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        slug = d.pop("slug", UNSET)

        ticket_prefix = d.pop("ticketPrefix", UNSET)

        url = d.pop("url", UNSET)

        icon_url = d.pop("iconUrl", UNSET)

        from_name = d.pop("fromName", UNSET)

        from_email = d.pop("fromEmail", UNSET)

        autoresponse_enabled = d.pop("autoresponseEnabled", UNSET)

        autoresponse_subject = d.pop("autoresponseSubject", UNSET)

        autoresponse_body = d.pop("autoresponseBody", UNSET)

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

        portal_origins = cast(list[str], d.pop("portalOrigins", UNSET))

        update_brand_input = cls(
            name=name,
            slug=slug,
            ticket_prefix=ticket_prefix,
            url=url,
            icon_url=icon_url,
            from_name=from_name,
            from_email=from_email,
            autoresponse_enabled=autoresponse_enabled,
            autoresponse_subject=autoresponse_subject,
            autoresponse_body=autoresponse_body,
            metadata=metadata,
            ticket_schema=ticket_schema,
            portal_origins=portal_origins,
        )

        update_brand_input.additional_properties = d
        return update_brand_input

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
