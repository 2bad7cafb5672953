# Generated from dispatch/resources/_async/accounts.py by scripts/unasync.py (run by scripts/generate).
# Do not edit by hand: change the async source, then run scripts/generate.
"""Accounts, written once: the sync module is derived from the async one by scripts/unasync.py."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Unpack

from dispatch._response import RequestOptions, WriteRequestOptions
from dispatch.resources._sync._resource import SyncAPIResource
from dispatch.resources.accounts import _create_body, _scope_body
from dispatch_tickets_api.api.accounts import (
    create_api_key,
    get_account,
    get_account_usage,
    list_api_keys,
    revoke_api_key,
    update_api_key_scope,
)
from dispatch_tickets_api.models import (
    Account,
    AccountUsage,
    ApiKey,
    ApiKeyWithSecret,
    SuccessResponse,
)

__all__ = ["Accounts"]


class Accounts(SyncAPIResource):
    """The account of the API key: who it is, what it used, and its API keys.

    Each method's ``Raises:`` names the errors particular to it; any method may also raise the
    :class:`~dispatch.APIStatusError` of another error status (e.g. :class:`~dispatch.AuthenticationError`,
    :class:`~dispatch.RateLimitError` once retries are spent) and an :class:`~dispatch.APIConnectionError`
    when no response arrives.

    Every method also takes the per-call options of :class:`~dispatch.RequestOptions` (``timeout``,
    ``max_retries``, ``extra_headers``, ``extra_query``, ``extra_body``; writes also ``idempotency_key``),
    and ``with_raw_response`` gives each call's :class:`~dispatch.APIResponse`.

    Example:
        >>> account = client.accounts.me()  # doctest: +SKIP
    """

    def me(self, **options: Unpack[RequestOptions]) -> Account:
        """The account the API key belongs to.

        Raises:
            AuthenticationError: the API key is wrong or revoked.

        Example:
            >>> account = client.accounts.me()  # doctest: +SKIP
        """
        return self._expect(get_account.sync_detailed(**self._call(options)), Account)

    def get_usage(self, **options: Unpack[RequestOptions]) -> AccountUsage:
        """Usage counters (tickets this month, in total, brands) and the plan's limits.

        Raises:
            AuthenticationError: the API key is wrong or revoked.

        Example:
            >>> usage = client.accounts.get_usage()  # doctest: +SKIP
            >>> usage.tickets_this_month, usage.plan.ticket_limit  # doctest: +SKIP
            (412, 5000)
        """
        return self._expect(get_account_usage.sync_detailed(**self._call(options)), AccountUsage)

    def list_api_keys(self, **options: Unpack[RequestOptions]) -> list[ApiKey]:
        """Every API key of the account (previews only: a key's secret is shown once, at creation).

        Raises:
            AuthenticationError: the API key is wrong or revoked.

        Example:
            >>> keys = client.accounts.list_api_keys()  # doctest: +SKIP
        """
        return self._expect_list(list_api_keys.sync_detailed(**self._call(options)), ApiKey)

    def create_api_key(
        self,
        *,
        name: str,
        all_brands: bool | None = None,
        brand_ids: Iterable[str] | None = None,
        **options: Unpack[WriteRequestOptions],
    ) -> ApiKeyWithSecret:
        """Create an API key. Its secret, ``.key``, is in this answer only: store it now.

        Args:
            name: a human-readable name.
            all_brands: True to allow every brand, current and future.
            brand_ids: the brands the key may access (ignored by the API when ``all_brands`` is True).

        Returns:
            An :class:`~dispatch.ApiKeyWithSecret`.

        Raises:
            TypeError: ``brand_ids`` is a str rather than a list (no request made).
            ValidationError: the API rejected a field.
            ConflictError: the name is taken.

        Example:
            >>> key = client.accounts.create_api_key(name="CI", brand_ids=["br_1"])  # doctest: +SKIP
            >>> save_secret(key.key)  # doctest: +SKIP
        """
        body = _create_body(name, all_brands, brand_ids)
        return self._expect(create_api_key.sync_detailed(**self._call(options), body=body), ApiKeyWithSecret)

    def update_api_key_scope(
        self,
        key_id: str,
        *,
        all_brands: bool | None = None,
        brand_ids: Iterable[str] | None = None,
        **options: Unpack[WriteRequestOptions],
    ) -> SuccessResponse:
        """Change which brands an API key may access; a field left as None is not changed.

        Args:
            key_id: the API key (``key_...``).
            all_brands: True to allow every brand, current and future; False to allow only ``brand_ids``.
            brand_ids: the brands the key may access.

        Raises:
            TypeError: ``brand_ids`` is a str rather than a list (no request made).
            ValueError: an empty ``key_id`` (no request made).
            ValidationError: the API rejected the scope.
            NotFoundError: no such key.

        Example:
            >>> client.accounts.update_api_key_scope("key_1", brand_ids=["br_1"])  # doctest: +SKIP
            SuccessResponse(success=True)
        """
        body = _scope_body(all_brands, brand_ids)
        response = update_api_key_scope.sync_detailed(key_id, **self._call(options), body=body)
        return self._expect(response, SuccessResponse)

    def revoke_api_key(self, key_id: str, **options: Unpack[WriteRequestOptions]) -> None:
        """Revoke an API key; it stops working at once.

        Args:
            key_id: the API key (``key_...``).

        Raises:
            ValueError: an empty ``key_id`` (no request made).
            NotFoundError: no such key.

        Example:
            >>> client.accounts.revoke_api_key("key_abc")  # doctest: +SKIP
        """
        return self._expect_deleted(revoke_api_key.sync_detailed(key_id, **self._call(options)))
