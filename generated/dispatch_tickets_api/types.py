# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
"""Contains some shared types for properties"""

from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar, cast
from urllib.parse import quote

import httpx
from attrs import define
from attrs import fields as attrs_fields


class Unset:
    """The type of `UNSET`: "not sent", in the request bodies that tell it from null (falsy)

    Only the optional fields of request bodies that may be null default to `UNSET`
    (`UpdateTicketInput.assignee_id`): `UNSET` leaves them out of the JSON, `None` sends null. Every
    other optional field is `T | None`, None when absent.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        """Pickled and copied as the module's one `UNSET`, so `value is UNSET` and model equality still hold"""
        return "UNSET"


UNSET: Unset = Unset()
""" The one `Unset` value: a request-body field left out of the JSON (`UpdateTicketInput(assignee_id=UNSET)`) """

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    """ An `HTTPStatus` when the standard library knows the code, else the plain int (e.g. 520 from a CDN) """
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    http_response: httpx.Response | None = None
    """ The httpx response itself (its request, elapsed time and extensions), for raw-response access """


def path_segment(value: object, name: str) -> str:
    """One path parameter, percent-encoded so that no value can reach another endpoint

    `quote` leaves dots alone, and a segment of only dots ("..") would be resolved away by URL
    normalisation, so dots are encoded too in that case. An empty value is refused: it would silently
    call the parent path (listing instead of getting, say), and so is anything but a `str`.
    """
    if not isinstance(value, str):
        # None would become "/None/", an int "/123/": both a request to a path nobody meant.
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    text = str(value)  # a StrEnum member: its value
    if not text:
        raise ValueError(f"{name} must not be empty")
    encoded = quote(text, safe="")
    if encoded.strip(".") == "":
        encoded = encoded.replace(".", "%2E")
    return encoded


def status_of(code: int) -> HTTPStatus | int:
    """The status as an `HTTPStatus` when it is one, else the int itself: never raises"""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


