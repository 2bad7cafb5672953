# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Customer")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class Customer(LazyModel):
    """A customer (end user) of a brand.

    Attributes:
        id (str): Customer id (cus_…).
        brand_id (str): Brand id.
        email (str): Email address.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        name (None | str): Name.
        avatar_url (None | str): Avatar URL.
        company_id (None | str): Company id.
        company (Company | None): The company, when included.
        metadata (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        field_count (CustomerCount | None): Related counts.
    """

    id: str
    brand_id: str
    email: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    name: None | str = None
    avatar_url: None | str = None
    company_id: None | str = None
    company: Company | None = None
    metadata: JsonObject | None = None
    field_count: CustomerCount | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        brand_id = self.brand_id

        email = self.email

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        _name_value = UNSET if self.name is None and not self._read_null("name") else self.name
        name: None | str | Unset
        if isinstance(_name_value, Unset):
            name = UNSET
        else:
            name = _name_value

        _avatar_url_value = UNSET if self.avatar_url is None and not self._read_null("avatarUrl") else self.avatar_url
        avatar_url: None | str | Unset
        if isinstance(_avatar_url_value, Unset):
            avatar_url = UNSET
        else:
            avatar_url = _avatar_url_value

        _company_id_value = UNSET if self.company_id is None and not self._read_null("companyId") else self.company_id
        company_id: None | str | Unset
        if isinstance(_company_id_value, Unset):
            company_id = UNSET
        else:
            company_id = _company_id_value

        _company_value = UNSET if self.company is None and not self._read_null("company") else self.company
        company: dict[str, Any] | None | Unset
        if isinstance(_company_value, Unset):
            company = UNSET
        elif isinstance(_company_value, Company):
            company = _company_value.to_dict()
        else:
            company = _company_value

        _metadata_value = UNSET if self.metadata is None else self.metadata
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(_metadata_value, Unset):
            metadata = _metadata_value.to_dict()

        _field_count_value = UNSET if self.field_count is None else self.field_count
        field_count: dict[str, Any] | Unset = UNSET
        if not isinstance(_field_count_value, Unset):
            field_count = _field_count_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "brandId": brand_id,
                "email": email,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if company is not UNSET:
            field_dict["company"] = company
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if field_count is not UNSET:
            field_dict["_count"] = field_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not Customer:  # a subclass of yours: built through its __init__
            return cls._built_from(Customer.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        customer = cls.__new__(cls)
        customer._source = d
        customer.id = d["id"]
        customer.brand_id = d["brandId"]
        customer.email = d["email"]
        customer.name = d.get("name")
        customer.avatar_url = d.get("avatarUrl")
        customer.company_id = d.get("companyId")
        return customer

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


def _read_company(d: Mapping[str, Any]) -> Company | None:
    def _parse_company(data: object) -> Company | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            company_type_0 = Company.from_dict(data)

            return company_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(Company | None | Unset, data)

    company = _parse_company(d.get("company", UNSET))
    return None if isinstance(company, Unset) else company


def _read_metadata(d: Mapping[str, Any]) -> JsonObject | None:
    _metadata = d.get("metadata", UNSET)
    metadata: JsonObject | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = JsonObject.from_dict(_metadata)
    return None if isinstance(metadata, Unset) else metadata


def _read_field_count(d: Mapping[str, Any]) -> CustomerCount | None:
    _field_count = d.get("_count", UNSET)
    field_count: CustomerCount | Unset
    if isinstance(_field_count, Unset):
        field_count = UNSET
    else:
        field_count = CustomerCount.from_dict(_field_count)
    return None if isinstance(field_count, Unset) else field_count


_KNOWN_KEYS = frozenset(
    {
        "id",
        "brandId",
        "email",
        "createdAt",
        "updatedAt",
        "name",
        "avatarUrl",
        "companyId",
        "company",
        "metadata",
        "_count",
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
Customer._readers = {
    "created_at": _read_created_at,
    "updated_at": _read_updated_at,
    "company": _read_company,
    "metadata": _read_metadata,
    "field_count": _read_field_count,
    "additional_properties": _read_additional_properties,
}


from ..models.company import Company  # noqa: E402
from ..models.customer_count import CustomerCount  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
