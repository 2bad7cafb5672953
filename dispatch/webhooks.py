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

A correctly signed delivery is never refused for its content: parsing refuses only a malformed envelope
(not a JSON object; ``id``, ``event`` or ``data`` missing or of the wrong JSON type), with
:class:`~dispatch._errors.WebhookPayloadError` and nothing else. An event name this SDK version does not
know parses into a generic :class:`WebhookEvent`; a known event whose ``data`` changed shape parses into its
typed event with what could be read (see ``event.unreadable``), and the whole decoded body is kept in
``raw``. Event names and payload models come from the OpenAPI document's ``webhooks`` section, through the
generated ``dispatch_tickets_api.webhook_events`` and models.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import math
import re
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from types import UnionType
from typing import (
    Any,
    ClassVar,
    Final,
    Generic,
    NoReturn,
    TypeAlias,
    TypeGuard,
    TypeVar,
    Union,
    cast,
    get_args,
    get_origin,
    get_type_hints,
)

import attrs

import dispatch_tickets_api.models as _generated_models
from dispatch._constants import SIGNATURE_HEADER, WEBHOOK_TOLERANCE
from dispatch._errors import WebhookPayloadError, WebhookSignatureError
from dispatch_tickets_api.models import (
    CommentCreatedPayload,
    CommentCreatedPayloadComment,
    TicketCreatedPayload,
    TicketUpdatedPayload,
)
from dispatch_tickets_api.types import LazyModel, Unset
from dispatch_tickets_api.webhook_events import EVENT_NAMES, EXAMPLES, PAYLOAD_MODELS, WebhookEventNameLiteral

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
    "sample_delivery",
    "sample_event",
    "verify_signature",
]

WEBHOOK_SIGNATURE_HEADER: Final = SIGNATURE_HEADER
"""The request header carrying the signature: ``"X-Dispatch-Signature"``."""

WebhookEventName: TypeAlias = WebhookEventNameLiteral
"""The event names the document lists, as a ``Literal`` (``client.webhooks.create(..., events=[...])``).

Generated from the document (``dispatch_tickets_api.webhook_events``), like :data:`WEBHOOK_EVENT_NAMES`."""

WEBHOOK_EVENT_NAMES: Final[frozenset[str]] = frozenset(EVENT_NAMES)
"""Every documented event name. :func:`parse_webhook_event` accepts any other name too (a
:class:`WebhookEvent`): the service may add events before this SDK version knows them."""

TicketCreatedData: TypeAlias = TicketCreatedPayload
"""The ``data`` of a ``ticket.created`` event: the generated ``TicketCreatedPayload``."""
TicketUpdatedData: TypeAlias = TicketUpdatedPayload
"""The ``data`` of a ``ticket.updated`` event: the generated ``TicketUpdatedPayload``."""
CommentCreatedData: TypeAlias = CommentCreatedPayload
"""The ``data`` of a ``ticket.comment.created`` event: the generated ``CommentCreatedPayload``."""
WebhookComment: TypeAlias = CommentCreatedPayloadComment
"""The comment inside a ``ticket.comment.created`` event: the generated ``CommentCreatedPayloadComment``."""

_ModelT = TypeVar("_ModelT", bound=LazyModel)

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
# Reading `data` into the generated payload models, tolerantly
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


def _wire_key(field_name: str) -> str:
    """The JSON key of a generated model's field: the document's keys are camelCase (``ticketNumber``)."""
    head, *rest = field_name.split("_")
    return head + "".join(part.title() for part in rest)


def _conforms(value: object, hint: Any) -> bool:
    """Whether ``value`` is of the type a generated model declares (``hint``, from its annotations).

    The generated models store the plain fields as sent (a ``ticketNumber`` of ``"ACME-1"`` would sit in
    an ``int`` field) and cast lists without looking inside; a delivery is checked here instead, so that
    what a typed event holds is what its type says, or None.
    """
    origin = get_origin(hint)
    if origin is Union or origin is UnionType:
        return any(_conforms(value, option) for option in get_args(hint))
    if origin is list:
        (item,) = get_args(hint) or (Any,)
        return isinstance(value, list) and all(_conforms(element, item) for element in value)
    if origin is dict:
        return isinstance(value, dict)
    if hint is Any:
        return True
    if hint is type(None):
        return value is None
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True  # a form the generator does not emit today: trust the model's own reader


