"""Every error the SDK raises, and the one place where wire failures become them.

The tree::

    DispatchTicketsError                      code
    ├── APIStatusError                        (any HTTP error status; "api_error")
    │   ├── AuthenticationError       401     "authentication_error"
    │   ├── PermissionDeniedError     403     "permission_denied"
    │   ├── ValidationError           400/422 "validation_error"
    │   ├── NotFoundError             404     "not_found"
    │   ├── ConflictError             409     "conflict"
    │   ├── RateLimitError            429     "rate_limit_error"
    │   └── ServerError               5xx     "server_error"
    ├── APIConnectionError
    │   ├── NetworkError                      "network_error"
    │   └── TimeoutError (also builtins.TimeoutError) "timeout_error"
    ├── PaginationError                       (a server page that cannot be followed safely)
    ├── WebhookSignatureError                 (bad signature, or a stale signed timestamp)
    └── WebhookPayloadError                   (a webhook body that is not a valid event)

    ResponseFieldError (a ValueError; outside the tree, raised by reading a model's attribute)

Models parse each field when it is first read (``dispatch_tickets_api.types.LazyModel``), so a field
the server sent in a shape its document does not allow (a date-time that is not ISO 8601) does not
fail the call that fetched it: the read raises ``ResponseFieldError``, defined with the models in
``dispatch_tickets_api.types`` and re-exported as ``dispatch.ResponseFieldError`` (on first access, like
the models: importing the generated package here would cost ``import dispatch`` ~10 ms), and the other
fields stay readable. The call itself still fails, with a ``DispatchTicketsError`` of code
``"unexpected_response"``, when the response's object lacks a required key, or when a field the SDK
itself uses (a page's ``data``, a token's ``expires_at``, an upload target) does not parse.

Translation happens in :func:`error_from_response` (an HTTP status and its body) and
:func:`error_from_exception` (an httpx transport exception): nothing else in the SDK decides which
class an error is.
"""

from __future__ import annotations

import builtins
import email.utils
import json
import time
import types
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeGuard

from dispatch._constants import REQUEST_ID_HEADER
from dispatch._engine import engine_of
from dispatch._ratelimit import RateLimit, parse_rate_limit

if TYPE_CHECKING:
    import httpx  # an httpx2 response is kept as well: the two share the API

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "AuthenticationError",
    "ConflictError",
    "DispatchTicketsError",
    "NetworkError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TimeoutError",
    "ValidationError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "error_from_exception",
    "error_from_response",
    "is_authentication_error",
    "is_conflict_error",
    "is_dispatch_tickets_error",
    "is_network_error",
    "is_not_found_error",
    "is_permission_denied_error",
    "is_rate_limit_error",
    "is_server_error",
    "is_timeout_error",
    "is_validation_error",
    "parse_retry_after",
]


_NO_HEADERS: Mapping[str, str] = types.MappingProxyType({})


class DispatchTicketsError(Exception):
    """Base class of every error raised by the SDK.

    Attributes:
        message: a human-readable description (the server's own message when it sent one).
        code: a stable machine-readable code, e.g. ``"not_found"``.
        status_code: the HTTP status, or None when no response was received.
        details: the decoded error body (or other context), never containing credentials.
        request_id: the server's ``x-request-id``; quote it to support.
        pending_attachment_id: set when an ``upload()`` failed after its attachment was created: the id
            of that attachment, left pending (the message says how to finish or delete it); else None.
        response, headers, body, rate_limit: the HTTP response behind the error, its headers, its decoded
            body and its ``x-ratelimit-*`` state. Every error has them, so ``except
            DispatchTicketsError`` may read them: None (headers empty) when no response was involved;
            a :class:`TimeoutError` of ``total_timeout`` has those of the last response it got.

    Example:
        >>> try:  # doctest: +SKIP
        ...     client.tickets.get("br_123", "tkt_1")
        ... except DispatchTicketsError as error:
        ...     print(error.code, error.status_code, error.request_id)
    """

    default_code = "api_error"

    message: str
    code: str
    status_code: int | None
    details: Any
    request_id: str | None
    pending_attachment_id: str | None = None
    response: httpx.Response | None = None
    headers: Mapping[str, str] = _NO_HEADERS
    rate_limit: RateLimit | None = None

    @property
    def body(self) -> Any:
        """The decoded body of :attr:`response` (the same object as ``details``); None without one."""
        return self.details if self.response is not None else None

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status_code: int | None = None,
        details: Any = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.status_code = status_code
        self.details = details
        self.request_id = request_id

    def __str__(self) -> str:
        parts = [self.message]
        if self.status_code is not None:
            parts.append(f"status={self.status_code}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return " | ".join(parts)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, code={self.code!r}, "
            f"status_code={self.status_code!r}, request_id={self.request_id!r})"
        )


