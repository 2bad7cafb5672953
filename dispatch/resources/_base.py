"""What every resource shares: the client it talks through, and turning generated responses into results.

Resources call the generated endpoint functions (never httpx directly) and hand their ``Response`` to
:func:`expect` and friends, which raise the error for an error status (via the one translation point,
``dispatch._errors.error_from_response``) and otherwise return the parsed model.
"""

from __future__ import annotations

import importlib
import json
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar, overload

from dispatch._constants import EARLIER_ATTEMPT_MAY_HAVE_ACTED_EXTENSION, ERROR_EXTENSION
from dispatch._errors import DispatchTicketsError, error_from_response
from dispatch._response import http_response_of
from dispatch._transport import transport_marks
from dispatch.pagination import AsyncFetchPage, AsyncPage, FetchPage, Page
from dispatch_tickets_api.models import CursorPagination
from dispatch_tickets_api.types import UNSET, Response, ResponseFieldError, Unset

if TYPE_CHECKING:
    from dispatch_tickets_api.client import AuthenticatedClient

__all__ = [
    "CursorPageModel",
    "HasRaw",
    "async_cursor_page_fetcher",
    "build_body",
    "camel",
    "comma_list",
    "cursor_page_fetcher",
    "enum_or_unset",
    "expect",
    "expect_deleted",
    "expect_list",
    "expect_none",
    "expect_page",
    "given",
    "id_list",
    "idempotency_key_for",
    "iso_or_unset",
    "raise_for_status",
    "required",
    "resource_class",
    "resource_module",
    "with_page_response",
]

T = TypeVar("T")
T_co = TypeVar("T_co")
E = TypeVar("E", bound=StrEnum)


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T: ...

    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=_FromDict)


class CursorPageModel(Protocol[T_co]):
    """A generated page model (TicketPage, CustomerPage): ``data`` and a :class:`CursorPagination`."""

    @property
    def data(self) -> list[T_co]: ...

    @property
    def pagination(self) -> CursorPagination: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...

    def to_dict(self) -> dict[str, Any]: ...


class HasRaw(Protocol):
    """What a resource needs of its client: the generated low-level client, ``raw``."""

    @property
    def raw(self) -> AuthenticatedClient: ...


def raise_for_status(response: Response[Any], marks: Mapping[str, Any] | None = None) -> None:
    status = int(response.status_code)
    if status >= 400:
        if marks is None:
            marks = transport_marks(response.headers)
        # The transport translated it already and handed that error to on_error: raise the same object.
        error = marks.get(ERROR_EXTENSION)
        if not isinstance(error, DispatchTicketsError):
            error = error_from_response(status, response.headers, response.content)
        raise error


def _unexpected(response: Response[Any], wanted: str, problem: str = "") -> DispatchTicketsError:
    return DispatchTicketsError(
        f"Unexpected response: HTTP {int(response.status_code)} without the {wanted} the API documents"
        + (f" (malformed: {problem})" if problem else ""),
        code="unexpected_response",
        status_code=int(response.status_code),
        request_id=response.headers.get("x-request-id"),
    )


def _decode_json(response: Response[Any], wanted: str) -> Any:
    try:
        return json.loads(response.content)
    except ValueError as exc:
        raise _unexpected(response, wanted) from exc


def expect(response: Response[Any], model: type[M], *, read: Iterable[str] = ()) -> M:
    """The parsed ``model`` of a successful response; the translated error of a failed one.

    A 2xx the document did not list (a 200 where it says 201) is still parsed rather than lost.

    Models parse a field when it is first read (``LazyModel``): ``read`` names the fields the SDK itself
    is about to use (a page's ``data``, a token's ``expires_at``), read here so that a malformed one is
    this call's error rather than a ``ResponseFieldError`` from somewhere later.
    """
    raise_for_status(response)
    parsed = response.parsed
    if not isinstance(parsed, model):
        body = _decode_json(response, model.__name__)
        if not isinstance(body, Mapping):
            raise _unexpected(response, model.__name__)
        parsed = _parse(response, model, body)
    try:
        for name in read:
            getattr(parsed, name)
    except ResponseFieldError as exc:
        raise _unexpected(response, model.__name__, str(exc)) from exc
    return parsed


def _parse(response: Response[Any], model: type[M], body: Any) -> M:
    """``model.from_dict(body)``, with a malformed body reported as an SDK error naming what is wrong."""
    try:
        return model.from_dict(body)
    except (KeyError, TypeError, ValueError) as exc:
        problem = f"field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise _unexpected(response, model.__name__, problem) from exc


