# Generated from dispatch/resources/_async/fields.py by scripts/unasync.py (run by scripts/generate): the types of
# ``with_raw_response``. Do not edit by hand: change the async source, then run scripts/generate.
from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Protocol, Unpack

from dispatch._response import APIResponse, RequestOptions, WriteRequestOptions
from dispatch.resources.fields import (
    EntityTypeName,
    FieldCreateArgs,
    FieldTypeName,
    FieldUpdateArgs,
)
from dispatch_tickets_api.models import FieldDefinition, FieldDefinitionsByEntity


class FieldsRaw(Protocol):
    """``Fields`` in raw mode: each call returns its ``APIResponse``."""

    def get_all(
        self, brand_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[FieldDefinitionsByEntity]: ...

    def list(
        self, brand_id: str, entity_type: EntityTypeName, **options: Unpack[RequestOptions]
    ) -> APIResponse[builtins.list[FieldDefinition]]: ...

    def create(
        self,
        brand_id: str,
        entity_type: EntityTypeName,
        *,
        key: str,
        label: str,
        type: FieldTypeName,
        required: bool | None = None,
        **fields: Unpack[FieldCreateArgs],
    ) -> APIResponse[FieldDefinition]: ...

    def update(
        self, brand_id: str, entity_type: EntityTypeName, key: str, **fields: Unpack[FieldUpdateArgs]
    ) -> APIResponse[FieldDefinition]: ...

    def delete(
        self, brand_id: str, entity_type: EntityTypeName, key: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[None]: ...

    def reorder(
        self,
        brand_id: str,
        entity_type: EntityTypeName,
        keys: Iterable[str],
        **options: Unpack[WriteRequestOptions],
    ) -> APIResponse[None]: ...
