"""Fields, written once: the sync module is derived from the async one by scripts/unasync.py."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Unpack

from dispatch._response import RequestOptions, WriteRequestOptions, pop_options
from dispatch.resources._async._resource import AsyncAPIResource
from dispatch.resources.fields import (
    EntityTypeName,
    FieldCreateArgs,
    FieldTypeName,
    FieldUpdateArgs,
    _create_body,
    _entity,
    _reorder_body,
    _update_body,
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
    FieldDefinition,
    FieldDefinitionsByEntity,
)

__all__ = ["AsyncFields"]


class AsyncFields(AsyncAPIResource):
    """Define, list, change, delete and reorder the custom fields of a brand.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Every method also takes the per-call options of :class:`~dispatch.RequestOptions` (``timeout``,
    ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``; writes also ``idempotency_key``),
    and ``with_raw_response`` gives each call's :class:`~dispatch.APIResponse`.

    Example:
        >>> by_entity = await client.fields.get_all("br_123")  # doctest: +SKIP
    """

    async def get_all(self, brand_id: str, **options: Unpack[RequestOptions]) -> FieldDefinitionsByEntity:
        """The custom fields of every entity type (``.ticket``, ``.customer``, ``.company``).

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> by_entity = await client.fields.get_all("br_123")  # doctest: +SKIP
        """
        response = await list_all_fields.asyncio_detailed(brand_id, **self._call(options))
        return self._expect(response, FieldDefinitionsByEntity)

    async def list(
        self, brand_id: str, entity_type: EntityTypeName, **options: Unpack[RequestOptions]
    ) -> builtins.list[FieldDefinition]:
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
        response = await list_fields.asyncio_detailed(brand_id, _entity(entity_type), **self._call(options))
        return self._expect_list(response, FieldDefinition)

    async def create(
        self,
        brand_id: str,
        entity_type: EntityTypeName,
        *,
        key: str,
        label: str,
        type: FieldTypeName,
        required: bool | None = None,
        **fields: Unpack[FieldCreateArgs],
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
        options = pop_options(fields)
        entity = _entity(entity_type)
        body = _create_body(key, label, type, required, fields)
        response = await create_field.asyncio_detailed(brand_id, entity, **self._call(options), body=body)
        return self._expect(response, FieldDefinition)

    async def update(
        self,
        brand_id: str,
        entity_type: EntityTypeName,
        key: str,
        **fields: Unpack[FieldUpdateArgs],
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
        options = pop_options(fields)
        entity = _entity(entity_type)
        body = _update_body(fields)
        response = await update_field.asyncio_detailed(
            brand_id, entity, key, **self._call(options), body=body
        )
        return self._expect(response, FieldDefinition)

    async def delete(
        self, brand_id: str, entity_type: EntityTypeName, key: str, **options: Unpack[WriteRequestOptions]
    ) -> None:
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
        response = await delete_field.asyncio_detailed(
            brand_id, _entity(entity_type), key, **self._call(options)
        )
        return self._expect_deleted(response)

    async def reorder(
        self,
        brand_id: str,
        entity_type: EntityTypeName,
        keys: Iterable[str],
        **options: Unpack[WriteRequestOptions],
    ) -> None:
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
        return self._expect_none(
            await reorder_fields.asyncio_detailed(brand_id, entity, **self._call(options), body=body)
        )