class APIStatusError(DispatchTicketsError):
    """The server answered with an error status (4xx or 5xx); the subclasses name the common ones.

    Attributes:
        response: the ``httpx.Response`` (fully read), when the error was made from one; else None.
        headers: the response headers (case-insensitive when they came from httpx).
        body: the body, decoded once: the JSON value, or the text (first 1000 characters) when it is
            not JSON, or None when empty. The same object as ``details``.
        rate_limit: the ``x-ratelimit-*`` headers as a ``RateLimit(limit, remaining, reset)``, or None
            when the response carried none.

    Example:
        >>> try:  # doctest: +SKIP
        ...     client.tickets.update("br_123", "tkt_1", status="resolved")
        ... except APIStatusError as error:
        ...     log.warning("HTTP %s %s (request %s)", error.status_code, error.code, error.request_id)
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        headers: Mapping[str, str] | None = None,
        rate_limit: RateLimit | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.response = response
        self.headers = headers if headers is not None else {}
        self.rate_limit = rate_limit

    @property
    def body(self) -> Any:
        """The decoded error body (the same object as ``details``)."""
        return self.details


class AuthenticationError(APIStatusError):
    """401: the API key or portal token is missing, wrong, revoked or expired.

    Example:
        >>> try:  # doctest: +SKIP
        ...     client.accounts.me()
        ... except AuthenticationError:
        ...     sys.exit("check DISPATCH_API_KEY")
    """

    default_code = "authentication_error"


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but not allowed to act on that brand.

    Example:
        >>> try:  # doctest: +SKIP
        ...     client.brands.get("br_other")
        ... except PermissionDeniedError:
        ...     print("this key is scoped to other brands")
    """

    default_code = "permission_denied"


