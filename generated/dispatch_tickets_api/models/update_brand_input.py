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
        name (str | None): Display name.
        slug (str | None): URL-safe unique slug (letters, digits and `-._~`).
        ticket_prefix (str | None): Prefix of formatted ticket numbers.
        url (str | None): Brand website.
        icon_url (str | None): Brand icon URL.
        from_name (str | None): Sender name of outgoing mail.
        from_email (str | None): Sender address of outgoing mail.
        autoresponse_enabled (bool | None): Send an automatic reply to new email tickets.
        autoresponse_subject (str | None): Subject of the automatic reply.
        autoresponse_body (str | None): Body of the automatic reply.
        metadata (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        ticket_schema (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        portal_origins (list[str] | None): Origins allowed to call the portal API (CORS); empty blocks all.
    """

    name: str | None = None
    slug: str | None = None
    ticket_prefix: str | None = None
    url: str | None = None
    icon_url: str | None = None
    from_name: str | None = None
    from_email: str | None = None
    autoresponse_enabled: bool | None = None
    autoresponse_subject: str | None = None
    autoresponse_body: str | None = None
    metadata: JsonObject | None = None
    ticket_schema: JsonObject | None = None
    portal_origins: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _name_value = UNSET if self.name is None else self.name
        name = _name_value

        _slug_value = UNSET if self.slug is None else self.slug
        slug = _slug_value

        _ticket_prefix_value = UNSET if self.ticket_prefix is None else self.ticket_prefix
        ticket_prefix = _ticket_prefix_value

        _url_value = UNSET if self.url is None else self.url
        url = _url_value

        _icon_url_value = UNSET if self.icon_url is None else self.icon_url
        icon_url = _icon_url_value

        _from_name_value = UNSET if self.from_name is None else self.from_name
        from_name = _from_name_value

        _from_email_value = UNSET if self.from_email is None else self.from_email
        from_email = _from_email_value

        _autoresponse_enabled_value = UNSET if self.autoresponse_enabled is None else self.autoresponse_enabled
        autoresponse_enabled = _autoresponse_enabled_value

        _autoresponse_subject_value = UNSET if self.autoresponse_subject is None else self.autoresponse_subject
        autoresponse_subject = _autoresponse_subject_value

        _autoresponse_body_value = UNSET if self.autoresponse_body is None else self.autoresponse_body
        autoresponse_body = _autoresponse_body_value

        _metadata_value = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata_value, Unset):
            metadata = _metadata_value.to_dict()

        _ticket_schema_value = UNSET if self.ticket_schema is None else self.ticket_schema
        ticket_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(_ticket_schema_value, Unset):
            ticket_schema = _ticket_schema_value.to_dict()

        _portal_origins_value = UNSET if self.portal_origins is None else self.portal_origins
        portal_origins: list[str] | Unset = UNSET
        if not isinstance(_portal_origins_value, Unset):
            portal_origins = _portal_origins_value

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
        update_brand_input.name = d.get("name")
        update_brand_input.slug = d.get("slug")
        update_brand_input.ticket_prefix = d.get("ticketPrefix")
        update_brand_input.url = d.get("url")
        update_brand_input.icon_url = d.get("iconUrl")
        update_brand_input.from_name = d.get("fromName")
        update_brand_input.from_email = d.get("fromEmail")
        update_brand_input.autoresponse_enabled = d.get("autoresponseEnabled")
        update_brand_input.autoresponse_subject = d.get("autoresponseSubject")
        update_brand_input.autoresponse_body = d.get("autoresponseBody")
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


def _read_portal_origins(d: Mapping[str, Any]) -> list[str] | None:
    portal_origins = cast(list[str], d.get("portalOrigins", UNSET))
    return None if isinstance(portal_origins, Unset) else portal_origins


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