def _nested_model(hint: Any) -> type[LazyModel] | None:
    """The generated model class in ``hint`` (``Comment`` or ``Comment | None``), if there is one."""
    options = get_args(hint) if get_origin(hint) in (Union, UnionType) else (hint,)
    for option in options:
        if isinstance(option, type) and issubclass(option, LazyModel):
            return option
    return None


def _model_fields(model: type[LazyModel]) -> tuple[attrs.Attribute[Any], ...]:
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cast(Any, model))
    return fields


_FIELD_HINTS: dict[type[LazyModel], tuple[tuple[str, Any], ...]] = {}


def _field_hints(model: type[LazyModel]) -> tuple[tuple[str, Any], ...]:
    """(field name, resolved type) of every attrs field of a generated model but the unknown-keys bag."""
    cached = _FIELD_HINTS.get(model)
    if cached is None:
        hints = get_type_hints(model)
        cached = tuple(
            (field.name, hints.get(field.name, Any))
            for field in _model_fields(model)
            if field.name != "additional_properties"
        )
        _FIELD_HINTS[model] = cached  # a race computes it twice, equal: no lock needed
    return cached


def _from_dict_filling_gaps(model: type[_ModelT], data: Mapping[str, Any]) -> _ModelT | None:
    """``model.from_dict(data)``, with each required key the delivery lacks set to null for the call
    (the field then reads as None below); None if the model cannot be built even so."""
    source: dict[str, Any] = dict(data)
    from_dict: Callable[[Mapping[str, Any]], _ModelT] = getattr(model, "from_dict")  # noqa: B009
    for _ in range(len(_model_fields(model)) + 1):
        try:
            return from_dict(source)
        except KeyError as exc:  # from_dict names one missing required key at a time
            key = exc.args[0] if exc.args else None
            if not isinstance(key, str) or key in source:
                return None
            source[key] = None
        except Exception:  # a model that cannot read this object: the caller falls back
            return None
    return None


def _read_field(instance: LazyModel, name: str) -> tuple[Any, bool]:
    """The field's value and True, or None and False when its reader fails (``ResponseFieldError``)."""
    try:
        return getattr(instance, name), True
    except Exception:  # ResponseFieldError, or anything a reader raised
        return None, False


def _read_payload(model: type[_ModelT], data: Mapping[str, Any]) -> tuple[_ModelT | None, tuple[str, ...]]:
    """Read a delivery's ``data`` into a generated payload model without ever raising.

    Every field is read now (a webhook's data is small), so that reading one later cannot raise: a field
    the delivery lacks or whose value is not of the documented type is set to None and its JSON key is
    listed in the second result (``"comment.authorType"`` inside a nested object); an optional field it
    leaves out reads as None too (not ``UNSET``), without being listed. Keys the document does
    not name stay in the model's ``additional_properties``; enum values it does not list parse as the
    tolerant enum's pseudo-members (``status.is_known`` is False).

    Returns:
        The model (None only if it could not be built at all) and the keys that were not readable.
    """
    instance = _from_dict_filling_gaps(model, data)
    if instance is None:
        return None, ()
    unreadable: list[str] = []
    for name, hint in _field_hints(cast(type[LazyModel], model)):
        key = _wire_key(name)
        nested = _nested_model(hint)
        raw = data.get(key, data.get(name)) if nested is not None else None
        if nested is not None and isinstance(raw, Mapping):
            value, inner = _read_payload(nested, raw)
            unreadable.extend(f"{key}.{item}" for item in inner)
            readable = True
        else:
            value, readable = _read_field(instance, name)
        if not readable or not _conforms(value, hint):
            value = None
            unreadable.append(key)
        elif isinstance(value, Unset) and _conforms(None, hint):
            value = None  # an optional field the delivery left out reads as None, as a null one does
        setattr(instance, name, value)
    return instance, tuple(unreadable)


