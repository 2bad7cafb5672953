"""Per-call options (:class:`RequestOptions`) and raw responses (:class:`APIResponse`).

Every facade method takes the options as keyword arguments; :func:`request_kwargs` turns them into the
keyword arguments of a generated ``*_detailed`` endpoint function (``extra_headers``, ``extra_query``,
``extra_body``, ``timeout`` and the transport's request extension), so they reach the one httpx client
without copying it. ``client.with_raw_response`` binds the same resources to raw mode, where each call
returns an :class:`APIResponse` instead of the parsed result.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Generic, TypedDict, TypeVar

import httpx

from dispatch._constants import REQUEST_OPTIONS_EXTENSION, RETRIES_TAKEN_EXTENSION
from dispatch._ratelimit import RateLimit, parse_rate_limit

if TYPE_CHECKING:
    from dispatch_tickets_api.types import Response

__all__ = ["APIResponse", "RequestOptions", "WriteRequestOptions", "pop_options", "request_kwargs"]

T = TypeVar("T")


class RequestOptions(TypedDict, total=False):
    """Options of one call, given as keyword arguments to any facade method.

    Example:
        >>> client.tickets.get("br_1", "tkt_1", timeout=5.0, max_retries=0)  # doctest: +SKIP
    """

    timeout: float | httpx.Timeout | None
    """Seconds for this request (or an ``httpx.Timeout``; None: no limit), instead of the client's."""
    total_timeout: float | None
    """Seconds for the whole call, retries and back-off included (None: no overall limit)."""
    max_retries: int
    """Retries of this call (0: never), instead of the client's ``retry.max_retries``."""
    extra_headers: Mapping[str, str]
    """Headers added to (or replacing) the SDK's own on this request."""
    extra_query: Mapping[str, Any]
    """Query parameters added to this request (e.g. one the service added after this SDK was made)."""


class WriteRequestOptions(RequestOptions, total=False):
    """:class:`RequestOptions` of a write, which may also carry body fields and an idempotency key."""

    extra_body: Mapping[str, Any]
    """JSON fields merged over the top level of the request body (a read has no body to merge into)."""

    idempotency_key: str
    """Sent as ``X-Idempotency-Key``: the service performs a repeated request with the same key once."""


OPTION_NAMES = frozenset(WriteRequestOptions.__annotations__)
_TRANSPORT_OPTIONS = ("max_retries", "total_timeout")


def pop_options(arguments: Any) -> dict[str, Any]:
    """Take the call options out of a method's ``**kwargs`` that mix them with body fields or filters.

    ``arguments`` is the method's own fresh ``**kwargs`` dict (a TypedDict to mypy, hence ``Any``).
    """
    return {name: arguments.pop(name) for name in OPTION_NAMES & arguments.keys()}


def request_kwargs(options: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments of a generated ``*_detailed`` function for the caller's options.

    ``max_retries`` and ``total_timeout`` are for the transport (it owns retries and the deadline): they
    travel as the request extension :data:`~dispatch._constants.REQUEST_OPTIONS_EXTENSION`.
    """
    if not options:
        return {}
    unknown = set(options) - OPTION_NAMES
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
    kwargs: dict[str, Any] = {}
    headers = dict(options.get("extra_headers") or {})
    key = options.get("idempotency_key")
    transport = {name: options[name] for name in _TRANSPORT_OPTIONS if name in options}
    if key is not None:
        if not isinstance(key, str) or not key:
            raise ValueError("idempotency_key must be a non-empty str")
        headers["X-Idempotency-Key"] = key
        transport["idempotency_key"] = True  # so the transport can refuse it on a read
    if headers:
        kwargs["extra_headers"] = headers
    if "timeout" in options:
        kwargs["timeout"] = options["timeout"]
    for name in ("extra_query", "extra_body"):
        if options.get(name):
            kwargs[name] = dict(options[name])
    if transport:
        _check_transport_options(transport)
        kwargs["extensions"] = {REQUEST_OPTIONS_EXTENSION: transport}
    return kwargs


def _check_transport_options(transport: Mapping[str, Any]) -> None:
    retries = transport.get("max_retries", 0)
    if isinstance(retries, bool) or not isinstance(retries, int):
        raise TypeError(f"max_retries must be an int, not {type(retries).__name__}")
    if retries < 0:
        raise ValueError("max_retries must not be negative")
    total = transport.get("total_timeout")
    if total is not None and (isinstance(total, bool) or not isinstance(total, int | float) or total <= 0):
        raise ValueError("total_timeout must be a positive number of seconds, or None")


class APIResponse(Generic[T]):
    """The HTTP response of one call, with the result it parses to (``client.with_raw_response``).

    Example:
        >>> response = client.with_raw_response.tickets.get("br_1", "tkt_1")  # doctest: +SKIP
        >>> response.status_code, response.request_id, response.rate_limit  # doctest: +SKIP
        >>> ticket = response.parse()  # doctest: +SKIP
    """

    __slots__ = ("_parse", "_parsed", "http_response")

    http_response: httpx.Response
    """The httpx response (its request, raw body and extensions)."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: tuple[T] | None = None

    @property
    def status_code(self) -> int:
        """The HTTP status (the last attempt's, after retries)."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The service's ``X-Request-Id``: quote it when asking for support."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    @property
    def rate_limit(self) -> RateLimit | None:
        """``limit``, ``remaining`` and ``reset`` (a datetime) from the rate-limit headers; None without them."""
        return parse_rate_limit(self.http_response.headers)

    @property
    def elapsed(self) -> timedelta:
        """Time from sending the (last) request to reading the whole response."""
        return self.http_response.elapsed

    @property
    def retries_taken(self) -> int:
        """How many times the transport retried before this response (0: the first attempt)."""
        taken = self.http_response.extensions.get(RETRIES_TAKEN_EXTENSION, 0)
        return taken if isinstance(taken, int) else 0

    def parse(self) -> T:
        """The result the method returns without ``with_raw_response`` (parsed once, then kept)."""
        if self._parsed is None:
            self._parsed = (self._parse(),)
        return self._parsed[0]

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] request_id={self.request_id!r}>"


def http_response_of(response: Response[Any]) -> httpx.Response:
    """The httpx response a generated ``Response`` came from (the generated functions keep it)."""
    http = response.http_response
    if http is None:  # a Response made by hand (tests)
        http = httpx.Response(int(response.status_code), headers=response.headers, content=response.content)
    return http


def raw_response_of(response: Response[Any], parse: Callable[[], T]) -> APIResponse[T]:
    """An :class:`APIResponse` around a generated ``Response``."""
    return APIResponse(http_response_of(response), parse)
