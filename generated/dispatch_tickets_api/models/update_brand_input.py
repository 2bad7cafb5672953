# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="UpdateBrandInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class UpdateBrandInput(LazyModel):
    """Brand fields to change; omitted fields are left as they are.

    Attributes:
        name (str | Unset): Display name.
        slug (str | Unset): URL-safe unique slug (letters, digits and `-._~`).
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
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not UpdateBrandInput:  # a subclass of yours: built through its __init__
            return cls._built_from(UpdateBrandInput.from_dict(src_dict))
        d = dict(src_dict)
        update_brand_input = cls.__new__(cls)
        update_brand_input._source = d
        update_brand_input.name = d.get("name", UNSET)
        update_brand_input.slug = d.get("slug", UNSET)
        update_brand_input.ticket_prefix = d.get("ticketPrefix", UNSET)
        update_brand_input.url = d.get("url", UNSET)
        update_brand_input.icon_url = d.get("iconUrl", UNSET)
        update_brand_input.from_name = d.get("fromName", UNSET)
        update_brand_input.from_email = d.get("fromEmail", UNSET)
        update_brand_input.autoresponse_enabled = d.get("autoresponseEnabled", UNSET)
        update_brand_input.autoresponse_subject = d.get("autoresponseSubject", UNSET)
        update_brand_input.autoresponse_body = d.get("autoresponseBody", UNSET)
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


def _read_portal_origins(d: Mapping[str, Any]) -> list[str] | Unset:
    portal_origins = cast(list[str], d.get("portalOrigins", UNSET))
    return portal_origins


_KNOWN_KEYS = frozenset(
    {
        "name",
        "slug",
        "ticketPrefix",
        "url",
        "iconUrl",
        "fromName",
        "fromEmail",
        "autoresponseEnabled",
        "autoresponseSubject",
        "autoresponseBody",
        "metadata",
        "ticketSchema",
        "portalOrigins",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


UpdateBrandInput._readers = {
    "metadata": _read_metadata,
    "ticket_schema": _read_ticket_schema,
    "portal_origins": _read_portal_origins,
    "additional_properties": _read_additional_properties,
}


from ..models.json_object import JsonObject  # noqa: E402