class ValidationError(APIStatusError):
    """400 or 422: the request was malformed.

    Attributes:
        errors: the field errors the server listed, as ``{"field": ..., "message": ...}`` dicts.

    Example:
        >>> try:  # doctest: +SKIP
        ...     client.customers.create("br_123", email="not-an-address")
        ... except ValidationError as error:
        ...     for problem in error.errors:
        ...         print(problem["field"], problem["message"])
    """

    default_code = "validation_error"

    errors: list[dict[str, str]]

    def __init__(self, message: str, *, errors: list[dict[str, str]] | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.errors = errors or []


class NotFoundError(APIStatusError):
    """404: no such object (or it belongs to another brand or customer).

    Example:
        >>> try:  # doctest: +SKIP
        ...     ticket = client.tickets.get("br_123", "tkt_gone")
        ... except NotFoundError:
        ...     ticket = None
    """

    default_code = "not_found"


class ConflictError(APIStatusError):
    """409: e.g. an idempotency key reused with a different body, or a slug already taken.

    Example:
        >>> try:  # doctest: +SKIP
        ...     client.brands.create(name="Acme", slug="acme")
        ... except ConflictError:
        ...     print("the slug 'acme' is taken")
    """

    default_code = "conflict"


class RateLimitError(APIStatusError):
    """429: too many requests.

    Attributes:
        retry_after: seconds the server asked to wait (from ``retry-after``), if it said.
        limit: the ``x-ratelimit-limit`` header: requests allowed per window.
        remaining: the ``x-ratelimit-remaining`` header: requests left in the window.
        reset: the ``x-ratelimit-reset`` header: when the window resets, in epoch seconds.

    Example:
        >>> try:  # doctest: +SKIP
        ...     client.tickets.create("br_123", title="Help")
        ... except RateLimitError as error:  # raised once the client's own retries are spent
        ...     time.sleep(error.retry_after or 60)
    """

    default_code = "rate_limit_error"

    retry_after: float | None
    limit: int | None
    remaining: int | None
    reset: int | None

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        limit: int | None = None,
        remaining: int | None = None,
        reset: int | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after
        self.limit = limit
        self.remaining = remaining
        self.reset = reset


class ServerError(APIStatusError):
    """5xx (or any status >= 500, including CDN codes such as 520).

    Example:
        >>> try:  # doctest: +SKIP
        ...     client.tickets.list_page("br_123")
        ... except ServerError as error:  # raised once the client's own retries are spent
        ...     alert(f"Dispatch Tickets is failing: {error}")
    """

    default_code = "server_error"


class APIConnectionError(DispatchTicketsError):
    """No usable response arrived: the connection failed or timed out.

    Example:
        >>> try:  # doctest: +SKIP
        ...     client.accounts.me()
        ... except APIConnectionError:  # NetworkError or TimeoutError, after the retries
        ...     print("Dispatch Tickets is unreachable")
    """

    default_code = "network_error"


class NetworkError(APIConnectionError):
    """The connection could not be made, or broke before a response arrived.

    Example:
        >>> try:  # doctest: +SKIP
        ...     client.accounts.me()
        ... except NetworkError as error:
        ...     print("no connection:", error.__cause__)  # the httpx exception
    """

    default_code = "network_error"


class TimeoutError(APIConnectionError, builtins.TimeoutError):  # shadows the built-in on purpose: it is one
    """The request timed out. Also a built-in ``TimeoutError``, so ``except TimeoutError`` catches it.

    Raised when an attempt timed out and was not retried, and when a call's ``total_timeout`` stopped
    it: then the message says how many attempts were made and why the client stopped (the deadline
    passed during an attempt, or the next wait would have passed it), and ``__cause__`` is the last
    attempt's own error (a :class:`ServerError`, a :class:`RateLimitError`, an httpx timeout...).

    Attributes:
        attempts: requests sent before giving up, when the deadline stopped the call; else None.
        reason: why the deadline stopped the call, in words; else None.

    Example:
        >>> isinstance(TimeoutError("Request timed out (ReadTimeout)"), builtins.TimeoutError)
        True
    """

    default_code = "timeout_error"

    attempts: int | None
    reason: str | None

    def __init__(
        self, message: str, *, attempts: int | None = None, reason: str | None = None, **kwargs: Any
    ) -> None:
        super().__init__(message, **kwargs)
        self.attempts = attempts
        self.reason = reason


class PaginationError(DispatchTicketsError):
    """A page said there is more but gave no usable cursor (or repeated one): iteration stops loudly.

    Example:
        >>> try:  # doctest: +SKIP
        ...     tickets = list(client.tickets.list("br_123"))
        ... except PaginationError as error:
        ...     print("listing broke off:", error)
    """

    default_code = "pagination_error"


class WebhookSignatureError(DispatchTicketsError):
    """A webhook's ``X-Dispatch-Signature`` did not match, or its signed timestamp is too old or new.

    Example:
        >>> try:  # doctest: +SKIP
        ...     event = construct_webhook_event(raw_body, headers.get(SIGNATURE_HEADER), secret)
        ... except WebhookSignatureError:
        ...     return 400
    """

    default_code = "webhook_signature_error"


class WebhookPayloadError(DispatchTicketsError):
    """A webhook body is not a valid Dispatch Tickets event.

    Example:
        >>> from dispatch.webhooks import parse_webhook_event
        >>> try:
        ...     parse_webhook_event(b'{"id": "evt_1"}')
        ... except WebhookPayloadError as error:
        ...     print(error)
        Invalid webhook payload: missing 'event'
    """

    default_code = "webhook_payload_error"


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}


