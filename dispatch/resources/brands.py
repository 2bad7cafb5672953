"""Brands (support desks), their ticket schema, and portal access for their customers: ``client.brands``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict, Unpack, overload

from dispatch._constants import INBOUND_EMAIL_DOMAIN
from dispatch.resources._base import (
    AsyncAPIResource,
    SyncAPIResource,
    build_body,
    expect,
    expect_deleted,
    expect_list,
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
    BrandSchema,
    CreateBrandInput,
    DeleteBrandPreview,
    GeneratePortalTokenInput,
    PortalToken,
    SendPortalMagicLinkInput,
    SuccessResponse,
    UpdateBrandInput,
)
from dispatch_tickets_api.types import UNSET, Response

__all__ = ["AsyncBrands", "BrandCreateFields", "BrandUpdateFields", "Brands"]


class BrandCreateFields(TypedDict, total=False):
    """Optional fields of :meth:`Brands.create` (snake_case; sent as the API's camelCase).

    Example:
        >>> fields: BrandCreateFields = {"ticket_prefix": "ACME", "ticket_number_start": 1000}
        >>> client.brands.create(name="Acme", slug="acme", **fields)  # doctest: +SKIP
    """

    ticket_prefix: str
    ticket_number_start: int
    metadata: dict[str, Any]
    ticket_schema: dict[str, Any]


class BrandUpdateFields(TypedDict, total=False):
    """Fields of :meth:`Brands.update`; those left out are not changed.

    Example:
        >>> changes: BrandUpdateFields = {"portal_origins": ["https://help.acme.example.com"]}
        >>> client.brands.update("br_123", **changes)  # doctest: +SKIP
    """

    name: str
    slug: str
    ticket_prefix: str
    url: str
    icon_url: str
    from_name: str
    from_email: str
    autoresponse_enabled: bool
    autoresponse_subject: str
    autoresponse_body: str
    metadata: dict[str, Any]
    ticket_schema: dict[str, Any]
    portal_origins: Sequence[str]


_CREATE_FIELDS = frozenset(BrandCreateFields.__annotations__) | {"name", "slug"}
_UPDATE_FIELDS = frozenset(BrandUpdateFields.__annotations__)


def _create_body(name: str, slug: str, fields: BrandCreateFields) -> CreateBrandInput:
    return build_body(CreateBrandInput, {"name": name, "slug": slug, **fields}, allowed=_CREATE_FIELDS)


def _update_body(fields: BrandUpdateFields) -> UpdateBrandInput:
    if isinstance(fields.get("portal_origins"), str):
        raise TypeError("portal_origins must be a list of origins, not a str")
    return build_body(UpdateBrandInput, fields, allowed=_UPDATE_FIELDS)


def _schema_body(schema: Mapping[str, Any]) -> BrandSchema:
    if not isinstance(schema, Mapping):
        raise TypeError(f"schema must be a mapping (a JSON object), not {type(schema).__name__}")
    return BrandSchema.from_dict(dict(schema))


def _schema_result(response: Response[Any]) -> dict[str, Any]:
    return expect(response, BrandSchema).to_dict()


def _delete_result(response: Response[Any], confirm: bool) -> DeleteBrandPreview | None:
    if confirm:
        expect_deleted(response)
        return None
    return expect(response, DeleteBrandPreview)


def _token_body(email: str, name: str | None) -> GeneratePortalTokenInput:
    return GeneratePortalTokenInput(email=email, name=name)


def inbound_email(brand_id: str, domain: str = INBOUND_EMAIL_DOMAIN) -> str:
    """The address a brand receives e-mail at: ``<brand_id>@<domain>``. Computed here, no request.

    Args:
        brand_id: the brand (``br_...``); surrounding whitespace is ignored.
        domain: the inbound e-mail domain.

    Raises:
        ValueError: ``brand_id`` (or ``domain``) is empty, or ``brand_id`` is not an id.

    Example:
        >>> inbound_email("br_123")
        'br_123@inbound.dispatchtickets.com'
    """
    if not isinstance(brand_id, str) or not brand_id.strip():
        raise ValueError("brand_id must be a non-empty string")
    if not isinstance(domain, str) or not domain.strip():
        raise ValueError("domain must be a non-empty string")
    brand_id, domain = brand_id.strip(), domain.strip()
    if "@" in brand_id or any(char.isspace() for char in brand_id):
        raise ValueError("brand_id must be a brand id (br_...), not an e-mail address or text with spaces")
    return f"{brand_id}@{domain}"


class Brands(SyncAPIResource):
    """Create, list, read, update and delete brands; their ticket schema; portal tokens and links.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Example:
        >>> [brand.name for brand in client.brands.list()]  # doctest: +SKIP
    """

    def create(self, *, name: str, slug: str, **fields: Unpack[BrandCreateFields]) -> Brand:
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
            >>> brand = client.brands.create(name="Acme", slug="acme", ticket_prefix="ACME")  # doctest: +SKIP
        """
        body = _create_body(name, slug, fields)
        return expect(create_brand.sync_detailed(client=self._raw, body=body), Brand)

    def list(self) -> list[Brand]:
        """Every brand the API key may access.

        Raises:
            AuthenticationError: the API key is wrong or revoked.

        Example:
            >>> [brand.slug for brand in client.brands.list()]  # doctest: +SKIP
            ['acme']
        """
        return expect_list(list_brands.sync_detailed(client=self._raw), Brand)

    def get(self, brand_id: str) -> Brand:
        """One brand.

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.
            PermissionDeniedError: the key may not access it.

        Example:
            >>> client.brands.get("br_123").name  # doctest: +SKIP
            'Acme Support'
        """
        return expect(get_brand.sync_detailed(brand_id, client=self._raw), Brand)

    def update(self, brand_id: str, **fields: Unpack[BrandUpdateFields]) -> Brand:
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
            >>> client.brands.update("br_123", autoresponse_enabled=True)  # doctest: +SKIP
        """
        body = _update_body(fields)
        return expect(update_brand.sync_detailed(brand_id, client=self._raw, body=body), Brand)

    @overload
    def delete(self, brand_id: str, *, confirm: Literal[True] = True) -> None: ...
    @overload
    def delete(self, brand_id: str, *, confirm: Literal[False]) -> DeleteBrandPreview: ...
    @overload
    def delete(self, brand_id: str, *, confirm: bool) -> DeleteBrandPreview | None: ...
    def delete(self, brand_id: str, *, confirm: bool = True) -> DeleteBrandPreview | None:
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
            >>> preview = client.brands.delete("br_123", confirm=False)  # doctest: +SKIP
            >>> if preview.ticket_count == 0:  # doctest: +SKIP
            ...     client.brands.delete("br_123")
        """
        response = delete_brand.sync_detailed(brand_id, client=self._raw, confirm=True if confirm else UNSET)
        return _delete_result(response, confirm)

    def get_schema(self, brand_id: str) -> dict[str, Any]:
        """The brand's ticket schema, a free-form JSON object, as a dict.

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> client.brands.get_schema("br_123")["properties"]  # doctest: +SKIP
            {'order_id': {'type': 'string'}}
        """
        return _schema_result(get_brand_schema.sync_detailed(brand_id, client=self._raw))

    def update_schema(self, brand_id: str, schema: Mapping[str, Any]) -> dict[str, Any]:
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
            >>> client.brands.update_schema(  # doctest: +SKIP
            ...     "br_123", {"type": "object", "properties": {"order_id": {"type": "string"}}}
            ... )
        """
        body = _schema_body(schema)
        return _schema_result(update_brand_schema.sync_detailed(brand_id, client=self._raw, body=body))

    @staticmethod
    def get_inbound_email(brand_id: str, domain: str = INBOUND_EMAIL_DOMAIN) -> str:
        """The address the brand receives e-mail at, ``<brand_id>@inbound.dispatchtickets.com``.

        Computed locally, no request; also callable on the class (``DispatchTickets.brands``).

        Args:
            brand_id: the brand (``br_...``).
            domain: the inbound e-mail domain.

        Raises:
            ValueError: ``brand_id`` (or ``domain``) is empty, or ``brand_id`` is not an id.

        Example:
            >>> Brands.get_inbound_email("br_123")
            'br_123@inbound.dispatchtickets.com'
        """
        return inbound_email(brand_id, domain)

    def generate_portal_token(self, brand_id: str, *, email: str, name: str | None = None) -> PortalToken:
        """Issue a portal token (valid 1 hour) for a customer of the brand, created if unknown.

        Call it from your backend and hand ``token.token`` to the customer's browser, or to
        ``DispatchPortal(token)``.

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
            >>> token = client.brands.generate_portal_token("br_1", email="a@acme.io")  # doctest: +SKIP
            >>> portal = DispatchPortal(token)  # doctest: +SKIP
        """
        body = _token_body(email, name)
        return expect(
            generate_portal_token.sync_detailed(brand_id, client=self._raw, body=body),
            PortalToken,
            read=("expires_at",),
        )

    def send_portal_magic_link(self, brand_id: str, *, email: str, portal_url: str) -> SuccessResponse:
        """E-mail a customer a link to ``portal_url``
        carrying a token for ``DispatchPortal.verify``.

        Args:
            brand_id: the brand (``br_...``).
            email: the customer's e-mail address.
            portal_url: your portal page; the link points there with the token in its query string.

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            ValidationError: the e-mail address or URL was rejected.
            NotFoundError: no such brand.

        Example:
            >>> client.brands.send_portal_magic_link(  # doctest: +SKIP
            ...     "br_123", email="jane@example.com", portal_url="https://help.acme.example.com/portal"
            ... )
        """
        body = SendPortalMagicLinkInput(email=email, portal_url=portal_url)
        response = send_portal_magic_link.sync_detailed(brand_id, client=self._raw, body=body)
        return expect(response, SuccessResponse)


class AsyncBrands(AsyncAPIResource):
    """The async twin of :class:`Brands`: the same methods, as coroutines (but
    :meth:`get_inbound_email`, which makes no request).

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Example:
        >>> brands = await client.brands.list()  # doctest: +SKIP
    """

    async def create(self, *, name: str, slug: str, **fields: Unpack[BrandCreateFields]) -> Brand:
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
        body = _create_body(name, slug, fields)
        return expect(await create_brand.asyncio_detailed(client=self._raw, body=body), Brand)

    async def list(self) -> list[Brand]:
        """Every brand the API key may access.

        Raises:
            AuthenticationError: the API key is wrong or revoked.

        Example:
            >>> brands = await client.brands.list()  # doctest: +SKIP
        """
        return expect_list(await list_brands.asyncio_detailed(client=self._raw), Brand)

    async def get(self, brand_id: str) -> Brand:
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
        return expect(await get_brand.asyncio_detailed(brand_id, client=self._raw), Brand)

    async def update(self, brand_id: str, **fields: Unpack[BrandUpdateFields]) -> Brand:
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
        body = _update_body(fields)
        return expect(await update_brand.asyncio_detailed(brand_id, client=self._raw, body=body), Brand)

    @overload
    async def delete(self, brand_id: str, *, confirm: Literal[True] = True) -> None: ...
    @overload
    async def delete(self, brand_id: str, *, confirm: Literal[False]) -> DeleteBrandPreview: ...
    @overload
    async def delete(self, brand_id: str, *, confirm: bool) -> DeleteBrandPreview | None: ...
    async def delete(self, brand_id: str, *, confirm: bool = True) -> DeleteBrandPreview | None:
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
            brand_id, client=self._raw, confirm=True if confirm else UNSET
        )
        return _delete_result(response, confirm)

    async def get_schema(self, brand_id: str) -> dict[str, Any]:
        """The brand's ticket schema, a free-form JSON object, as a dict.

        Args:
            brand_id: the brand (``br_...``).

        Raises:
            ValueError: an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> schema = await client.brands.get_schema("br_123")  # doctest: +SKIP
        """
        return _schema_result(await get_brand_schema.asyncio_detailed(brand_id, client=self._raw))

    async def update_schema(self, brand_id: str, schema: Mapping[str, Any]) -> dict[str, Any]:
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
        return _schema_result(
            await update_brand_schema.asyncio_detailed(brand_id, client=self._raw, body=body)
        )

    @staticmethod
    def get_inbound_email(brand_id: str, domain: str = INBOUND_EMAIL_DOMAIN) -> str:
        """The brand's inbound address; no request, so not a coroutine.

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
        self, brand_id: str, *, email: str, name: str | None = None
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
        response = await generate_portal_token.asyncio_detailed(brand_id, client=self._raw, body=body)
        return expect(response, PortalToken, read=("expires_at",))

    async def send_portal_magic_link(self, brand_id: str, *, email: str, portal_url: str) -> SuccessResponse:
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
        body = SendPortalMagicLinkInput(email=email, portal_url=portal_url)
        response = await send_portal_magic_link.asyncio_detailed(brand_id, client=self._raw, body=body)
        return expect(response, SuccessResponse)
