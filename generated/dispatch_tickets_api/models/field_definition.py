# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_type import FieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldDefinition")


@_attrs_define
class FieldDefinition:
    """A custom field definition.

    Attributes:
        key (str): Key, unique per entity type.
        label (str): Label shown to agents.
        type_ (FieldType): Type of a custom field.
        required (bool): Whether a value is required.
        visible (bool): Whether the field is shown.
        sort_order (int): Position in forms.
        default_value (Any | Unset): Default value (any JSON value).
        description (None | str | Unset): Help text.
        placeholder (None | str | Unset): Input placeholder.
        options (list[str] | Unset): Choices for select and multiselect.
        source (None | str | Unset): Who defined the field.
        created_at (datetime.datetime | Unset):
    """

    key: str
    label: str
    type_: FieldType
    required: bool
    visible: bool
    sort_order: int
    default_value: Any | Unset = UNSET
    description: None | str | Unset = UNSET
    placeholder: None | str | Unset = UNSET
    options: list[str] | Unset = UNSET
    source: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        type_ = self.type_.value

        required = self.required

        visible = self.visible

        sort_order = self.sort_order

        default_value = self.default_value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        placeholder: None | str | Unset
        if isinstance(self.placeholder, Unset):
            placeholder = UNSET
        else:
            placeholder = self.placeholder

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
                "type": type_,
                "required": required,
                "visible": visible,
                "sortOrder": sort_order,
            }
        )
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if description is not UNSET:
            field_dict["description"] = description
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if options is not UNSET:
            field_dict["options"] = options
        if source is not UNSET:
            field_dict["source"] = source
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        type_ = FieldType(d.pop("type"))

        required = d.pop("required")

        visible = d.pop("visible")

        sort_order = d.pop("sortOrder")

        default_value = d.pop("defaultValue", UNSET)

        description = d.pop("description", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        source = d.pop("source", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        field_definition = cls(
            key=key,
            label=label,
            type_=type_,
            required=required,
            visible=visible,
            sort_order=sort_order,
            default_value=default_value,
            description=description,
            placeholder=placeholder,
            options=options,
            source=source,
            created_at=created_at,
        )

        field_definition.additional_properties = d
        return field_definition

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
