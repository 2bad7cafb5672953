# Generated from dispatch/resources/_async/_resource.py by scripts/unasync.py (run by scripts/generate).
# Do not edit by hand: change the async source, then run scripts/generate.
"""The base of every resource class, and the one request path, written once: the sync module is derived
from the async one by scripts/unasync.py."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Self, cast, overload

from dispatch._response import raw_response_of, request_kwargs
from dispatch.resources._base import (
    M,
    P,
    T,
    expect,
    expect_deleted,
    expect_list,
    expect_none,
    raise_for_status,
)

if TYPE_CHECKING:
    from dispatch.resources._base import HasRaw
    from dispatch_tickets_api.client import AuthenticatedClient
    from dispatch_tickets_api.types import Response

__all__ = ["SyncAPIResource"]


class SyncAPIResource:
    """Base of the resource classes: the client they send through, and the one request path.

    Every method sends through :meth:`_call` (the generated endpoint's ``client`` and the caller's
    per-call options: headers, query, body fields, timeout, and the transport's retry options) and
    returns through :meth:`_result` (the parsed result; in raw mode, an :class:`~dispatch.APIResponse`).
    """

    __slots__ = ("_client", "_raw_response")

    def __init__(self, client: HasRaw, *, raw_response: bool = False) -> None:
        self._client = client
        self._raw_response = raw_response

    @property
    def _raw(self) -> AuthenticatedClient:
        return self._client.raw

    @property
    def _parsing(self) -> Self:
        """This resource returning parsed results (for a method built of other calls, e.g. an upload)."""
        return type(self)(self._client) if self._raw_response else self

    def _call(self, options: Mapping[str, Any], headers: Mapping[str, str] | None = None) -> dict[str, Any]:
        """The keyword arguments of a generated ``*_detailed`` function: our client and the options.

        ``headers`` are the SDK's own for this call (e.g. a confirm's idempotency key); the caller's
        ``extra_headers`` and ``idempotency_key`` replace them.
        """
        if not options and not headers:
            return {"client": self._raw}
        kwargs = {"client": self._raw, **request_kwargs(options)}
        if headers:
            kwargs["extra_headers"] = {**headers, **kwargs.get("extra_headers", {})}
        return kwargs

    def _result(
        self, response: Response[Any], parse: Callable[[Response[Any]], T], *, eager: bool = False
    ) -> T:
        """``parse(response)``; in raw mode, an APIResponse whose ``parse()`` gives that.

        An error status raises its error in both modes, before any parsing is offered; ``eager`` parses
        at once in raw mode too, for a result whose parse decides what an error status means (a delete).
        """
        if not self._raw_response:
            return parse(response)
        if eager:
            value = parse(response)
            return cast(T, raw_response_of(response, lambda: value))
        raise_for_status(response)
        raw = raw_response_of(response, lambda: parse(response))
        return cast(T, raw)  # with_raw_response is typed for what it returns: see dispatch.resources._raw

    def _expect(self, response: Response[Any], model: type[M], *, read: Iterable[str] = ()) -> M:
        """The ``model`` of a successful response (:func:`~dispatch.resources._base.expect`), or raw."""
        return self._result(response, lambda r: expect(r, model, read=read))

    def _expect_list(self, response: Response[Any], item: type[M]) -> list[M]:
        """A list of ``item`` models (:func:`~dispatch.resources._base.expect_list`), or raw."""
        return self._result(response, lambda r: expect_list(r, item))

    def _expect_none(self, response: Response[Any]) -> None:
        """Nothing, for a successful response without a body (:func:`~dispatch.resources._base.expect_none`)."""
        return self._result(response, expect_none)

    def _page_result(self, page: P) -> P:
        """``page`` (it carries its ``raw_response``); in raw mode, that APIResponse (``parse()``: the page)."""
        return cast(P, page.raw_response) if self._raw_response else page

    @overload
    def _expect_deleted(self, response: Response[Any]) -> None: ...
    @overload
    def _expect_deleted(self, response: Response[Any], model: type[M]) -> M | None: ...
    def _expect_deleted(self, response: Response[Any], model: type[M] | None = None) -> M | None:
        """A delete's result (:func:`~dispatch.resources._base.expect_deleted`: a retried delete's 404 is
        success), or raw."""
        if model is None:
            return self._result(response, expect_deleted, eager=True)
        return self._result(response, lambda r: expect_deleted(r, model), eager=True)
