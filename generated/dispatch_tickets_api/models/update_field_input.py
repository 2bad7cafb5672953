# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFieldInput")


@_attrs_define
class UpdateFieldInput:
    """Custom field attributes to change (key and type cannot change).

    Attributes:
        label (str | Unset): Label shown to agents.
        required (bool | Unset): Whether a value is required.
        default_value (Any | Unset): Default value (any JSON value).
        description (str | Unset): Help text.
        placeholder (str | Unset): Input placeholder.
        options (list[str] | Unset): Choices for select and multiselect.
        visible (bool | Unset): Whether the field is shown.
        sort_order (int | Unset): Position in forms.
    """

    label: str | Unset = UNSET
    required: bool | Unset = UNSET
    default_value: Any | Unset = UNSET
    description: str | Unset = UNSET
    placeholder: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    visible: bool | Unset = UNSET
    sort_order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        required = self.required

        default_value = self.default_value

        description = self.description

        placeholder = self.placeholder

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        visible = self.visible

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if required is not UNSET:
            field_dict["required"] = required
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if description is not UNSET:
            field_dict["description"] = description
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if options is not UNSET:
            field_dict["options"] = options
        if visible is not UNSET:
            field_dict["visible"] = visible
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        required = d.pop("required", UNSET)

        default_value = d.pop("defaultValue", UNSET)

        description = d.pop("description", UNSET)

        placeholder = d.pop("placeholder", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        visible = d.pop("visible", UNSET)

        sort_order = d.pop("sortOrder", UNSET)

        update_field_input = cls(
            label=label,
            required=required,
            default_value=default_value,
            description=description,
            placeholder=placeholder,
            options=options,
            visible=visible,
            sort_order=sort_order,
        )

        update_field_input.additional_properties = d
        return update_field_input

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
