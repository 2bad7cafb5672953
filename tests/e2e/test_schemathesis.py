"""Property-based requests from the OpenAPI document (schemathesis) against the emulator: whatever a client
sends, valid or not, the emulator answers without a server error, with a status the document lists for
the operation and a body that matches the documented schema of that status.

Every operation of the document is exercised; none is excluded. Requests carry the credential their
operation's security asks for: the API key of a fresh account (for ``ApiKeyAuth``), a portal token of a
customer of that account (for ``PortalTokenAuth``), nothing for ``POST /portal/verify``. Path ids are
replaced, most of the time, by ids of real objects of that account (seeded below), so the handlers run
past the 404 of an unknown id; the rest keep schemathesis' random ids. Bounded: a few examples per
operation, no shrinking, derandomized (the same run every time), well under a minute on 2 cores.
"""

from __future__ import annotations

import random
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

from dispatch.testing import Emulator
from dispatch.testing.pytest_plugin import EmulatorSession

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

DOCUMENT = "openapi/dispatch-tickets.yaml"
CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]
MAX_EXAMPLES = int(__import__("os").environ.get("ST_MAX", "10"))


class Account:
    """A fresh account with one object of each kind, and the credentials to reach it."""

    def __init__(self, emulator: Emulator) -> None:
        self.api_key = emulator.new_api_key()
        api = httpx.Client(
            base_url=emulator.base_url, headers={"Authorization": f"Bearer {self.api_key}"}, trust_env=False
        )
        with api:

            def post(path: str, body: dict[str, Any]) -> dict[str, Any]:
                response = api.post(path, json=body)
                assert response.status_code in (200, 201), response.text
                return dict(response.json())

            brand = post("/brands", {"name": "Fuzz", "slug": "fuzz", "ticketPrefix": "FZ"})
            b = f"/brands/{brand['id']}"
            ticket = post(f"{b}/tickets", {"title": "Fuzzed", "customerEmail": "fuzz@example.com"})
            comment = post(f"{b}/tickets/{ticket['id']}/comments", {"body": "hello"})
            upload = post(
                f"{b}/tickets/{ticket['id']}/attachments",
                {"filename": "a.txt", "contentType": "text/plain", "size": 1},
            )
            category = post(f"{b}/categories", {"name": "Billing"})
            tag = post(f"{b}/tags", {"name": "vip"})
            customer = post(f"{b}/customers", {"email": "other@example.com"})
            webhook = post(
                f"{b}/webhooks", {"url": "http://127.0.0.1:9/h", "secret": "s", "events": ["ticket.created"]}
            )
            post(f"{b}/fields/ticket", {"key": "order_id", "label": "Order", "type": "text"})
            token = post(f"{b}/portal/token", {"email": "fuzz@example.com"})
            self.portal_token = str(token["token"])
        self.ids: dict[str, str] = {
            "brandId": brand["id"],
            "ticketId": ticket["id"],
            "commentId": comment["id"],
            "attachmentId": upload["attachmentId"],
            "categoryId": category["id"],
            "tagId": tag["id"],
            "customerId": customer["id"],
            "webhookId": webhook["id"],
            "key": "order_id",
            # keyId stays random: revoking the account's own key would end the run with 401s only.
        }


@pytest.fixture(scope="module")
def account(dispatch_emulator_server: Emulator) -> Account:
    return Account(dispatch_emulator_server)


# Loaded at import (the emulator's port is not known yet): each call gets the base URL. (A lazy
# `schemathesis.pytest.from_fixture` schema fails on pytest 9 with "'Function' object has no attribute
# '_nodeid'", schemathesis 4.32.5.)
schema = schemathesis.openapi.from_path(DOCUMENT)
_choices = random.Random(20250101)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_emulator_answers_as_documented(
    case: Any, account: Account, dispatch_emulator: EmulatorSession
) -> None:
    security = {
        name for requirement in case.operation.definition.raw.get("security", []) for name in requirement
    }
    headers: dict[str, str] = {}
    if "ApiKeyAuth" in security:
        headers["Authorization"] = f"Bearer {account.api_key}"
    elif "PortalTokenAuth" in security:
        headers["Authorization"] = f"Bearer {account.portal_token}"
    if case.path_parameters:
        for name in case.path_parameters:
            if name in account.ids and _choices.random() < 0.75:
                case.path_parameters[name] = account.ids[name]
    case.call_and_validate(base_url=dispatch_emulator.base_url, headers=headers)
