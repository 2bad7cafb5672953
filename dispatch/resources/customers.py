"""Customers: ``client.customers``.

The people who open tickets, one record per e-mail address and brand.

    customer = client.customers.create("br_123", email="jane@example.com", name="Jane Doe")
    for customer in client.customers.list("br_123", sort="name"):   # every customer, page by page
        print(customer.email)
    matches = client.customers.search("br_123", "jane")
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from dispatch._response import WriteRequestOptions
from dispatch.resources._base import (
    build_body,
    enum_or_unset,
    resource_class,
)
from dispatch_tickets_api.models import (
    CreateCustomerInput,
    CustomerSortField,
    SortOrder,
    UpdateCustomerInput,
)
from dispatch_tickets_api.types import UNSET, Unset

if TYPE_CHECKING:
    from dispatch.resources._async.customers import AsyncCustomers
    from dispatch.resources._sync.customers import Customers

__all__ = [
    "AsyncCustomers",
    "CustomerCreateFields",
    "CustomerSort",
    "CustomerUpdateFields",
    "Customers",
    "SortDirection",
]


CustomerSort = CustomerSortField | Literal["createdAt", "name", "email"]
"""A sort field of :meth:`Customers.list`: a :class:`~dispatch.CustomerSortField` or its value."""
SortDirection = SortOrder | Literal["asc", "desc"]
"""A sort direction: a :class:`~dispatch.SortOrder` or its value."""


class CustomerCreateFields(TypedDict, total=False):
    """Optional fields of :meth:`Customers.create` (snake_case; sent as the API's camelCase).

    Example:
        >>> fields: CustomerCreateFields = {"company_id": "cmp_1", "metadata": {"plan": "pro"}}
        >>> client.customers.create("br_123", email="jane@example.com", **fields)  # doctest: +SKIP
    """

    avatar_url: str
    company_id: str
    metadata: Mapping[str, Any]


class CustomerUpdateFields(TypedDict, total=False):
    """Fields of :meth:`Customers.update`; the ones left out are not changed, None clears name,
    avatar_url and company_id (detaching the customer from its company).

    Example:
        >>> changes: CustomerUpdateFields = {"company_id": None}  # detach from the company
        >>> client.customers.update("br_123", "cus_1", **changes)  # doctest: +SKIP
    """

    email: str
    name: str | None
    avatar_url: str | None
    company_id: str | None
    metadata: Mapping[str, Any]


class CustomerCreateArgs(CustomerCreateFields, WriteRequestOptions, total=False):
    """:class:`CustomerCreateFields` and the per-call options (:class:`~dispatch.WriteRequestOptions`), as one ``**kwargs``."""


class CustomerUpdateArgs(CustomerUpdateFields, WriteRequestOptions, total=False):
    """:class:`CustomerUpdateFields` and the per-call options (:class:`~dispatch.WriteRequestOptions`), as one ``**kwargs``."""


_CREATE_FIELDS = frozenset(CustomerCreateFields.__annotations__) | {"email", "name"}
_UPDATE_FIELDS = frozenset(CustomerUpdateFields.__annotations__)


def _create_body(email: str, name: str | None, fields: CustomerCreateFields) -> CreateCustomerInput:
    return build_body(CreateCustomerInput, {"email": email, "name": name, **fields}, allowed=_CREATE_FIELDS)


def _update_body(fields: CustomerUpdateFields) -> UpdateCustomerInput:
    return build_body(
        UpdateCustomerInput, fields, allowed=_UPDATE_FIELDS, nullable=("name", "avatar_url", "company_id")
    )


class _ListQuery:
    """The query of a customer listing, checked once and sent unchanged with every page."""

    __slots__ = ("limit", "order", "sort")

    def __init__(self, limit: int | None, sort: str | None, order: str | None) -> None:
        self.limit: int | Unset = UNSET if limit is None else limit
        self.sort: CustomerSortField | Unset = enum_or_unset(CustomerSortField, sort)
        self.order: SortOrder | Unset = enum_or_unset(SortOrder, order)


def _search_query(query: str) -> str:
    if not query:
        raise ValueError("query must not be empty")
    return query


# --- resources -----------------------------------------------------------------------------------------


def __getattr__(name: str) -> Any:
    """``Customers`` and ``AsyncCustomers``, loaded on first use (they import this module's helpers)."""
    return resource_class(__name__, name)