def expect_list(response: Response[Any], item: type[M]) -> list[M]:
    """A list of ``item`` models from a successful response."""
    raise_for_status(response)
    parsed = response.parsed
    if isinstance(parsed, list):
        return parsed
    body = _decode_json(response, f"list of {item.__name__}")
    if not isinstance(body, list):
        raise _unexpected(response, f"list of {item.__name__}")
    return [_parse(response, item, entry) for entry in body]


def expect_none(response: Response[Any]) -> None:
    """Nothing, for a successful response without a body (204); the translated error otherwise."""
    raise_for_status(response)


@overload
def expect_deleted(response: Response[Any]) -> None: ...
@overload
def expect_deleted(response: Response[Any], model: type[M]) -> M | None: ...
def expect_deleted(response: Response[Any], model: type[M] | None = None) -> M | None:
    """A delete's result: the ``model`` the API answers with (None for a 204), or None when already done.

    A 404 to a DELETE that the transport retried after an attempt that may have reached the server (its
    answer lost to a dropped connection or a read timeout, or a 500/502/504) means that attempt deleted
    it: the delete succeeded and returns normally. The object as it was went with the lost answer, so
    a delete that returns one returns None then. (The 404 cannot tell that case from an id that never
    existed; either way nothing by that id exists, which is what the delete asked for.)
    """
    marks = transport_marks(response.headers) if int(response.status_code) == 404 else None
    if marks is not None and marks.get(EARLIER_ATTEMPT_MAY_HAVE_ACTED_EXTENSION):
        return None
    raise_for_status(response, marks)
    return None if model is None else expect(response, model)


def given(value: T | None) -> T | Unset:
    """``None`` (the caller did not say) becomes UNSET, which the generated models leave out of the JSON."""
    return UNSET if value is None else value


def enum_or_unset(enum: type[E], value: str | None) -> E | Unset:
    """A request enum value, sent as given: one the service added after this SDK still works.

    The parameters are typed as ``Literal[...]`` unions, so mypy flags a typo (``priority="hgh"``); at run
    time the service is the judge, and its 400 arrives as a ``ValidationError`` naming the field.
    """
    return UNSET if value is None else enum(value)


def comma_list(value: str | Iterable[str] | None) -> str | Unset:
    """A list filter as the API wants it: ``["open", "pending"]`` -> ``"open,pending"``."""
    if value is None:
        return UNSET
    if isinstance(value, str):
        return value
    return ",".join(str(item) for item in value)


def iso_or_unset(value: datetime | str | None) -> datetime | Unset:
    """A date filter: a datetime as is, or an ISO 8601 string parsed here (a typo fails before sending)."""
    if value is None:
        return UNSET
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def idempotency_key_for(key: str | None) -> str:
    """The caller's idempotency key, or a new one for this call, for the creates the API deduplicates.

    Sent on the first attempt, the key is what makes a retry safe: the transport resends such a POST
    after a dropped connection or a 5xx, knowing the server will not create a second object.
    """
    return key or str(uuid.uuid4())


def camel(name: str) -> str:
    """``assignee_id`` -> ``assigneeId`` (the API's JSON names); a trailing ``_`` (``type_``) is dropped."""
    head, *rest = name.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    return value


def build_body(
    model: type[M],
    fields: Mapping[str, Any],
    *,
    allowed: Iterable[str],
    enums: Mapping[str, type[StrEnum]] | None = None,
    nullable: Iterable[str] = (),
) -> M:
    """A generated request model from snake_case keyword arguments.

    - a name not in ``allowed`` is a TypeError (a typo must not be sent, nor silently dropped);
    - ``None`` leaves a field out, except for ``nullable`` fields, where it is sent as JSON null
      (e.g. ``assignee_id=None`` unassigns);
    - enum fields are sent as given (a value the service added later must work; it judges);
    - nested models, datetimes and lists are turned into JSON first, then parsed by the model itself,
      so the generated code stays the only place that knows the wire shape.
    """
    allowed_names = set(allowed)
    unknown = sorted(set(fields) - allowed_names)
    if unknown:
        raise TypeError(f"unexpected keyword argument(s) for {model.__name__}: {', '.join(unknown)}")
    nullable_names = set(nullable)
    enum_types = enums or {}
    body: dict[str, Any] = {}
    for name, value in fields.items():
        if value is None and name not in nullable_names:
            continue
        if isinstance(value, Unset):
            continue
        if name in enum_types and value is not None:
            value = _checked_enum(enum_types[name], name, value)
        body[camel(name)] = _jsonable(value)
    try:
        request = model.from_dict(body)
    except KeyError as exc:  # a required field left out, or given as None
        names = {camel(name): name for name in allowed_names}
        missing = names.get(str(exc.args[0]), str(exc.args[0]))
        raise TypeError(f"{model.__name__}: {missing} is required (got None or nothing)") from None
    return _checked_request(request)


