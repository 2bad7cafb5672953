"""Comments on a ticket: ``client.comments``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict, Unpack

from dispatch.resources._base import (
    AsyncAPIResource,
    SyncAPIResource,
    build_body,
    expect,
    expect_deleted,
    expect_list,
    idempotency_key_for,
)
from dispatch_tickets_api.api.comments import (
    create_comment,
    delete_comment,
    get_comment,
    list_comments,
    update_comment,
)
from dispatch_tickets_api.models import (
    AuthorType,
    Comment,
    CreateCommentInput,
    Link,
    TicketSource,
    TicketStatus,
    UpdateCommentInput,
)

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
    source: str
    source_id: str
    source_data: dict[str, Any]
    set_status: str
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


_CREATE_FIELDS = frozenset(CommentCreateFields.__annotations__) | {"body", "author_type"}
_UPDATE_FIELDS = frozenset(CommentUpdateFields.__annotations__)


def _create_body(body: str, author_type: str | None, fields: CommentCreateFields) -> CreateCommentInput:
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


class Comments(SyncAPIResource):
    """Add, list, read, edit and delete the comments of a ticket.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Example:
        >>> client.comments.list("br_123", "tkt_1")  # doctest: +SKIP
    """

    def create(
        self,
        brand_id: str,
        ticket_id: str,
        *,
        body: str,
        author_type: str | None = None,
        idempotency_key: str | None = None,
        **fields: Unpack[CommentCreateFields],
    ) -> Comment:
        """Add a comment to a ticket.

        A retried create never adds a second comment: the request carries one ``X-Idempotency-Key``
        (``idempotency_key``, or one made for this call) on every attempt.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            body: the text.
            author_type: ``"AGENT"``, ``"CUSTOMER"`` or ``"SYSTEM"``.
            idempotency_key: your own key, to make a create safe to repeat across processes too.
            **fields: author_id, author_name, parent_id (a reply), links, metadata, source, set_status
                (open, pending or resolved: the ticket's new status), connection_id, cc, ... (see
                CommentCreateFields).

        Returns:
            The new :class:`~dispatch.Comment`.

        Raises:
            ValueError: an unknown enum value, ``set_status="closed"``, or an empty id (no request made).
            TypeError: an unknown field name, or ``cc`` given as a str (no request made).
            ValidationError: the API rejected a field.
            ConflictError: ``idempotency_key`` was already used with a different body.
            NotFoundError: no such ticket in that brand.

        Example:
            >>> client.comments.create(  # doctest: +SKIP
            ...     "br_123", "tkt_1", body="Refund issued.", author_type="AGENT", set_status="pending"
            ... )
        """
        response = create_comment.sync_detailed(
            brand_id,
            ticket_id,
            client=self._raw,
            body=_create_body(body, author_type, fields),
            x_idempotency_key=idempotency_key_for(idempotency_key),
        )
        return expect(response, Comment)

    def list(self, brand_id: str, ticket_id: str) -> list[Comment]:
        """Every comment of a ticket, oldest first.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such ticket in that brand.

        Example:
            >>> for comment in client.comments.list("br_123", "tkt_1"):  # doctest: +SKIP
            ...     print(comment.author_type, comment.body)
        """
        return expect_list(list_comments.sync_detailed(brand_id, ticket_id, client=self._raw), Comment)

    def get(self, brand_id: str, ticket_id: str, comment_id: str) -> Comment:
        """One comment.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            comment_id: the comment (``cmt_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such comment on that ticket.

        Example:
            >>> client.comments.get("br_123", "tkt_1", "cmt_1").body  # doctest: +SKIP
        """
        response = get_comment.sync_detailed(brand_id, ticket_id, comment_id, client=self._raw)
        return expect(response, Comment)

    def update(
        self, brand_id: str, ticket_id: str, comment_id: str, **fields: Unpack[CommentUpdateFields]
    ) -> Comment:
        """Change a comment's body, links or metadata.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            comment_id: the comment (``cmt_...``).
            **fields: body, links, metadata (see CommentUpdateFields); those left out are not changed.

        Returns:
            The updated :class:`~dispatch.Comment`.

        Raises:
            TypeError: an unknown field name (no request made).
            ValueError: an empty id (no request made).
            ValidationError: the API rejected a field.
            NotFoundError: no such comment on that ticket.

        Example:
            >>> client.comments.update("br_123", "tkt_1", "cmt_1", body="Edited")  # doctest: +SKIP
        """
        body = _update_body(fields)
        response = update_comment.sync_detailed(brand_id, ticket_id, comment_id, client=self._raw, body=body)
        return expect(response, Comment)

    def delete(self, brand_id: str, ticket_id: str, comment_id: str) -> Comment | None:
        """Delete a comment; returns it as it was (with ``deleted_at`` set).

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            comment_id: the comment (``cmt_...``).

        Returns:
            The comment as it was, or None when an earlier attempt of this call deleted it but its answer
            was lost (a dropped connection or a read timeout; see the retries guide): the retry's 404
            then means the delete is done, and the comment went with the lost answer.

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such comment on that ticket.

        Example:
            >>> client.comments.delete("br_123", "tkt_1", "cmt_1")  # doctest: +SKIP
        """
        response = delete_comment.sync_detailed(brand_id, ticket_id, comment_id, client=self._raw)
        return expect_deleted(response, Comment)


class AsyncComments(AsyncAPIResource):
    """The async twin of :class:`Comments`: the same methods, as coroutines.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Example:
        >>> comments = await client.comments.list("br_123", "tkt_1")  # doctest: +SKIP
    """

    async def create(
        self,
        brand_id: str,
        ticket_id: str,
        *,
        body: str,
        author_type: str | None = None,
        idempotency_key: str | None = None,
        **fields: Unpack[CommentCreateFields],
    ) -> Comment:
        """Add a comment to a ticket.

        A retried create never adds a second comment: the request carries one ``X-Idempotency-Key``
        (``idempotency_key``, or one made for this call) on every attempt.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            body: the text.
            author_type: ``"AGENT"``, ``"CUSTOMER"`` or ``"SYSTEM"``.
            idempotency_key: your own key, to make a create safe to repeat across processes too.
            **fields: author_id, author_name, parent_id (a reply), links, metadata, source, set_status
                (open, pending or resolved: the ticket's new status), connection_id, cc, ... (see
                CommentCreateFields).

        Returns:
            The new :class:`~dispatch.Comment`.

        Raises:
            ValueError: an unknown enum value, ``set_status="closed"``, or an empty id (no request made).
            TypeError: an unknown field name, or ``cc`` given as a str (no request made).
            ValidationError: the API rejected a field.
            ConflictError: ``idempotency_key`` was already used with a different body.
            NotFoundError: no such ticket in that brand.

        Example:
            >>> await client.comments.create(  # doctest: +SKIP
            ...     "br_123", "tkt_1", body="Refund issued.", author_type="AGENT"
            ... )
        """
        response = await create_comment.asyncio_detailed(
            brand_id,
            ticket_id,
            client=self._raw,
            body=_create_body(body, author_type, fields),
            x_idempotency_key=idempotency_key_for(idempotency_key),
        )
        return expect(response, Comment)

    async def list(self, brand_id: str, ticket_id: str) -> list[Comment]:
        """Every comment of a ticket, oldest first.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such ticket in that brand.

        Example:
            >>> comments = await client.comments.list("br_123", "tkt_1")  # doctest: +SKIP
        """
        response = await list_comments.asyncio_detailed(brand_id, ticket_id, client=self._raw)
        return expect_list(response, Comment)

    async def get(self, brand_id: str, ticket_id: str, comment_id: str) -> Comment:
        """One comment.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            comment_id: the comment (``cmt_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such comment on that ticket.

        Example:
            >>> comment = await client.comments.get("br_123", "tkt_1", "cmt_1")  # doctest: +SKIP
        """
        response = await get_comment.asyncio_detailed(brand_id, ticket_id, comment_id, client=self._raw)
        return expect(response, Comment)

    async def update(
        self, brand_id: str, ticket_id: str, comment_id: str, **fields: Unpack[CommentUpdateFields]
    ) -> Comment:
        """Change a comment's body, links or metadata.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            comment_id: the comment (``cmt_...``).
            **fields: body, links, metadata (see CommentUpdateFields); those left out are not changed.

        Returns:
            The updated :class:`~dispatch.Comment`.

        Raises:
            TypeError: an unknown field name (no request made).
            ValueError: an empty id (no request made).
            ValidationError: the API rejected a field.
            NotFoundError: no such comment on that ticket.

        Example:
            >>> await client.comments.update("br_123", "tkt_1", "cmt_1", body="Edited")  # doctest: +SKIP
        """
        body = _update_body(fields)
        response = await update_comment.asyncio_detailed(
            brand_id, ticket_id, comment_id, client=self._raw, body=body
        )
        return expect(response, Comment)

    async def delete(self, brand_id: str, ticket_id: str, comment_id: str) -> Comment | None:
        """Delete a comment; returns it as it was (with ``deleted_at`` set).

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            comment_id: the comment (``cmt_...``).

        Returns:
            The comment as it was, or None when an earlier attempt of this call deleted it but its answer
            was lost (a dropped connection or a read timeout; see the retries guide): the retry's 404
            then means the delete is done, and the comment went with the lost answer.

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such comment on that ticket.

        Example:
            >>> await client.comments.delete("br_123", "tkt_1", "cmt_1")  # doctest: +SKIP
        """
        response = await delete_comment.asyncio_detailed(brand_id, ticket_id, comment_id, client=self._raw)
        return expect_deleted(response, Comment)
