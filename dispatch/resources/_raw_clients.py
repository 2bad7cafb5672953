"""What ``client.with_raw_response`` holds, for type checkers: each resource's raw-mode Protocol.

The Protocols themselves are derived from the resources (``_raw/``, by scripts/unasync.py); at run time
``with_raw_response`` is a :class:`dispatch._client.RawResponses`, which binds the resource classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from dispatch.resources._raw.async_accounts import AsyncAccountsRaw
    from dispatch.resources._raw.async_attachments import AsyncAttachmentsRaw
    from dispatch.resources._raw.async_brands import AsyncBrandsRaw
    from dispatch.resources._raw.async_categories import AsyncCategoriesRaw
    from dispatch.resources._raw.async_comments import AsyncCommentsRaw
    from dispatch.resources._raw.async_customers import AsyncCustomersRaw
    from dispatch.resources._raw.async_fields import AsyncFieldsRaw
    from dispatch.resources._raw.async_portal_tickets import AsyncPortalTicketsRaw
    from dispatch.resources._raw.async_tags import AsyncTagsRaw
    from dispatch.resources._raw.async_tickets import AsyncTicketsRaw
    from dispatch.resources._raw.async_webhooks import AsyncWebhooksRaw
    from dispatch.resources._raw.sync_accounts import AccountsRaw
    from dispatch.resources._raw.sync_attachments import AttachmentsRaw
    from dispatch.resources._raw.sync_brands import BrandsRaw
    from dispatch.resources._raw.sync_categories import CategoriesRaw
    from dispatch.resources._raw.sync_comments import CommentsRaw
    from dispatch.resources._raw.sync_customers import CustomersRaw
    from dispatch.resources._raw.sync_fields import FieldsRaw
    from dispatch.resources._raw.sync_portal_tickets import PortalTicketsRaw
    from dispatch.resources._raw.sync_tags import TagsRaw
    from dispatch.resources._raw.sync_tickets import TicketsRaw
    from dispatch.resources._raw.sync_webhooks import WebhooksRaw

__all__ = ["AsyncDispatchTicketsRaw", "AsyncPortalRaw", "DispatchTicketsRaw", "PortalRaw"]


class DispatchTicketsRaw(Protocol):
    """``DispatchTickets.with_raw_response``."""

    accounts: AccountsRaw
    attachments: AttachmentsRaw
    brands: BrandsRaw
    categories: CategoriesRaw
    comments: CommentsRaw
    customers: CustomersRaw
    fields: FieldsRaw
    tags: TagsRaw
    tickets: TicketsRaw
    webhooks: WebhooksRaw


class AsyncDispatchTicketsRaw(Protocol):
    """``AsyncDispatchTickets.with_raw_response``."""

    accounts: AsyncAccountsRaw
    attachments: AsyncAttachmentsRaw
    brands: AsyncBrandsRaw
    categories: AsyncCategoriesRaw
    comments: AsyncCommentsRaw
    customers: AsyncCustomersRaw
    fields: AsyncFieldsRaw
    tags: AsyncTagsRaw
    tickets: AsyncTicketsRaw
    webhooks: AsyncWebhooksRaw


class PortalRaw(Protocol):
    """``DispatchPortal.with_raw_response``."""

    tickets: PortalTicketsRaw


class AsyncPortalRaw(Protocol):
    """``AsyncDispatchPortal.with_raw_response``."""

    tickets: AsyncPortalTicketsRaw
