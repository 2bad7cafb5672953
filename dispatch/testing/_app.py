"""The Starlette application: routes from the document, and the request pipeline every operation shares.

For each request to ``/v1``: a request id; the body, read whole up to the size limit (413, see
``_intake.py``); injected faults; the rate limit; the credential (API key or
portal token, 401); validation against the document (400/422); the brand of the path (404 when it is not the account's, 403 when the key's scope leaves it out); ``X-Idempotency-Key`` (replay, or 409 for another
body; a key is remembered for a day, see ``_idempotency.py``); then the handler, inside a transaction that rolls back if it raises. Events are delivered only
after the commit. In strict mode the response is validated before it leaves (see ``_validation.py``).
Routes are registered literal-segment-first (``/customers/search`` before ``/customers/{customerId}``)
and matched against the raw path, as sent: an encoded ``/`` (``%2F``) inside an id stays in its segment
(and finds no such object) instead of reaching another route. Any exception is answered as a JSON 500
(recorded as drift) on a connection that stays open: uvicorn's own 500 would close it.
"""

from __future__ import annotations

import logging
import secrets
import traceback
from typing import Any
from urllib.parse import unquote_to_bytes

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from dispatch.testing._auth import authenticate_key, authenticate_portal, bearer
from dispatch.testing._context import Ctx, PortalSession, Principal, Reply
from dispatch.testing._control import control_routes
from dispatch.testing._errors import ApiError, error_body
from dispatch.testing._faults import Fault
from dispatch.testing._idempotency import Replay
from dispatch.testing._idempotency import record_id as idempotency_record_id
from dispatch.testing._intake import BodyTooLarge, check_json_body, is_json, read_body
from dispatch.testing._operations import HANDLERS, check_route_table
from dispatch.testing._responses import JsonResponse, drop_connection, json_response, json_text_response
from dispatch.testing._spec import API_PREFIX, Operation, Spec
from dispatch.testing._state import EmulatorState
from dispatch.testing._storage import storage_routes
from dispatch.testing._validation import UNPARSED, RequestData

__all__ = ["build_app"]

_LOG = logging.getLogger("dispatch.testing")
IDEMPOTENCY_HEADER = "x-idempotency-key"


