"""Comments on a ticket: ``client.comments``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from dispatch._response import RequestOptions, WriteRequestOptions
from dispatch.resources._base import (
    build_body,
    resource_class,
)
from dispatch.resources._names import AuthorTypeName, SourceName, StatusName
from dispatch_tickets_api.models import (
    AuthorType,
    CreateCommentInput,
    Link,
    TicketSource,
    TicketStatus,
    UpdateCommentInput,
)

if TYPE_CHECKING:
    from dispatch.resources._async.comments import AsyncComments
    from dispatch.resources._sync.comments import Comments

__all__ = ["AsyncComments", "CommentCreateFields", "CommentUpdateFields", "Comments"]

_ENUMS = {"author_type": AuthorType, "source": TicketSource, "set_status": TicketStatus}
_LinkLike = Link | dict[str, Any]


class CommentCreateFields(TypedDict, total=False):
    """Optional fields of :meth:`Comments.create` (snake_case; sent as the API's camelCase).

    Example:
        >>> fields: CommentCreateFields = {"author_id": "user_1", "set_status": "pending"}
        >>> client.comments.create("br_123", "tkt_1", body="On it", **fields)  # doctest: +SKIP
    """

    author_id: str
    author_name: str
    parent_id: str
    links: Sequence[_LinkLike]
    metadata: dict[str, Any]
    source: SourceName
    source_id: str
    source_data: dict[str, Any]
    set_status: StatusName
    connection_id: str
    cc: Sequence[str]


class CommentUpdateFields(TypedDict, total=False):
    """Fields of :meth:`Comments.update`; those left out are not changed.

    Example:
        >>> changes: CommentUpdateFields = {"body": "Corrected text"}
        >>> client.comments.update("br_123", "tkt_1", "cmt_1", **changes)  # doctest: +SKIP
    """

    body: str
    links: Sequence[_LinkLike]
    metadata: dict[str, Any]


class CommentCreateArgs(CommentCreateFields, RequestOptions, total=False):
    """:class:`CommentCreateFields` and the per-call options (:class:`~dispatch.RequestOptions`, and
    ``extra_body``), as one ``**kwargs``; ``idempotency_key`` is a parameter of its own."""

    extra_body: Mapping[str, Any]


class CommentUpdateArgs(CommentUpdateFields, WriteRequestOptions, total=False):
    """:class:`CommentUpdateFields` and the per-call options (:class:`~dispatch.WriteRequestOptions`), as one ``**kwargs``."""


_CREATE_FIELDS = frozenset(CommentCreateFields.__annotations__) | {"body", "author_type"}
_UPDATE_FIELDS = frozenset(CommentUpdateFields.__annotations__)


def _create_body(
    body: str, author_type: AuthorTypeName | None, fields: CommentCreateFields
) -> CreateCommentInput:
    if fields.get("set_status") == TicketStatus.CLOSED:
        raise ValueError(
            "set_status: a comment cannot close its ticket; use open, pending or resolved, "
            "or close it with client.tickets.update(brand_id, ticket_id, status='closed')"
        )
    if isinstance(fields.get("cc"), str):
        raise TypeError("cc must be a list of e-mail addresses, not a str")
    values: dict[str, Any] = {"body": body, "author_type": author_type, **fields}
    return build_body(CreateCommentInput, values, allowed=_CREATE_FIELDS, enums=_ENUMS)


def _update_body(fields: CommentUpdateFields) -> UpdateCommentInput:
    return build_body(UpdateCommentInput, fields, allowed=_UPDATE_FIELDS)


def __getattr__(name: str) -> Any:
    """``Comments`` and ``AsyncComments``, loaded on first use (they import this module's helpers)."""
    return resource_class(__name__, name)
