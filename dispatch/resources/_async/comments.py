"""Comments, written once: the sync module is derived from the async one by scripts/unasync.py."""

from __future__ import annotations

from typing import Unpack

from dispatch._response import RequestOptions, WriteRequestOptions, pop_options
from dispatch.resources._async._resource import AsyncAPIResource
from dispatch.resources._base import (
    idempotency_key_for,
)
from dispatch.resources._names import AuthorTypeName
from dispatch.resources.comments import (
    CommentCreateArgs,
    CommentUpdateArgs,
    _create_body,
    _update_body,
)
from dispatch_tickets_api.api.comments import (
    create_comment,
    delete_comment,
    get_comment,
    list_comments,
    update_comment,
)
from dispatch_tickets_api.models import (
    Comment,
)

__all__ = ["AsyncComments"]


class AsyncComments(AsyncAPIResource):
    """Add, list, read, edit and delete the comments of a ticket.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Every method also takes the per-call options of :class:`~dispatch.RequestOptions` (``timeout``,
    ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``; writes also ``idempotency_key``),
    and ``with_raw_response`` gives each call's :class:`~dispatch.APIResponse`.

    Example:
        >>> comments = await client.comments.list("br_123", "tkt_1")  # doctest: +SKIP
    """

    async def create(
        self,
        brand_id: str,
        ticket_id: str,
        *,
        body: str,
        author_type: AuthorTypeName | None = None,
        idempotency_key: str | None = None,
        **fields: Unpack[CommentCreateArgs],
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
        options = pop_options(fields)
        response = await create_comment.asyncio_detailed(
            brand_id,
            ticket_id,
            **self._call(options),
            body=_create_body(body, author_type, fields),
            x_idempotency_key=idempotency_key_for(idempotency_key),
        )
        return self._expect(response, Comment)

    async def list(self, brand_id: str, ticket_id: str, **options: Unpack[RequestOptions]) -> list[Comment]:
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
        response = await list_comments.asyncio_detailed(brand_id, ticket_id, **self._call(options))
        return self._expect_list(response, Comment)

    async def get(
        self, brand_id: str, ticket_id: str, comment_id: str, **options: Unpack[RequestOptions]
    ) -> Comment:
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
        response = await get_comment.asyncio_detailed(brand_id, ticket_id, comment_id, **self._call(options))
        return self._expect(response, Comment)

    async def update(
        self,
        brand_id: str,
        ticket_id: str,
        comment_id: str,
        **fields: Unpack[CommentUpdateArgs],
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
        options = pop_options(fields)
        body = _update_body(fields)
        response = await update_comment.asyncio_detailed(
            brand_id, ticket_id, comment_id, **self._call(options), body=body
        )
        return self._expect(response, Comment)

    async def delete(
        self, brand_id: str, ticket_id: str, comment_id: str, **options: Unpack[WriteRequestOptions]
    ) -> Comment | None:
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
        response = await delete_comment.asyncio_detailed(
            brand_id, ticket_id, comment_id, **self._call(options)
        )
        return self._expect_deleted(response, Comment)