def _status_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return ServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def _decode_body(content: bytes) -> Any:
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return content.decode("utf-8", errors="replace")[:1000]


def _message_from(body: Any, status_code: int) -> str:
    if isinstance(body, Mapping):
        for key in ("message", "error"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
    if isinstance(body, str) and body.strip():
        return body.strip()[:200]
    return f"HTTP {status_code}"


def _field_errors(body: Any) -> list[dict[str, str]]:
    raw = body.get("errors") if isinstance(body, Mapping) else None
    if not isinstance(raw, list):
        return []
    return [
        {"field": str(item.get("field", "")), "message": str(item.get("message", ""))}
        for item in raw
        if isinstance(item, Mapping)
    ]


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``retry-after`` value: delta-seconds or an HTTP-date (RFC 9110).

    Args:
        value: the header's value, or None when absent.
        now: the current epoch time for an HTTP-date (default ``time.time()``).

    Returns:
        The seconds, never negative; None when the value is absent or unreadable.

    Example:
        >>> parse_retry_after("2.5"), parse_retry_after("soon")
        (2.5, None)
        >>> parse_retry_after("Thu, 01 Jan 1970 00:01:00 GMT", now=0.0)
        60.0
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    return max(0.0, seconds)


def error_from_response(
    status_code: int,
    headers: Mapping[str, str],
    content: bytes,
    *,
    response: httpx.Response | None = None,
) -> APIStatusError:
    """The error for an HTTP error response (status >= 400). The single status translation point.

    Args:
        status_code: the HTTP status.
        headers: the response headers (``x-request-id``, ``retry-after``, ``x-ratelimit-*`` are read).
        content: the raw body; a JSON ``message``/``error``, ``code`` and ``errors`` are used. It is
            decoded once: translating the same bytes object again reuses the decoding.
        response: the ``httpx.Response`` itself, when the caller has it (kept as ``error.response``).

    Returns:
        The :class:`APIStatusError` subclass for the status, not raised.

    Example:
        >>> error = error_from_response(404, {"x-request-id": "req_1"}, b'{"message": "Ticket not found"}')
        >>> type(error).__name__, str(error)
        ('NotFoundError', 'Ticket not found | status=404 | request_id=req_1')
    """
    body = _decode_body(content)
    cls = _status_class(status_code)
    code = body.get("code") if isinstance(body, Mapping) and isinstance(body.get("code"), str) else None
    common: dict[str, Any] = {
        "code": code,
        "status_code": status_code,
        "details": body,
        "request_id": headers.get(REQUEST_ID_HEADER),
        "response": response,
        "headers": headers,
        "rate_limit": parse_rate_limit(headers),
    }
    message = _message_from(body, status_code)
    if cls is ValidationError:
        return ValidationError(message, errors=_field_errors(body), **common)
    if cls is RateLimitError:
        return RateLimitError(
            message,
            retry_after=parse_retry_after(headers.get("retry-after")),
            limit=_int_header(headers, "x-ratelimit-limit"),
            remaining=_int_header(headers, "x-ratelimit-remaining"),
            reset=_int_header(headers, "x-ratelimit-reset"),
            **common,
        )
    return cls(message, **common)


def error_from_exception(exc: BaseException) -> APIConnectionError:
    """The error for a transport failure (no response). Callers ``raise ... from exc``.

    Args:
        exc: the httpx (or httpx2) exception.

    Returns:
        A :class:`TimeoutError` for an ``httpx.TimeoutException``, else a :class:`NetworkError`.

    Example:
        >>> type(error_from_exception(httpx.ConnectError("connection refused"))).__name__
        'NetworkError'
        >>> type(error_from_exception(httpx.ReadTimeout("read timed out"))).__name__
        'TimeoutError'
    """
    if isinstance(exc, engine_of(exc).TimeoutException):
        return TimeoutError(f"Request timed out ({type(exc).__name__})")
    return NetworkError(
        f"Network error ({type(exc).__name__}): {exc}"
        if str(exc)
        else f"Network error ({type(exc).__name__})"
    )


def is_dispatch_tickets_error(error: object) -> TypeGuard[DispatchTicketsError]:
    """True for any error raised by this SDK; narrows ``error`` for type checkers.

    Args:
        error: any object, typically an exception just caught.

    Example:
        >>> is_dispatch_tickets_error(NotFoundError("no such ticket"))
        True
    """
    return isinstance(error, DispatchTicketsError)


def is_authentication_error(error: object) -> TypeGuard[AuthenticationError]:
    """True for an :class:`AuthenticationError` (a 401); narrows ``error`` for type checkers.

    Args:
        error: any object, typically an exception just caught.

    Example:
        >>> is_authentication_error(AuthenticationError("bad key", status_code=401))
        True
    """
    return isinstance(error, AuthenticationError)


def is_permission_denied_error(error: object) -> TypeGuard[PermissionDeniedError]:
    """True for a :class:`PermissionDeniedError` (a 403); narrows ``error`` for type checkers.

    Args:
        error: any object, typically an exception just caught.

    Example:
        >>> is_permission_denied_error(PermissionDeniedError("not your brand", status_code=403))
        True
    """
    return isinstance(error, PermissionDeniedError)


def is_validation_error(error: object) -> TypeGuard[ValidationError]:
    """True for a :class:`ValidationError` (a 400 or 422); narrows ``error`` for type checkers.

    Args:
        error: any object, typically an exception just caught.

    Example:
        >>> is_validation_error(ValidationError("title is required", status_code=422))
        True
    """
    return isinstance(error, ValidationError)


def is_not_found_error(error: object) -> TypeGuard[NotFoundError]:
    """True for a :class:`NotFoundError` (a 404); narrows ``error`` for type checkers.

    Args:
        error: any object, typically an exception just caught.

    Example:
        >>> is_not_found_error(NotFoundError("no such ticket", status_code=404))
        True
    """
    return isinstance(error, NotFoundError)


def is_conflict_error(error: object) -> TypeGuard[ConflictError]:
    """True for a :class:`ConflictError` (a 409); narrows ``error`` for type checkers.

    Args:
        error: any object, typically an exception just caught.

    Example:
        >>> is_conflict_error(ConflictError("slug taken", status_code=409))
        True
    """
    return isinstance(error, ConflictError)


def is_rate_limit_error(error: object) -> TypeGuard[RateLimitError]:
    """True for a :class:`RateLimitError` (a 429); narrows ``error`` for type checkers.

    Args:
        error: any object, typically an exception just caught.

    Example:
        >>> is_rate_limit_error(RateLimitError("slow down", retry_after=2.0))
        True
    """
    return isinstance(error, RateLimitError)


def is_server_error(error: object) -> TypeGuard[ServerError]:
    """True for a :class:`ServerError` (a 5xx); narrows ``error`` for type checkers.

    Args:
        error: any object, typically an exception just caught.

    Example:
        >>> is_server_error(ServerError("upstream failed", status_code=502))
        True
    """
    return isinstance(error, ServerError)


def is_timeout_error(error: object) -> TypeGuard[TimeoutError]:
    """True when the request timed out (a :class:`TimeoutError`); narrows ``error`` for type checkers.

    Args:
        error: any object, typically an exception just caught.

    Example:
        >>> is_timeout_error(TimeoutError("Request timed out (ReadTimeout)"))
        True
    """
    return isinstance(error, TimeoutError)


def is_network_error(error: object) -> TypeGuard[NetworkError]:
    """True when the connection failed or broke (a :class:`NetworkError`); narrows ``error`` too.

    Args:
        error: any object, typically an exception just caught.

    Example:
        >>> is_network_error(NetworkError("connection refused"))
        True
    """
    return isinstance(error, NetworkError)
