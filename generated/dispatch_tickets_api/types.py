# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

import httpx
from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

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


def path_segment(value: object, name: str) -> str:
    """One path parameter, percent-encoded so that no value can reach another endpoint

    `quote` leaves dots alone, and a segment of only dots ("..") would be resolved away by URL
    normalisation, so dots are encoded too in that case. An empty value is refused: it would silently
    call the parent path (listing instead of getting, say).
    """
    text = str(value)
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
) -> dict[str, Any]:
    """Add per-request headers (e.g. an idempotency key) and a per-request timeout to request kwargs"""
    if extra_headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
    if not isinstance(timeout, Unset):
        kwargs["timeout"] = timeout
    return kwargs


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "path_segment",
    "status_of",
    "with_request_options",
]