class OperationEndpoint:
    """The ASGI endpoint of one document path; dispatches on the method to its operations."""

    def __init__(self, state: EmulatorState, operations: dict[str, Operation]) -> None:
        self.state = state
        self.operations = operations
        self.takes_body = frozenset(m for m, op in operations.items() if _takes_body(state.spec, op))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope["path_params"] = {k: _decode_segment(v) for k, v in scope.get("path_params", {}).items()}
        request = Request(scope, receive)
        op = self.operations.get(request.method)
        if op is None:  # HEAD, which Starlette adds to every GET route; the API has no such operation
            message = f"{request.method} is not an operation of {request.url.path}"
            await json_response(405, error_body(405, message), {"allow": ", ".join(self.operations)})(
                scope, receive, send
            )
            return
        try:
            response, fault = await self.handle(request, op)
        except ClientDisconnect:
            return  # the client left while its body was still arriving: there is nobody to answer
        if fault is not None and fault.kind in ("drop_after", "drop_before"):
            await drop_connection(send, response.status_code if fault.kind == "drop_after" else 200)
        await response(scope, receive, send)

    async def handle(self, request: Request, op: Operation) -> tuple[Response, Fault | None]:
        """The response (and the fault that fired, if any); a crash anywhere is a JSON 500, never uvicorn's."""
        headers: dict[str, str] = {"x-request-id": "req_" + secrets.token_hex(12)}
        try:
            return await self._handle(request, op, headers)
        except ClientDisconnect:
            raise
        except Exception:
            return self._crash(op, request, headers), None

    async def _handle(
        self, request: Request, op: Operation, headers: dict[str, str]
    ) -> tuple[Response, Fault | None]:
        state = self.state
        try:
            # Read first, whatever follows: a hang must not lose the body when the client gives up, and
            # an early answer (429, a fault) leaves the connection clean for the next request.
            body = await read_body(request, state.max_body_size)
        except BodyTooLarge as too_large:  # not in the document: the service's HTTP layer answers it
            return self._error(op, too_large, headers, request, validate=False), None
        path = request.url.path.removeprefix(API_PREFIX)
        credential = bearer(request.headers.get("authorization"))
        fault = state.faults.take(request.method, path, op.operation_id, credential)
        if fault is not None:
            if fault.kind == "hang":
                await state.hang(fault.delay)
            elif fault.kind == "status":
                return self._fault_response(fault, headers), None
            elif fault.kind == "drop_before":
                return Response(status_code=200), fault
        rate = state.limiter.hit(credential or f"ip:{request.client.host if request.client else '-'}")
        headers.update(rate.headers())
        if not rate.allowed:
            error = ApiError(429, "Too many requests", headers={"retry-after": str(rate.retry_after)})
            return self._error(op, error, headers, request), fault
        try:
            principal, portal = self._authenticate(op, request)
            takes_body = request.method in self.takes_body
            parsed: Any = UNPARSED
            if takes_body and is_json(request.headers.get("content-type")) and body.strip():
                parsed = check_json_body(body)  # parsed once: the validator's fast path takes the value
            data = state.validator.request(
                op,
                host_url=str(request.base_url),
                path=request.url.path,
                path_params=request.path_params,
                query=request.query_params,
                headers=request.headers,
                body=body if takes_body else b"",  # ignored, as the service does: never parsed unchecked
                content_type=request.headers.get("content-type"),
                parsed=parsed,
            )
            reply = self._run(request, op, data, principal, portal, body)
        except ApiError as error:
            return self._error(op, error, headers, request), fault
        except Exception:
            return self._crash(op, request, headers), fault
        if isinstance(reply, Replay):
            headers["x-idempotent-replayed"] = "true"
            response = json_text_response(reply.status, reply.text, headers)
        else:
            response = json_response(reply.status, reply.body, headers)
        return self._checked(op, request, response), fault

    # -- pipeline steps -------------------------------------------------------------------------------

    def _authenticate(self, op: Operation, request: Request) -> tuple[Principal | None, PortalSession | None]:
        store, clock = self.state.store, self.state.clock
        authorization = request.headers.get("authorization")
        with store.transaction():
            if op.security == "ApiKeyAuth":
                return authenticate_key(store, clock, authorization), None
            if op.security == "PortalTokenAuth":
                return None, authenticate_portal(store, clock, authorization)
        return None, None

    def _run(
        self,
        request: Request,
        op: Operation,
        data: RequestData,
        principal: Principal | None,
        portal: PortalSession | None,
        raw_body: bytes,
    ) -> Reply | Replay:
        state = self.state
        ctx = Ctx(
            op=op,
            spec=state.spec,
            store=state.store,
            clock=state.clock,
            settings=state.settings,
            req=data,
            root_url=str(request.base_url).rstrip("/"),
            principal=principal,
            portal=portal,
        )
        idempotency_key = request.headers.get(IDEMPOTENCY_HEADER) if op.idempotent else None
        with state.store.transaction():
            if "brandId" in data.path and principal is not None:
                ctx.brand_doc = self._brand(principal, data.path["brandId"])
            record_id = None
            if idempotency_key:
                scope = principal.account_id if principal else (portal.customer_id if portal else "-")
                record_id = idempotency_record_id(scope, op.method, request.url.path, idempotency_key)
                replay = state.idempotency.replay(record_id, raw_body)
                if replay is not None:
                    return replay
            reply = HANDLERS[op.operation_id](ctx)
            if record_id is not None and 200 <= reply.status < 300:
                state.idempotency.remember(record_id, raw_body, reply.status, reply.body)
            deliveries = state.webhooks.record(ctx.events)
        if record_id is not None:
            state.idempotency.prune()  # after the commit: a rolled-back request must not have dropped any
        state.webhooks.schedule(deliveries)
        return reply

    def _brand(self, principal: Principal, brand_id: str) -> dict[str, Any]:
        brand = self.state.store.get("brands", brand_id)
        if brand is None or brand.get("accountId") != principal.account_id:
            raise ApiError(404, "Brand not found")
        if not principal.may_access(brand_id):
            raise ApiError(403, "API key does not have access to this brand")
        return brand

    # -- responses ------------------------------------------------------------------------------------

    def _crash(self, op: Operation, request: Request, headers: dict[str, str]) -> Response:
        self.state.record_drift(f"{op.operation_id} crashed:\n{traceback.format_exc()}")
        crash = ApiError(500, "The emulator crashed handling this request (a bug in the emulator)")
        return self._error(op, crash, headers, request, validate=False)

    def _fault_response(self, fault: Fault, headers: dict[str, str]) -> Response:
        extra = dict(headers)
        if fault.status == 429:
            extra["retry-after"] = str(fault.retry_after)
        message = f"Injected fault: HTTP {fault.status}"
        return json_response(fault.status, error_body(fault.status, message), extra)

    def _error(
        self,
        op: Operation,
        error: ApiError,
        headers: dict[str, str],
        request: Request,
        *,
        validate: bool = True,
    ) -> Response:
        status = error.adjusted(op.statuses)
        response = json_response(status, error.body(status), {**headers, **error.headers})
        return self._checked(op, request, response) if validate else response

    def _checked(self, op: Operation, request: Request, response: Response) -> Response:
        """In strict mode, the response if it conforms to the document; a 500 naming the drift otherwise."""
        if not self.state.validate_responses:
            return response
        problems = self.state.validator.response(
            op,
            host_url=str(request.base_url),
            path=request.url.path,
            path_params=request.path_params,
            status=response.status_code,
            body=bytes(response.body),
            headers=response.headers,
            data=response.data if isinstance(response, JsonResponse) else UNPARSED,
        )
        if not problems:
            return response
        summary = f"{op.method} {op.path} ({op.operation_id}) answered {response.status_code}: " + "; ".join(
            problems
        )
        self.state.record_drift(summary)
        body = error_body(
            500, "Emulator response does not match the OpenAPI document: " + summary, code="emulator_drift"
        )
        return json_response(500, body, {"x-request-id": response.headers.get("x-request-id", "")})


