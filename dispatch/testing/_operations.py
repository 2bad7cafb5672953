"""The route table: operationId → handler, checked against the document at startup.

This is the emulator's guarantee that it answers every operation: building the app fails (with the names)
when the document has an operation without a handler or a handler names an operation the document does
not have, so a document change cannot silently leave the emulator behind.
"""

from __future__ import annotations

from dispatch.testing import (
    _handlers_accounts,
    _handlers_attachments,
    _handlers_brands,
    _handlers_catalog,
    _handlers_comments,
    _handlers_customers,
    _handlers_portal,
    _handlers_tickets,
    _handlers_webhooks,
)
from dispatch.testing._context import Handler
from dispatch.testing._spec import Spec

__all__ = ["HANDLERS", "RouteTableError", "check_route_table"]


def _merge(*tables: dict[str, Handler]) -> dict[str, Handler]:
    merged: dict[str, Handler] = {}
    for table in tables:
        clash = set(merged) & set(table)
        if clash:
            raise RuntimeError(f"operationId handled twice: {sorted(clash)}")
        merged.update(table)
    return merged


HANDLERS: dict[str, Handler] = _merge(
    _handlers_accounts.HANDLERS,
    _handlers_brands.HANDLERS,
    _handlers_tickets.HANDLERS,
    _handlers_comments.HANDLERS,
    _handlers_attachments.HANDLERS,
    _handlers_webhooks.HANDLERS,
    _handlers_catalog.HANDLERS,
    _handlers_customers.HANDLERS,
    _handlers_portal.HANDLERS,
)


class RouteTableError(RuntimeError):
    """The handler table and the document's operations differ."""


def check_route_table(spec: Spec, handlers: dict[str, Handler] | None = None) -> None:
    """Raise :class:`RouteTableError` unless every operation has a handler and every handler an operation."""
    table = HANDLERS if handlers is None else handlers
    missing = sorted(spec.operation_ids - set(table))
    extra = sorted(set(table) - spec.operation_ids)
    if missing or extra:
        raise RouteTableError(
            "the emulator's handlers do not match the OpenAPI document: "
            f"operations without a handler: {missing or 'none'}; handlers without an operation: {extra or 'none'}"
        )
