# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_type import FieldType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="CreateFieldInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class CreateFieldInput(LazyModel):
    """Fields for a new custom field.

    Attributes:
        key (str): Key, unique per entity type.
        label (str): Label shown to agents.
        type_ (FieldType): Type of a custom field.
        required (bool | Unset): Whether a value is required.
        default_value (Any | Unset): Default value (any JSON value).
        description (str | Unset): Help text.
        placeholder (str | Unset): Input placeholder.
        options (list[str] | Unset): Choices for select and multiselect.
        visible (bool | Unset): Whether the field is shown.
        sort_order (int | Unset): Position in forms.
        source (str | Unset): Who defines the field.
    """

    key: str
    label: str
    type_: FieldType
    required: bool | Unset = UNSET
    default_value: Any | Unset = UNSET
    description: str | Unset = UNSET
    placeholder: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    visible: bool | Unset = UNSET
    sort_order: int | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        type_ = self.type_.value

        required = self.required

        default_value = self.default_value

        description = self.description

        placeholder = self.placeholder

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        visible = self.visible

        sort_order = self.sort_order

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
                "type": type_,
            }
        )
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
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not CreateFieldInput:  # a subclass of yours: built through its __init__
            return cls._built_from(CreateFieldInput.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        create_field_input = cls.__new__(cls)
        create_field_input._source = d
        create_field_input.key = d["key"]
        create_field_input.label = d["label"]
        create_field_input.required = d.get("required", UNSET)
        create_field_input.default_value = d.get("defaultValue", UNSET)
        create_field_input.description = d.get("description", UNSET)
        create_field_input.placeholder = d.get("placeholder", UNSET)
        create_field_input.visible = d.get("visible", UNSET)
        create_field_input.sort_order = d.get("sortOrder", UNSET)
        create_field_input.source = d.get("source", UNSET)
        return create_field_input

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


def _read_type_(d: Mapping[str, Any]) -> FieldType:
    type_ = FieldType(d["type"])
    return type_


def _read_options(d: Mapping[str, Any]) -> list[str] | Unset:
    options = cast(list[str], d.get("options", UNSET))
    return options


_KNOWN_KEYS = frozenset(
    {
        "key",
        "label",
        "type",
        "required",
        "defaultValue",
        "description",
        "placeholder",
        "options",
        "visible",
        "sortOrder",
        "source",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "type",
    }
)
CreateFieldInput._readers = {
    "type_": _read_type_,
    "options": _read_options,
    "additional_properties": _read_additional_properties,
}
