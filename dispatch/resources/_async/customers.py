"""Customers, written once: the sync module is derived from the async one by scripts/unasync.py."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, Unpack

from dispatch._constants import DEFAULT_PAGE_LIMIT
from dispatch._response import RequestOptions, WriteRequestOptions, pop_options
from dispatch.pagination import AsyncFetchPage, AsyncPage, AsyncPageIterator
from dispatch.resources._async._resource import AsyncAPIResource
from dispatch.resources._base import (
    async_cursor_page_fetcher,
)
from dispatch.resources.customers import (
    CustomerCreateArgs,
    CustomerSort,
    CustomerUpdateArgs,
    SortDirection,
    _create_body,
    _ListQuery,
    _search_query,
    _update_body,
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
    Customer,
    CustomerPage,
)
from dispatch_tickets_api.types import UNSET

__all__ = ["AsyncCustomers"]


class AsyncCustomers(AsyncAPIResource):
    """Create, list, search, read, update and delete the customers of a brand.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Every method also takes the per-call options of :class:`~dispatch.RequestOptions` (``timeout``,
    ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``; writes also ``idempotency_key``),
    and ``with_raw_response`` gives each call's :class:`~dispatch.APIResponse`.

    Example:
        >>> matches = await client.customers.search("br_123", "jane")  # doctest: +SKIP
    """

    async def create(
        self,
        brand_id: str,
        *,
        email: str,
        name: str | None = None,
        **fields: Unpack[CustomerCreateArgs],
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
        options = pop_options(fields)
        body = _create_body(email, name, fields)
        response = await create_customer.asyncio_detailed(brand_id, **self._call(options), body=body)
        return self._expect(response, Customer)

    def list(
        self,
        brand_id: str,
        *,
        limit: int | None = None,
        sort: CustomerSort | None = None,
        order: SortDirection | None = None,
        **options: Unpack[RequestOptions],
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
        return AsyncPageIterator(self._pages(brand_id, _ListQuery(limit, sort, order), options))

    async def list_page(
        self,
        brand_id: str,
        *,
        limit: int | None = DEFAULT_PAGE_LIMIT,
        cursor: str | None = None,
        sort: CustomerSort | None = None,
        order: SortDirection | None = None,
        **options: Unpack[RequestOptions],
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
        return self._page_result(await self._pages(brand_id, _ListQuery(limit, sort, order), options)(cursor))

    def _pages(
        self, brand_id: str, query: _ListQuery, options: Mapping[str, Any]
    ) -> AsyncFetchPage[Customer]:
        return async_cursor_page_fetcher(
            lambda cursor: list_customers.asyncio_detailed(
                brand_id,
                **self._call(options),
                limit=query.limit,
                cursor=cursor or UNSET,
                sort=query.sort,
                order=query.order,
            ),
            CustomerPage,
        )

    async def search(
        self, brand_id: str, query: str, **options: Unpack[RequestOptions]
    ) -> builtins.list[Customer]:
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
        return self._expect_list(
            await search_customers.asyncio_detailed(brand_id, **self._call(options), q=q), Customer
        )

    async def get(self, brand_id: str, customer_id: str, **options: Unpack[RequestOptions]) -> Customer:
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
        response = await get_customer.asyncio_detailed(brand_id, customer_id, **self._call(options))
        return self._expect(response, Customer)

    async def update(self, brand_id: str, customer_id: str, **fields: Unpack[CustomerUpdateArgs]) -> Customer:
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
        options = pop_options(fields)
        body = _update_body(fields)
        response = await update_customer.asyncio_detailed(
            brand_id, customer_id, **self._call(options), body=body
        )
        return self._expect(response, Customer)

    async def delete(
        self, brand_id: str, customer_id: str, **options: Unpack[WriteRequestOptions]
    ) -> Customer | None:
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
        response = await delete_customer.asyncio_detailed(brand_id, customer_id, **self._call(options))
        return self._expect_deleted(response, Customer)