def _checked_request(request: M) -> M:
    """``request``, every field parsed now: a wrong argument is the caller's TypeError or ValueError, here.

    (Models parse fields on first read; unchecked, a ``custom_fields="text"`` would surface later, while
    the request is sent, as a ResponseFieldError that blames the server.)
    """
    try:
        request.to_dict()
    except ResponseFieldError as exc:
        error = TypeError if isinstance(exc.__cause__, TypeError) else ValueError
        raise error(f"{exc.field}: {exc.__cause__}") from None
    return request


def _checked_enum(enum: type[StrEnum], name: str, value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_checked_enum(enum, name, item) for item in value]
    try:
        return enum(value).value  # an unknown value is sent too (see enum_or_unset)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None


PageParts = tuple[list[T], bool, str | None]


def expect_page(response: Response[Any], model: type[M], parts: Callable[[M], PageParts[T]]) -> PageParts[T]:
    """A page's items, whether there are more, and the next cursor, from a successful response.

    ``data`` and ``pagination`` are read at once (see :func:`expect`): a malformed page is the call's
    error. A bad field of one item still fails only the read of that field.
    """
    return parts(expect(response, model, read=("data", "pagination")))


def _page_parts(page: CursorPageModel[T]) -> PageParts[T]:
    cursor = page.pagination.cursor
    return page.data, page.pagination.has_more, cursor if isinstance(cursor, str) else None


def cursor_page_fetcher(
    request: Callable[[str | None], Response[Any]], model: type[CursorPageModel[T]]
) -> FetchPage[T]:
    """Fetch one page for a cursor (None: the first); each page fetches the next the same way.

    ``request(cursor)`` calls the generated list endpoint with the caller's filters, so every page is
    asked for with the same ones.
    """

    def fetch(cursor: str | None) -> Page[T]:
        response = request(cursor)
        data, has_more, next_cursor = expect_page(response, model, _page_parts)
        return with_page_response(
            Page(data, has_more=has_more, next_cursor=next_cursor, fetch=fetch), response
        )

    return fetch


def async_cursor_page_fetcher(
    request: Callable[[str | None], Awaitable[Response[Any]]], model: type[CursorPageModel[T]]
) -> AsyncFetchPage[T]:
    """The async twin of :func:`cursor_page_fetcher`."""

    async def fetch(cursor: str | None) -> AsyncPage[T]:
        response = await request(cursor)
        data, has_more, next_cursor = expect_page(response, model, _page_parts)
        page = AsyncPage(data, has_more=has_more, next_cursor=next_cursor, fetch=fetch)
        return with_page_response(page, response)

    return fetch


P = TypeVar("P", bound="Page[Any] | AsyncPage[Any]")


def with_page_response(page: P, response: Response[Any]) -> P:
    """``page``, carrying the HTTP response it came in (``page.raw_response``, whose ``parse()`` is the page)."""
    page._http_response = http_response_of(response)
    return page


def id_list(values: Iterable[str], name: str) -> list[str]:
    """A list argument (ids, keys) as a list; a single ``str`` is a TypeError, not sent letter by letter."""
    if isinstance(values, str):  # a str is an Iterable[str]
        raise TypeError(f"{name} must be a list, e.g. [{values!r}], not a single string")
    try:
        return list(values)
    except TypeError:  # None, a number: say which argument, not "'NoneType' object is not iterable"
        raise TypeError(f"{name} must be a list, not {type(values).__name__}") from None


def required(value: T, name: str) -> T:
    """``value``, unless it is None: a required argument given as None is the caller's TypeError here,
    not a JSON null that the service refuses (for request bodies built without :func:`build_request`)."""
    if value is None:
        raise TypeError(f"{name} is required (got None)")
    return value


def resource_module(module: str, name: str) -> str:
    """Where a resource class lives: ``AsyncTickets`` in ``_async/tickets.py`` (the hand-written source),
    ``Tickets`` in ``_sync/tickets.py`` (derived from it by scripts/unasync.py)."""
    side = "_async" if name.startswith("Async") else "_sync"
    return f"dispatch.resources.{side}.{module}"


def resource_class(module: str, name: str) -> Any:
    """A resource class reached through its public module (``dispatch.resources.tickets.Tickets``).

    The public module holds the helpers both twins import, so it cannot import them back at the top:
    its ``__getattr__`` comes here on first use instead.
    """
    leaf = module.rsplit(".", 1)[-1]
    if name[:1].isupper():
        found = getattr(importlib.import_module(resource_module(leaf, name)), name, None)
        if found is not None:
            return found
    raise AttributeError(f"module {module!r} has no attribute {name!r}")
