# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_type import FieldType
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="FieldDefinition")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class FieldDefinition(LazyModel):
    """A custom field definition.

    Attributes:
        key (str): Key, unique per entity type.
        label (str): Label shown to agents.
        type_ (FieldType): Type of a custom field.
        required (bool): Whether a value is required.
        visible (bool): Whether the field is shown.
        sort_order (int): Position in forms.
        default_value (Any | None): Default value (any JSON value).
        description (None | str): Help text.
        placeholder (None | str): Input placeholder.
        options (list[str] | None): Choices for select and multiselect.
        source (None | str): Who defined the field.
        created_at (datetime.datetime | None):
    """

    key: str
    label: str
    type_: FieldType
    required: bool
    visible: bool
    sort_order: int
    default_value: Any | None = None
    description: None | str = None
    placeholder: None | str = None
    options: list[str] | None = None
    source: None | str = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        type_ = self.type_.value

        required = self.required

        visible = self.visible

        sort_order = self.sort_order

        _default_value_value = (
            UNSET if self.default_value is None and not self._read_null("defaultValue") else self.default_value
        )
        default_value = _default_value_value

        _description_value = (
            UNSET if self.description is None and not self._read_null("description") else self.description
        )
        description: None | str | Unset
        if isinstance(_description_value, Unset):
            description = UNSET
        else:
            description = _description_value

        _placeholder_value = (
            UNSET if self.placeholder is None and not self._read_null("placeholder") else self.placeholder
        )
        placeholder: None | str | Unset
        if isinstance(_placeholder_value, Unset):
            placeholder = UNSET
        else:
            placeholder = _placeholder_value

        _options_value = UNSET if self.options is None else self.options
        options: list[str] | Unset = UNSET
        if not isinstance(_options_value, Unset):
            options = _options_value

        _source_value = UNSET if self.source is None and not self._read_null("source") else self.source
        source: None | str | Unset
        if isinstance(_source_value, Unset):
            source = UNSET
        else:
            source = _source_value

        _created_at_value = UNSET if self.created_at is None else self.created_at
        created_at: str | Unset = UNSET
        if not isinstance(_created_at_value, Unset):
            created_at = _created_at_value.isoformat()

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
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not FieldDefinition:  # a subclass of yours: built through its __init__
            return cls._built_from(FieldDefinition.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        field_definition = cls.__new__(cls)
        field_definition._source = d
        field_definition.key = d["key"]
        field_definition.label = d["label"]
        field_definition.required = d["required"]
        field_definition.visible = d["visible"]
        field_definition.sort_order = d["sortOrder"]
        field_definition.default_value = d.get("defaultValue")
        field_definition.description = d.get("description")
        field_definition.placeholder = d.get("placeholder")
        field_definition.source = d.get("source")
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


def _read_type_(d: Mapping[str, Any]) -> FieldType:
    type_ = FieldType(d["type"])
    return type_


def _read_options(d: Mapping[str, Any]) -> list[str] | None:
    options = cast(list[str], d.get("options", UNSET))
    return None if isinstance(options, Unset) else options


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime | None:
    _created_at = d.get("createdAt", UNSET)
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = datetime.datetime.fromisoformat(_created_at)
    return None if isinstance(created_at, Unset) else created_at


_KNOWN_KEYS = frozenset(
    {
        "key",
        "label",
        "type",
        "required",
        "visible",
        "sortOrder",
        "defaultValue",
        "description",
        "placeholder",
        "options",
        "source",
        "createdAt",
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
FieldDefinition._readers = {
    "type_": _read_type_,
    "options": _read_options,
    "created_at": _read_created_at,
    "additional_properties": _read_additional_properties,
}
