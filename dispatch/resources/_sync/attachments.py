# Generated from dispatch/resources/_async/attachments.py by scripts/unasync.py (run by scripts/generate).
# Do not edit by hand: change the async source, then run scripts/generate.
"""Attachments, written once: the sync module is derived from the async one by scripts/unasync.py."""

from __future__ import annotations

from typing import Unpack

from dispatch._response import RequestOptions, WriteRequestOptions
from dispatch._upload import FileInput, confirm_headers, finish_upload, prepare_upload
from dispatch.resources._sync._resource import SyncAPIResource
from dispatch.resources.attachments import _initiate_body, _pending
from dispatch_tickets_api.api.attachments import (
    confirm_attachment_upload,
    delete_attachment,
    get_attachment,
    initiate_attachment_upload,
    list_attachments,
)
from dispatch_tickets_api.models import (
    Attachment,
    AttachmentWithUrl,
    InitiateUploadResult,
)

__all__ = ["Attachments"]


class Attachments(SyncAPIResource):
    """Upload, list, read and delete the files attached to a ticket.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Every method also takes the per-call options of :class:`~dispatch.RequestOptions` (``timeout``,
    ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``; writes also ``idempotency_key``),
    and ``with_raw_response`` gives each call's :class:`~dispatch.APIResponse`.

    Example:
        >>> client.attachments.upload("br_123", "tkt_1", "invoice.pdf")  # doctest: +SKIP
    """

    def upload(
        self,
        brand_id: str,
        ticket_id: str,
        file: FileInput,
        filename: str | None = None,
        content_type: str | None = None,
        *,
        uploaded_by: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Attachment:
        """Attach a file to a ticket: initiate, ``PUT`` the bytes to storage, confirm.

        The file is streamed in chunks, never read into memory as a whole; a failed ``PUT`` (a 5xx from
        storage, a dropped connection) is retried like any request, rewinding the file. The ``PUT``
        carries no ``Authorization`` header: the URL itself is the credential. The confirm is retried like
        any idempotent call. If the upload still fails once the attachment exists, the error names it:
        ``error.pending_attachment_id`` is set, and the message says how to finish or delete it.

        With an async client, the file's chunks are read in a worker thread, off the event loop.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            file: the bytes; a path (``str`` or ``os.PathLike``: a ``str`` is always a path), opened and
                closed here; or a seekable binary file object, uploaded from its current position and
                left open.
            filename: default: the path's or file object's base name (required for bytes).
            content_type: default: guessed from the file name, else ``application/octet-stream``.
            uploaded_by: who uploaded it (a reference of yours).

        Returns:
            The confirmed :class:`~dispatch.Attachment` (status ``UPLOADED``).

        Raises:
            ValueError: no file name for bytes or an unnamed file object, a non-seekable file object, or
                an empty id (no request made).
            TypeError: an unsupported ``file``, or a file opened in text mode (no request made).
            OSError: the path cannot be read.
            ValidationError: the API rejected the file (too large, a type it refuses).
            PermissionDeniedError: storage refused the ``PUT`` (e.g. the URL expired).
            NotFoundError: no such ticket in that brand.

        Example:
            >>> attachment = client.attachments.upload("br_123", "tkt_1", "march.pdf")  # doctest: +SKIP
        """
        with prepare_upload(file, filename, content_type) as source:
            target = self._parsing.initiate_upload(
                brand_id,
                ticket_id,
                filename=source.filename,
                content_type=source.content_type,
                size=source.size,
                uploaded_by=uploaded_by,
                **options,
            )
            return finish_upload(
                self._raw.get_httpx_client(),
                target.upload_url,
                source,
                _pending(brand_id, ticket_id, target.attachment_id),
                lambda: self.confirm_upload(brand_id, ticket_id, target.attachment_id, **options),
            )

    def initiate_upload(
        self,
        brand_id: str,
        ticket_id: str,
        *,
        filename: str,
        content_type: str,
        size: int,
        uploaded_by: str | None = None,
        **options: Unpack[WriteRequestOptions],
    ) -> InitiateUploadResult:
        """Start an upload by hand: returns the ``attachment_id`` and the presigned ``upload_url``.

        ``PUT`` the raw bytes to ``upload_url`` (with ``Content-Type``, no ``Authorization``) within
        ``expires_in`` seconds, then call :meth:`confirm_upload`. :meth:`upload` does all three.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            filename: the file's name.
            content_type: its MIME type.
            size: its size in bytes.
            uploaded_by: who uploaded it (a reference of yours).

        Returns:
            An :class:`~dispatch.InitiateUploadResult`.

        Raises:
            ValueError: a negative size, an empty name or type, or an empty id (no request made).
            ValidationError: the API rejected the file (too large, a type it refuses).
            NotFoundError: no such ticket in that brand.

        Example:
            >>> target = client.attachments.initiate_upload(  # doctest: +SKIP
            ...     "br_123", "tkt_1", filename="doc.pdf", content_type="application/pdf", size=1024
            ... )
        """
        body = _initiate_body(filename, content_type, size, uploaded_by)
        response = initiate_attachment_upload.sync_detailed(
            brand_id, ticket_id, **self._call(options), body=body
        )
        return self._expect(response, InitiateUploadResult)

    def confirm_upload(
        self, brand_id: str, ticket_id: str, attachment_id: str, **options: Unpack[WriteRequestOptions]
    ) -> Attachment:
        """Tell the API the bytes are in storage; returns the attachment, now ``UPLOADED``.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            attachment_id: the ``attachment_id`` of :meth:`initiate_upload`.

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such attachment on that ticket.

        Example:
            >>> attachment_id = target.attachment_id  # doctest: +SKIP
            >>> client.attachments.confirm_upload("br_123", "tkt_1", attachment_id)  # doctest: +SKIP
        """
        response = confirm_attachment_upload.sync_detailed(
            brand_id, ticket_id, attachment_id, **self._call(options, confirm_headers())
        )
        return self._expect(response, Attachment)

    def list(self, brand_id: str, ticket_id: str, **options: Unpack[RequestOptions]) -> list[Attachment]:
        """Every attachment of a ticket.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such ticket in that brand.

        Example:
            >>> attachments = client.attachments.list("br_123", "tkt_1")  # doctest: +SKIP
        """
        response = list_attachments.sync_detailed(brand_id, ticket_id, **self._call(options))
        return self._expect_list(response, Attachment)

    def get(
        self, brand_id: str, ticket_id: str, attachment_id: str, **options: Unpack[RequestOptions]
    ) -> AttachmentWithUrl:
        """One attachment, with a temporary ``download_url``.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            attachment_id: the attachment (``att_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such attachment on that ticket.

        Example:
            >>> attachment = client.attachments.get("br_123", "tkt_1", "att_1")  # doctest: +SKIP
        """
        response = get_attachment.sync_detailed(brand_id, ticket_id, attachment_id, **self._call(options))
        return self._expect(response, AttachmentWithUrl)

    def delete(
        self, brand_id: str, ticket_id: str, attachment_id: str, **options: Unpack[WriteRequestOptions]
    ) -> None:
        """Delete an attachment.

        Args:
            brand_id: the brand (``br_...``).
            ticket_id: the ticket (``tkt_...``).
            attachment_id: the attachment (``att_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such attachment on that ticket.

        Example:
            >>> client.attachments.delete("br_123", "tkt_1", "att_1")  # doctest: +SKIP
        """
        response = delete_attachment.sync_detailed(brand_id, ticket_id, attachment_id, **self._call(options))
        return self._expect_deleted(response)