def _takes_body(spec: Spec, op: Operation) -> bool:
    return "requestBody" in spec.document["paths"][op.path][op.method.lower()]


def _decode_segment(value: str) -> str:
    """A path parameter matched on the raw path, percent-decoded (invalid UTF-8 becomes U+FFFD)."""
    return unquote_to_bytes(value.encode("latin-1")).decode("utf-8", "replace")


class RawPathRouting:
    """Route on the path as the client sent it (``raw_path``), not on its percent-decoded form.

    Decoding first would turn ``/tickets/tkt_1%2Fcomments`` into another route's path; matched raw, the
    encoded id stays one segment, and the endpoint decodes each parameter (``_decode_segment``).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = scope.get("raw_path") if scope["type"] == "http" else None
        if raw:
            # latin-1 maps every byte to one character, so nothing is lost before per-segment decoding;
            # some clients (httpx's ASGI transport) include the query string in raw_path
            scope = {**scope, "path": raw.split(b"?", 1)[0].decode("latin-1")}
        await self.app(scope, receive, send)


async def _health(request: Request) -> Response:
    base = str(request.base_url).rstrip("/")
    return json_response(200, {"status": "ok", "service": "dispatch-emulator", "baseUrl": base + API_PREFIX})


def api_routes(state: EmulatorState) -> list[BaseRoute]:
    """One route per document path, literal segments first."""
    by_path: dict[str, dict[str, Operation]] = {}
    for op in sorted(state.spec.operations, key=lambda o: o.route_key()):
        by_path.setdefault(op.path, {})[op.method] = op
    return [
        Route(API_PREFIX + path, OperationEndpoint(state, ops), methods=list(ops))
        for path, ops in by_path.items()
    ]


def build_app(state: EmulatorState) -> Starlette:
    """The emulator's ASGI app (raises :class:`RouteTableError` if handlers and document differ)."""
    check_route_table(state.spec)
    api = api_routes(state)

    async def not_found(request: Request) -> Response:
        """404 for paths the document does not have; 405 for its paths with a method it does not have."""
        headers = {"x-request-id": "req_" + secrets.token_hex(12)}
        for route in api:
            match, _ = route.matches(request.scope)
            if match != Match.NONE:  # the path is the document's, the method is not
                message = f"{request.method} is not an operation of {request.url.path}"
                # RFC 9110: a 405 lists the methods the resource has
                allowed = sorted((route.methods or set()) - {"HEAD"}) if isinstance(route, Route) else []
                return json_response(405, error_body(405, message), {**headers, "allow": ", ".join(allowed)})
        message = f"No operation {request.method} {request.url.path} in the Dispatch Tickets API"
        return json_response(404, error_body(404, message), headers)

    routes: list[BaseRoute] = [
        Route("/", _health, methods=["GET"]),
        *api,
        Route(
            API_PREFIX + "/{rest:path}", not_found, methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]
        ),
        *storage_routes(state),
        *control_routes(state),
    ]
    return Starlette(routes=routes, middleware=[Middleware(RawPathRouting)])
