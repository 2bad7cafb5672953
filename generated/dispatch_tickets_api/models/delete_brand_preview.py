# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

T = TypeVar("T", bound="DeleteBrandPreview")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class DeleteBrandPreview(LazyModel):
    """What deleting the brand would remove (nothing is deleted without confirm=true).

    Attributes:
        ticket_count (int): Tickets that would be deleted.
        webhook_count (int): Webhooks that would be deleted.
        category_count (int): Categories that would be deleted.
        tag_count (int): Tags that would be deleted.
    """

    ticket_count: int
    webhook_count: int
    category_count: int
    tag_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket_count = self.ticket_count

        webhook_count = self.webhook_count

        category_count = self.category_count

        tag_count = self.tag_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticketCount": ticket_count,
                "webhookCount": webhook_count,
                "categoryCount": category_count,
                "tagCount": tag_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not DeleteBrandPreview:  # a subclass of yours: built through its __init__
            return cls._built_from(DeleteBrandPreview.from_dict(src_dict))
        d = dict(src_dict)
        delete_brand_preview = cls.__new__(cls)
        delete_brand_preview._source = d
        delete_brand_preview.ticket_count = d["ticketCount"]
        delete_brand_preview.webhook_count = d["webhookCount"]
        delete_brand_preview.category_count = d["categoryCount"]
        delete_brand_preview.tag_count = d["tagCount"]
        return delete_brand_preview

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


_KNOWN_KEYS = frozenset(
    {
        "ticketCount",
        "webhookCount",
        "categoryCount",
        "tagCount",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


DeleteBrandPreview._readers = {
    "additional_properties": _read_additional_properties,
}
