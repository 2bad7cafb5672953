"""Custom fields: ``client.fields``.

Each brand defines extra fields for its tickets, customers and companies (the entity types).

    client.fields.create("br_123", "ticket", key="order_id", label="Order ID", type="text", required=True)
    client.fields.update("br_123", "ticket", "order_id", required=False)
    by_entity = client.fields.get_all("br_123")        # .ticket, .customer, .company
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from typing import Any, Literal, TypedDict, Unpack

from dispatch.resources._base import (
    AsyncAPIResource,
    SyncAPIResource,
    build_body,
    expect,
    expect_deleted,
    expect_list,
    expect_none,
    id_list,
)
from dispatch_tickets_api.api.fields import (
    create_field,
    delete_field,
    list_all_fields,
    list_fields,
    reorder_fields,
    update_field,
)
from dispatch_tickets_api.models import (
    CreateFieldInput,
    EntityType,
    FieldDefinition,
    FieldDefinitionsByEntity,
    FieldType,
    ReorderFieldsInput,
    UpdateFieldInput,
)

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


class Fields(SyncAPIResource):
    """Define, list, change, delete and reorder the custom fields of a brand.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Example:
        >>> client.fields.get_all("br_123").ticket  # doctest: +SKIP
    """

    def get_all(self, brand_id: str) -> FieldDefinitionsByEntity:
        """The custom fields of every entity type.

        Args:
            brand_id: the brand (``br_...``).

        Returns:
            A :class:`~dispatch.FieldDefinitionsByEntity` with ``.ticket``, ``.customer`` and ``.company``
            lists of :class:`~dispatch.FieldDefinition`.

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> [f.key for f in client.fields.get_all("br_123").ticket]  # doctest: +SKIP
            ['order_id']
        """
        response = list_all_fields.sync_detailed(brand_id, client=self._raw)
        return expect(response, FieldDefinitionsByEntity)

    def list(self, brand_id: str, entity_type: EntityTypeName) -> builtins.list[FieldDefinition]:
        """The custom fields of one entity type.

        Args:
            brand_id: the brand (``br_...``).
            entity_type: ``"ticket"``, ``"customer"`` or ``"company"``.

        Raises:
            ValueError: an unknown entity type, or an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> [f.label for f in client.fields.list("br_123", "ticket")]  # doctest: +SKIP
            ['Order ID']
        """
        response = list_fields.sync_detailed(brand_id, _entity(entity_type), client=self._raw)
        return expect_list(response, FieldDefinition)

    def create(
        self,
        brand_id: str,
        entity_type: EntityTypeName,
        *,
        key: str,
        label: str,
        type: FieldTypeName,
        required: bool | None = None,
        **fields: Unpack[FieldCreateFields],
    ) -> FieldDefinition:
        """Define a custom field.

        Args:
            brand_id: the brand (``br_...``).
            entity_type: ``"ticket"``, ``"customer"`` or ``"company"``.
            key: the field's key, unique per entity type (e.g. ``"order_id"``); it cannot change later.
            label: the label shown to agents.
            type: ``"text"``, ``"number"``, ``"boolean"``, ``"date"``, ``"select"``, ``"multiselect"``,
                ``"url"``, ``"array"`` or ``"object"``; it cannot change later.
            required: whether a value is required.
            **fields: ``default_value``, ``description``, ``placeholder``, ``options`` (for select and
                multiselect), ``visible``, ``sort_order``, ``source``.

        Returns:
            The new :class:`~dispatch.FieldDefinition`.

        Raises:
            ValueError: an unknown entity type or field type, or an empty ``brand_id`` (no request made).
            TypeError: an unknown field name (no request made).
            ConflictError: the key is taken.
            ValidationError: the API rejected a field.

        Example:
            >>> client.fields.create(  # doctest: +SKIP
            ...     "br_123", "customer", key="plan", label="Plan", type="select", options=["free", "pro"]
            ... )
        """
        entity = _entity(entity_type)
        body = _create_body(key, label, type, required, fields)
        return expect(
            create_field.sync_detailed(brand_id, entity, client=self._raw, body=body), FieldDefinition
        )

    def update(
        self, brand_id: str, entity_type: EntityTypeName, key: str, **fields: Unpack[FieldUpdateFields]
    ) -> FieldDefinition:
        """Change some attributes of a custom field (everything but its key and type).

        Args:
            brand_id: the brand (``br_...``).
            entity_type: ``"ticket"``, ``"customer"`` or ``"company"``.
            key: the field's key.
            **fields: ``label``, ``required``, ``default_value`` (None clears it), ``description``,
                ``placeholder``, ``options``, ``visible``, ``sort_order``.

        Returns:
            The updated :class:`~dispatch.FieldDefinition`.

        Raises:
            ValueError: an unknown entity type, or an empty ``brand_id`` or ``key`` (no request made).
            TypeError: an unknown field name, or ``key``/``type`` (no request made).
            NotFoundError: no such field.
            ValidationError: the API rejected a field.

        Example:
            >>> client.fields.update("br_123", "ticket", "order_id", required=False)  # doctest: +SKIP
        """
        entity = _entity(entity_type)
        body = _update_body(fields)
        response = update_field.sync_detailed(brand_id, entity, key, client=self._raw, body=body)
        return expect(response, FieldDefinition)

    def delete(self, brand_id: str, entity_type: EntityTypeName, key: str) -> None:
        """Delete a custom field.

        Args:
            brand_id: the brand (``br_...``).
            entity_type: ``"ticket"``, ``"customer"`` or ``"company"``.
            key: the field's key.

        Raises:
            ValueError: an unknown entity type, or an empty ``brand_id`` or ``key`` (no request made).
            NotFoundError: no such field.

        Example:
            >>> client.fields.delete("br_123", "ticket", "order_id")  # doctest: +SKIP
        """
        expect_deleted(delete_field.sync_detailed(brand_id, _entity(entity_type), key, client=self._raw))

    def reorder(self, brand_id: str, entity_type: EntityTypeName, keys: Iterable[str]) -> None:
        """Set the order of the custom fields of one entity type.

        Args:
            brand_id: the brand (``br_...``).
            entity_type: ``"ticket"``, ``"customer"`` or ``"company"``.
            keys: every field key of that entity type, in the new order.

        Raises:
            ValueError: an unknown entity type, or an empty ``brand_id`` (no request made).
            TypeError: ``keys`` is a single string (no request made).
            ValidationError: a key is missing or unknown.

        Example:
            >>> client.fields.reorder("br_123", "customer", ["plan", "region"])  # doctest: +SKIP
        """
        entity = _entity(entity_type)
        body = _reorder_body(keys)
        expect_none(reorder_fields.sync_detailed(brand_id, entity, client=self._raw, body=body))


class AsyncFields(AsyncAPIResource):
    """The async twin of :class:`Fields`: the same methods, as coroutines.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Example:
        >>> by_entity = await client.fields.get_all("br_123")  # doctest: +SKIP
    """

    async def get_all(self, brand_id: str) -> FieldDefinitionsByEntity:
        """The custom fields of every entity type (``.ticket``, ``.customer``, ``.company``).

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> by_entity = await client.fields.get_all("br_123")  # doctest: +SKIP
        """
        response = await list_all_fields.asyncio_detailed(brand_id, client=self._raw)
        return expect(response, FieldDefinitionsByEntity)

    async def list(self, brand_id: str, entity_type: EntityTypeName) -> builtins.list[FieldDefinition]:
        """The custom fields of one entity type.

        Args:
            brand_id: the brand (``br_...``).
            entity_type: ``"ticket"``, ``"customer"`` or ``"company"``.

        Raises:
            ValueError: an unknown entity type, or an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> ticket_fields = await client.fields.list("br_123", "ticket")  # doctest: +SKIP
        """
        response = await list_fields.asyncio_detailed(brand_id, _entity(entity_type), client=self._raw)
        return expect_list(response, FieldDefinition)

    async def create(
        self,
        brand_id: str,
        entity_type: EntityTypeName,
        *,
        key: str,
        label: str,
        type: FieldTypeName,
        required: bool | None = None,
        **fields: Unpack[FieldCreateFields],
    ) -> FieldDefinition:
        """Define a custom field.

        Args:
            brand_id: the brand (``br_...``).
            entity_type: ``"ticket"``, ``"customer"`` or ``"company"``.
            key: the field's key, unique per entity type; it cannot change later.
            label: the label shown to agents.
            type: a :class:`~dispatch.FieldType` value (``"text"``, ``"select"``, ...); it cannot change
                later.
            required: whether a value is required.
            **fields: ``default_value``, ``description``, ``placeholder``, ``options``, ``visible``,
                ``sort_order``, ``source``.

        Raises:
            ValueError: an unknown entity type or field type, or an empty ``brand_id`` (no request made).
            TypeError: an unknown field name (no request made).
            ConflictError: the key is taken.
            ValidationError: the API rejected a field.

        Example:
            >>> await client.fields.create(  # doctest: +SKIP
            ...     "br_123", "ticket", key="order_id", label="Order ID", type="text", required=True
            ... )
        """
        entity = _entity(entity_type)
        body = _create_body(key, label, type, required, fields)
        response = await create_field.asyncio_detailed(brand_id, entity, client=self._raw, body=body)
        return expect(response, FieldDefinition)

    async def update(
        self, brand_id: str, entity_type: EntityTypeName, key: str, **fields: Unpack[FieldUpdateFields]
    ) -> FieldDefinition:
        """Change some attributes of a custom field (everything but its key and type).

        Args:
            brand_id: the brand (``br_...``).
            entity_type: ``"ticket"``, ``"customer"`` or ``"company"``.
            key: the field's key.
            **fields: ``label``, ``required``, ``default_value`` (None clears it), ``description``,
                ``placeholder``, ``options``, ``visible``, ``sort_order``.

        Raises:
            ValueError: an unknown entity type, or an empty ``brand_id`` or ``key`` (no request made).
            TypeError: an unknown field name, or ``key``/``type`` (no request made).
            NotFoundError: no such field.
            ValidationError: the API rejected a field.

        Example:
            >>> await client.fields.update("br_123", "ticket", "order_id", label="Order")  # doctest: +SKIP
        """
        entity = _entity(entity_type)
        body = _update_body(fields)
        response = await update_field.asyncio_detailed(brand_id, entity, key, client=self._raw, body=body)
        return expect(response, FieldDefinition)

    async def delete(self, brand_id: str, entity_type: EntityTypeName, key: str) -> None:
        """Delete a custom field.

        Args:
            brand_id: the brand (``br_...``).
            entity_type: ``"ticket"``, ``"customer"`` or ``"company"``.
            key: the field's key.

        Raises:
            ValueError: an unknown entity type, or an empty ``brand_id`` or ``key`` (no request made).
            NotFoundError: no such field.

        Example:
            >>> await client.fields.delete("br_123", "ticket", "order_id")  # doctest: +SKIP
        """
        response = await delete_field.asyncio_detailed(brand_id, _entity(entity_type), key, client=self._raw)
        expect_deleted(response)

    async def reorder(self, brand_id: str, entity_type: EntityTypeName, keys: Iterable[str]) -> None:
        """Set the order of the custom fields of one entity type.

        Args:
            brand_id: the brand (``br_...``).
            entity_type: ``"ticket"``, ``"customer"`` or ``"company"``.
            keys: every field key of that entity type, in the new order.

        Raises:
            ValueError: an unknown entity type, or an empty ``brand_id`` (no request made).
            TypeError: ``keys`` is a single string (no request made).
            ValidationError: a key is missing or unknown.

        Example:
            >>> await client.fields.reorder("br_123", "customer", ["plan", "region"])  # doctest: +SKIP
        """
        entity = _entity(entity_type)
        body = _reorder_body(keys)
        expect_none(await reorder_fields.asyncio_detailed(brand_id, entity, client=self._raw, body=body))
