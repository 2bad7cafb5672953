# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.
# Do not edit by hand: change the document or a template, then run scripts/generate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_name import WebhookEventName
from ..types import LazyModel

T = TypeVar("T", bound="CreateWebhookInput")


@_attrs_define(repr=False)  # LazyModel.__repr__: attrs' format, and it never raises
class CreateWebhookInput(LazyModel):
    """Fields for a new webhook.

    Attributes:
        url (str): Endpoint that receives the POSTs.
        secret (str): Secret for the X-Dispatch-Signature HMAC-SHA256.
        events (list[WebhookEventName]): Events to subscribe to.
    """

    url: str
    secret: str = _attrs_field(repr=False)
    events: list[WebhookEventName]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        secret = self.secret

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "secret": secret,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read from the JSON form: plain fields now, the others each on its first read (`LazyModel`)

        Raises:
            KeyError: a required key is missing.
        """
        if cls is not CreateWebhookInput:  # a subclass of yours: built through its __init__
            return cls._built_from(CreateWebhookInput.from_dict(src_dict))
        d = dict(src_dict)
        if not _REQUIRED_PARSED_KEYS.issubset(d):
            raise KeyError(min(_REQUIRED_PARSED_KEYS.difference(d)))
        create_webhook_input = cls.__new__(cls)
        create_webhook_input._source = d
        create_webhook_input.url = d["url"]
        create_webhook_input.secret = d["secret"]
        return create_webhook_input

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


_KNOWN_KEYS = frozenset(
    {
        "url",
        "secret",
        "events",
    }
)


def _read_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    if d.keys() <= _KNOWN_KEYS:  # the usual case, checked in C
        return {}
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_REQUIRED_PARSED_KEYS = frozenset(
    {
        "events",
    }
)
CreateWebhookInput._readers = {
    "events": _read_events,
    "additional_properties": _read_additional_properties,
}
