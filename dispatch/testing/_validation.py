"""Request and response validation against the pinned document (openapi-core).

Requests: every parameter and body is validated and unmarshalled before a handler runs. What the document
rejects is answered with the ErrorBody and a per-field ``errors`` list: a malformed request (bad JSON, a
wrong type, a missing or empty required field) is a 400; a well-formed value the document does not accept
(not one of an enum, out of range, a bad email or date) is a 422, as in the document's two examples. When
the operation lists only one of the two, that one is used.

Responses: in strict mode every response the emulator produces is validated too (status listed for the
operation, headers, body schema, and no body where the document has none). A mismatch is a bug in the
emulator: it is recorded as drift, logged, and answered as a 500, so a test can never pass on a response
the real API's document would not allow. Webhook payloads of the documented events are checked the same
way against the document's ``webhooks`` section.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.datastructures import Headers, QueryParams

from dispatch.testing._compiled import FastRequests
from dispatch.testing._errors import ApiError
from dispatch.testing._spec import API_PREFIX, Operation, Spec

if TYPE_CHECKING:  # openapi-core is imported on first need (~25 MB): conforming traffic never needs it
    from openapi_core import OpenAPI
    from openapi_core.datatypes import RequestParameters
    from openapi_schema_validator import OAS31Validator

__all__ = ["CROSSCHECK_ENV", "UNPARSED", "RequestData", "Validator"]

UNPARSED: Any = object()
"""``data`` of :meth:`Validator.response` when the caller has only the bytes."""

CROSSCHECK_ENV = "DISPATCH_EMULATOR_CROSSCHECK"
"""Set to 1 to run openapi-core beside the compiled fast path on every call (any disagreement is drift)."""

# jsonschema keywords whose failure means "well-formed, but this value is not acceptable" (422)
_VALUE_KEYWORDS = frozenset(
    {"enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "format", "pattern"}
    | {"minItems", "maxItems", "multipleOf", "maxLength", "not"}
)
_TYPE_NAMES = {"string": "a string", "integer": "an integer", "boolean": "a boolean", "number": "a number"}
_TYPE_NAMES |= {"array": "an array", "object": "an object", "null": "null"}


@dataclass
class RequestData:
    """What a handler gets: unmarshalled parameters and the decoded JSON body."""

    path: dict[str, str] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    body: Any = None


@dataclass
class _Request:
    """The request as openapi-core reads it; ``path_pattern`` pins the operation the router chose."""

    host_url: str
    path: str
    path_pattern: str
    method: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters


@dataclass
class _Response:
    status_code: int
    data: bytes
    content_type: str
    headers: Headers


def _field(path: Any, base: str = "") -> str:
    out = base
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


def _describe(error: Any, name: str) -> tuple[str, str, bool]:
    """(field, message, is_value_error) for one ``jsonschema.ValidationError``."""
    keyword = str(error.validator)
    where = _field(error.absolute_path, name)
    value = error.validator_value
    if keyword == "required":
        instance = error.instance if isinstance(error.instance, Mapping) else {}
        missing = [p for p in value if p not in instance] or list(value)
        return _field([*error.absolute_path, missing[0]], name), f"{missing[0]} is required", False
    if keyword == "minLength" and value == 1:
        return where, f"{where} must be a non-empty string", False
    if keyword == "type":
        wanted = value if isinstance(value, list) else [value]
        names = " or ".join(_TYPE_NAMES.get(str(t), str(t)) for t in wanted)
        return where, f"{where} must be {names}", False
    if keyword == "enum":
        return where, f"{where} must be one of {', '.join(map(str, value))}", True
    if keyword == "minimum":
        return where, f"{where} must be at least {value}", True
    if keyword == "maximum":
        return where, f"{where} must be at most {value}", True
    if keyword == "format":
        return where, f"{where} must be a valid {value}", True
    if keyword == "minItems":
        return where, f"{where} must have at least {value} item{'s' if value != 1 else ''}", True
    return where, f"{where}: {error.message}", keyword in _VALUE_KEYWORDS


def _schema_errors(exc: BaseException | None) -> tuple[Any, ...]:
    """The jsonschema errors behind an openapi-core validation error."""
    from openapi_core.validation.schemas.exceptions import InvalidSchemaValue

    return tuple(exc.schema_errors) if isinstance(exc, InvalidSchemaValue) else ()


class Validator:
    """Validates requests and responses of the operations of ``spec``."""

    def __init__(self, spec: Spec, *, crosscheck: bool | None = None) -> None:
        self.spec = spec
        self.fast = _fast(spec)
        self.crosscheck = os.environ.get(CROSSCHECK_ENV) == "1" if crosscheck is None else crosscheck

    @property
    def api(self) -> OpenAPI:
        """openapi-core over the document: built on first need (an invalid request or response)."""
        return _openapi(self.spec)

    def request(
        self,
        op: Operation,
        *,
        host_url: str,
        path: str,
        path_params: Mapping[str, str],
        query: QueryParams,
        headers: Headers,
        body: bytes,
        content_type: str | None,
        parsed: Any = UNPARSED,
    ) -> RequestData:
        """Validate and unmarshal; raises :class:`ApiError` (400/422) on what the document rejects.

        The compiled fast path answers what certainly conforms; the rest (and, in cross-check mode,
        everything) goes through openapi-core, which words the errors. ``parsed``: the value ``body``
        decodes to, when the caller has already parsed it (the fast path does not parse it again).
        """
        fast = self.fast.request(
            op,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            content_type=content_type,
            parsed=None if parsed is UNPARSED else (parsed,),
        )
        if fast is not None and not self.crosscheck:
            return RequestData(path=fast.path, query=fast.query, headers=fast.headers, body=fast.body)
        slow = functools.partial(
            self.slow_request,
            op,
            host_url=host_url,
            path=path,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            content_type=content_type,
        )
        if fast is None:
            return slow()
        try:
            expected = slow()
        except ApiError as error:
            raise AssertionError(
                f"cross-check: the fast path accepted a request openapi-core rejects ({error.status}"
                f" {error.body(error.status)}): {op.operation_id} {path}?{query} body={body[:200]!r}"
            ) from error
        got = RequestData(path=fast.path, query=fast.query, headers=fast.headers, body=fast.body)
        if got != expected:
            raise AssertionError(
                f"cross-check: {op.operation_id} fast path answered {got}, openapi-core {expected}"
            )
        return got

    def slow_request(
        self,
        op: Operation,
        *,
        host_url: str,
        path: str,
        path_params: Mapping[str, str],
        query: QueryParams,
        headers: Headers,
        body: bytes,
        content_type: str | None,
    ) -> RequestData:
        """openapi-core's validation and unmarshalling (the authority; words the 400/422 errors)."""
        from openapi_core.casting.schemas.exceptions import CastError
        from openapi_core.datatypes import RequestParameters
        from openapi_core.deserializing.media_types.exceptions import MediaTypeDeserializeError
        from openapi_core.validation.request.exceptions import (
            MissingRequestBodyError,
            MissingRequiredParameter,
            ParameterValidationError,
            RequestBodyValidationError,
            SecurityValidationError,
        )

        request = _Request(
            host_url=host_url,
            path=path,
            path_pattern=API_PREFIX + op.path,
            method=op.method.lower(),
            body=body,
            content_type=content_type or "application/octet-stream",
            parameters=RequestParameters(path=dict(path_params), query=query, header=headers),
        )
        result = self.api.unmarshal_request(request)
        problems: list[tuple[str, str]] = []
        structural = False
        for error in result.errors:
            if isinstance(error, SecurityValidationError):
                continue  # credentials are checked (401) before validation
            if isinstance(error, ParameterValidationError):
                name = error.name
                if isinstance(error, MissingRequiredParameter):
                    problems.append((name, f"{name} is required"))
                    structural = True
                elif isinstance(error.__cause__, CastError):
                    problems.append((name, f"{name} has an invalid value {error.__cause__.value!r}"))
                    structural = True
                else:
                    for schema_error in _schema_errors(error.__cause__) or ():
                        where, message, is_value = _describe(schema_error, name)
                        problems.append((where, message))
                        structural |= not is_value
                    if not _schema_errors(error.__cause__):
                        problems.append((name, str(error)))
                        structural = True
            elif isinstance(error, MissingRequestBodyError):
                problems.append(("body", "a JSON body is required"))
                structural = True
            elif isinstance(error, RequestBodyValidationError):
                cause = error.__cause__
                if isinstance(cause, MediaTypeDeserializeError):
                    problems.append(("body", "the body is not valid JSON"))
                    structural = True
                elif _schema_errors(cause):
                    for schema_error in _schema_errors(cause):
                        where, message, is_value = _describe(schema_error, "")
                        problems.append((where, message))
                        structural |= not is_value
                else:
                    problems.append(("body", f"Content-Type must be application/json ({error})"))
                    structural = True
            else:
                problems.append(("request", str(error)))
                structural = True
        if problems:
            status = 400 if structural else 422
            raise ApiError(status, "Validation failed", errors=problems)
        decoded: Any = None
        if body.strip():
            try:
                decoded = json.loads(body)
            except ValueError:
                decoded = None
        return RequestData(
            path=dict(path_params),
            query=dict(result.parameters.query),
            headers=dict(result.parameters.header),
            body=decoded,
        )

    def response(
        self,
        op: Operation,
        *,
        host_url: str,
        path: str,
        path_params: Mapping[str, str],
        status: int,
        body: bytes,
        headers: Headers,
        data: Any = UNPARSED,
    ) -> list[str]:
        """What is wrong with this response according to the document (empty when it conforms).

        ``data``: the value ``body`` was serialised from, when the caller has it (spares parsing it back).
        """
        conforms = self.fast.response(op, status, body, headers, data=None if data is UNPARSED else (data,))
        if conforms and not self.crosscheck:
            return []
        problems = self.slow_response(
            op,
            host_url=host_url,
            path=path,
            path_params=path_params,
            status=status,
            body=body,
            headers=headers,
        )
        if conforms and problems:
            problems.insert(0, "cross-check: the fast path accepted this response, openapi-core does not")
        return problems

    def slow_response(
        self,
        op: Operation,
        *,
        host_url: str,
        path: str,
        path_params: Mapping[str, str],
        status: int,
        body: bytes,
        headers: Headers,
    ) -> list[str]:
        """openapi-core's verdict on a response (the authority; words the drift report)."""
        from openapi_core.datatypes import RequestParameters

        request = _Request(
            host_url=host_url,
            path=path,
            path_pattern=API_PREFIX + op.path,
            method=op.method.lower(),
            body=None,
            content_type="application/json",
            parameters=RequestParameters(path=dict(path_params)),
        )
        response = _Response(
            status_code=status,
            data=body,
            content_type=headers.get("content-type", ""),
            headers=headers,
        )
        problems = [
            f"{type(e).__name__}: {e}" + (f" ({e.__cause__})" if e.__cause__ else "")
            for e in self.api.iter_response_errors(request, response)
        ]
        if status in op.statuses and status not in op.body_statuses and body:
            problems.append(f"status {status} has no body in the document, but the emulator sent one")
        return problems

    def webhook_payload(self, event: str, payload: Mapping[str, Any]) -> list[str]:
        """What is wrong with a webhook body of a documented event (empty for undocumented events)."""
        check = _webhook_checks(self.spec).get(event)
        if check is None:
            return []
        try:
            conforms = check(dict(payload))
        except ValueError:  # a value JSON has no form for: the full validator says what is wrong
            conforms = False
        if conforms and not self.crosscheck:
            return []
        validator = _webhook_validators(self.spec)[event]
        return [f"{_field(e.absolute_path)}: {e.message}" for e in validator.iter_errors(payload)]


