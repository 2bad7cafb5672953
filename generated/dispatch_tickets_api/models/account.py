# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="Account")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class Account(LazyModel):
    """The account (organisation) that owns the API key.

    Attributes:
        id (str): Account id.
        stackbe_customer_id (str): Billing customer id.
        stackbe_organization_id (str): Billing organisation id.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: str
    stackbe_customer_id: str
    stackbe_organization_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        stackbe_customer_id = self.stackbe_customer_id

        stackbe_organization_id = self.stackbe_organization_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "stackbeCustomerId": stackbe_customer_id,
                "stackbeOrganizationId": stackbe_organization_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not Account:  # a subclass of yours: built through its __init__
            return cls._built_from(Account.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        account = cls.__new__(cls)
        account._source = d
        account.id = d["id"]
        account.stackbe_customer_id = d["stackbeCustomerId"]
        account.stackbe_organization_id = d["stackbeOrganizationId"]
        return account

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


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["createdAt"])
    return created_at


def _read_updated_at(d: Mapping[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updatedAt"])
    return updated_at


_KNOWN_KEYS = frozenset(
    {
        "id",
        "stackbeCustomerId",
        "stackbeOrganizationId",
        "createdAt",
        "updatedAt",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "createdAt",
        "updatedAt",
    }
)
Account._readers = {
    "created_at": _read_created_at,
    "updated_at": _read_updated_at,
    "additional_properties": _read_additional_properties,
}
