"""Portal tickets, written once: the sync module is derived from the async one by scripts/unasync.py."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from typing import Any, Unpack

from dispatch._response import RequestOptions, WriteRequestOptions
from dispatch._upload import FileInput, confirm_headers, finish_upload_async, open_upload_async
from dispatch.pagination import AsyncPage, AsyncPageIterator
from dispatch.resources._async._resource import AsyncAPIResource
from dispatch.resources._base import (
    expect_page,
    required,
    with_page_response,
)
from dispatch.resources._names import OrderName, PortalSortName, StatusName
from dispatch.resources.portal_tickets import _create_body, _key, _page_parts, _pending, _query, _upload_body
from dispatch_tickets_api.api.portal import (
    confirm_portal_attachment,
    confirm_portal_pending_attachment,
    create_portal_comment,
    create_portal_ticket,
    get_portal_attachment,
    get_portal_ticket,
    initiate_portal_attachment,
    initiate_portal_pending_attachment,
    list_portal_attachments,
    list_portal_tickets,
)
from dispatch_tickets_api.models import (
    ConfirmUploadInput,
    CreatePortalCommentInput,
    PortalAttachment,
    PortalAttachmentWithUrl,
    PortalComment,
    PortalTicket,
    PortalTicketDetail,
    PortalTicketPage,
    PortalUploadTarget,
)
from dispatch_tickets_api.types import UNSET

__all__ = ["AsyncPortalTickets"]


class AsyncPortalTickets(AsyncAPIResource):
    """The tickets of the customer the portal token belongs to: list, read, create, comment, attach files.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Every method also takes the per-call options of :class:`~dispatch.RequestOptions` (``timeout``,
    ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``; writes also ``idempotency_key``),
    and ``with_raw_response`` gives each call's :class:`~dispatch.APIResponse`.

    Example:
        >>> page = await portal.tickets.list(status="open")  # doctest: +SKIP
    """

    async def list(
        self,
        *,
        status: StatusName | None = None,
        sort: PortalSortName | None = None,
        order: OrderName | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPage[PortalTicket]:
        """One page of the customer's tickets; ``await page.next_page()`` fetches the next one.

        Args:
            status: only tickets with this status (``open``, ``pending``, ``resolved``, ``closed``).
            sort: ``createdAt`` or ``updatedAt``.
            order: ``asc`` or ``desc``.
            limit: page size (the API allows 1-50, default 20).
            cursor: ``next_cursor`` of the previous page.

        Returns:
            An :class:`~dispatch.AsyncPage` with ``.data``, ``.has_more`` and ``.next_cursor``.

        Raises:
            AuthenticationError: the portal token is invalid or expired.
            ValidationError: the API rejected a filter (a ``limit`` out of range, say).

        Example:
            >>> page = await portal.tickets.list(status="open", order="desc")  # doctest: +SKIP
            >>> [t.title for t in page], page.has_more  # doctest: +SKIP
        """
        return self._page_result(await self._fetch_page(_query(status, sort, order, limit), cursor, options))

    def list_all(
        self,
        *,
        status: StatusName | None = None,
        sort: PortalSortName | None = None,
        order: OrderName | None = None,
        limit: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageIterator[PortalTicket]:
        """Every ticket of the customer, fetched lazily page by page: ``async for`` over it.

        Args:
            status: only tickets with this status (``open``, ``pending``, ``resolved``, ``closed``).
            sort: ``createdAt`` or ``updatedAt``.
            order: ``asc`` or ``desc``.
            limit: the page size (the API allows 1-50, default 20).

        Raises:
            AuthenticationError: while iterating, the portal token is invalid or expired.
            PaginationError: while iterating, the server said there is more but gave no usable cursor.

        Example:
            >>> async for ticket in portal.tickets.list_all(status="open"):  # doctest: +SKIP
            ...     print(ticket.ticket_number, ticket.title)
        """
        query = _query(status, sort, order, limit)
        return AsyncPageIterator(lambda cursor: self._fetch_page(query, cursor, options))

    async def _fetch_page(
        self, query: dict[str, Any], cursor: str | None, options: Mapping[str, Any]
    ) -> AsyncPage[PortalTicket]:
        response = await list_portal_tickets.asyncio_detailed(
            **self._call(options), cursor=cursor or UNSET, **query
        )
        data, has_more, next_cursor = expect_page(response, PortalTicketPage, _page_parts)
        page = AsyncPage(
            data,
            has_more=has_more,
            next_cursor=next_cursor,
            fetch=lambda after: self._fetch_page(query, after, options),
        )
        return with_page_response(page, response)

    async def get(self, ticket_id: str, **options: Unpack[RequestOptions]) -> PortalTicketDetail:
        """One ticket with its body, brand and comments.

        Args:
            ticket_id: the ticket (``tkt_...``).

        Raises:
            ValueError: an empty ``ticket_id`` (no request made).
            NotFoundError: no such ticket for this customer.

        Example:
            >>> detail = await portal.tickets.get("tkt_123")  # doctest: +SKIP
            >>> [c.body for c in detail.comments]  # doctest: +SKIP
        """
        response = await get_portal_ticket.asyncio_detailed(ticket_id, **self._call(options))
        return self._expect(response, PortalTicketDetail)

    async def create(
        self,
        *,
        title: str,
        body: str | None = None,
        attachment_ids: Iterable[str] | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> PortalTicket:
        """Open a ticket as the customer.

        A retried create never makes a second ticket: every attempt carries one ``X-Idempotency-Key``
        (``idempotency_key``, or one made for this call).

        Args:
            title: the subject line.
            body: the description.
            attachment_ids: ids of confirmed pending uploads (``upload(None, ...)``) to attach.
            idempotency_key: your own key, to make the create safe to repeat across processes too.

        Returns:
            The new :class:`~dispatch.PortalTicket`.

        Raises:
            TypeError: ``attachment_ids`` is a single string (no request made).
            ValidationError: the API rejected a field (an unknown or unconfirmed attachment id, say).
            ConflictError: ``idempotency_key`` was already used with a different body.

        Example:
            >>> shot = await portal.tickets.upload(None, "screenshot.png")  # doctest: +SKIP
            >>> await portal.tickets.create(title="Broken", attachment_ids=[shot.id])  # doctest: +SKIP
        """
        response = await create_portal_ticket.asyncio_detailed(
            **self._call(options),
            body=_create_body(title, body, attachment_ids),
            x_idempotency_key=_key(idempotency_key),
        )
        return self._expect(response, PortalTicket)

    async def add_comment(
        self,
        ticket_id: str,
        body: str,
        *,
        idempotency_key: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> PortalComment:
        """Reply on a ticket as the customer (sent with one ``X-Idempotency-Key`` across retries).

        Args:
            ticket_id: the ticket (``tkt_...``).
            body: the text.
            idempotency_key: your own key, to make the reply safe to repeat across processes too.

        Returns:
            The new :class:`~dispatch.PortalComment`.

        Raises:
            ValueError: an empty ``ticket_id`` (no request made).
            ValidationError: the API rejected the body.
            ConflictError: ``idempotency_key`` was already used with a different body.
            NotFoundError: no such ticket for this customer.

        Example:
            >>> await portal.tickets.add_comment("tkt_123", "Here is more information...")  # doctest: +SKIP
        """
        response = await create_portal_comment.asyncio_detailed(
            ticket_id,
            **self._call(options),
            body=CreatePortalCommentInput(body=required(body, "body")),
            x_idempotency_key=_key(idempotency_key),
        )
        return self._expect(response, PortalComment)

    async def initiate_pending_upload(
        self, *, filename: str, content_type: str, size: int, **options: Unpack[WriteRequestOptions]
    ) -> PortalUploadTarget:
        """Start uploading a file before its ticket exists: PUT it to ``upload_url``, then confirm.

        Most callers want :meth:`upload` with ``None`` instead, which does all three steps.

        Args:
            filename: the file's name.
            content_type: its MIME type.
            size: its size in bytes.

        Returns:
            A :class:`~dispatch.PortalUploadTarget`: ``upload_url`` and the pending ``attachment``.

        Raises:
            ValueError: a negative ``size`` (no request made).
            ValidationError: the API rejected the file (too large, a type it refuses).

        Example:
            >>> target = await portal.tickets.initiate_pending_upload(  # doctest: +SKIP
            ...     filename="log.txt", content_type="text/plain", size=123)
        """
        response = await initiate_portal_pending_attachment.asyncio_detailed(
            **self._call(options), body=_upload_body(filename, content_type, size)
        )
        return self._expect(response, PortalUploadTarget, read=("attachment",))

    async def confirm_pending_upload(
        self, attachment_id: str, **options: Unpack[WriteRequestOptions]
    ) -> PortalAttachment:
        """Mark a pending upload as complete; its id can then go in ``create(attachment_ids=[...])``.

        Args:
            attachment_id: ``target.attachment.id`` of :meth:`initiate_pending_upload`.

        Returns:
            The confirmed :class:`~dispatch.PortalAttachment`.

        Raises:
            ValueError: an empty ``attachment_id`` (no request made).
            ValidationError: the API rejected the confirmation.
            NotFoundError: no such pending upload for this customer.

        Example:
            >>> await portal.tickets.confirm_pending_upload(target.attachment.id)  # doctest: +SKIP
        """
        response = await confirm_portal_pending_attachment.asyncio_detailed(
            attachment_id, **self._call(options, confirm_headers()), body=ConfirmUploadInput()
        )
        return self._expect(response, PortalAttachment)

    async def initiate_upload(
        self,
        ticket_id: str,
        *,
        filename: str,
        content_type: str,
        size: int,
        **options: Unpack[WriteRequestOptions],
    ) -> PortalUploadTarget:
        """Start uploading a file to an existing ticket: PUT it to ``upload_url``, then confirm.

        Most callers want :meth:`upload` instead, which does all three steps.

        Args:
            ticket_id: the ticket (``tkt_...``).
            filename: the file's name.
            content_type: its MIME type.
            size: its size in bytes.

        Returns:
            A :class:`~dispatch.PortalUploadTarget`: ``upload_url`` and the pending ``attachment``.

        Raises:
            ValueError: a negative ``size``, or an empty ``ticket_id`` (no request made).
            ValidationError: the API rejected the file (too large, a type it refuses).
            NotFoundError: no such ticket for this customer.

        Example:
            >>> target = await portal.tickets.initiate_upload(  # doctest: +SKIP
            ...     "tkt_123", filename="log.txt", content_type="text/plain", size=123)
        """
        response = await initiate_portal_attachment.asyncio_detailed(
            ticket_id, **self._call(options), body=_upload_body(filename, content_type, size)
        )
        return self._expect(response, PortalUploadTarget, read=("attachment",))

    async def confirm_upload(
        self, ticket_id: str, attachment_id: str, **options: Unpack[WriteRequestOptions]
    ) -> PortalAttachment:
        """Mark an upload to a ticket as complete.

        Args:
            ticket_id: the ticket (``tkt_...``).
            attachment_id: ``target.attachment.id`` of :meth:`initiate_upload`.

        Returns:
            The confirmed :class:`~dispatch.PortalAttachment`.

        Raises:
            ValueError: an empty id (no request made).
            ValidationError: the API rejected the confirmation.
            NotFoundError: no such ticket or attachment for this customer.

        Example:
            >>> await portal.tickets.confirm_upload("tkt_123", target.attachment.id)  # doctest: +SKIP
        """
        response = await confirm_portal_attachment.asyncio_detailed(
            ticket_id, attachment_id, **self._call(options, confirm_headers()), body=ConfirmUploadInput()
        )
        return self._expect(response, PortalAttachment)

    async def list_attachments(
        self, ticket_id: str, **options: Unpack[RequestOptions]
    ) -> builtins.list[PortalAttachment]:
        """The files attached to a ticket.

        Args:
            ticket_id: the ticket (``tkt_...``).

        Raises:
            ValueError: an empty ``ticket_id`` (no request made).
            NotFoundError: no such ticket for this customer.

        Example:
            >>> attachments = await portal.tickets.list_attachments("tkt_123")  # doctest: +SKIP
        """
        response = await list_portal_attachments.asyncio_detailed(ticket_id, **self._call(options))
        return self._expect_list(response, PortalAttachment)

    async def get_attachment(
        self, ticket_id: str, attachment_id: str, **options: Unpack[RequestOptions]
    ) -> PortalAttachmentWithUrl:
        """One attachment, with a ``download_url`` valid until ``expires_at``.

        Args:
            ticket_id: the ticket (``tkt_...``).
            attachment_id: the attachment (``att_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such ticket or attachment for this customer.

        Example:
            >>> attachment = await portal.tickets.get_attachment("tkt_123", "att_1")  # doctest: +SKIP
        """
        response = await get_portal_attachment.asyncio_detailed(
            ticket_id, attachment_id, **self._call(options)
        )
        return self._expect(response, PortalAttachmentWithUrl)

    async def upload(
        self,
        ticket_id: str | None,
        file: FileInput,
        filename: str | None = None,
        content_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> PortalAttachment:
        """Upload a file in one call: initiate, stream the bytes to storage, confirm.

        The storage ``PUT`` goes through this client's pool (and retries: a file is rewound and sent
        again) but carries no ``Authorization``: the presigned URL is the credential. A file is
        streamed in chunks, never read into memory as a whole.

        With an async client, opening and reading the file run in a worker thread, off the event loop.

        Args:
            ticket_id: the ticket to attach to, or ``None`` for a pending upload whose id you then pass
                to ``create(attachment_ids=[...])``.
            file: bytes, a path (``str`` or ``os.PathLike``) or a binary file object (seekable).
            filename: default: the path's or file object's name (required for bytes).
            content_type: default: guessed from the file name, else ``application/octet-stream``.

        Returns:
            The confirmed :class:`~dispatch.PortalAttachment`.

        Raises:
            ValueError: no file name for bytes or an unnamed file object, a non-seekable file object, or
                an empty ``ticket_id`` (no request made).
            TypeError: an unsupported ``file``, or a file opened in text mode (no request made).
            OSError: the path cannot be read.
            ValidationError: the API rejected the file (too large, a type it refuses).
            PermissionDeniedError: storage refused the ``PUT`` (e.g. the URL expired).
            NotFoundError: no such ticket for this customer.

        Example:
            >>> await portal.tickets.upload("tkt_123", "invoice.pdf")  # doctest: +SKIP
            >>> pending = await portal.tickets.upload(None, b"...", filename="log.txt")  # doctest: +SKIP
            >>> await portal.tickets.create(title="Crash", attachment_ids=[pending.id])  # doctest: +SKIP
        """
        async with open_upload_async(file, filename, content_type) as source:
            size = source.size
            if ticket_id is None:
                target = await self._parsing.initiate_pending_upload(
                    filename=source.filename, content_type=source.content_type, size=size, **options
                )
            else:
                target = await self._parsing.initiate_upload(
                    ticket_id,
                    filename=source.filename,
                    content_type=source.content_type,
                    size=size,
                    **options,
                )
            attachment_id = target.attachment.id
            return await finish_upload_async(
                self._raw.get_async_httpx_client(),
                target.upload_url,
                source,
                _pending(ticket_id, attachment_id),
                lambda: self._confirm(ticket_id, attachment_id, options),
            )

    async def _confirm(
        self, ticket_id: str | None, attachment_id: str, options: Mapping[str, Any]
    ) -> PortalAttachment:
        if ticket_id is None:
            return await self.confirm_pending_upload(attachment_id, **options)
        return await self.confirm_upload(ticket_id, attachment_id, **options)
