"""Files attached to a ticket: ``client.attachments``.

An upload takes three steps, which :meth:`Attachments.upload` does in one call: initiate (the API
answers with a presigned ``uploadUrl``), ``PUT`` the bytes to that URL on the storage host, confirm.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dispatch._upload import (
    PendingUpload,
)
from dispatch.resources._base import (
    resource_class,
)
from dispatch_tickets_api.models import (
    InitiateUploadInput,
)

if TYPE_CHECKING:
    from dispatch.resources._async.attachments import AsyncAttachments
    from dispatch.resources._sync.attachments import Attachments

__all__ = ["AsyncAttachments", "Attachments"]


def _pending(brand_id: str, ticket_id: str, attachment_id: str) -> PendingUpload:
    ids = f"{brand_id!r}, {ticket_id!r}, {attachment_id!r}"
    return PendingUpload(
        attachment_id,
        finish=f"client.attachments.confirm_upload({ids})",
        discard=f"delete it with client.attachments.delete({ids})",
    )


def _initiate_body(
    filename: str, content_type: str, size: int, uploaded_by: str | None
) -> InitiateUploadInput:
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise ValueError(f"size must be a number of bytes >= 0, got {size!r}")
    if not filename:
        raise ValueError("filename must not be empty")
    if not content_type:
        raise ValueError("content_type must not be empty")
    return InitiateUploadInput(
        filename=filename,
        content_type=content_type,
        size=size,
        uploaded_by=uploaded_by,
    )


def __getattr__(name: str) -> Any:
    """``Attachments`` and ``AsyncAttachments``, loaded on first use (they import this module's helpers)."""
    return resource_class(__name__, name)
