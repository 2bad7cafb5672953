"""HTTP control endpoints (outside ``/v1``, no auth) for driving an emulator running in another process.

``GET /_emulator`` describes the emulator; ``POST /_emulator/faults`` adds a fault (the JSON fields of
:meth:`FaultSet.add`, camelCase or snake_case), ``GET`` lists them, ``DELETE`` clears them,
``DELETE /_emulator/faults/{id}`` removes one; ``POST /_emulator/reset`` forgets every account and
object; ``POST /_emulator/clock`` with ``{"advance": seconds}`` moves time; ``PUT /_emulator/rate-limit``
with ``{"limit": n | null, "window": seconds}`` sets the rate limit; ``GET /_emulator/magic-links?email=``
answers the latest magic-link token sent to that address; ``POST /_emulator/webhooks/flush`` waits for the
pending webhook deliveries (``{"timeout": 10, "brandId": ...}``, both optional); ``GET /_emulator/drift`` lists (and clears) strict-mode drift reports.

The control API is part of the emulator's contract: a body that is not a JSON object, an unknown field,
or a value that would break later requests (a clock moved past the year 9999, a fault status of 99, a
negative rate limit, a window of 0) is answered 400 with the reason, and nothing changes.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from dispatch.testing._errors import ApiError, error_body
from dispatch.testing._intake import BodyTooLarge, check_json_body, read_body
from dispatch.testing._numbers import is_finite_number
from dispatch.testing._responses import json_response

if TYPE_CHECKING:
    from dispatch.testing._state import EmulatorState

__all__ = ["control_routes", "latest_magic_link"]

PREFIX = "/_emulator"


def latest_magic_link(state: EmulatorState, email: str, brand_id: str | None = None) -> str | None:
    """The newest unused magic-link token sent to ``email`` (optionally of one brand)."""
    with state.store.lock:
        links = [
            m
            for m in state.store.scan("magic_links")
            if str(m["email"]).lower() == email.lower() and (brand_id is None or m["brandId"] == brand_id)
        ]
    return str(links[-1]["token"]) if links else None


_Handler = Callable[[Request], Awaitable[Response]]


_CONTROL_BODY_LIMIT = 64 * 1024
"""Bytes a control body may have: a fault description is the largest, and it is far smaller."""


async def _json(request: Request, *fields: str) -> dict[str, Any]:
    """The body as a JSON object (``{}`` when empty) holding only ``fields`` (any, when none are named)."""
    raw = await read_body(request, _CONTROL_BODY_LIMIT)  # never more in memory than the limit
    if not raw.strip():
        return {}
    value = check_json_body(raw)  # strict JSON, bounded depth: the same intake as the API's own bodies
    if not isinstance(value, dict):
        raise ValueError("the body must be a JSON object")
    unknown = sorted(set(value) - set(fields)) if fields else []
    if unknown:
        raise ValueError(f"unknown fields: {', '.join(unknown)} (expected: {', '.join(fields)})")
    return value


def _bad_input_is_400(handler: _Handler) -> _Handler:
    """Answer a control request whose input is unacceptable with 400 and the reason."""

    @functools.wraps(handler)
    async def checked(request: Request) -> Response:
        try:
            return await handler(request)
        except BodyTooLarge as exc:
            return json_response(exc.status, exc.body(), exc.headers)
        except ApiError as exc:
            reasons = "; ".join(text for _, text in exc.errors) or exc.message
            return json_response(400, error_body(400, reasons))
        except (ValueError, TypeError) as exc:
            return json_response(400, error_body(400, str(exc)))

    return checked


def _seconds(body: dict[str, Any], name: str, default: float, *, low: float, high: float) -> float:
    value = body.get(name, default)
    if not is_finite_number(value):
        raise ValueError(f"{name} must be a number of seconds, not {value!r}")
    if not low <= value <= high:
        raise ValueError(f"{name} must be from {low:g} to {high:g} seconds, not {value!r}")
    return float(value)


def control_routes(state: EmulatorState) -> list[BaseRoute]:
    async def info(request: Request) -> Response:
        base = str(request.base_url).rstrip("/")
        return json_response(
            200,
            {
                "baseUrl": base + "/v1",
                "operations": len(state.spec.operations),
                "faults": [f.to_json() for f in state.faults.list()],
                "rateLimit": {"limit": state.limiter.limit, "window": state.limiter.window},
                "validateResponses": state.validate_responses,
                "now": state.clock.iso(),
            },
        )

    @_bad_input_is_400
    async def add_fault(request: Request) -> Response:
        fault = state.faults.add_json(await _json(request))
        return json_response(201, fault.to_json())

    async def list_faults(request: Request) -> Response:
        return json_response(200, [f.to_json() for f in state.faults.list()])

    async def clear_faults(request: Request) -> Response:
        state.faults.clear()
        return Response(status_code=204)

    async def remove_fault(request: Request) -> Response:
        if state.faults.remove(request.path_params["fault_id"]):
            return Response(status_code=204)
        return json_response(404, error_body(404, "No such fault"))

    async def reset(request: Request) -> Response:
        state.reset()
        return Response(status_code=204)

    @_bad_input_is_400
    async def clock(request: Request) -> Response:
        state.clock.advance((await _json(request, "advance")).get("advance", 0))
        return json_response(200, {"now": state.clock.iso()})

    @_bad_input_is_400
    async def rate_limit(request: Request) -> Response:
        body = await _json(request, "limit", "window")
        state.limiter.configure(body.get("limit"), body.get("window"))  # both checked there
        return json_response(200, {"limit": state.limiter.limit, "window": state.limiter.window})

    async def magic_links(request: Request) -> Response:
        email = request.query_params.get("email", "")
        token = latest_magic_link(state, email, request.query_params.get("brandId"))
        if token is None:
            return json_response(404, error_body(404, f"No magic link was sent to {email!r}"))
        return json_response(200, {"token": token})

    @_bad_input_is_400
    async def flush(request: Request) -> Response:
        body = await _json(request, "timeout", "brandId")
        timeout = _seconds(body, "timeout", 10, low=0, high=600)
        brand_id = body.get("brandId")
        if brand_id is not None and not isinstance(brand_id, str):
            raise ValueError(f"brandId must be a brand's id, not {brand_id!r}")
        done = await asyncio.to_thread(state.webhooks.wait, timeout, brand_id=brand_id)
        return json_response(200, {"done": done})

    async def drift(request: Request) -> Response:
        return json_response(200, state.take_drift())

    return [
        Route(PREFIX, info, methods=["GET"]),
        Route(PREFIX + "/faults", add_fault, methods=["POST"]),
        Route(PREFIX + "/faults", list_faults, methods=["GET"]),
        Route(PREFIX + "/faults", clear_faults, methods=["DELETE"]),
        Route(PREFIX + "/faults/{fault_id}", remove_fault, methods=["DELETE"]),
        Route(PREFIX + "/reset", reset, methods=["POST"]),
        Route(PREFIX + "/clock", clock, methods=["POST"]),
        Route(PREFIX + "/rate-limit", rate_limit, methods=["PUT"]),
        Route(PREFIX + "/magic-links", magic_links, methods=["GET"]),
        Route(PREFIX + "/webhooks/flush", flush, methods=["POST"]),
        Route(PREFIX + "/drift", drift, methods=["GET"]),
    ]