def _payload_model(event_name: str) -> type[LazyModel] | None:
    """The generated model typing ``data`` of ``event_name``, per the document; None for the others.

    Not cached per name: a name comes from the request, and a cache of every name seen would grow."""
    model_name = PAYLOAD_MODELS.get(event_name)
    if model_name is None:
        return None
    model: type[LazyModel] = getattr(_generated_models, model_name)
    return model


# ---------------------------------------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------------------------------------

_DataT_co = TypeVar("_DataT_co", covariant=True)


@attrs.frozen(kw_only=True)
class BaseWebhookEvent(Generic[_DataT_co]):
    """The envelope every event shares; ``data`` is typed by the subclass.

    The typed events do not subclass :class:`WebhookEvent` because their ``data`` is a model, not the
    dict :class:`WebhookEvent` promises; use ``isinstance(event, BaseWebhookEvent)`` to match any event.

    Attributes:
        id: the event id (``evt_...``); deliveries can be retried, so de-duplicate on it.
        event: the event name, e.g. ``"ticket.created"``; possibly one this SDK version does not know.
        brand_id: the brand the event belongs to (None when the envelope has none).
        data: the event's payload.
        timestamp: when the event was created (timezone-aware), None when missing or unreadable.
        raw: the whole decoded body, as sent (``raw["data"]`` is the payload exactly as received).
        unreadable: the JSON keys of ``data`` (``"ticketNumber"``, ``"comment.authorType"``) that a typed
            event could not read: missing, or not of the documented type. They read as None; the values
            sent are in ``raw["data"]``. Empty for a delivery that matches the document.

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
    unreadable: tuple[str, ...] = ()

    @property
    def is_known_event(self) -> bool:
        """Whether the document this SDK version was built from names ``event`` (``ticket.archived``,
        added by the service later, is not: it arrives as a :class:`WebhookEvent` all the same)."""
        return self.event in WEBHOOK_EVENT_NAMES


@attrs.frozen(kw_only=True)
class WebhookEvent(BaseWebhookEvent[dict[str, Any]]):
    """An event without a typed model: a documented one whose ``data`` the document does not describe
    (``ticket.deleted``, ``comment.updated``, ``attachment.created``...) or one this SDK version does not
    know at all (``is_known_event`` is False).

    ``data`` is the decoded object as sent (camelCase keys).

    Example:
        >>> event = parse_webhook_event('{"id": "evt_1", "event": "ticket.archived", "brand_id": "br_1",'
        ...                             ' "data": {"id": "tkt_1"}, "timestamp": "2025-01-15T10:30:00Z"}')
        >>> type(event).__name__, event.is_known_event, event.data["id"]
        ('WebhookEvent', False, 'tkt_1')
    """


@attrs.frozen(kw_only=True)
class TicketCreatedEvent(BaseWebhookEvent[TicketCreatedData]):
    """A ``ticket.created`` event; ``data`` is a :class:`TicketCreatedData` (the generated
    ``TicketCreatedPayload``).

    Example:
        >>> event = construct_webhook_event(raw_body, signature, secret)  # doctest: +SKIP
        >>> if isinstance(event, TicketCreatedEvent):  # doctest: +SKIP
        ...     print(event.data.ticket_number, event.data.title)
    """


@attrs.frozen(kw_only=True)
class TicketUpdatedEvent(BaseWebhookEvent[TicketUpdatedData]):
    """A ``ticket.updated`` event; ``data`` is a :class:`TicketUpdatedData` (the generated
    ``TicketUpdatedPayload``).

    Example:
        >>> event = construct_webhook_event(raw_body, signature, secret)  # doctest: +SKIP
        >>> if isinstance(event, TicketUpdatedEvent) and "status" in (event.data.changes or []):  # doctest: +SKIP
        ...     print(event.data.id, "is now", event.data.status)
    """


@attrs.frozen(kw_only=True)
class CommentCreatedEvent(BaseWebhookEvent[CommentCreatedData]):
    """A ``ticket.comment.created`` event; ``data`` is a :class:`CommentCreatedData` (the generated
    ``CommentCreatedPayload``).

    Example:
        >>> event = construct_webhook_event(raw_body, signature, secret)  # doctest: +SKIP
        >>> if isinstance(event, CommentCreatedEvent):  # doctest: +SKIP
        ...     print(event.data.ticket_number, event.data.comment.body)
    """


AnyWebhookEvent: TypeAlias = TicketCreatedEvent | TicketUpdatedEvent | CommentCreatedEvent | WebhookEvent
"""What :func:`parse_webhook_event` returns."""

# The typed event class of each generated payload model. Which event carries which model is the
# document's (PAYLOAD_MODELS); a model the document adds before a class is written here arrives as a
# WebhookEvent with its data as a dict (tests/unit/test_webhooks.py flags the missing class).
_TYPED_EVENTS: Final[dict[type[LazyModel], type[BaseWebhookEvent[Any]]]] = {
    TicketCreatedData: TicketCreatedEvent,
    TicketUpdatedData: TicketUpdatedEvent,
    CommentCreatedData: CommentCreatedEvent,
}


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
    return value


def _typed_event(name: str, data: Mapping[str, Any], common: dict[str, Any]) -> AnyWebhookEvent | None:
    """The typed event of a documented event with a payload model, None for any other event."""
    model = _payload_model(name)
    event_class = _TYPED_EVENTS.get(model) if model is not None else None
    if model is None or event_class is None:
        return None
    payload, unreadable = _read_payload(model, data)
    if payload is None:
        return None
    return cast("AnyWebhookEvent", event_class(data=payload, unreadable=unreadable, **common))


def _parse(payload: object) -> AnyWebhookEvent:
    """Refuse a malformed envelope only; every other delivery parses (see :func:`parse_webhook_event`)."""
    body = _decode(payload)
    event_id = _envelope_str(body, "id")
    name = _envelope_str(body, "event")
    if "data" not in body:
        _fail("missing 'data'")
    data = body["data"]
    if not isinstance(data, Mapping):
        _fail(f"'data' must be an object, got {_json_type(data)}")
    brand_id = body.get("brand_id")
    common: dict[str, Any] = {
        "id": event_id,
        "event": name,
        "brand_id": brand_id if isinstance(brand_id, str) else None,
        "timestamp": _parse_timestamp(body.get("timestamp")),
        "raw": dict(body),
    }
    return _typed_event(name, data, common) or WebhookEvent(data=dict(data), **common)


def parse_webhook_event(payload: bytes | str | Mapping[str, Any]) -> AnyWebhookEvent:
    """Parse a webhook body into an event. It does not check the signature: see
    :func:`construct_webhook_event` for a delivery that came over the network.

    Only a malformed envelope is refused; a delivery the service sends after this SDK version was built
    (a new event name, a payload with a new, missing or retyped field, a new enum value) always parses.

    Args:
        payload: the raw body (bytes or str, decoded as JSON) or an already decoded mapping.

    Returns:
        A :class:`TicketCreatedEvent` (``ticket.created``), :class:`TicketUpdatedEvent`
        (``ticket.updated``), :class:`CommentCreatedEvent` (``ticket.comment.created``): the events the
        document types, with ``data`` the generated payload model. A field of it that the delivery lacks
        or sent with another type reads as None and is named in ``event.unreadable``; unknown keys are in
        ``data.additional_properties``, the payload as sent in ``event.raw["data"]``. Any other event
        name, documented or not, gives a generic :class:`WebhookEvent` whose ``data`` is the dict as
        sent. Narrow it with :func:`is_ticket_created_event` and friends, or ``isinstance``.

    Raises:
        WebhookPayloadError: and nothing else, naming the problem, when the body is not JSON, not an
            object, or lacks a string ``id``, a string ``event`` or an object ``data``.

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
        WebhookPayloadError: the signature is good but the envelope is malformed (not a JSON object, or
            ``id``, ``event`` or ``data`` missing or of the wrong JSON type). Nothing else in a correctly
            signed, fresh delivery raises: an unknown event or changed data parses (see
            :func:`parse_webhook_event`).
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


