"""Customers: ``client.customers``.

The people who open tickets, one record per e-mail address and brand.

    customer = client.customers.create("br_123", email="jane@example.com", name="Jane Doe")
    for customer in client.customers.list("br_123", sort="name"):   # every customer, page by page
        print(customer.email)
    matches = client.customers.search("br_123", "jane")
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Literal, TypedDict, Unpack

from dispatch._constants import DEFAULT_PAGE_LIMIT
from dispatch.pagination import AsyncFetchPage, AsyncPage, AsyncPageIterator, FetchPage, Page, PageIterator
from dispatch.resources._base import (
    AsyncAPIResource,
    SyncAPIResource,
    async_cursor_page_fetcher,
    build_body,
    cursor_page_fetcher,
    enum_or_unset,
    expect,
    expect_deleted,
    expect_list,
)
from dispatch_tickets_api.api.customers import (
    create_customer,
    delete_customer,
    get_customer,
    list_customers,
    search_customers,
    update_customer,
)
from dispatch_tickets_api.models import (
    CreateCustomerInput,
    Customer,
    CustomerPage,
    CustomerSortField,
    SortOrder,
    UpdateCustomerInput,
)
from dispatch_tickets_api.types import UNSET, Unset

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


class Customers(SyncAPIResource):
    """Create, list, search, read, update and delete the customers of a brand.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Example:
        >>> client.customers.search("br_123", "jane")  # doctest: +SKIP
    """

    def create(
        self, brand_id: str, *, email: str, name: str | None = None, **fields: Unpack[CustomerCreateFields]
    ) -> Customer:
        """Create a customer.

        Args:
            brand_id: the brand (``br_...``).
            email: the customer's e-mail address.
            name: the customer's name.
            **fields: ``avatar_url``, ``company_id``, ``metadata`` (a JSON object, e.g. ``{"plan": "pro"}``).

        Returns:
            The new :class:`~dispatch.Customer`.

        Raises:
            TypeError: an unknown field name (no request made).
            ValueError: an empty ``brand_id`` (no request made).
            ValidationError: the API rejected a field, e.g. a malformed e-mail address.
            ConflictError: the brand already has a customer with that e-mail.
            NotFoundError: no such brand.

        Example:
            >>> client.customers.create("br_123", email="jane@example.com", name="Jane Doe")  # doctest: +SKIP
        """
        body = _create_body(email, name, fields)
        return expect(create_customer.sync_detailed(brand_id, client=self._raw, body=body), Customer)

    def list(
        self,
        brand_id: str,
        *,
        limit: int | None = None,
        sort: CustomerSort | None = None,
        order: SortDirection | None = None,
    ) -> PageIterator[Customer]:
        """Every customer of a brand, fetched lazily page by page (nothing is requested before iteration).

        Args:
            brand_id: the brand (``br_...``).
            limit: page size (1-100); the server's default when None.
            sort: ``"createdAt"``, ``"name"`` or ``"email"``.
            order: ``"asc"`` or ``"desc"``.

        Raises:
            ValueError: an unknown ``sort`` or ``order`` (raised here, before any request); while
                iterating, an empty ``brand_id``.
            PaginationError: while iterating, a page the server sent cannot be followed.
            NotFoundError: while iterating, no such brand.

        Example:
            >>> for customer in client.customers.list("br_123", sort="name"):  # doctest: +SKIP
            ...     print(customer.email)
        """
        return PageIterator(self._pages(brand_id, _ListQuery(limit, sort, order)))

    def list_page(
        self,
        brand_id: str,
        *,
        limit: int | None = DEFAULT_PAGE_LIMIT,
        cursor: str | None = None,
        sort: CustomerSort | None = None,
        order: SortDirection | None = None,
    ) -> Page[Customer]:
        """One page of customers; ``page.next_page()`` fetches the next with the same parameters.

        Args:
            brand_id: the brand (``br_...``).
            limit: page size (1-100).
            cursor: ``next_cursor`` of a previous page; None for the first page.
            sort: ``"createdAt"``, ``"name"`` or ``"email"``.
            order: ``"asc"`` or ``"desc"``.

        Raises:
            ValueError: an unknown ``sort`` or ``order``, or an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> page = client.customers.list_page("br_123", limit=50)  # doctest: +SKIP
            >>> while page is not None:  # doctest: +SKIP
            ...     handle(page.data)
            ...     page = page.next_page()
        """
        return self._pages(brand_id, _ListQuery(limit, sort, order))(cursor)

    def _pages(self, brand_id: str, query: _ListQuery) -> FetchPage[Customer]:
        return cursor_page_fetcher(
            lambda cursor: list_customers.sync_detailed(
                brand_id,
                client=self._raw,
                limit=query.limit,
                cursor=cursor or UNSET,
                sort=query.sort,
                order=query.order,
            ),
            CustomerPage,
        )

    def search(self, brand_id: str, query: str) -> builtins.list[Customer]:
        """Customers whose name or e-mail address matches ``query`` (sent as ``q``).

        Args:
            brand_id: the brand (``br_...``).
            query: the text to look for, e.g. ``"jane"``.

        Raises:
            ValueError: an empty query or ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> [c.email for c in client.customers.search("br_123", "jane")]  # doctest: +SKIP
            ['jane@example.com']
        """
        q = _search_query(query)
        return expect_list(search_customers.sync_detailed(brand_id, client=self._raw, q=q), Customer)

    def get(self, brand_id: str, customer_id: str) -> Customer:
        """One customer.

        Args:
            brand_id: the brand (``br_...``).
            customer_id: the customer (``cus_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such customer in that brand.

        Example:
            >>> client.customers.get("br_123", "cus_7h3m2").email  # doctest: +SKIP
            'jane@example.com'
        """
        return expect(get_customer.sync_detailed(brand_id, customer_id, client=self._raw), Customer)

    def update(self, brand_id: str, customer_id: str, **fields: Unpack[CustomerUpdateFields]) -> Customer:
        """Change some fields of a customer; the others are left as they are.

        Args:
            brand_id: the brand (``br_...``).
            customer_id: the customer (``cus_...``).
            **fields: ``email``, ``name``, ``avatar_url``, ``company_id``, ``metadata``.

        Returns:
            The updated :class:`~dispatch.Customer`.

        Raises:
            TypeError: an unknown field name (no request made).
            ValueError: an empty id (no request made).
            ValidationError: the API rejected a field.
            ConflictError: another customer of the brand has that e-mail.
            NotFoundError: no such customer in that brand.

        Example:
            >>> client.customers.update("br_123", "cus_7h3m2", name="Jane Smith")  # doctest: +SKIP
        """
        body = _update_body(fields)
        response = update_customer.sync_detailed(brand_id, customer_id, client=self._raw, body=body)
        return expect(response, Customer)

    def delete(self, brand_id: str, customer_id: str) -> Customer | None:
        """Delete a customer; returns it as it was.

        Args:
            brand_id: the brand (``br_...``).
            customer_id: the customer (``cus_...``).

        Returns:
            The customer as it was, or None when an earlier attempt of this call deleted it but its answer
            was lost (a dropped connection or a read timeout; see the retries guide): the retry's 404
            then means the delete is done, and the customer went with the lost answer.

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such customer in that brand.

        Example:
            >>> client.customers.delete("br_123", "cus_3j8n5")  # doctest: +SKIP
        """
        return expect_deleted(
            delete_customer.sync_detailed(brand_id, customer_id, client=self._raw), Customer
        )


class AsyncCustomers(AsyncAPIResource):
    """The async twin of :class:`Customers`: coroutines, and ``async for`` over :meth:`list`.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Example:
        >>> matches = await client.customers.search("br_123", "jane")  # doctest: +SKIP
    """

    async def create(
        self, brand_id: str, *, email: str, name: str | None = None, **fields: Unpack[CustomerCreateFields]
    ) -> Customer:
        """Create a customer.

        Args:
            brand_id: the brand (``br_...``).
            email: the customer's e-mail address.
            name: the customer's name.
            **fields: ``avatar_url``, ``company_id``, ``metadata`` (a JSON object).

        Raises:
            TypeError: an unknown field name (no request made).
            ValueError: an empty ``brand_id`` (no request made).
            ValidationError: the API rejected a field, e.g. a malformed e-mail address.
            ConflictError: the brand already has a customer with that e-mail.
            NotFoundError: no such brand.

        Example:
            >>> await client.customers.create("br_123", email="jane@example.com")  # doctest: +SKIP
        """
        body = _create_body(email, name, fields)
        response = await create_customer.asyncio_detailed(brand_id, client=self._raw, body=body)
        return expect(response, Customer)

    def list(
        self,
        brand_id: str,
        *,
        limit: int | None = None,
        sort: CustomerSort | None = None,
        order: SortDirection | None = None,
    ) -> AsyncPageIterator[Customer]:
        """Every customer of a brand, fetched lazily page by page: ``async for`` over it.

        Args:
            brand_id: the brand (``br_...``).
            limit: page size (1-100).
            sort: ``"createdAt"``, ``"name"`` or ``"email"``.
            order: ``"asc"`` or ``"desc"``.

        Raises:
            ValueError: an unknown ``sort`` or ``order`` (raised here, before any request); while
                iterating, an empty ``brand_id``.
            PaginationError: while iterating, a page the server sent cannot be followed.
            NotFoundError: while iterating, no such brand.

        Example:
            >>> async for customer in client.customers.list("br_123"):  # doctest: +SKIP
            ...     print(customer.email)
        """
        return AsyncPageIterator(self._pages(brand_id, _ListQuery(limit, sort, order)))

    async def list_page(
        self,
        brand_id: str,
        *,
        limit: int | None = DEFAULT_PAGE_LIMIT,
        cursor: str | None = None,
        sort: CustomerSort | None = None,
        order: SortDirection | None = None,
    ) -> AsyncPage[Customer]:
        """One page of customers; ``await page.next_page()`` fetches the next with the same parameters.

        Args:
            brand_id: the brand (``br_...``).
            limit: page size (1-100).
            cursor: ``next_cursor`` of a previous page; None for the first page.
            sort: ``"createdAt"``, ``"name"`` or ``"email"``.
            order: ``"asc"`` or ``"desc"``.

        Raises:
            ValueError: an unknown ``sort`` or ``order``, or an empty ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> page = await client.customers.list_page("br_123", limit=50)  # doctest: +SKIP
        """
        return await self._pages(brand_id, _ListQuery(limit, sort, order))(cursor)

    def _pages(self, brand_id: str, query: _ListQuery) -> AsyncFetchPage[Customer]:
        return async_cursor_page_fetcher(
            lambda cursor: list_customers.asyncio_detailed(
                brand_id,
                client=self._raw,
                limit=query.limit,
                cursor=cursor or UNSET,
                sort=query.sort,
                order=query.order,
            ),
            CustomerPage,
        )

    async def search(self, brand_id: str, query: str) -> builtins.list[Customer]:
        """Customers whose name or e-mail address matches ``query`` (sent as ``q``).

        Args:
            brand_id: the brand (``br_...``).
            query: the text to look for.

        Raises:
            ValueError: an empty query or ``brand_id`` (no request made).
            NotFoundError: no such brand.

        Example:
            >>> matches = await client.customers.search("br_123", "jane")  # doctest: +SKIP
        """
        q = _search_query(query)
        return expect_list(await search_customers.asyncio_detailed(brand_id, client=self._raw, q=q), Customer)

    async def get(self, brand_id: str, customer_id: str) -> Customer:
        """One customer.

        Args:
            brand_id: the brand (``br_...``).
            customer_id: the customer (``cus_...``).

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such customer in that brand.

        Example:
            >>> customer = await client.customers.get("br_123", "cus_7h3m2")  # doctest: +SKIP
        """
        response = await get_customer.asyncio_detailed(brand_id, customer_id, client=self._raw)
        return expect(response, Customer)

    async def update(
        self, brand_id: str, customer_id: str, **fields: Unpack[CustomerUpdateFields]
    ) -> Customer:
        """Change some fields of a customer; the others are left as they are.

        Args:
            brand_id: the brand (``br_...``).
            customer_id: the customer (``cus_...``).
            **fields: ``email``, ``name``, ``avatar_url``, ``company_id``, ``metadata``.

        Raises:
            TypeError: an unknown field name (no request made).
            ValueError: an empty id (no request made).
            ValidationError: the API rejected a field.
            ConflictError: another customer of the brand has that e-mail.
            NotFoundError: no such customer in that brand.

        Example:
            >>> await client.customers.update("br_123", "cus_7h3m2", name="Jane Smith")  # doctest: +SKIP
        """
        body = _update_body(fields)
        response = await update_customer.asyncio_detailed(brand_id, customer_id, client=self._raw, body=body)
        return expect(response, Customer)

    async def delete(self, brand_id: str, customer_id: str) -> Customer | None:
        """Delete a customer; returns it as it was.

        Args:
            brand_id: the brand (``br_...``).
            customer_id: the customer (``cus_...``).

        Returns:
            The customer as it was, or None when an earlier attempt of this call deleted it but its answer
            was lost (a dropped connection or a read timeout; see the retries guide): the retry's 404
            then means the delete is done, and the customer went with the lost answer.

        Raises:
            ValueError: an empty id (no request made).
            NotFoundError: no such customer in that brand.

        Example:
            >>> await client.customers.delete("br_123", "cus_3j8n5")  # doctest: +SKIP
        """
        response = await delete_customer.asyncio_detailed(brand_id, customer_id, client=self._raw)
        return expect_deleted(response, Customer)
