"""Verify, parse and type the webhooks Dispatch Tickets sends to your endpoint.

Every delivery is a ``POST`` with a JSON body and an ``X-Dispatch-Signature: sha256=<hex>`` header, the
hex being the HMAC-SHA256 of the *raw* body keyed with the webhook's secret. Verify the bytes exactly as
they arrived (parsing and re-serialising the JSON changes them), then parse::

    from collections.abc import Mapping
    from dispatch.webhooks import (
        SIGNATURE_HEADER, WebhookPayloadError, WebhookSignatureError,
        construct_webhook_event, is_comment_created_event, is_ticket_created_event,
    )

    def handle(raw_body: bytes, headers: Mapping[str, str]) -> int:
        try:
            event = construct_webhook_event(raw_body, headers.get(SIGNATURE_HEADER), "whsec_...")
        except (WebhookSignatureError, WebhookPayloadError):
            return 400
        if is_ticket_created_event(event):
            print("new ticket", event.data.ticket_number, event.data.title, event.data.customer_email)
        elif is_comment_created_event(event):
            print("comment on", event.data.ticket_number, "by", event.data.comment.author_type)
        return 200

:func:`construct_webhook_event` verifies the signature, parses the body and rejects a delivery whose signed
``timestamp`` is more than ``tolerance`` seconds (default 300) from now, which stops replays of an old
captured request. The same functions are reachable as ``DispatchTickets.webhooks.verify_signature(...)``
etc. through the :class:`Webhooks` namespace.

Parsing is strict about the envelope and the documented fields of the typed events, and tolerant of
everything else: statuses, priorities and sources stay plain strings (a value added server-side does not
break parsing), unknown keys of ``data`` are kept in ``extra``, and the whole decoded body is kept in
``raw``. Every problem raises :class:`~dispatch._errors.WebhookPayloadError` and nothing else.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar, Final, Generic, Literal, NoReturn, Self, TypeAlias, TypeGuard, TypeVar

import attrs

from dispatch._constants import SIGNATURE_HEADER, WEBHOOK_TOLERANCE
from dispatch._errors import WebhookPayloadError, WebhookSignatureError

__all__ = [
    "SIGNATURE_HEADER",
    "WEBHOOK_EVENT_NAMES",
    "WEBHOOK_SIGNATURE_HEADER",
    "WEBHOOK_TOLERANCE",
    "AnyWebhookEvent",
    "BaseWebhookEvent",
    "CommentCreatedData",
    "CommentCreatedEvent",
    "TicketCreatedData",
    "TicketCreatedEvent",
    "TicketUpdatedData",
    "TicketUpdatedEvent",
    "WebhookComment",
    "WebhookEvent",
    "WebhookEventName",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "Webhooks",
    "construct_webhook_event",
    "generate_signature",
    "is_comment_created_event",
    "is_ticket_created_event",
    "is_ticket_updated_event",
    "parse_webhook_event",
    "verify_signature",
]

WEBHOOK_SIGNATURE_HEADER: Final = SIGNATURE_HEADER
"""The request header carrying the signature: ``"X-Dispatch-Signature"``."""

WebhookEventName: TypeAlias = Literal[
    "ticket.created",
    "ticket.updated",
    "ticket.deleted",
    "ticket.comment.created",
    "comment.created",
    "comment.updated",
    "comment.deleted",
    "attachment.created",
    "attachment.deleted",
]
"""The event names a webhook can subscribe to (``client.webhooks.create(..., events=[...])``)."""

WEBHOOK_EVENT_NAMES: Final[frozenset[str]] = frozenset(
    {
        "ticket.created",
        "ticket.updated",
        "ticket.deleted",
        "ticket.comment.created",
        "comment.created",
        "comment.updated",
        "comment.deleted",
        "attachment.created",
        "attachment.deleted",
    }
)
"""Every documented :data:`WebhookEventName`; :func:`parse_webhook_event` rejects any other name."""

_SIGNATURE_SCHEME = "sha256="
_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{64}")  # SHA-256: 32 bytes, 64 hex digits
_MAX_SHOWN = 60  # characters of a payload value quoted in an error message

# ---------------------------------------------------------------------------------------------------------
# Signatures
# ---------------------------------------------------------------------------------------------------------


def _body_bytes(raw_body: object) -> bytes:
    if isinstance(raw_body, bytes):
        return raw_body
    if isinstance(raw_body, str):
        return raw_body.encode("utf-8")
    if isinstance(raw_body, bytearray | memoryview):
        return bytes(raw_body)
    raise TypeError(f"raw_body must be bytes or str, not {type(raw_body).__name__}")


def _secret_keys(secret: object) -> list[bytes]:
    """The non-empty keys in ``secret`` (one secret, or a sequence of them); anything else is skipped."""
    candidates: Sequence[object]
    if isinstance(secret, str | bytes | bytearray):
        candidates = [secret]
    elif isinstance(secret, Sequence):
        candidates = secret
    else:
        return []
    keys: list[bytes] = []
    for candidate in candidates:
        if isinstance(candidate, str):
            try:
                key = candidate.encode("utf-8")
            except UnicodeEncodeError:
                continue
        elif isinstance(candidate, bytes | bytearray):
            key = bytes(candidate)
        else:
            continue
        if key:
            keys.append(key)
    return keys


def _signature_digest(signature: object) -> bytes | None:
    """The 32 bytes of a well-formed ``sha256=<64 hex>`` header, else None."""
    if not isinstance(signature, str):
        return None
    value = signature.strip()
    if value[: len(_SIGNATURE_SCHEME)].lower() != _SIGNATURE_SCHEME:
        return None
    hex_part = value[len(_SIGNATURE_SCHEME) :]
    if _HEX_DIGEST.fullmatch(hex_part) is None:
        return None
    return bytes.fromhex(hex_part)


def verify_signature(
    raw_body: bytes | str,
    signature: str | None,
    secret: str | bytes | Sequence[str | bytes],
) -> bool:
    """Check a webhook's ``X-Dispatch-Signature`` header against its raw body.

    The header must be ``sha256=`` followed by the 64 hex digits of HMAC-SHA256(secret, raw body). The
    scheme name and the hex digits are read case-insensitively and surrounding whitespace is ignored;
    the digest itself is compared in constant time (:func:`hmac.compare_digest`).

    Args:
        raw_body: the request body exactly as received. Bytes are best; a str is encoded as UTF-8.
            Never pass JSON you parsed and dumped again: the bytes differ and the check fails.
        signature: the header's value (``None`` when the header is missing).
        secret: the webhook's secret, or a sequence of secrets while you rotate them (True if any of
            them matches). Empty secrets never match.

    Returns:
        True when the signature matches. It answers False, and never raises, for every bad input: a
        missing or empty header, another scheme (``md5=...``), hex of the wrong length, odd length or
        with non-hex characters, a non-str header, a body of an unsupported type, an empty secret or an
        empty list of secrets.

    Example:
        >>> body = b'{"id":"evt_1"}'
        >>> verify_signature(body, generate_signature(body, "whsec_test"), "whsec_test")
        True
        >>> verify_signature(body, "sha256=00", ["whsec_old", "whsec_new"])
        False
    """
    expected = _signature_digest(signature)
    if expected is None:
        return False
    keys = _secret_keys(secret)
    if not keys:
        return False
    try:
        body = _body_bytes(raw_body)
    except (TypeError, UnicodeEncodeError):
        return False
    matched = False
    for key in keys:  # every key is tried, so the timing does not tell which one matched
        actual = hmac.new(key, body, hashlib.sha256).digest()
        matched |= hmac.compare_digest(actual, expected)
    return matched


def generate_signature(raw_body: bytes | str, secret: str | bytes) -> str:
    """Sign a body the way Dispatch Tickets does: ``"sha256=" + hex(HMAC-SHA256(secret, raw_body))``.

    Useful to test your own endpoint: post the body with this value as the ``X-Dispatch-Signature``
    header.

    Args:
        raw_body: the body to sign; a str is encoded as UTF-8.
        secret: the webhook's secret.

    Returns:
        The header value, ``sha256=`` followed by 64 lowercase hex digits.

    Raises:
        ValueError: ``secret`` is empty (an empty secret never verifies).
        TypeError: ``raw_body`` or ``secret`` is of an unsupported type.

    Example:
        >>> generate_signature(b'{"id":"evt_1"}', "whsec_test")[:7]
        'sha256='
    """
    if isinstance(secret, str):
        key = secret.encode("utf-8")
    elif isinstance(secret, bytes | bytearray):
        key = bytes(secret)
    else:
        raise TypeError(f"secret must be a str, not {type(secret).__name__}")
    if not key:
        raise ValueError("secret must not be empty")
    return _SIGNATURE_SCHEME + hmac.new(key, _body_bytes(raw_body), hashlib.sha256).hexdigest()


# ---------------------------------------------------------------------------------------------------------
# Typed events
# ---------------------------------------------------------------------------------------------------------


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _shown(value: str) -> str:
    text = repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 4] + "...'"


def _fail(problem: str) -> NoReturn:
    raise WebhookPayloadError(f"Invalid webhook payload: {problem}")


def _parse_datetime(value: object) -> datetime | None:
    """An aware datetime from an ISO 8601 string (``Z`` allowed; naive means UTC), else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text[-1] in "zZ":
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _parse_timestamp(value: object) -> datetime | None:
    """The envelope's timestamp: an ISO 8601 string, or epoch seconds (milliseconds above 1e11)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
        if not math.isfinite(seconds):
            return None
        if abs(seconds) > 1e11:  # year 5138 in seconds: surely milliseconds (JavaScript's Date.now())
            seconds /= 1000.0
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    return _parse_datetime(value)


class _Fields:
    """Reads the documented fields of one JSON object and remembers which ones it read."""

    def __init__(self, source: Mapping[str, Any], where: str) -> None:
        self._source = source
        self._where = where
        self._read: set[str] = set()

    def _get(self, key: str) -> Any:
        self._read.add(key)
        if key not in self._source:
            _fail(f"{self._where} is missing {key!r}")
        return self._source[key]

    def _wrong(self, key: str, expected: str, value: object) -> NoReturn:
        _fail(f"{self._where}.{key} must be {expected}, got {_json_type(value)}")

    def string(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            self._wrong(key, "a string", value)
        return value

    def optional_string(self, key: str) -> str | None:
        """A nullable string; a missing key reads as None too."""
        self._read.add(key)
        value = self._source.get(key)
        if value is not None and not isinstance(value, str):
            self._wrong(key, "a string or null", value)
        return value

    def integer(self, key: str) -> int:
        value = self._get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            self._wrong(key, "an integer", value)
        return value

    def date_time(self, key: str) -> datetime:
        value = self._get(key)
        parsed = _parse_datetime(value)
        if parsed is None:
            if isinstance(value, str):
                _fail(f"{self._where}.{key} is not an ISO 8601 date-time: {_shown(value)}")
            self._wrong(key, "an ISO 8601 date-time string", value)
        return parsed

    def string_list(self, key: str) -> list[str]:
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self._wrong(key, "an array of strings", value)
        return list(value)

    def mapping(self, key: str) -> Mapping[str, Any]:
        value = self._get(key)
        if not isinstance(value, Mapping):
            self._wrong(key, "an object", value)
        return value

    def extra(self) -> dict[str, Any]:
        """The keys that were not read: kept so nothing the server sent is lost."""
        return {key: value for key, value in self._source.items() if key not in self._read}


@attrs.frozen(kw_only=True)
class TicketCreatedData:
    """The ``data`` of a ``ticket.created`` event.

    Attributes:
        id: the ticket id (``tkt_...``).
        ticket_number: the brand's running ticket number (an int, e.g. ``42``).
        title: the ticket's title.
        status: e.g. ``"open"``; a plain string, so a status the API adds later still parses.
        priority: e.g. ``"high"``; a plain string.
        source: where the ticket came from, e.g. ``"email"`` or ``"api"``; a plain string.
        created_at: when the ticket was created (timezone-aware).
        customer_id: the customer's id, or None when unknown.
        customer_email: the customer's e-mail address, or None when unknown.
        customer_name: the customer's name, or None when unknown.
        extra: keys of ``data`` this SDK version does not know, as sent.

    Example:
        >>> data = TicketCreatedData.from_dict({"id": "tkt_1", "ticketNumber": 1, "title": "Help",
        ...     "status": "open", "priority": "high", "source": "api", "createdAt": "2025-01-15T10:30:00Z"})
        >>> data.ticket_number, data.customer_email
        (1, None)
    """

    id: str
    ticket_number: int
    title: str
    status: str
    priority: str
    source: str
    created_at: datetime
    customer_id: str | None = None
    customer_email: str | None = None
    customer_name: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, hash=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "ticket.created data") -> Self:
        """Build from the wire (camelCase) object, e.g. the ``data`` of a decoded delivery.

        Args:
            data: the decoded JSON object.
            where: how error messages name the object (e.g. ``"ticket.created data"``).

        Returns:
            The typed object; keys it does not know go to ``extra``.

        Raises:
            WebhookPayloadError: a documented field is missing or has the wrong type.

        Example:
            >>> TicketCreatedData.from_dict({"id": "tkt_1", "ticketNumber": 1, "title": "Help",
            ...     "status": "open", "priority": "high", "source": "api",
            ...     "createdAt": "2025-01-15T10:30:00Z", "plan": "pro"}).extra
            {'plan': 'pro'}
        """
        fields = _Fields(data, where)
        return cls(
            id=fields.string("id"),
            ticket_number=fields.integer("ticketNumber"),
            title=fields.string("title"),
            status=fields.string("status"),
            priority=fields.string("priority"),
            source=fields.string("source"),
            created_at=fields.date_time("createdAt"),
            customer_id=fields.optional_string("customerId"),
            customer_email=fields.optional_string("customerEmail"),
            customer_name=fields.optional_string("customerName"),
            extra=fields.extra(),
        )


@attrs.frozen(kw_only=True)
class TicketUpdatedData:
    """The ``data`` of a ``ticket.updated`` event.

    Attributes:
        id: the ticket id (``tkt_...``).
        ticket_number: the brand's running ticket number (an int).
        title: the title after the update.
        status: the status after the update; a plain string.
        priority: the priority after the update; a plain string.
        assignee_id: the assignee after the update, or None.
        updated_at: when it changed (timezone-aware).
        changes: the names of the fields that changed, e.g. ``["status", "assigneeId"]``.
        customer_id: the customer's id, or None when unknown.
        customer_email: the customer's e-mail address, or None when unknown.
        customer_name: the customer's name, or None when unknown.
        extra: keys of ``data`` this SDK version does not know, as sent.

    Example:
        >>> data = TicketUpdatedData.from_dict({"id": "tkt_1", "ticketNumber": 1, "title": "Help",
        ...     "status": "resolved", "priority": "high", "assigneeId": None,
        ...     "updatedAt": "2025-01-15T11:00:00Z", "changes": ["status"]})
        >>> data.changes
        ['status']
    """

    id: str
    ticket_number: int
    title: str
    status: str
    priority: str
    updated_at: datetime
    changes: list[str] = attrs.field(hash=False)
    assignee_id: str | None = None
    customer_id: str | None = None
    customer_email: str | None = None
    customer_name: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, hash=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "ticket.updated data") -> Self:
        """Build from the wire (camelCase) object, e.g. the ``data`` of a decoded delivery.

        Args:
            data: the decoded JSON object.
            where: how error messages name the object (e.g. ``"ticket.updated data"``).

        Returns:
            The typed object; keys it does not know go to ``extra``.

        Raises:
            WebhookPayloadError: a documented field is missing or has the wrong type.

        Example:
            >>> TicketUpdatedData.from_dict({"id": "tkt_1", "ticketNumber": 1, "title": "Help",
            ...     "status": "closed", "priority": "low", "updatedAt": "2025-01-15T11:00:00Z",
            ...     "changes": ["status", "priority"]}).changes
            ['status', 'priority']
        """
        fields = _Fields(data, where)
        return cls(
            id=fields.string("id"),
            ticket_number=fields.integer("ticketNumber"),
            title=fields.string("title"),
            status=fields.string("status"),
            priority=fields.string("priority"),
            assignee_id=fields.optional_string("assigneeId"),
            updated_at=fields.date_time("updatedAt"),
            changes=fields.string_list("changes"),
            customer_id=fields.optional_string("customerId"),
            customer_email=fields.optional_string("customerEmail"),
            customer_name=fields.optional_string("customerName"),
            extra=fields.extra(),
        )


@attrs.frozen(kw_only=True)
class WebhookComment:
    """The comment inside a ``ticket.comment.created`` event.

    Attributes:
        id: the comment id.
        body: the comment text.
        author_id: who wrote it, or None (e.g. for a customer's e-mail reply).
        author_type: ``"CUSTOMER"``, ``"AGENT"`` or ``"SYSTEM"`` (a plain string).
        created_at: when it was written (timezone-aware).
        extra: keys this SDK version does not know, as sent.

    Example:
        >>> WebhookComment.from_dict({"id": "cmt_1", "body": "Hi", "authorId": None,
        ...     "authorType": "CUSTOMER", "createdAt": "2025-01-15T10:30:00Z"}).author_type
        'CUSTOMER'
    """

    id: str
    body: str
    author_type: str
    created_at: datetime
    author_id: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, hash=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "comment") -> Self:
        """Build from the wire (camelCase) object, e.g. the ``data`` of a decoded delivery.

        Args:
            data: the decoded JSON object.
            where: how error messages name the object (e.g. ``"comment"``).

        Returns:
            The typed object; keys it does not know go to ``extra``.

        Raises:
            WebhookPayloadError: a documented field is missing or has the wrong type.

        Example:
            >>> WebhookComment.from_dict({"id": "cmt_1", "body": "Hi", "authorType": "AGENT",
            ...     "createdAt": "2025-01-15T10:30:00Z"}).author_id is None
            True
        """
        fields = _Fields(data, where)
        return cls(
            id=fields.string("id"),
            body=fields.string("body"),
            author_id=fields.optional_string("authorId"),
            author_type=fields.string("authorType"),
            created_at=fields.date_time("createdAt"),
            extra=fields.extra(),
        )


@attrs.frozen(kw_only=True)
class CommentCreatedData:
    """The ``data`` of a ``ticket.comment.created`` event.

    Attributes:
        ticket_id: the ticket commented on.
        ticket_number: the formatted ticket number, a string such as ``"ACME-1"``.
        comment: the new comment (:class:`WebhookComment`).
        customer_id: the ticket's customer's id, or None when unknown.
        customer_email: the ticket's customer's e-mail address, or None when unknown.
        customer_name: the ticket's customer's name, or None when unknown.
        extra: keys of ``data`` this SDK version does not know, as sent.

    Example:
        >>> data = CommentCreatedData.from_dict({"ticketId": "tkt_1", "ticketNumber": "ACME-1",
        ...     "comment": {"id": "cmt_1", "body": "Hi", "authorId": None, "authorType": "CUSTOMER",
        ...                 "createdAt": "2025-01-15T10:30:00Z"}})
        >>> data.ticket_number, data.comment.body
        ('ACME-1', 'Hi')
    """

    ticket_id: str
    ticket_number: str
    comment: WebhookComment
    customer_id: str | None = None
    customer_email: str | None = None
    customer_name: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict, hash=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, where: str = "ticket.comment.created data") -> Self:
        """Build from the wire (camelCase) object, e.g. the ``data`` of a decoded delivery.

        Args:
            data: the decoded JSON object.
            where: how error messages name the object (e.g. ``"ticket.comment.created data"``).

        Returns:
            The typed object; keys it does not know go to ``extra``.

        Raises:
            WebhookPayloadError: a documented field is missing or has the wrong type.

        Example:
            >>> CommentCreatedData.from_dict({"ticketId": "tkt_1", "ticketNumber": "ACME-1",
            ...     "comment": {"id": "cmt_1", "body": "Thanks!", "authorType": "CUSTOMER",
            ...                 "createdAt": "2025-01-15T10:30:00Z"}}).comment.body
            'Thanks!'
        """
        fields = _Fields(data, where)
        return cls(
            ticket_id=fields.string("ticketId"),
            ticket_number=fields.string("ticketNumber"),
            comment=WebhookComment.from_dict(fields.mapping("comment"), where=f"{where}.comment"),
            customer_id=fields.optional_string("customerId"),
            customer_email=fields.optional_string("customerEmail"),
            customer_name=fields.optional_string("customerName"),
            extra=fields.extra(),
        )


_DataT_co = TypeVar("_DataT_co", covariant=True)


@attrs.frozen(kw_only=True)
class BaseWebhookEvent(Generic[_DataT_co]):
    """The envelope every event shares; ``data`` is typed by the subclass.

    The typed events do not subclass :class:`WebhookEvent` because their ``data`` is an object, not the
    dict :class:`WebhookEvent` promises; use ``isinstance(event, BaseWebhookEvent)`` to match any event.

    Attributes:
        id: the event id (``evt_...``); deliveries can be retried, so de-duplicate on it.
        event: the event name, e.g. ``"ticket.created"``.
        brand_id: the brand the event belongs to (None when the envelope has none).
        data: the event's payload.
        timestamp: when the event was created (timezone-aware), None when missing or unreadable.
        raw: the whole decoded body, as sent.

    Example:
        >>> event = construct_webhook_event(raw_body, signature, secret)  # doctest: +SKIP
        >>> if already_handled(event.id):  # doctest: +SKIP
        ...     return  # a retried delivery
    """

    id: str
    event: str
    brand_id: str | None
    data: _DataT_co = attrs.field(hash=False)
    timestamp: datetime | None = None
    raw: dict[str, Any] = attrs.field(factory=dict, repr=False, hash=False)


@attrs.frozen(kw_only=True)
class WebhookEvent(BaseWebhookEvent[dict[str, Any]]):
    """An event without a typed model (``ticket.deleted``, ``comment.updated``, ``attachment.created``...).

    ``data`` is the decoded object as sent (camelCase keys).

    Example:
        >>> event = parse_webhook_event('{"id": "evt_1", "event": "ticket.deleted", "brand_id": "br_1",'
        ...                             ' "data": {"id": "tkt_1"}, "timestamp": "2025-01-15T10:30:00Z"}')
        >>> type(event).__name__, event.data["id"]
        ('WebhookEvent', 'tkt_1')
    """


@attrs.frozen(kw_only=True)
class TicketCreatedEvent(BaseWebhookEvent[TicketCreatedData]):
    """A ``ticket.created`` event; ``data`` is a :class:`TicketCreatedData`.

    Example:
        >>> event = construct_webhook_event(raw_body, signature, secret)  # doctest: +SKIP
        >>> if isinstance(event, TicketCreatedEvent):  # doctest: +SKIP
        ...     print(event.data.ticket_number, event.data.title)
    """


@attrs.frozen(kw_only=True)
class TicketUpdatedEvent(BaseWebhookEvent[TicketUpdatedData]):
    """A ``ticket.updated`` event; ``data`` is a :class:`TicketUpdatedData`.

    Example:
        >>> event = construct_webhook_event(raw_body, signature, secret)  # doctest: +SKIP
        >>> if isinstance(event, TicketUpdatedEvent) and "status" in event.data.changes:  # doctest: +SKIP
        ...     print(event.data.id, "is now", event.data.status)
    """


@attrs.frozen(kw_only=True)
class CommentCreatedEvent(BaseWebhookEvent[CommentCreatedData]):
    """A ``ticket.comment.created`` event; ``data`` is a :class:`CommentCreatedData`.

    Example:
        >>> event = construct_webhook_event(raw_body, signature, secret)  # doctest: +SKIP
        >>> if isinstance(event, CommentCreatedEvent):  # doctest: +SKIP
        ...     print(event.data.ticket_number, event.data.comment.body)
    """


AnyWebhookEvent: TypeAlias = TicketCreatedEvent | TicketUpdatedEvent | CommentCreatedEvent | WebhookEvent
"""What :func:`parse_webhook_event` returns."""


def is_ticket_created_event(event: object) -> TypeGuard[TicketCreatedEvent]:
    """True for a ``ticket.created`` event (then ``event.data`` is a :class:`TicketCreatedData`).

    Args:
        event: any object, typically what :func:`parse_webhook_event` returned.

    Example:
        >>> if is_ticket_created_event(event):  # doctest: +SKIP
        ...     print(event.data.title, event.data.priority, event.data.customer_email)
    """
    return isinstance(event, TicketCreatedEvent)


def is_ticket_updated_event(event: object) -> TypeGuard[TicketUpdatedEvent]:
    """True for a ``ticket.updated`` event (then ``event.data`` is a :class:`TicketUpdatedData`).

    Args:
        event: any object, typically what :func:`parse_webhook_event` returned.

    Example:
        >>> if is_ticket_updated_event(event):  # doctest: +SKIP
        ...     print(event.data.id, "changed:", ", ".join(event.data.changes))
    """
    return isinstance(event, TicketUpdatedEvent)


def is_comment_created_event(event: object) -> TypeGuard[CommentCreatedEvent]:
    """True for a ``ticket.comment.created`` event (then ``event.data`` is a :class:`CommentCreatedData`).

    Args:
        event: any object, typically what :func:`parse_webhook_event` returned.

    Example:
        >>> if is_comment_created_event(event):  # doctest: +SKIP
        ...     print(event.data.ticket_number, event.data.comment.author_type, event.data.comment.body)
    """
    return isinstance(event, CommentCreatedEvent)


# ---------------------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------------------


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


def _decode(payload: object) -> Mapping[Any, Any]:
    if isinstance(payload, Mapping):
        return payload
    if isinstance(payload, memoryview | bytearray):
        payload = bytes(payload)
    if not isinstance(payload, bytes | str):
        _fail(f"expected bytes, str or a mapping, got {type(payload).__name__}")
    if isinstance(payload, bytes):
        try:
            payload = payload.decode("utf-8-sig")  # JSON on the wire is UTF-8 (RFC 8259); a BOM is ignored
        except UnicodeDecodeError:
            _fail("the body is not UTF-8 text")
    if not payload.strip():
        _fail("the body is empty")
    try:
        decoded = json.loads(payload, parse_constant=_reject_constant)
    except RecursionError:
        _fail("the JSON is nested too deeply")
    except ValueError as exc:  # json.JSONDecodeError, NaN/Infinity, an integer too long to convert
        if isinstance(exc, json.JSONDecodeError):
            reason = f"{exc.msg} at line {exc.lineno} column {exc.colno}"
        else:
            reason = str(exc)[:100]
        _fail(f"the body is not valid JSON ({reason})")
    if not isinstance(decoded, Mapping):
        _fail(f"expected a JSON object, got {_json_type(decoded)}")
    return decoded


def _envelope_str(body: Mapping[Any, Any], key: str) -> str:
    if key not in body:
        _fail(f"missing {key!r}")
    value = body[key]
    if not isinstance(value, str):
        _fail(f"{key!r} must be a string, got {_json_type(value)}")
    if not value:
        _fail(f"{key!r} must not be empty")
    return value


def _parse(payload: object) -> AnyWebhookEvent:
    body = _decode(payload)
    event_id = _envelope_str(body, "id")
    name = _envelope_str(body, "event")
    if "data" not in body:
        _fail("missing 'data'")
    data = body["data"]
    if not isinstance(data, Mapping):
        _fail(f"'data' must be an object, got {_json_type(data)}")
    if name not in WEBHOOK_EVENT_NAMES:
        _fail(f"unknown event {_shown(name)} (expected one of: {', '.join(sorted(WEBHOOK_EVENT_NAMES))})")
    brand_id = body.get("brand_id")
    common: dict[str, Any] = {
        "id": event_id,
        "event": name,
        "brand_id": brand_id if isinstance(brand_id, str) else None,
        "timestamp": _parse_timestamp(body.get("timestamp")),
        "raw": dict(body),
    }
    if name == "ticket.created":
        return TicketCreatedEvent(data=TicketCreatedData.from_dict(data), **common)
    if name == "ticket.updated":
        return TicketUpdatedEvent(data=TicketUpdatedData.from_dict(data), **common)
    if name == "ticket.comment.created":
        return CommentCreatedEvent(data=CommentCreatedData.from_dict(data), **common)
    return WebhookEvent(data=dict(data), **common)


def parse_webhook_event(payload: bytes | str | Mapping[str, Any]) -> AnyWebhookEvent:
    """Parse a webhook body into a typed event. It does not check the signature: see
    :func:`construct_webhook_event` for a delivery that came over the network.

    Args:
        payload: the raw body (bytes or str, decoded as JSON) or an already decoded mapping.

    Returns:
        A :class:`TicketCreatedEvent` (``ticket.created``), :class:`TicketUpdatedEvent`
        (``ticket.updated``), :class:`CommentCreatedEvent` (``ticket.comment.created``), or a generic
        :class:`WebhookEvent` for the other documented events. Narrow it with
        :func:`is_ticket_created_event` and friends, or ``isinstance``.

    Raises:
        WebhookPayloadError: and nothing else, with a message naming the problem, when the body is not
            JSON, not an object, lacks a non-empty string ``id`` or ``event`` or an object ``data``,
            names an event that is not a documented :data:`WebhookEventName`, or when a typed event's
            ``data`` lacks a documented field or has one of the wrong type.

    Example:
        >>> event = parse_webhook_event(b'{"id": "evt_1", "event": "ticket.created", "brand_id": "br_1",'
        ...     b' "timestamp": "2025-01-15T10:30:00Z", "data": {"id": "tkt_1", "ticketNumber": 7,'
        ...     b' "title": "Login broken", "status": "open", "priority": "high", "source": "email",'
        ...     b' "createdAt": "2025-01-15T10:30:00Z", "customerId": null, "customerEmail": null,'
        ...     b' "customerName": null}}')
        >>> is_ticket_created_event(event) and event.data.ticket_number
        7
    """
    try:
        return _parse(payload)
    except WebhookPayloadError:
        raise
    except (LookupError, TypeError, ValueError, AttributeError, RecursionError, OverflowError) as exc:
        # A safety net (e.g. a caller's Mapping that misbehaves): the contract is one exception type.
        raise WebhookPayloadError(f"Invalid webhook payload: {type(exc).__name__}") from exc


def construct_webhook_event(
    raw_body: bytes | str,
    signature: str | None,
    secret: str | bytes | Sequence[str | bytes],
    tolerance: float | None = WEBHOOK_TOLERANCE,
    *,
    now: Callable[[], float] = time.time,
) -> AnyWebhookEvent:
    """Verify a delivery's signature, parse it, and reject stale (replayed) deliveries.

    Args:
        raw_body: the request body exactly as received (bytes, or str encoded as UTF-8).
        signature: the ``X-Dispatch-Signature`` header's value, None when missing.
        secret: the webhook's secret, or a sequence of secrets while rotating.
        tolerance: the most seconds the envelope's signed ``timestamp`` may differ from now, either way
            (default 300). A body without a readable timestamp is rejected while a tolerance is set;
            ``None`` turns the check off.
        now: the clock, epoch seconds (inject one in tests).

    Returns:
        The parsed event, as :func:`parse_webhook_event` returns it.

    Raises:
        WebhookSignatureError: the header is missing, malformed or does not match, or the timestamp is
            missing, unreadable or outside the tolerance. The message never contains the secret.
        WebhookPayloadError: the signature is good but the body is not a valid event.
        ValueError: ``tolerance`` is negative or NaN.

    Example:
        >>> event = construct_webhook_event(raw_body, headers.get(SIGNATURE_HEADER), secret)  # doctest: +SKIP
    """
    if tolerance is not None and not tolerance >= 0:
        raise ValueError("tolerance must be a number of seconds >= 0, or None")
    if not verify_signature(raw_body, signature, secret):
        if signature is None or (isinstance(signature, str) and not signature.strip()):
            problem = f"the {SIGNATURE_HEADER} header is missing"
        elif _signature_digest(signature) is None:
            problem = f"the {SIGNATURE_HEADER} header is malformed (expected 'sha256=' and 64 hex digits)"
        elif not _secret_keys(secret):
            problem = "no usable secret was given (empty secret)"
        else:
            problem = "it does not match the body; check the secret and pass the raw body, unchanged"
        raise WebhookSignatureError(f"Webhook signature verification failed: {problem}")
    event = parse_webhook_event(raw_body)
    if tolerance is None:
        return event
    if event.timestamp is None:
        reason = "has no timestamp" if event.raw.get("timestamp") is None else "has an unreadable timestamp"
        raise WebhookSignatureError(
            f"Webhook rejected: the payload {reason}, so a replay cannot be ruled out "
            "(pass tolerance=None to skip the timestamp check)"
        )
    age = now() - event.timestamp.timestamp()
    if not abs(age) <= tolerance:
        when = f"{age:.0f} s old" if age > 0 else f"{-age:.0f} s in the future"
        raise WebhookSignatureError(
            f"Webhook rejected: its signed timestamp is {when}, outside the tolerance of {tolerance:g} s "
            "(a replayed delivery, or a clock out of sync)"
        )
    return event


class Webhooks:
    """The webhook helpers as one namespace: ``DispatchTickets.webhooks.verify_signature(...)``.

    Example:
        >>> Webhooks.verify_signature(b"{}", Webhooks.generate_signature(b"{}", "whsec_x"), "whsec_x")
        True
    """

    __slots__ = ()

    SIGNATURE_HEADER: ClassVar[str] = SIGNATURE_HEADER
    """The request header carrying the signature: ``"X-Dispatch-Signature"``."""
    DEFAULT_TOLERANCE: ClassVar[float] = WEBHOOK_TOLERANCE
    """The default ``tolerance`` of :meth:`construct_event`, in seconds (300)."""

    # `Final` (not a wrapper `def`) keeps each the very same function object, fully typed.
    verify_signature: Final = staticmethod(verify_signature)
    """The same function as :func:`~dispatch.verify_signature`."""
    generate_signature: Final = staticmethod(generate_signature)
    """The same function as :func:`~dispatch.generate_signature`."""
    parse_event: Final = staticmethod(parse_webhook_event)
    """The same function as :func:`~dispatch.parse_webhook_event`."""
    construct_event: Final = staticmethod(construct_webhook_event)
    """The same function as :func:`~dispatch.construct_webhook_event`."""
    is_ticket_created_event: Final = staticmethod(is_ticket_created_event)
    """The same function as :func:`~dispatch.is_ticket_created_event`."""
    is_ticket_updated_event: Final = staticmethod(is_ticket_updated_event)
    """The same function as :func:`~dispatch.is_ticket_updated_event`."""
    is_comment_created_event: Final = staticmethod(is_comment_created_event)
    """The same function as :func:`~dispatch.is_comment_created_event`."""
