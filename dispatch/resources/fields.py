"""Custom fields: ``client.fields``.

Each brand defines extra fields for its tickets, customers and companies (the entity types).

    client.fields.create("br_123", "ticket", key="order_id", label="Order ID", type="text", required=True)
    client.fields.update("br_123", "ticket", "order_id", required=False)
    by_entity = client.fields.get_all("br_123")        # .ticket, .customer, .company
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from dispatch._response import WriteRequestOptions
from dispatch.resources._base import (
    build_body,
    id_list,
    resource_class,
)
from dispatch_tickets_api.models import (
    CreateFieldInput,
    EntityType,
    FieldType,
    ReorderFieldsInput,
    UpdateFieldInput,
)

if TYPE_CHECKING:
    from dispatch.resources._async.fields import AsyncFields
    from dispatch.resources._sync.fields import Fields

__all__ = [
    "AsyncFields",
    "EntityTypeName",
    "FieldCreateFields",
    "FieldTypeName",
    "FieldUpdateFields",
    "Fields",
]

EntityTypeName = EntityType | Literal["ticket", "customer", "company"]
"""What custom fields belong to: an :class:`~dispatch.EntityType` or its value."""
FieldTypeName = (
    FieldType
    | Literal["text", "number", "boolean", "date", "select", "multiselect", "url", "array", "object"]
)
"""The type of a custom field: a :class:`~dispatch.FieldType` or its value."""


class FieldCreateFields(TypedDict, total=False):
    """Optional fields of :meth:`Fields.create` (snake_case; sent as the API's camelCase).

    Example:
        >>> extra: FieldCreateFields = {"options": ["free", "pro"], "default_value": "free"}
        >>> client.fields.create(  # doctest: +SKIP
        ...     "br_123", "customer", key="plan", label="Plan", type="select", **extra
        ... )
    """

    default_value: Any
    description: str
    placeholder: str
    options: Sequence[str]
    visible: bool
    sort_order: int
    source: str


class FieldUpdateFields(TypedDict, total=False):
    """Fields of :meth:`Fields.update`: everything but ``key`` and ``type``, which cannot change.

    ``default_value=None`` is sent as JSON null (no default); the other fields ignore None.

    Example:
        >>> changes: FieldUpdateFields = {"required": False, "default_value": None}
        >>> client.fields.update("br_123", "ticket", "order_id", **changes)  # doctest: +SKIP
    """

    label: str
    required: bool
    default_value: Any
    description: str
    placeholder: str
    options: Sequence[str]
    visible: bool
    sort_order: int


class FieldCreateArgs(FieldCreateFields, WriteRequestOptions, total=False):
    """:class:`FieldCreateFields` and the per-call options (:class:`~dispatch.WriteRequestOptions`), as one ``**kwargs``."""


class FieldUpdateArgs(FieldUpdateFields, WriteRequestOptions, total=False):
    """:class:`FieldUpdateFields` and the per-call options (:class:`~dispatch.WriteRequestOptions`), as one ``**kwargs``."""


_CREATE_FIELDS = frozenset(FieldCreateFields.__annotations__) | {"key", "label", "type", "required"}
_UPDATE_FIELDS = frozenset(FieldUpdateFields.__annotations__)


def _entity(entity_type: str) -> EntityType:
    """The path's entity type, checked before any request (ValueError on an unknown one)."""
    try:
        return EntityType.checked(str(entity_type))
    except ValueError as exc:
        raise ValueError(f"entity_type: {exc}") from None


def _create_body(
    key: str, label: str, type_: str, required: bool | None, fields: FieldCreateFields
) -> CreateFieldInput:
    body = {"key": key, "label": label, "type": type_, "required": required, **fields}
    return build_body(CreateFieldInput, body, allowed=_CREATE_FIELDS, enums={"type": FieldType})


def _update_body(fields: FieldUpdateFields) -> UpdateFieldInput:
    if "type" in fields:
        raise TypeError("a custom field's type cannot be changed; create a new field instead")
    return build_body(UpdateFieldInput, fields, allowed=_UPDATE_FIELDS, nullable=("default_value",))


def _reorder_body(keys: Iterable[str]) -> ReorderFieldsInput:
    return ReorderFieldsInput(keys=id_list(keys, "keys"))


def __getattr__(name: str) -> Any:
    """``Fields`` and ``AsyncFields``, loaded on first use (they import this module's helpers)."""
    return resource_class(__name__, name)
