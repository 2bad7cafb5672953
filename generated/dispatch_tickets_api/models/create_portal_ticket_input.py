# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreatePortalTicketInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class CreatePortalTicketInput(LazyModel):
    """Fields for a new ticket from the customer.

    Attributes:
        title (str): Subject line.
        body (str | None): Description.
        attachment_ids (list[str] | None): Confirmed pending attachments to attach.
    """

    title: str
    body: str | None = None
    attachment_ids: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        _body_value = UNSET if self.body is None else self.body
        body = _body_value

        _attachment_ids_value = UNSET if self.attachment_ids is None else self.attachment_ids
        attachment_ids: list[str] | Unset = UNSET
        if not isinstance(_attachment_ids_value, Unset):
            attachment_ids = _attachment_ids_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if attachment_ids is not UNSET:
            field_dict["attachmentIds"] = attachment_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not CreatePortalTicketInput:  # a subclass of yours: built through its __init__
            return cls._built_from(CreatePortalTicketInput.from_dict(src_dict))
        d = dict(src_dict)
        create_portal_ticket_input = cls.__new__(cls)
        create_portal_ticket_input._source = d
        create_portal_ticket_input.title = d["title"]
        create_portal_ticket_input.body = d.get("body")
        return create_portal_ticket_input

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


def _read_attachment_ids(d: Mapping[str, Any]) -> list[str] | None:
    attachment_ids = cast(list[str], d.get("attachmentIds", UNSET))
    return None if isinstance(attachment_ids, Unset) else attachment_ids


_KNOWN_KEYS = frozenset(
    {
        "title",
        "body",
        "attachmentIds",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


CreatePortalTicketInput._readers = {
    "attachment_ids": _read_attachment_ids,
    "additional_properties": _read_additional_properties,
}
