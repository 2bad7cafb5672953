# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteBrandPreview")


@_attrs_define
class DeleteBrandPreview:
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
        d = dict(src_dict)
        ticket_count = d.pop("ticketCount")

        webhook_count = d.pop("webhookCount")

        category_count = d.pop("categoryCount")

        tag_count = d.pop("tagCount")

        delete_brand_preview = cls(
            ticket_count=ticket_count,
            webhook_count=webhook_count,
            category_count=category_count,
            tag_count=tag_count,
        )

        delete_brand_preview.additional_properties = d
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