def with_request_options(
    kwargs: dict[str, Any],
    extra_headers: Mapping[str, str] | None,
    timeout: float | httpx.Timeout | None | Unset,
    extra_query: Mapping[str, Any] | None = None,
    extra_body: Mapping[str, Any] | None = None,
    extensions: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Add per-request options to request kwargs

    `extra_headers` (e.g. an idempotency key) and `extra_query` are merged over the endpoint's own;
    `extra_body` is merged over a JSON body's top-level keys (a request without a body gets it as its
    body); `extensions` reach the httpx transport (e.g. a per-request retry policy).
    """
    if extra_headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
    if not isinstance(timeout, Unset):
        kwargs["timeout"] = timeout
    if extra_query:
        kwargs["params"] = {**kwargs.get("params", {}), **extra_query}
    if extra_body:
        if kwargs["method"].lower() == "get":
            raise TypeError("extra_body is for writes: a GET sends no body (use extra_query)")
        body = kwargs.get("json")
        kwargs["json"] = {**body, **extra_body} if isinstance(body, Mapping) else dict(extra_body)
    if extensions:
        kwargs["extensions"] = {**kwargs.get("extensions", {}), **extensions}
    return kwargs


class ResponseFieldError(ValueError):
    """A field of a model read from JSON holds a value its documented type cannot take

    Models parse each field the first time it is read (see `LazyModel`), so this is raised by that
    read, not by the call that fetched the model; the other fields stay readable. `model` and `field`
    name the class and the attribute; the parser's own exception is chained as `__cause__`.
    """

    def __init__(self, message: str, *, model: str = "", field: str = "") -> None:
        super().__init__(message)
        self.model = model
        self.field = field


_M = TypeVar("_M", bound="LazyModel")


def _fields_of(model_type: type) -> Any:
    """The attrs fields of a generated model class (its subclasses of LazyModel are all attrs classes)"""
    return attrs_fields(cast(Any, model_type))


class LazyModel:
    """Base of every generated model: `from_dict` keeps the JSON object, each field is parsed on its first read

    Parsing up front made a ticket ~10 objects and ~8 datetimes whether anybody read them or not (a
    listing of 10,000 tickets spent more time there than on HTTP and JSON together). So `from_dict` only
    checks that the required keys are present (a `KeyError` names a missing one), stores the plain fields
    (strings, numbers, booleans) and keeps a shallow copy of the object; the first read of any other
    attribute parses that one field and stores it like any attrs attribute (nested models are kept the
    same way, and so on down). An attribute assigned before it was read keeps the assigned value. A
    model built with its constructor is an ordinary attrs instance, and so is one of a subclass of yours:
    `from_dict` builds those through their `__init__`.

    What to know:

    - A field whose value does not parse (a date-time that is not ISO 8601, a list that is a string)
      raises `ResponseFieldError` when read, every time it is read; the other fields stay readable.
      `repr` shows it as `<unparsable>`; equality, pickling, copying, `attrs.asdict`, `attrs.evolve` and
      `to_dict` read every field, so they raise it too.
    - The copy is shallow: the nested objects and lists of the dict given to `from_dict` are read when
      their field is, so change them only after that, or give `from_dict` a copy. (The SDK gives it JSON
      it has just decoded and nobody else holds.)
    - The JSON object stays with the model as long as the model lives; a model whose every field was
      read holds both forms.
    - Reading fields is safe from several threads (two first reads of one field may both parse it; the
      values are equal and one is kept), but assigning a field while another thread reads it for the
      first time may lose the assignment: share models between threads read-only.
    """

    __slots__ = ("_source",)
    _source: dict[str, Any]
    _readers: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {}

    @classmethod
    def _built_from(cls: type[_M], model: "LazyModel") -> _M:
        """`model`'s values, given to the `__init__` of `cls`, a subclass (its defaults, validators, post-init run)"""
        fields = _fields_of(type(model))
        values = {field.alias: getattr(model, field.name) for field in fields if field.init}
        built: _M = cast(Any, cls)(**values)
        if any(field.name == "additional_properties" for field in fields):
            object.__setattr__(built, "additional_properties", getattr(model, "additional_properties"))
        return built

    def _read_null(self, key: str) -> bool:
        """Whether the JSON object this model was read from held `key` as null (False for a model built
        by its constructor): `to_dict` writes such a null back, and leaves out any other None"""
        try:
            source = self._source
        except AttributeError:
            return False
        return key in source and source[key] is None

    def __repr__(self) -> str:
        """attrs' repr (field by field, honouring `repr=False` and repr callables), except that a field
        that does not parse shows as `<unparsable>` instead of raising"""
        shown = []
        for field in _fields_of(type(self)):
            if not field.repr:
                continue
            try:
                value = getattr(self, field.name)
            except ResponseFieldError:
                shown.append(f"{field.name}=<unparsable>")
                continue
            except AttributeError:  # deleted
                shown.append(f"{field.name}=NOTHING")
                continue
            text = field.repr(value) if callable(field.repr) else repr(value)
            shown.append(f"{field.name}={text}")
        return f"{type(self).__qualname__.rsplit('>.', 1)[-1]}({', '.join(shown)})"

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name

        def __getattr__(self, name: str) -> Any:
            """Only reached for an attribute not stored yet: parse it from the kept JSON object"""
            reader = self._readers.get(name)
            if reader is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)
            try:
                source = self._source
            except AttributeError:  # built by the constructor (or unpickled) and the field deleted since
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
                ) from None
            try:
                value = reader(source)
            except Exception as exc:  # whatever the parser raised, AttributeError included, is a bad value
                model = type(self).__name__
                message = f"{model}.{name}: the value received does not parse: {exc}"
                raise ResponseFieldError(message, model=model, field=name) from exc
            object.__setattr__(self, name, value)
            return value


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "LazyModel",
    "RequestFiles",
    "Response",
    "ResponseFieldError",
    "Unset",
    "path_segment",
    "status_of",
    "with_request_options",
]
