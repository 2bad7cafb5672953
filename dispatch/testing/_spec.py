"""The pinned OpenAPI document, loaded from the installed package and read into what the emulator needs.

The emulator is driven by the document rather than by a hand-written list: its routes, the status code
of every success, which operations take ``X-Idempotency-Key``, which security scheme applies, and which
error statuses an operation may answer all come from here. The document is read from the package data of
``dispatch_tickets_api`` (``openapi.yaml``), so an installed wheel validates against the very document it
was generated from. It is parsed once per process.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import yaml

__all__ = ["Operation", "Spec", "load_spec"]

_METHODS = ("get", "put", "post", "patch", "delete")
API_PREFIX = "/v1"


@dataclass(frozen=True)
class Operation:
    """One operation of the document."""

    operation_id: str
    method: str  # upper case
    path: str  # as in the document, e.g. /brands/{brandId}/tickets/{ticketId}
    security: str | None  # ApiKeyAuth, PortalTokenAuth or None
    statuses: frozenset[int]
    body_statuses: frozenset[int]  # statuses whose response has a body
    idempotent: bool  # takes X-Idempotency-Key

    @property
    def ok_status(self) -> int:
        """The success status with a body (201 for creates, 200 otherwise, as the document says)."""
        return min(s for s in self.body_statuses if 200 <= s < 300)

    @property
    def no_content_status(self) -> int:
        """The success status without a body (what the document lists: 200 or 204)."""
        return min(s for s in self.statuses if 200 <= s < 300 and s not in self.body_statuses)

    def route_key(self) -> list[tuple[int, str]]:
        """Sort key that puts literal segments before templated ones (``/customers/search`` first)."""
        return [(1 if seg.startswith("{") else 0, seg) for seg in self.path.strip("/").split("/")]


@dataclass(frozen=True, eq=False)  # hashed by identity: there is one per process
class Spec:
    """The parsed document and its operations."""

    document: dict[str, Any]
    operations: tuple[Operation, ...]

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)

    @property
    def operation_ids(self) -> frozenset[str]:
        return frozenset(op.operation_id for op in self.operations)

    def schema_properties(self, name: str) -> tuple[str, ...]:
        """Property names of ``components.schemas[name]``, in document order (read once per schema)."""
        return _schema_properties(self, name)

    def served_document(self) -> dict[str, Any]:
        """The document with a relative server (``/v1``), so requests to any host:port match it."""
        doc = copy.deepcopy(self.document)
        doc["servers"] = [{"url": API_PREFIX}]
        return doc


@functools.cache
def _schema_properties(spec: Spec, name: str) -> tuple[str, ...]:
    schema = spec.document["components"]["schemas"][name]
    return tuple(schema.get("properties", {}))


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations(document: dict[str, Any]) -> tuple[Operation, ...]:
    found: list[Operation] = []
    default_security = document.get("security", [])
    for path, item in document["paths"].items():
        for method in _METHODS:
            op = item.get(method)
            if op is None:
                continue
            security = op.get("security", default_security)
            scheme = next(iter(security[0]), None) if security else None
            params = [_resolve(document, p) for p in item.get("parameters", []) + op.get("parameters", [])]
            statuses, with_body = set(), set()
            for code, response in op["responses"].items():
                statuses.add(int(code))
                if _resolve(document, response).get("content"):
                    with_body.add(int(code))
            found.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    security=scheme,
                    statuses=frozenset(statuses),
                    body_statuses=frozenset(with_body),
                    idempotent=any(
                        p["in"] == "header" and p["name"].lower() == "x-idempotency-key" for p in params
                    ),
                )
            )
    return tuple(found)


@functools.cache
def load_spec() -> Spec:
    """The document shipped in ``dispatch_tickets_api`` (parsed once per process)."""
    text = (files("dispatch_tickets_api") / "openapi.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(text, Loader=loader)  # a safe loader, C-accelerated when available
    return Spec(document=document, operations=_operations(document))
