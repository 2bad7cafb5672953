# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from enum import StrEnum
from typing import Self


class FieldType(StrEnum):
    ARRAY = "array"
    BOOLEAN = "boolean"
    DATE = "date"
    MULTISELECT = "multiselect"
    NUMBER = "number"
    OBJECT = "object"
    SELECT = "select"
    TEXT = "text"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        # Tolerant reader: a value the document does not list yet (the server added one) still parses,
        # as a pseudo-member that equals the plain string; `is_known` tells it apart.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper().replace(".", "_").replace("-", "_")
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value received from the server that this version of the SDK does not list."""
        return self._name_ in type(self).__members__ and type(self).__members__[self._name_] is self

    @classmethod
    def checked(cls, value: str) -> Self:
        """The member for `value`; unlike `FieldType(value)`, rejects unknown values (for requests)."""
        if value not in cls._value2member_map_:
            allowed = ", ".join(repr(m.value) for m in cls)
            raise ValueError(f"{value!r} is not a valid {cls.__name__}; expected one of {allowed}")
        return cls(value)