# The `data` of each event the document has no example of (it types only ticket.created, ticket.updated
# and ticket.comment.created): what the service sends, as the emulator does (dispatch/testing/_events.py),
# built from the document's own examples where the service sends the same data (comment.created is
# ticket.comment.created's; a deleted ticket is the created one, plus when). Attachments have no example to
# start from. tests/e2e/test_emulator_webhooks.py checks every shape against the emulator's deliveries.
_SAMPLE_BRAND_ID: Final = str(EXAMPLES["ticket.created"]["brand_id"])
_SAMPLE_COMMENT_DATA: Final[dict[str, Any]] = EXAMPLES["ticket.comment.created"]["data"]
_SAMPLE_ATTACHMENT_DATA: Final[dict[str, Any]] = {
    "id": "att_3v8k1",
    "ticketId": _SAMPLE_COMMENT_DATA["ticketId"],
    "ticketNumber": _SAMPLE_COMMENT_DATA["ticketNumber"],
    "filename": "invoice-march.pdf",
    "contentType": "application/pdf",
    "size": 48213,
    "status": "UPLOADED",
    "createdAt": "2024-03-14T16:05:12.000Z",
}


def _with_comment_stamp(field: str, stamp: str) -> dict[str, Any]:
    return {**_SAMPLE_COMMENT_DATA, "comment": {**_SAMPLE_COMMENT_DATA["comment"], field: stamp}}


