# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="PortalToken")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class PortalToken(LazyModel):
    """A portal token: a bearer token scoped to one customer of one brand, valid for 1 hour.

    Attributes:
        token (str): Bearer token for the portal API.
        expires_at (datetime.datetime): When the token expires.
        customer_id (str): Customer the token belongs to.
        email (str): Customer email.
        name (None | str): Customer name.
    """

    token: str = _attrs_field(repr=False)
    expires_at: datetime.datetime
    customer_id: str
    email: str
    name: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        expires_at = self.expires_at.isoformat()

        customer_id = self.customer_id

        email = self.email

        _name_value = UNSET if self.name is None and not self._read_null("name") else self.name
        name: None | str | Unset
        if isinstance(_name_value, Unset):
            name = UNSET
        else:
            name = _name_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "expiresAt": expires_at,
                "customerId": customer_id,
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not PortalToken:  # a subclass of yours: built through its __init__
            return cls._built_from(PortalToken.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        portal_token = cls.__new__(cls)
        portal_token._source = d
        portal_token.token = d["token"]
        portal_token.customer_id = d["customerId"]
        portal_token.email = d["email"]
        portal_token.name = d.get("name")
        return portal_token

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


def _read_expires_at(d: Mapping[str, Any]) -> datetime.datetime:
    expires_at = datetime.datetime.fromisoformat(d["expiresAt"])
    return expires_at


_KNOWN_KEYS = frozenset(
    {
        "token",
        "expiresAt",
        "customerId",
        "email",
        "name",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "expiresAt",
    }
)
PortalToken._readers = {
    "expires_at": _read_expires_at,
    "additional_properties": _read_additional_properties,
}
