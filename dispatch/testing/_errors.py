"""Errors the emulator answers, in the document's ErrorBody shape.

A handler raises :class:`ApiError`; the app turns it into ``{"message", "error", "code", "errors"?}`` with
the status. When the document does not list a validation status (400 or 422) for the operation, its
sibling is used, and failing both 404 (the only invalid input of such operations is a path value, e.g. an
unknown entity type), so the emulator never answers a status the document does not allow. :class:`EmulatorDriftError` is the loud failure of strict mode.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

__all__ = ["ApiError", "EmulatorDriftError", "error_body"]

_CODES = {
    400: "validation_error",
    401: "authentication_error",
    403: "permission_denied",
    404: "not_found",
    409: "conflict",
    422: "validation_error",
    429: "rate_limit_error",
}


class ApiError(Exception):
    """An error response: status, message and, for validation errors, the offending fields."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        errors: list[tuple[str, str]] | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors or []
        self.code = code
        self.headers = headers or {}

    def adjusted(self, allowed: frozenset[int]) -> int:
        """The status to answer given the statuses the operation lists."""
        if self.status in allowed:
            return self.status
        if self.status in (400, 422):
            for fallback in (422, 400, 404):  # a bad path value (an unknown entity type) is "not found"
                if fallback in allowed:
                    return fallback
        return self.status

    def body(self, status: int | None = None) -> dict[str, Any]:
        return error_body(status or self.status, self.message, errors=self.errors, code=self.code)


def error_body(
    status: int, message: str, *, errors: list[tuple[str, str]] | None = None, code: str | None = None
) -> dict[str, Any]:
    """``{"message", "error", "code", "errors"?}`` for ``status``."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Error"
    body: dict[str, Any] = {
        "message": message,
        "error": phrase,
        "code": code or _CODES.get(status, "server_error" if status >= 500 else "error"),
    }
    if errors:
        body["errors"] = [{"field": field, "message": text} for field, text in errors]
    return body


class EmulatorDriftError(AssertionError):
    """The emulator produced a response (or webhook payload) that does not match the pinned document.

    Raised by :meth:`Emulator.check` (and so by the pytest plugin after each test) in strict mode: it is a
    bug in the emulator, never in the code under test.
    """
