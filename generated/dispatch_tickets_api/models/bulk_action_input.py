# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_action import BulkAction
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="BulkActionInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class BulkActionInput(LazyModel):
    """An action applied to many tickets; `assign` needs `assigneeId`, `setCategory` needs `categoryId`, `setTags` needs
    `tags`.

        Attributes:
            action (BulkAction): Action applied to every ticket of a bulk request.
            ticket_ids (list[str]): Tickets to act on.
            assignee_id (str | None): Agent, for action assign.
            category_id (str | None): Category, for action setCategory.
            tags (list[str] | None): Tags, for action setTags.
    """

    action: BulkAction
    ticket_ids: list[str]
    assignee_id: str | None = None
    category_id: str | None = None
    tags: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        ticket_ids = self.ticket_ids

        _assignee_id_value = UNSET if self.assignee_id is None else self.assignee_id
        assignee_id = _assignee_id_value

        _category_id_value = UNSET if self.category_id is None else self.category_id
        category_id = _category_id_value

        _tags_value = UNSET if self.tags is None else self.tags
        tags: list[str] | Unset = UNSET
        if not isinstance(_tags_value, Unset):
            tags = _tags_value

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
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not BulkActionInput:  # a subclass of yours: built through its __init__
            return cls._built_from(BulkActionInput.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        bulk_action_input = cls.__new__(cls)
        bulk_action_input._source = d
        bulk_action_input.assignee_id = d.get("assigneeId")
        bulk_action_input.category_id = d.get("categoryId")
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


def _read_action(d: Mapping[str, Any]) -> BulkAction:
    action = BulkAction(d["action"])
    return action


def _read_ticket_ids(d: Mapping[str, Any]) -> list[str]:
    ticket_ids = cast(list[str], d["ticketIds"])
    return ticket_ids


def _read_tags(d: Mapping[str, Any]) -> list[str] | None:
    tags = cast(list[str], d.get("tags", UNSET))
    return None if isinstance(tags, Unset) else tags


_KNOWN_KEYS = frozenset(
    {
        "action",
        "ticketIds",
        "assigneeId",
        "categoryId",
        "tags",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "action",
        "ticketIds",
    }
)
BulkActionInput._readers = {
    "action": _read_action,
    "ticket_ids": _read_ticket_ids,
    "tags": _read_tags,
    "additional_properties": _read_additional_properties,
}
