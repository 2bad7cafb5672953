# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PortalTicketPage")


@_attrs_define
class PortalTicketPage:
    """One page of the customer's tickets.

    Attributes:
        data (list[PortalTicket]):
        pagination (PortalPagination): Cursor pagination of the portal.
    """

    data: list[PortalTicket]
    pagination: PortalPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PortalTicket.from_dict(data_item_data)

            data.append(data_item)

        pagination = PortalPagination.from_dict(d.pop("pagination"))

        portal_ticket_page = cls(
            data=data,
            pagination=pagination,
        )

        portal_ticket_page.additional_properties = d
        return portal_ticket_page

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


from ..models.portal_pagination import PortalPagination  # noqa: E402
from ..models.portal_ticket import PortalTicket  # noqa: E402
