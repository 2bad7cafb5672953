# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ErrorBody")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class ErrorBody(LazyModel):
    """Error response body; any of the fields may be present.

    Attributes:
        message (str | None): Human-readable message.
        error (str | None): Short error name.
        code (str | None): Machine-readable code.
        errors (list[ErrorDetail] | None): Validation problems, per field.
    """

    message: str | None = None
    error: str | None = None
    code: str | None = None
    errors: list[ErrorDetail] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _message_value = UNSET if self.message is None else self.message
        message = _message_value

        _error_value = UNSET if self.error is None else self.error
        error = _error_value

        _code_value = UNSET if self.code is None else self.code
        code = _code_value

        _errors_value = UNSET if self.errors is None else self.errors
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_errors_value, Unset):
            errors = []
            for errors_item_data in _errors_value:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error
        if code is not UNSET:
            field_dict["code"] = code
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not ErrorBody:  # a subclass of yours: built through its __init__
            return cls._built_from(ErrorBody.from_dict(src_dict))
        d = dict(src_dict)
        error_body = cls.__new__(cls)
        error_body._source = d
        error_body.message = d.get("message")
        error_body.error = d.get("error")
        error_body.code = d.get("code")
        return error_body

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


def _read_errors(d: Mapping[str, Any]) -> list[ErrorDetail] | None:
    _errors = d.get("errors", UNSET)
    errors: list[ErrorDetail] | Unset = UNSET
    if _errors is not UNSET:
        errors = []
        for errors_item_data in _errors:
            errors_item = ErrorDetail.from_dict(errors_item_data)

            errors.append(errors_item)
    return None if isinstance(errors, Unset) else errors


_KNOWN_KEYS = frozenset(
    {
        "message",
        "error",
        "code",
        "errors",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


ErrorBody._readers = {
    "errors": _read_errors,
    "additional_properties": _read_additional_properties,
}


from ..models.error_detail import ErrorDetail  # noqa: E402
