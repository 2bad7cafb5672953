# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="UpdateFieldInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class UpdateFieldInput(LazyModel):
    """Custom field attributes to change (key and type cannot change).

    Attributes:
        label (str | None): Label shown to agents.
        required (bool | None): Whether a value is required.
        default_value (Any | Unset): Default value (any JSON value).
        description (str | None): Help text.
        placeholder (str | None): Input placeholder.
        options (list[str] | None): Choices for select and multiselect.
        visible (bool | None): Whether the field is shown.
        sort_order (int | None): Position in forms.
    """

    label: str | None = None
    required: bool | None = None
    default_value: Any | Unset = UNSET
    description: str | None = None
    placeholder: str | None = None
    options: list[str] | None = None
    visible: bool | None = None
    sort_order: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _label_value = UNSET if self.label is None else self.label
        label = _label_value

        _required_value = UNSET if self.required is None else self.required
        required = _required_value

        default_value = self.default_value

        _description_value = UNSET if self.description is None else self.description
        description = _description_value

        _placeholder_value = UNSET if self.placeholder is None else self.placeholder
        placeholder = _placeholder_value

        _options_value = UNSET if self.options is None else self.options
        options: list[str] | Unset = UNSET
        if not isinstance(_options_value, Unset):
            options = _options_value

        _visible_value = UNSET if self.visible is None else self.visible
        visible = _visible_value

        _sort_order_value = UNSET if self.sort_order is None else self.sort_order
        sort_order = _sort_order_value

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
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not UpdateFieldInput:  # a subclass of yours: built through its __init__
            return cls._built_from(UpdateFieldInput.from_dict(src_dict))
        d = dict(src_dict)
        update_field_input = cls.__new__(cls)
        update_field_input._source = d
        update_field_input.label = d.get("label")
        update_field_input.required = d.get("required")
        update_field_input.default_value = d.get("defaultValue", UNSET)
        update_field_input.description = d.get("description")
        update_field_input.placeholder = d.get("placeholder")
        update_field_input.visible = d.get("visible")
        update_field_input.sort_order = d.get("sortOrder")
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


def _read_options(d: Mapping[str, Any]) -> list[str] | None:
    options = cast(list[str], d.get("options", UNSET))
    return None if isinstance(options, Unset) else options


_KNOWN_KEYS = frozenset(
    {
        "label",
        "required",
        "defaultValue",
        "description",
        "placeholder",
        "options",
        "visible",
        "sortOrder",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


UpdateFieldInput._readers = {
    "options": _read_options,
    "additional_properties": _read_additional_properties,
}
