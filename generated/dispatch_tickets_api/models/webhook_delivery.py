# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_delivery_status import WebhookDeliveryStatus
from ..models.webhook_event_name import WebhookEventName
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="WebhookDelivery")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class WebhookDelivery(LazyModel):
    """One delivery of an event to a webhook.

    Attributes:
        id (str): Delivery id.
        webhook_id (str): Webhook id.
        event (WebhookEventName): Name of a webhook event.
        payload (JsonObject): A free-form JSON object (metadata, custom fields, source data, settings).
        status (WebhookDeliveryStatus): State of a webhook delivery.
        attempts (int): Attempts so far.
        created_at (datetime.datetime):
        last_attempt (datetime.datetime | None): Time of the last attempt.
        response_code (int | None): HTTP status of the last attempt.
        response_body (None | str): Response body of the last attempt.
        error (None | str): Error of the last attempt.
    """

    id: str
    webhook_id: str
    event: WebhookEventName
    payload: JsonObject
    status: WebhookDeliveryStatus
    attempts: int
    created_at: datetime.datetime
    last_attempt: datetime.datetime | None = None
    response_code: int | None = None
    response_body: None | str = None
    error: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        webhook_id = self.webhook_id

        event = self.event.value

        payload = self.payload.to_dict()

        status = self.status.value

        attempts = self.attempts

        created_at = self.created_at.isoformat()

        _last_attempt_value = (
            UNSET if self.last_attempt is None and not self._read_null("lastAttempt") else self.last_attempt
        )
        last_attempt: None | str | Unset
        if isinstance(_last_attempt_value, Unset):
            last_attempt = UNSET
        elif isinstance(_last_attempt_value, datetime.datetime):
            last_attempt = _last_attempt_value.isoformat()
        else:
            last_attempt = _last_attempt_value

        _response_code_value = (
            UNSET if self.response_code is None and not self._read_null("responseCode") else self.response_code
        )
        response_code: int | None | Unset
        if isinstance(_response_code_value, Unset):
            response_code = UNSET
        else:
            response_code = _response_code_value

        _response_body_value = (
            UNSET if self.response_body is None and not self._read_null("responseBody") else self.response_body
        )
        response_body: None | str | Unset
        if isinstance(_response_body_value, Unset):
            response_body = UNSET
        else:
            response_body = _response_body_value

        _error_value = UNSET if self.error is None and not self._read_null("error") else self.error
        error: None | str | Unset
        if isinstance(_error_value, Unset):
            error = UNSET
        else:
            error = _error_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "webhookId": webhook_id,
                "event": event,
                "payload": payload,
                "status": status,
                "attempts": attempts,
                "createdAt": created_at,
            }
        )
        if last_attempt is not UNSET:
            field_dict["lastAttempt"] = last_attempt
        if response_code is not UNSET:
            field_dict["responseCode"] = response_code
        if response_body is not UNSET:
            field_dict["responseBody"] = response_body
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not WebhookDelivery:  # a subclass of yours: built through its __init__
            return cls._built_from(WebhookDelivery.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        webhook_delivery = cls.__new__(cls)
        webhook_delivery._source = d
        webhook_delivery.id = d["id"]
        webhook_delivery.webhook_id = d["webhookId"]
        webhook_delivery.attempts = d["attempts"]
        webhook_delivery.response_code = d.get("responseCode")
        webhook_delivery.response_body = d.get("responseBody")
        webhook_delivery.error = d.get("error")
        return webhook_delivery

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_event(d: Mapping[str, Any]) -> WebhookEventName:
    event = WebhookEventName(d["event"])
    return event


def _read_payload(d: Mapping[str, Any]) -> JsonObject:
    payload = JsonObject.from_dict(d["payload"])
    return payload


def _read_status(d: Mapping[str, Any]) -> WebhookDeliveryStatus:
    status = WebhookDeliveryStatus(d["status"])
    return status


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["createdAt"])
    return created_at


def _read_last_attempt(d: Mapping[str, Any]) -> datetime.datetime | None:
    def _parse_last_attempt(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            last_attempt_type_0 = datetime.datetime.fromisoformat(data)

            return last_attempt_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    last_attempt = _parse_last_attempt(d.get("lastAttempt", UNSET))
    return None if isinstance(last_attempt, Unset) else last_attempt


_KNOWN_KEYS = frozenset(
    {
        "id",
        "webhookId",
        "event",
        "payload",
        "status",
        "attempts",
        "createdAt",
        "lastAttempt",
        "responseCode",
        "responseBody",
        "error",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "event",
        "payload",
        "status",
        "createdAt",
    }
)
WebhookDelivery._readers = {
    "event": _read_event,
    "payload": _read_payload,
    "status": _read_status,
    "created_at": _read_created_at,
    "last_attempt": _read_last_attempt,
    "additional_properties": _read_additional_properties,
}


from ..models.json_object import JsonObject  # noqa: E402
