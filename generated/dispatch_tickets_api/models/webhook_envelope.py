# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_name import WebhookEventName
from ..types import LazyModel

T = TypeVar("T", bound="WebhookEnvelope")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class WebhookEnvelope(LazyModel):
    """Body of every webhook delivery. Verify X-Dispatch-Signature over the raw bytes before parsing.

    Attributes:
        id (str): Event id (evt_…).
        event (WebhookEventName): Name of a webhook event.
        brand_id (str): Brand the event belongs to.
        data (JsonObject): A free-form JSON object (metadata, custom fields, source data, settings).
        timestamp (datetime.datetime): When the event happened.
    """

    id: str
    event: WebhookEventName
    brand_id: str
    data: JsonObject
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event = self.event.value

        brand_id = self.brand_id

        data = self.data.to_dict()

        timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "event": event,
                "brand_id": brand_id,
                "data": data,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not WebhookEnvelope:  # a subclass of yours: built through its __init__
            return cls._built_from(WebhookEnvelope.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        webhook_envelope = cls.__new__(cls)
        webhook_envelope._source = d
        webhook_envelope.id = d["id"]
        webhook_envelope.brand_id = d["brand_id"]
        return webhook_envelope

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


def _read_data(d: Mapping[str, Any]) -> JsonObject:
    data = JsonObject.from_dict(d["data"])
    return data


def _read_timestamp(d: Mapping[str, Any]) -> datetime.datetime:
    timestamp = datetime.datetime.fromisoformat(d["timestamp"])
    return timestamp


_KNOWN_KEYS = frozenset(
    {
        "id",
        "event",
        "brand_id",
        "data",
        "timestamp",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "event",
        "data",
        "timestamp",
    }
)
WebhookEnvelope._readers = {
    "event": _read_event,
    "data": _read_data,
    "timestamp": _read_timestamp,
    "additional_properties": _read_additional_properties,
}


from ..models.json_object import JsonObject  # noqa: E402
