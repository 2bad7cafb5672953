"""Brands (support desks), their ticket schema, and portal access for their customers: ``client.brands``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from dispatch._constants import INBOUND_EMAIL_DOMAIN
from dispatch._response import WriteRequestOptions
from dispatch.resources._base import (
    build_body,
    expect,
    expect_deleted,
    required,
    resource_class,
)
from dispatch_tickets_api.models import (
    BrandSchema,
    CreateBrandInput,
    DeleteBrandPreview,
    GeneratePortalTokenInput,
    UpdateBrandInput,
)
from dispatch_tickets_api.types import Response

if TYPE_CHECKING:
    from dispatch.resources._async.brands import AsyncBrands
    from dispatch.resources._sync.brands import Brands

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


class BrandCreateArgs(BrandCreateFields, WriteRequestOptions, total=False):
    """:class:`BrandCreateFields` and the per-call options (:class:`~dispatch.WriteRequestOptions`), as one ``**kwargs``."""


class BrandUpdateArgs(BrandUpdateFields, WriteRequestOptions, total=False):
    """:class:`BrandUpdateFields` and the per-call options (:class:`~dispatch.WriteRequestOptions`), as one ``**kwargs``."""


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
    return GeneratePortalTokenInput(email=required(email, "email"), name=name)


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


def __getattr__(name: str) -> Any:
    """``Brands`` and ``AsyncBrands``, loaded on first use (they import this module's helpers)."""
    return resource_class(__name__, name)
