"""The fast path of validation: JSON-schema validators compiled once per schema (jsonschema-rs).

openapi-core re-reads the document through path objects on every call, which cost ~95% of a strict-mode
request (3 ms to validate a request, 5 ms a response). This module reads the document once into plain
checks: for each operation, its parameters (cast the way openapi-core casts them) and its JSON body; for
each (operation, status), the response headers and body. Every schema is compiled once with jsonschema-rs
(cached by its content, so the many responses sharing ``ErrorBody`` share one validator).

The fast path only ever *confirms*: :func:`FastRequests.request` answers the unmarshalled request when it
is certain openapi-core would accept it and answer the same, ``None`` otherwise; :meth:`response` answers
``True`` only for a response that conforms. Anything else (an invalid value, an unusual encoding, a
parameter style it does not model) goes to openapi-core, which stays the one authority for what is wrong
and for the error messages. So a gap here costs speed, never correctness; the reverse (the fast path
accepting what openapi-core rejects) is what the cross-check mode (``DISPATCH_EMULATOR_CROSSCHECK=1``,
both paths on every call, any disagreement is drift) and tests/e2e/test_emulator_validation_engine.py
guard against.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema_rs
from starlette.datastructures import Headers, QueryParams

from dispatch.testing._spec import Operation, Spec

__all__ = ["FastRequests", "ParsedRequest"]

_INTEGER = re.compile(r"-?[0-9]+")
_BOOLEANS = {"true": True, "false": False}
_JSON = "application/json"
_METHODS = ("get", "put", "post", "patch", "delete")
_UNSET = object()

Check = Callable[[Any], bool]


class _Declined(Exception):
    """The fast path cannot vouch for this request: openapi-core decides."""


@dataclass(frozen=True)
class ParsedRequest:
    """What openapi-core would unmarshal: declared parameters present (cast), and the decoded body."""

    path: dict[str, str]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any


@dataclass(frozen=True)
class _Param:
    location: str  # path, query or header
    name: str
    required: bool
    kind: str  # string, integer or boolean
    formatted: bool  # openapi-core turns the value into another type (date-time...): leave it to it
    default: Any
    check: Check


@dataclass(frozen=True)
class _RequestPlan:
    params: tuple[_Param, ...] | None  # None: a parameter this module does not model
    has_body: bool
    body_required: bool
    body_check: Check | None  # None: the body is not JSON-only


@dataclass(frozen=True)
class _Header:
    name: str
    required: bool
    kind: str
    check: Check


@dataclass(frozen=True)
class _ResponsePlan:
    headers: tuple[_Header, ...] | None  # None: a header this module does not model
    media_types: frozenset[str]  # empty: no body
    body_check: Check | None


def _cast(kind: str, raw: str) -> Any:
    """The value openapi-core casts ``raw`` to, or ``_UNSET`` where it might differ (left to openapi-core)."""
    if kind == "string":
        return raw
    if kind == "integer":
        return int(raw) if _INTEGER.fullmatch(raw) else _UNSET
    if kind == "boolean":
        return _BOOLEANS.get(raw, _UNSET)
    return _UNSET


def _kind(schema: Mapping[str, Any]) -> str | None:
    kind = schema.get("type")
    return kind if kind in ("string", "integer", "boolean") else None


class FastRequests:
    """Compiled checks of the operations of ``spec``; plans are built on first use of an operation."""

    def __init__(self, spec: Spec) -> None:
        self.document = spec.document
        self._ops: dict[tuple[str, str], dict[str, Any]] = {}
        for path, item in self.document["paths"].items():
            for method in _METHODS:
                if method in item:
                    self._ops[(method.upper(), path)] = {"item": item, "op": item[method]}
        self._validators: dict[str, Check] = {}
        self._requests: dict[str, _RequestPlan] = {}
        self._responses: dict[tuple[str, int], _ResponsePlan | None] = {}

    # -- compiling --------------------------------------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        """``node`` with its ``$ref`` chain followed inside the document."""
        while isinstance(node, Mapping) and "$ref" in node:
            target: Any = self.document
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def check_for(self, schema: Mapping[str, Any]) -> Check:
        """``is_valid`` of ``schema`` (refs into ``components`` resolve), compiled once per distinct schema."""
        key = json.dumps(schema, sort_keys=True)
        check = self._validators.get(key)
        if check is None:
            root = {**schema, "components": self._components_reached(schema)}
            validator = jsonschema_rs.Draft202012Validator(root, validate_formats=True)
            check = validator.is_valid
            self._validators[key] = check
        return check

    def _components_reached(self, schema: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
        """The parts of ``components`` that ``schema`` refers to, directly or not.

        Only these go into its validator: each validator keeps its own copy of what it is given, and the
        whole of ``components`` is ~0.8 MB in each.
        """
        reached: dict[str, dict[str, Any]] = {}
        pending: list[Any] = [schema]
        while pending:
            node = pending.pop()
            if isinstance(node, Mapping):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith("#/components/"):
                    section, _, name = ref.removeprefix("#/components/").partition("/")
                    if name not in reached.get(section, {}):
                        target = self.document["components"][section][name]
                        reached.setdefault(section, {})[name] = target
                        pending.append(target)
                pending.extend(node.values())
            elif isinstance(node, list):
                pending.extend(node)
        return reached

    def _request_plan(self, op: Operation) -> _RequestPlan:
        plan = self._requests.get(op.operation_id)
        if plan is None:
            plan = self._compile_request(op)
            self._requests[op.operation_id] = plan
        return plan

    def _compile_request(self, op: Operation) -> _RequestPlan:
        entry = self._ops[(op.method, op.path)]
        declared: dict[tuple[str, str], Any] = {}
        for raw in [*entry["item"].get("parameters", []), *entry["op"].get("parameters", [])]:
            param = self.resolve(raw)
            declared[(param["in"], param["name"])] = param  # an operation's own overrides the path's
        params: list[_Param] = []
        modelled = True
        for (location, name), param in declared.items():
            schema = self.resolve(param.get("schema", {}))
            kind = _kind(schema)
            plain = param.get("style") in (None, "simple", "form") and "content" not in param
            if kind is None or not plain or location not in ("path", "query", "header"):
                modelled = False
                break
            params.append(
                _Param(
                    location=location,
                    name=name,
                    required=bool(param.get("required", False)),
                    kind=kind,
                    formatted="format" in schema,
                    default=schema.get("default", _UNSET),
                    check=self.check_for(schema),
                )
            )
        body = self.resolve(entry["op"].get("requestBody"))
        body_check = None
        if body is not None:
            content = body.get("content", {})
            if set(content) == {_JSON}:
                body_check = self.check_for(self.resolve(content[_JSON].get("schema", {})))
        return _RequestPlan(
            params=tuple(params) if modelled else None,
            has_body=body is not None,
            body_required=bool(body.get("required", False)) if body is not None else False,
            body_check=body_check,
        )

    def _response_plan(self, op: Operation, status: int) -> _ResponsePlan | None:
        key = (op.operation_id, status)
        if key not in self._responses:
            self._responses[key] = self._compile_response(op, status)
        return self._responses[key]

    def _compile_response(self, op: Operation, status: int) -> _ResponsePlan | None:
        responses = self._ops[(op.method, op.path)]["op"].get("responses", {})
        response = self.resolve(responses.get(str(status)))
        if response is None:
            return None  # not listed: openapi-core says what is wrong
        headers: list[_Header] = []
        modelled = True
        for name, raw in response.get("headers", {}).items():
            header = self.resolve(raw)
            schema = self.resolve(header.get("schema", {}))
            kind = _kind(schema)
            if kind is None or "content" in header or "format" in schema:
                modelled = False
                break
            headers.append(_Header(name, bool(header.get("required", False)), kind, self.check_for(schema)))
        content = response.get("content", {})
        body_check = None
        if set(content) == {_JSON}:
            body_check = self.check_for(self.resolve(content[_JSON].get("schema", {})))
        elif content:
            return None  # other media types: openapi-core
        return _ResponsePlan(
            headers=tuple(headers) if modelled else None,
            media_types=frozenset(content),
            body_check=body_check,
        )

    # -- checking ---------------------------------------------------------------------------------------

    def request(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, str],
        query: QueryParams,
        headers: Headers,
        body: bytes,
        content_type: str | None,
        parsed: tuple[Any] | None = None,
    ) -> ParsedRequest | None:
        """The request as openapi-core would unmarshal it, when it certainly conforms; ``None`` otherwise.

        ``parsed``: ``(value,)`` when the caller has already decoded ``body`` (it is not parsed again).
        """
        plan = self._request_plan(op)
        if plan.params is None:
            return None
        found: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
        try:
            for param in plan.params:
                value = self._param_value(param, path_params, query, headers)
                if value is not None:
                    found[param.location][param.name] = value[0]
        except _Declined:
            return None
        decoded: Any = None
        if plan.has_body:
            if plan.body_check is None or not body or content_type is None:
                return None
            if content_type.split(";", 1)[0].strip().lower() != _JSON:
                return None
            if parsed is not None:
                decoded = parsed[0]
            else:
                try:
                    decoded = json.loads(body)
                except ValueError:
                    return None
            if not plan.body_check(decoded):
                return None
        elif body.strip():
            try:
                decoded = json.loads(body)  # what the handlers saw before: the body, decoded if it is JSON
            except ValueError:
                decoded = None
        return ParsedRequest(
            path=dict(path_params), query=found["query"], headers=found["header"], body=decoded
        )

    @staticmethod
    def _param_value(
        param: _Param, path_params: Mapping[str, str], query: QueryParams, headers: Headers
    ) -> tuple[Any] | None:
        """``(value,)`` present and valid, ``None`` absent (and optional); :class:`_Declined`: leave it to
        openapi-core."""
        if param.location == "path":
            values = [path_params[param.name]] if param.name in path_params else []
        elif param.location == "query":
            values = query.getlist(param.name)
        else:
            values = headers.getlist(param.name)
        if not values:
            if param.required or (param.default is not _UNSET and not param.check(param.default)):
                raise _Declined
            return None if param.default is _UNSET else (param.default,)
        if len(values) > 1 or values[0] == "" or param.formatted:
            raise _Declined
        value = _cast(param.kind, values[0])
        if value is _UNSET or not param.check(value):
            raise _Declined
        return (value,)

    def response(
        self, op: Operation, status: int, body: bytes, headers: Headers, *, data: tuple[Any] | None = None
    ) -> bool:
        """True when the response certainly conforms (status listed, headers, media type, body schema).

        ``data``: ``(value,)`` when the caller has the value ``body`` is the JSON of (not parsed again).
        """
        if status not in op.statuses:
            return False
        plan = self._response_plan(op, status)
        if plan is None or plan.headers is None:
            return False
        for header in plan.headers:
            values = headers.getlist(header.name)
            if not values:
                if header.required:
                    return False
                continue
            if len(values) > 1:
                return False
            value = _cast(header.kind, values[0])
            if value is _UNSET or not header.check(value):
                return False
        if not plan.media_types:
            return not body
        media_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if media_type not in plan.media_types or plan.body_check is None or not body:
            return False
        if data is not None:
            try:
                return plan.body_check(data[0])
            except ValueError:  # a value JSON would have turned into another (an int key): parse the bytes
                pass
        try:
            decoded = json.loads(body)
        except ValueError:
            return False
        return plan.body_check(decoded)
