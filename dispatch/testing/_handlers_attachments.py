"""Handlers of the attachments tag, and the presigned-URL bookkeeping shared with the portal.

Initiating an upload creates a PENDING attachment and a storage token; ``uploadUrl`` points at the
emulator's own storage (``/_storage/<token>``, outside ``/v1``, no Authorization), see ``_storage.py``.
Confirming flips the attachment to UPLOADED when the bytes arrived; when nothing was uploaded it becomes
FAILED (the document lists no error status for confirm, and FAILED is one of its AttachmentStatus values);
PUT the bytes again and confirm again to recover. Every ``GET`` of one attachment mints a download URL
(``/_storage/<token>/download``) valid for an hour.
"""

from __future__ import annotations

from dispatch.testing._context import Ctx, Handler, Reply
from dispatch.testing._events import attachment_data
from dispatch.testing._lookup import get_attachment, get_ticket
from dispatch.testing._store import Json, new_id, new_secret
from dispatch.testing._views import attachment_view

__all__ = ["HANDLERS", "confirm_upload", "download_url", "new_attachment"]


def new_attachment(ctx: Ctx, brand_id: str, ticket_id: str | None, fields: Json) -> tuple[Json, str, float]:
    """Store a PENDING attachment and its upload token: (attachment, uploadUrl, expiry epoch)."""
    now = ctx.now()
    attachment: Json = {
        "id": new_id("att"),
        "ticketId": ticket_id,
        "brandId": brand_id,
        "commentId": None,
        "filename": fields["filename"],
        "contentType": fields["contentType"],
        "size": int(fields["size"]),
        "status": "PENDING",
        "uploadedBy": fields.get("uploadedBy"),
        "createdAt": now,
        "updatedAt": now,
    }
    ctx.store.put("attachments", attachment)
    expires = ctx.clock.now() + ctx.settings.upload_expires_in
    token = new_secret("up_")
    ctx.store.put(
        "storage",
        {
            "token": token,
            "kind": "upload",
            "brandId": brand_id,
            "attachmentId": attachment["id"],
            "_expires": expires,
        },
        doc_id=token,
    )
    return attachment, f"{ctx.root_url}/_storage/{token}", expires


def download_url(ctx: Ctx, attachment: Json) -> tuple[str, float]:
    """A fresh download URL for ``attachment`` and its expiry (epoch seconds)."""
    expires = ctx.clock.now() + ctx.settings.download_expires_in
    token = new_secret("dl_")
    ctx.store.put(
        "storage",
        {
            "token": token,
            "kind": "download",
            "brandId": attachment["brandId"],
            "attachmentId": attachment["id"],
            "_expires": expires,
        },
        doc_id=token,
    )
    return f"{ctx.root_url}/_storage/{token}/download", expires


def confirm_upload(ctx: Ctx, attachment: Json, ticket: Json | None) -> Json:
    """UPLOADED when the bytes are there (emitting ``attachment.created`` once), FAILED otherwise."""
    if attachment["status"] == "UPLOADED":
        return attachment
    uploaded = ctx.store.blob(str(attachment["id"])) is not None
    attachment = {**attachment, "status": "UPLOADED" if uploaded else "FAILED", "updatedAt": ctx.now()}
    ctx.store.put("attachments", attachment)
    if uploaded and ticket is not None:
        ctx.emit(str(ticket["brandId"]), "attachment.created", attachment_data(ctx, ticket, attachment))
    return attachment


def initiate_attachment_upload(ctx: Ctx) -> Reply:
    ticket = get_ticket(ctx, ctx.param("ticketId"))
    attachment, url, _ = new_attachment(ctx, str(ticket["brandId"]), str(ticket["id"]), ctx.body)
    return ctx.ok(
        {"attachmentId": attachment["id"], "uploadUrl": url, "expiresIn": ctx.settings.upload_expires_in}
    )


def list_attachments(ctx: Ctx) -> Reply:
    ticket = get_ticket(ctx, ctx.param("ticketId"))
    return ctx.ok(
        [attachment_view(ctx, a) for a in ctx.store.scan("attachments", ticketId=str(ticket["id"]))]
    )


def confirm_attachment_upload(ctx: Ctx) -> Reply:
    ticket = get_ticket(ctx, ctx.param("ticketId"))
    attachment = get_attachment(ctx, ticket, ctx.param("attachmentId"))
    return ctx.ok(attachment_view(ctx, confirm_upload(ctx, attachment, ticket)))


def get_attachment_op(ctx: Ctx) -> Reply:
    ticket = get_ticket(ctx, ctx.param("ticketId"))
    attachment = get_attachment(ctx, ticket, ctx.param("attachmentId"))
    url, _ = download_url(ctx, attachment)
    return ctx.ok(attachment_view(ctx, attachment, download_url=url))


def delete_attachment(ctx: Ctx) -> Reply:
    ticket = get_ticket(ctx, ctx.param("ticketId"))
    attachment = get_attachment(ctx, ticket, ctx.param("attachmentId"))
    ctx.store.delete("attachments", str(attachment["id"]))
    ctx.store.delete_blob(str(attachment["id"]))
    ctx.emit(str(ticket["brandId"]), "attachment.deleted", attachment_data(ctx, ticket, attachment))
    return ctx.no_content()


HANDLERS: dict[str, Handler] = {
    "initiate_attachment_upload": initiate_attachment_upload,
    "list_attachments": list_attachments,
    "confirm_attachment_upload": confirm_attachment_upload,
    "get_attachment": get_attachment_op,
    "delete_attachment": delete_attachment,
}