@functools.cache
def _openapi(spec: Spec) -> OpenAPI:
    from openapi_core import OpenAPI

    return OpenAPI.from_dict(spec.served_document())


@functools.cache
def _fast(spec: Spec) -> FastRequests:
    return FastRequests(spec)


@functools.cache
def _webhook_checks(spec: Spec) -> dict[str, Callable[[Any], bool]]:
    """The compiled ``is_valid`` of each documented webhook event's payload schema."""
    checks: dict[str, Callable[[Any], bool]] = {}
    for key, item in spec.document.get("webhooks", {}).items():
        summary = str(item["post"].get("summary", key))
        fast = _fast(spec)
        body = fast.resolve(item["post"]["requestBody"])
        checks[summary] = fast.check_for(fast.resolve(body["content"]["application/json"]["schema"]))
    return checks


@functools.cache
def _webhook_validators(spec: Spec) -> dict[str, OAS31Validator]:
    """One validator per documented webhook event, keyed by event name."""
    from openapi_schema_validator import OAS31Validator

    document = spec.document
    validators: dict[str, OAS31Validator] = {}
    for key, item in document.get("webhooks", {}).items():
        summary = str(item["post"].get("summary", key))
        pointer = f"#/webhooks/{key}/post/requestBody/content/application~1json/schema"
        schema = {"$ref": pointer, "webhooks": document["webhooks"], "components": document["components"]}
        validators[summary] = OAS31Validator(schema, format_checker=OAS31Validator.FORMAT_CHECKER)
    return validators