_UNDOCUMENTED_SAMPLE_DATA: Final[dict[str, dict[str, Any]]] = {
    "ticket.deleted": {**EXAMPLES["ticket.created"]["data"], "deletedAt": "2024-03-20T11:40:05.000Z"},
    "comment.created": _SAMPLE_COMMENT_DATA,
    "comment.updated": _with_comment_stamp("updatedAt", "2024-03-14T16:10:03.000Z"),
    "comment.deleted": _with_comment_stamp("deletedAt", "2024-03-14T16:12:47.000Z"),
    "attachment.created": _SAMPLE_ATTACHMENT_DATA,
    "attachment.deleted": _SAMPLE_ATTACHMENT_DATA,
}


def sample_event(
    name: str, *, event_id: str | None = None, now: Callable[[], float] = time.time
) -> dict[str, Any]:
    """A delivery body of event ``name``, decoded: what ``dispatch webhooks trigger NAME`` sends.

    It is the document's example delivery of that event with the timestamp set to now (so it passes
    :func:`construct_webhook_event`'s replay check) and a fresh event id. The events the document gives
    no example of (``ticket.deleted``, ``comment.*``, ``attachment.*``) get the ``data`` the service sends
    for them, with the same ids as the document's examples; a name the document does not list (to try
    your endpoint with an unknown event) gets the same envelope with an empty ``data``.

    Args:
        name: the event name, e.g. ``"ticket.created"``.
        event_id: the event id to use (default: a new ``evt_...``).
        now: the clock, epoch seconds.

    Example:
        >>> sample_event("ticket.created")["data"]["ticketNumber"]
        1042
    """
    example = EXAMPLES.get(name)
    body: dict[str, Any] = (
        copy.deepcopy(example)
        if example is not None
        else {
            "id": "",
            "event": name,
            "brand_id": _SAMPLE_BRAND_ID,
            "data": copy.deepcopy(_UNDOCUMENTED_SAMPLE_DATA.get(name, {})),
        }
    )
    body["id"] = event_id if event_id is not None else f"evt_{uuid.uuid4().hex[:26]}"
    stamp = datetime.fromtimestamp(now(), tz=UTC)
    body["timestamp"] = stamp.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return body


def sample_delivery(
    name: str, secret: str | bytes, *, event_id: str | None = None, now: Callable[[], float] = time.time
) -> tuple[bytes, dict[str, str]]:
    """A correctly signed delivery of event ``name``: the body (:func:`sample_event`, as JSON) and the
    headers to post it with (``Content-Type`` and ``X-Dispatch-Signature``).

    Example:
        >>> body, headers = sample_delivery("ticket.created", "whsec_test")
        >>> construct_webhook_event(body, headers[SIGNATURE_HEADER], "whsec_test").event
        'ticket.created'
    """
    body = json.dumps(sample_event(name, event_id=event_id, now=now)).encode("utf-8")
    return body, {"Content-Type": "application/json", SIGNATURE_HEADER: generate_signature(body, secret)}


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
