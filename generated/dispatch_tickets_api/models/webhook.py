# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_name import WebhookEventName
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class Webhook(LazyModel):
    """A webhook subscription.

    Attributes:
        id (str): Webhook id (whk_…).
        brand_id (str): Brand id.
        url (str): Endpoint that receives the POSTs.
        events (list[WebhookEventName]): Subscribed events.
        enabled (bool): Whether deliveries are sent.
        failure_count (int): Consecutive failed deliveries.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        last_triggered (datetime.datetime | None): Last delivery attempt.
        last_failure (datetime.datetime | None): Last failed delivery.
    """

    id: str
    brand_id: str
    url: str
    events: list[WebhookEventName]
    enabled: bool
    failure_count: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    last_triggered: datetime.datetime | None = None
    last_failure: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        brand_id = self.brand_id

        url = self.url

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        enabled = self.enabled

        failure_count = self.failure_count

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        _last_triggered_value = (
            UNSET if self.last_triggered is None and not self._read_null("lastTriggered") else self.last_triggered
        )
        last_triggered: None | str | Unset
        if isinstance(_last_triggered_value, Unset):
            last_triggered = UNSET
        elif isinstance(_last_triggered_value, datetime.datetime):
            last_triggered = _last_triggered_value.isoformat()
        else:
            last_triggered = _last_triggered_value

        _last_failure_value = (
            UNSET if self.last_failure is None and not self._read_null("lastFailure") else self.last_failure
        )
        last_failure: None | str | Unset
        if isinstance(_last_failure_value, Unset):
            last_failure = UNSET
        elif isinstance(_last_failure_value, datetime.datetime):
            last_failure = _last_failure_value.isoformat()
        else:
            last_failure = _last_failure_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "brandId": brand_id,
                "url": url,
                "events": events,
                "enabled": enabled,
                "failureCount": failure_count,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if last_triggered is not UNSET:
            field_dict["lastTriggered"] = last_triggered
        if last_failure is not UNSET:
            field_dict["lastFailure"] = last_failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not Webhook:  # a subclass of yours: built through its __init__
            return cls._built_from(Webhook.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        webhook = cls.__new__(cls)
        webhook._source = d
        webhook.id = d["id"]
        webhook.brand_id = d["brandId"]
        webhook.url = d["url"]
        webhook.enabled = d["enabled"]
        webhook.failure_count = d["failureCount"]
        return webhook

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


def _read_events(d: Mapping[str, Any]) -> list[WebhookEventName]:
    events = []
    _events = d["events"]
    for events_item_data in _events:
        events_item = WebhookEventName(events_item_data)

        events.append(events_item)
    return events


def _read_created_at(d: Mapping[str, Any]) -> datetime.datetime:
    created_at = datetime.datetime.fromisoformat(d["createdAt"])
    return created_at


def _read_updated_at(d: Mapping[str, Any]) -> datetime.datetime:
    updated_at = datetime.datetime.fromisoformat(d["updatedAt"])
    return updated_at


def _read_last_triggered(d: Mapping[str, Any]) -> datetime.datetime | None:
    def _parse_last_triggered(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            last_triggered_type_0 = datetime.datetime.fromisoformat(data)

            return last_triggered_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    last_triggered = _parse_last_triggered(d.get("lastTriggered", UNSET))
    return None if isinstance(last_triggered, Unset) else last_triggered


def _read_last_failure(d: Mapping[str, Any]) -> datetime.datetime | None:
    def _parse_last_failure(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            last_failure_type_0 = datetime.datetime.fromisoformat(data)

            return last_failure_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    last_failure = _parse_last_failure(d.get("lastFailure", UNSET))
    return None if isinstance(last_failure, Unset) else last_failure


_KNOWN_KEYS = frozenset(
    {
        "id",
        "brandId",
        "url",
        "events",
        "enabled",
        "failureCount",
        "createdAt",
        "updatedAt",
        "lastTriggered",
        "lastFailure",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "events",
        "createdAt",
        "updatedAt",
    }
)
Webhook._readers = {
    "events": _read_events,
    "created_at": _read_created_at,
    "updated_at": _read_updated_at,
    "last_triggered": _read_last_triggered,
    "last_failure": _read_last_failure,
    "additional_properties": _read_additional_properties,
}
