# Generated from dispatch/resources/_async/portal_tickets.py by scripts/unasync.py (run by scripts/generate): the types of
# ``with_raw_response``. Do not edit by hand: change the async source, then run scripts/generate.
from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Protocol, Unpack

from dispatch._response import APIResponse, RequestOptions, WriteRequestOptions
from dispatch._upload import FileInput
from dispatch.pagination import AsyncPage, AsyncPageIterator
from dispatch.resources._names import OrderName, PortalSortName, StatusName
from dispatch_tickets_api.models import (
    PortalAttachment,
    PortalAttachmentWithUrl,
    PortalComment,
    PortalTicket,
    PortalTicketDetail,
    PortalUploadTarget,
)


class AsyncPortalTicketsRaw(Protocol):
    """``AsyncPortalTickets`` in raw mode: each call returns its ``APIResponse``."""

    async def list(
        self,
        *,
        status: StatusName | None = None,
        sort: PortalSortName | None = None,
        order: OrderName | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AsyncPage[PortalTicket]]: ...

    def list_all(
        self,
        *,
        status: StatusName | None = None,
        sort: PortalSortName | None = None,
        order: OrderName | None = None,
        limit: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPageIterator[PortalTicket]: ...

    async def get(
        self, ticket_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[PortalTicketDetail]: ...

    async def create(
        self,
        *,
        title: str,
        body: str | None = None,
        attachment_ids: Iterable[str] | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[PortalTicket]: ...

    async def add_comment(
        self,
        ticket_id: str,
        body: str,
        *,
        idempotency_key: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[PortalComment]: ...

    async def initiate_pending_upload(
        self, *, filename: str, content_type: str, size: int, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[PortalUploadTarget]: ...

    async def confirm_pending_upload(
        self, attachment_id: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[PortalAttachment]: ...

    async def initiate_upload(
        self,
        ticket_id: str,
        *,
        filename: str,
        content_type: str,
        size: int,
        **options: Unpack[WriteRequestOptions],
    ) -> APIResponse[PortalUploadTarget]: ...

    async def confirm_upload(
        self, ticket_id: str, attachment_id: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[PortalAttachment]: ...

    async def list_attachments(
        self, ticket_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[builtins.list[PortalAttachment]]: ...

    async def get_attachment(
        self, ticket_id: str, attachment_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[PortalAttachmentWithUrl]: ...

    async def upload(
        self,
        ticket_id: str | None,
        file: FileInput,
        filename: str | None = None,
        content_type: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[PortalAttachment]: ...
