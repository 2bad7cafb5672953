# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Company")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class Company(LazyModel):
    """A company customers belong to.

    Attributes:
        id (str): Company id.
        brand_id (str): Brand id.
        name (str): Name.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        domain (None | str): Email domain.
        metadata (JsonObject | None): A free-form JSON object (metadata, custom fields, source data, settings).
        field_count (CompanyCount | None): Related counts.
    """

    id: str
    brand_id: str
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    domain: None | str = None
    metadata: JsonObject | None = None
    field_count: CompanyCount | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        brand_id = self.brand_id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        _domain_value = UNSET if self.domain is None and not self._read_null("domain") else self.domain
        domain: None | str | Unset
        if isinstance(_domain_value, Unset):
            domain = UNSET
        else:
            domain = _domain_value

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
                "name": name,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain
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
        if cls is not Company:  # a subclass of yours: built through its __init__
            return cls._built_from(Company.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        company = cls.__new__(cls)
        company._source = d
        company.id = d["id"]
        company.brand_id = d["brandId"]
        company.name = d["name"]
        company.domain = d.get("domain")
        return company

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


def _read_metadata(d: Mapping[str, Any]) -> JsonObject | None:
    _metadata = d.get("metadata", UNSET)
    metadata: JsonObject | Unset
    if isinstance(_metadata, Unset):
        metadata = UNSET
    else:
        metadata = JsonObject.from_dict(_metadata)
    return None if isinstance(metadata, Unset) else metadata


def _read_field_count(d: Mapping[str, Any]) -> CompanyCount | None:
    _field_count = d.get("_count", UNSET)
    field_count: CompanyCount | Unset
    if isinstance(_field_count, Unset):
        field_count = UNSET
    else:
        field_count = CompanyCount.from_dict(_field_count)
    return None if isinstance(field_count, Unset) else field_count


_KNOWN_KEYS = frozenset(
    {
        "id",
        "brandId",
        "name",
        "createdAt",
        "updatedAt",
        "domain",
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
Company._readers = {
    "created_at": _read_created_at,
    "updated_at": _read_updated_at,
    "metadata": _read_metadata,
    "field_count": _read_field_count,
    "additional_properties": _read_additional_properties,
}


from ..models.company_count import CompanyCount  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
