"""Every default of the SDK, in one place."""

from __future__ import annotations

from dispatch._version import __version__

DEFAULT_BASE_URL = "https://dispatch-tickets-api.onrender.com/v1"
ENV_API_KEY = "DISPATCH_API_KEY"
ENV_BASE_URL = "DISPATCH_BASE_URL"

DEFAULT_TIMEOUT = 30.0  # seconds, per request
DEFAULT_MAX_RETRIES = 3
DEFAULT_PORTAL_MAX_RETRIES = 2  # end users are waiting: fail faster than the admin client

RETRYABLE_STATUSES = (429, 500, 502, 503, 504)
NEVER_RETRIED_STATUSES = frozenset({400, 401, 403, 404, 409, 422})
INITIAL_RETRY_DELAY = 1.0  # seconds
MAX_RETRY_DELAY = 30.0  # seconds, cap of the computed backoff
BACKOFF_MULTIPLIER = 2.0
RETRY_JITTER = 0.25  # up to this fraction of the delay is added at random
MAX_RETRY_AFTER = 60.0  # a server asking for a longer wait than this makes us give up instead

IDEMPOTENCY_HEADER = "X-Idempotency-Key"
REQUEST_ID_HEADER = "x-request-id"
SIGNATURE_HEADER = "X-Dispatch-Signature"
"""The request header carrying a webhook delivery's signature (``dispatch.webhooks.SIGNATURE_HEADER``)."""
USER_AGENT = f"dispatch-tickets-python/{__version__}"
LOGGER_NAME = "dispatch"
PATH_TEMPLATE_EXTENSION = "dispatch.path_template"
"""Request extension set by every generated endpoint: its path template (``/brands/{brand_id}/tickets``),
which INFO and WARNING log records show instead of the URL (ids, query strings and e-mails stay out)."""

INBOUND_EMAIL_DOMAIN = "inbound.dispatchtickets.com"
DEFAULT_PAGE_LIMIT = 50
UPLOAD_CHUNK_SIZE = 1024 * 1024  # bytes read from a file per chunk when streaming an upload
PORTAL_REFRESH_MARGIN = 300.0  # seconds before expiresAt at which auto_refresh renews a portal token
WEBHOOK_TOLERANCE = 300
"""Seconds a signed webhook timestamp may differ from now (public as ``dispatch.webhooks.WEBHOOK_TOLERANCE``).

The default ``tolerance`` of :func:`dispatch.construct_webhook_event`.
"""

# Per-call options travel from the request helper to the transport as httpx request extensions, and what the
# transport learnt about a call comes back as response extensions: the seam between the two, named once.
REQUEST_OPTIONS_EXTENSION = "dispatch.request_options"
"""Request extension: a mapping overriding the retry policy for one call.

Keys (each optional): ``max_retries`` (int), ``total_timeout`` (float seconds or None: the deadline for the
whole call, retries and waits included), ``idempotency_key`` (True when the caller gave one, which the
transport refuses on a read).
"""
RETRIES_TAKEN_EXTENSION = "dispatch.retries_taken"
"""Response extension: how many retries the transport made before this response (0: the first attempt)."""
# Seconds a whole call may take, retries and waits included; None: unbounded (each attempt still has DEFAULT_TIMEOUT).
DEFAULT_TOTAL_TIMEOUT: float | None = None

RATE_LIMIT_LIMIT_HEADER = "x-ratelimit-limit"
RATE_LIMIT_REMAINING_HEADER = "x-ratelimit-remaining"
RATE_LIMIT_RESET_HEADER = "x-ratelimit-reset"  # epoch seconds

# What the transport tells the facade about a call's final response (response extensions, next to
# RETRIES_TAKEN_EXTENSION). Raw users of ``client.raw.get_httpx_client()`` can read them too.
EARLIER_ATTEMPT_MAY_HAVE_ACTED_EXTENSION = "dispatch.earlier_attempt_may_have_acted"
"""Response extension: True when an earlier attempt of this call may have reached the server and been acted on
(its answer was lost to a dropped connection or a read timeout, or was a 500/502/504) before this one was sent.

A DELETE answered 404 with this mark was done by that earlier attempt: the facade's deletes return normally.
"""
ERROR_EXTENSION = "dispatch.error"
"""Response extension: the :class:`dispatch.APIStatusError` an error response translates to: the very object the
``on_error`` hook received, which the facade raises (so hook and caller see one exception)."""
