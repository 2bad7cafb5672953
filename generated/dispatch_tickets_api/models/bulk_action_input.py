# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action import BulkAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkActionInput")


@_attrs_define
class BulkActionInput:
    """An action applied to many tickets.

    Attributes:
        action (BulkAction): Action applied to every ticket of a bulk request.
        ticket_ids (list[str]): Tickets to act on.
        assignee_id (str | Unset): Agent, for action assign.
        category_id (str | Unset): Category, for action setCategory.
        tags (list[str] | Unset): Tags, for action setTags.
    """

    action: BulkAction
    ticket_ids: list[str]
    assignee_id: str | Unset = UNSET
    category_id: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        ticket_ids = self.ticket_ids

        assignee_id = self.assignee_id

        category_id = self.category_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "ticketIds": ticket_ids,
            }
        )
        if assignee_id is not UNSET:
            field_dict["assigneeId"] = assignee_id
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = BulkAction(d.pop("action"))

        ticket_ids = cast(list[str], d.pop("ticketIds"))

        assignee_id = d.pop("assigneeId", UNSET)

        category_id = d.pop("categoryId", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        bulk_action_input = cls(
            action=action,
            ticket_ids=ticket_ids,
            assignee_id=assignee_id,
            category_id=category_id,
            tags=tags,
        )

        bulk_action_input.additional_properties = d
        return bulk_action_input

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
