"""Brands, written once: the sync module is derived from the async one by scripts/unasync.py."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Unpack, overload

from dispatch._constants import INBOUND_EMAIL_DOMAIN
from dispatch._response import RequestOptions, WriteRequestOptions, pop_options
from dispatch.resources._async._resource import AsyncAPIResource
from dispatch.resources._base import required
from dispatch.resources.brands import (
    BrandCreateArgs,
    BrandUpdateArgs,
    _create_body,
    _delete_result,
    _schema_body,
    _schema_result,
    _token_body,
    _update_body,
    inbound_email,
)
from dispatch_tickets_api.api.brands import (
    create_brand,
    delete_brand,
    generate_portal_token,
    get_brand,
    get_brand_schema,
    list_brands,
    send_portal_magic_link,
    update_brand,
    update_brand_schema,
)
from dispatch_tickets_api.models import (
    Brand,
    DeleteBrandPreview,
    PortalToken,
    SendPortalMagicLinkInput,
    SuccessResponse,
)
from dispatch_tickets_api.types import UNSET

__all__ = ["AsyncBrands"]


class AsyncBrands(AsyncAPIResource):
    """Create, list, read, update and delete brands; their ticket schema; portal tokens and links.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Every method also takes the per-call options of :class:`~dispatch.RequestOptions` (``timeout``,
    ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``; writes also ``idempotency_key``),
    and ``with_raw_response`` gives each call's :class:`~dispatch.APIResponse`.

    Example:
        >>> brands = await client.brands.list()  # doctest: +SKIP
    """

    async def create(self, *, name: str, slug: str, **fields: Unpack[BrandCreateArgs]) -> Brand:
        """Create a brand.

        Args:
            name: the display name.
            slug: a URL-safe, unique slug.
            **fields: ticket_prefix, ticket_number_start, metadata, ticket_schema (see BrandCreateFields).

        Returns:
            The new :class:`~dispatch.Brand`.

        Raises:
            TypeError: an unknown field name (no request made).
            ValidationError: the API rejected a field.
            ConflictError: the slug is taken.

        Example:
            >>> brand = await client.brands.create(name="Acme Support", slug="acme")  # doctest: +SKIP
        """
        options = pop_options(fields)
        body = _create_body(name, slug, fields)
        return self._expect(await create_brand.asyncio_detailed(**self._call(options), body=body), Brand)

    async def list(self, **options: Unpack[RequestOptions]) -> list[Brand]:
        """Every brand the API key may access.

        Raises:
            AuthenticationError: the API key is wrong or revoked.

        Example:
            >>> brands = await client.brands.list()  # doctest: +SKIP
        """
        return self._expect_list(await list_brands.asyncio_detailed(**self._call(options)), Brand)

    async def get(self, brand_id: str, **options: Unpack[RequestOptions]) -> Brand:
        """One brand.

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.
            PermissionDeniedError: the key may not access it.

        Example:
            >>> brand = await client.brands.get("br_123")  # doctest: +SKIP
        """
        return self._expect(await get_brand.asyncio_detailed(brand_id, **self._call(options)), Brand)

    async def update(self, brand_id: str, **fields: Unpack[BrandUpdateArgs]) -> Brand:
        """Change some fields of a brand.

        Args:
            brand_id: the brand (``br_...``).
            **fields: name, slug, url, from_email, autoresponse_enabled, portal_origins, ... (see
                BrandUpdateFields); those left out are not changed.

        Returns:
            The updated :class:`~dispatch.Brand`.

        Raises:
            TypeError: an unknown field name, or ``portal_origins`` given as a str (no request made).
            ValueError: an empty ``brand_id`` (no request made).
            ValidationError: the API rejected a field.
            ConflictError: the new slug is taken.
            NotFoundError: no such brand.

        Example:
            >>> await client.brands.update("br_123", name="Acme Help Desk")  # doctest: +SKIP
        """
        options = pop_options(fields)
        body = _update_body(fields)
        return self._expect(
            await update_brand.asyncio_detailed(brand_id, **self._call(options), body=body), Brand
        )

    @overload
    async def delete(
        self, brand_id: str, *, confirm: Literal[True] = True, **options: Unpack[WriteRequestOptions]
    ) -> None: ...
    @overload
    async def delete(
        self, brand_id: str, *, confirm: Literal[False], **options: Unpack[WriteRequestOptions]
    ) -> DeleteBrandPreview: ...
    @overload
    async def delete(
        self, brand_id: str, *, confirm: bool, **options: Unpack[WriteRequestOptions]
    ) -> DeleteBrandPreview | None: ...
    async def delete(
        self, brand_id: str, *, confirm: bool = True, **options: Unpack[WriteRequestOptions]
    ) -> DeleteBrandPreview | None:
        """Delete a brand and ALL its data (tickets, webhooks, categories, tags); or, with
        ``confirm=False``, only count what would be deleted.

        Args:
            brand_id: the brand (``br_...``).
            confirm: True (the default) sends ``?confirm=true`` and deletes; False sends no ``confirm``
                and deletes nothing.

        Returns:
            None once deleted; the :class:`~dispatch.DeleteBrandPreview` when ``confirm=False``.

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.
            PermissionDeniedError: the key may not access it.

        Example:
            >>> preview = await client.brands.delete("br_123", confirm=False)  # doctest: +SKIP
            >>> if preview.ticket_count == 0:  # doctest: +SKIP
            ...     await client.brands.delete("br_123")
        """
        response = await delete_brand.asyncio_detailed(
            brand_id, **self._call(options), confirm=True if confirm else UNSET
        )
        return self._result(response, lambda r: _delete_result(r, confirm), eager=True)

    async def get_schema(self, brand_id: str, **options: Unpack[RequestOptions]) -> dict[str, Any]:
        """The brand's ticket schema, a free-form JSON object, as a dict.

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> schema = await client.brands.get_schema("br_123")  # doctest: +SKIP
        """
        response = await get_brand_schema.asyncio_detailed(brand_id, **self._call(options))
        return self._result(response, _schema_result)

    async def update_schema(
        self, brand_id: str, schema: Mapping[str, Any], **options: Unpack[WriteRequestOptions]
    ) -> dict[str, Any]:
        """Replace the brand's ticket schema; returns the schema as stored.

        Args:
            brand_id: the brand (``br_...``).
            schema: the new schema, a JSON object.

        Raises:
            TypeError: ``schema`` is not a mapping (no request made).
            ValueError: an empty ``brand_id`` (no request made).
            ValidationError: the API rejected the schema.
            NotFoundError: no such brand.

        Example:
            >>> await client.brands.update_schema(  # doctest: +SKIP
            ...     "br_123", {"type": "object", "properties": {"order_id": {"type": "string"}}}
            ... )
        """
        body = _schema_body(schema)
        response = await update_brand_schema.asyncio_detailed(brand_id, **self._call(options), body=body)
        return self._result(response, _schema_result)

    @staticmethod
    def get_inbound_email(brand_id: str, domain: str = INBOUND_EMAIL_DOMAIN) -> str:
        """The brand's inbound address; no request, so a plain method on either client.

        Computed locally, no request; also callable on the class (``AsyncDispatchTickets.brands``).

        Args:
            brand_id: the brand (``br_...``).
            domain: the inbound e-mail domain.

        Raises:
            ValueError: ``brand_id`` (or ``domain``) is empty, or ``brand_id`` is not an id.

        Example:
            >>> AsyncBrands.get_inbound_email("br_123")
            'br_123@inbound.dispatchtickets.com'
        """
        return inbound_email(brand_id, domain)

    async def generate_portal_token(
        self, brand_id: str, *, email: str, name: str | None = None, **options: Unpack[WriteRequestOptions]
    ) -> PortalToken:
        """Issue a portal token (valid 1 hour) for a customer of the brand, created if unknown.

        Call it from your backend and hand ``token.token`` to the customer's browser, or to
        ``AsyncDispatchPortal(token)``.

        Args:
            brand_id: the brand (``br_...``).
            email: the customer's e-mail address.
            name: the customer's name, used when the customer is created.

        Returns:
            A :class:`~dispatch.PortalToken` (``token``, ``expires_at``, ``customer_id``, ...).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            ValidationError: the e-mail address was rejected.
            NotFoundError: no such brand.

        Example:
            >>> token = await client.brands.generate_portal_token("br_1", email="a@acme.io")  # doctest: +SKIP
            >>> portal = AsyncDispatchPortal(token)  # doctest: +SKIP
        """
        body = _token_body(email, name)
        response = await generate_portal_token.asyncio_detailed(brand_id, **self._call(options), body=body)
        return self._expect(response, PortalToken, read=("expires_at",))

    async def send_portal_magic_link(
        self, brand_id: str, *, email: str, portal_url: str, **options: Unpack[WriteRequestOptions]
    ) -> SuccessResponse:
        """E-mail a customer a link to ``portal_url``
        carrying a token for ``AsyncDispatchPortal.verify``.

        Args:
            brand_id: the brand (``br_...``).
            email: the customer's e-mail address.
            portal_url: your portal page; the link points there with the token in its query string.

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            ValidationError: the e-mail address or URL was rejected.
            NotFoundError: no such brand.

        Example:
            >>> await client.brands.send_portal_magic_link(  # doctest: +SKIP
            ...     "br_123", email="jane@example.com", portal_url="https://help.acme.example.com/portal"
            ... )
        """
        body = SendPortalMagicLinkInput(
            email=required(email, "email"), portal_url=required(portal_url, "portal_url")
        )
        response = await send_portal_magic_link.asyncio_detailed(brand_id, **self._call(options), body=body)
        return self._expect(response, SuccessResponse)
