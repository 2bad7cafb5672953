"""Request intake: what every request body must pass before anything reads it as data.

The document's validation (``_validation.py``) checks shapes; this module makes sure there *is* a sane
value to check, the way the real service's HTTP layer and JSON parser would:

* a body larger than the limit (default :data:`DEFAULT_MAX_BODY_BYTES`, ``Emulator(max_body_size=...)``)
  is a 413, refused as soon as the declared ``Content-Length`` or the bytes received exceed it;
* a JSON body must be UTF-8, strict JSON (no ``NaN``/``Infinity``, no number too large for a double, no
  key given twice in one object), nested at most :data:`MAX_JSON_DEPTH` deep, and its strings and keys
  must be encodable (no lone surrogates such as ``"\\udcff"``): anything else is a 400, before a handler
  runs, so nothing that cannot be stored, listed and sent back again is ever stored.

Only bodies sent as JSON (``application/json`` or ``+json``) to an operation that takes a body are parsed
here; a wrong content type is the validator's 400.
"""

from __future__ import annotations

import json
import math
from typing import Any

from starlette.requests import Request

from dispatch.testing._errors import ApiError

__all__ = ["DEFAULT_MAX_BODY_BYTES", "MAX_JSON_DEPTH", "BodyTooLarge", "check_json_body", "read_body"]

DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024
"""The default largest request body (4 MiB): enough for any JSON the API takes; files go to storage."""

MAX_JSON_DEPTH = 100
"""Arrays and objects nested deeper than this are refused (no real payload comes close)."""


class BodyTooLarge(ApiError):
    """413: the body exceeds the limit (the answer also closes the connection: the rest is unread)."""

    def __init__(self, limit: int) -> None:
        super().__init__(
            413,
            f"The request body is larger than {limit} bytes",
            code="payload_too_large",
            headers={"connection": "close"},
        )


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, or :class:`BodyTooLarge` as soon as it is known to exceed ``limit`` bytes."""
    declared = request.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(limit)
    chunks: list[bytes] = []
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise BodyTooLarge(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def is_json(content_type: str | None) -> bool:
    media = (content_type or "").split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def check_json_body(raw: bytes) -> Any:
    """The decoded value of ``raw`` (``None`` when blank), or a 400 :class:`ApiError` unless it is JSON the
    emulator can keep and send back. Callers use the value rather than parse the bytes a second time."""
    if not raw.strip():
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _invalid(f"the body is not valid UTF-8 (byte {exc.start})") from None
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_no_constants,
            parse_float=_finite_float,
            parse_int=_int,
        )
    except RecursionError:
        raise _too_deep() from None
    except ApiError:
        raise
    except ValueError as exc:  # JSONDecodeError, and int() past Python's digit limit
        raise _invalid(f"the body is not valid JSON ({exc})") from None
    _check_value(value)
    return value


# -- parser hooks ------------------------------------------------------------------------------------


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _invalid(
                f"the body is not valid JSON (the key {_printable(key)} appears twice in one object)"
            )
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise _invalid(f"the body is not valid JSON ({name} is not a JSON number)")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _invalid(f"the body is not valid JSON (the number {text[:40]} is out of range)")
    return value


def _int(text: str) -> int:
    return int(text)  # ValueError past sys.get_int_max_str_digits(): answered as invalid JSON


# -- the decoded value ----------------------------------------------------------------------------------


def _check_value(value: Any) -> None:
    """Depth and encodability of every string and key, without recursion (the value may be deep)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            _check_string(node)
        elif isinstance(node, dict | list):
            if depth >= MAX_JSON_DEPTH:
                raise _too_deep()
            if isinstance(node, dict):
                for key, item in node.items():
                    _check_string(key)
                    stack.append((item, depth + 1))
            else:
                stack.extend((item, depth + 1) for item in node)


def _check_string(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(text[exc.start])
        raise _invalid(
            f"the body has a string that is not valid Unicode (a lone surrogate \\u{code:04x})"
        ) from None


def _printable(key: str) -> str:
    return json.dumps(key[:40])  # ASCII-escaped: safe to echo even when it holds a surrogate


def _invalid(message: str) -> ApiError:
    return ApiError(400, "Validation failed", errors=[("body", message)])


def _too_deep() -> ApiError:
    return _invalid(f"the body is nested more than {MAX_JSON_DEPTH} levels deep")
