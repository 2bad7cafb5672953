# Generated from dispatch/resources/_async/attachments.py by scripts/unasync.py (run by scripts/generate): the types of
# ``with_raw_response``. Do not edit by hand: change the async source, then run scripts/generate.
from __future__ import annotations

from typing import Protocol, Unpack

from dispatch._response import APIResponse, RequestOptions, WriteRequestOptions
from dispatch._upload import FileInput
from dispatch_tickets_api.models import Attachment, AttachmentWithUrl, InitiateUploadResult


class AsyncAttachmentsRaw(Protocol):
    """``AsyncAttachments`` in raw mode: each call returns its ``APIResponse``."""

    async def upload(
        self,
        brand_id: str,
        ticket_id: str,
        file: FileInput,
        filename: str | None = None,
        content_type: str | None = None,
        *,
        uploaded_by: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Attachment]: ...

    async def initiate_upload(
        self,
        brand_id: str,
        ticket_id: str,
        *,
        filename: str,
        content_type: str,
        size: int,
        uploaded_by: str | None = None,
        **options: Unpack[WriteRequestOptions],
    ) -> APIResponse[InitiateUploadResult]: ...

    async def confirm_upload(
        self, brand_id: str, ticket_id: str, attachment_id: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[Attachment]: ...

    async def list(
        self, brand_id: str, ticket_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[list[Attachment]]: ...

    async def get(
        self, brand_id: str, ticket_id: str, attachment_id: str, **options: Unpack[RequestOptions]
    ) -> APIResponse[AttachmentWithUrl]: ...

    async def delete(
        self, brand_id: str, ticket_id: str, attachment_id: str, **options: Unpack[WriteRequestOptions]
    ) -> APIResponse[None]: ...
