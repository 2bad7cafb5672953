"""Property-based requests from the OpenAPI document (schemathesis) against the emulator: the document is the
whole truth, both ways.

Schemathesis' default checks run on every response: no server error, a status, content type, headers and
body the document lists for the operation, schema-valid requests accepted (positive data acceptance) and
schema-invalid ones rejected with a 4xx (negative data rejection), undeclared methods answered 405 with
``Allow``. Data is generated in both modes, positive and negative.

Every operation of the document is exercised; none is excluded. Requests carry the credential their
operation's security asks for: the API key of a fresh account (for ``ApiKeyAuth``), a real portal token of
a customer of that account (for ``PortalTokenAuth``), nothing for ``POST /portal/verify``. In the
per-operation test, path ids are replaced, most of the time, by ids of real objects of that account
(seeded below), so the handlers run past the 404 of an unknown id; the rest keep schemathesis' random ids.
The stateful test follows the document's OpenAPI ``links`` (create, then get, update, delete and the
operations on what was created), so ids come from the emulator's own answers.

Bounded for CI (15 minutes on 2 cores for the whole suite): a few examples per operation, a few short
sequences, no shrinking, derandomized (the same run every time); each test has its own timeout.
"""

from __future__ import annotations

import os
import random
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings

from dispatch.testing import Emulator
from dispatch.testing.pytest_plugin import EmulatorSession

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

DOCUMENT = "openapi/dispatch-tickets.yaml"
# Modest by default so the suite fits CI; raise locally (e.g. DISPATCH_SCHEMATHESIS_EXAMPLES=100) to dig.
MAX_EXAMPLES = int(os.environ.get("DISPATCH_SCHEMATHESIS_EXAMPLES", "10"))
STATEFUL_SEQUENCES = int(os.environ.get("DISPATCH_SCHEMATHESIS_SEQUENCES", "15"))


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


def _credentials(case: Any, account: Account) -> dict[str, str]:
    """The Authorization header the operation's security asks for (none for ``POST /portal/verify``, nor
    when schemathesis removed or broke the credential on purpose: a negative case expecting a 401)."""
    if case.operation.schema.is_security_param_negated(case):
        return {}
    security = {
        name for requirement in case.operation.definition.raw.get("security", []) for name in requirement
    }
    if "ApiKeyAuth" in security:
        return {"Authorization": f"Bearer {account.api_key}"}
    if "PortalTokenAuth" in security:
        return {"Authorization": f"Bearer {account.portal_token}"}
    return {}


@pytest.mark.timeout(240)
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
    if case.path_parameters:
        for name in case.path_parameters:
            if name in account.ids and _choices.random() < 0.75:
                case.path_parameters[name] = account.ids[name]
    # no `checks=`: schemathesis' default checks, negative data rejection among them
    case.call_and_validate(base_url=dispatch_emulator.base_url, headers=_credentials(case, account))


@pytest.mark.timeout(300)
def test_sequences_through_the_documents_links(
    dispatch_emulator_server: Emulator, dispatch_emulator: EmulatorSession
) -> None:
    """Create, then get, update and delete what was created (and the operations below it), following the
    ``links`` of the document; every response of every step passes the default checks. Each sequence
    runs in a fresh account (so a replayed sequence meets the same state: hypothesis requires it)."""
    emulator = dispatch_emulator_server

    class Links(schema.as_state_machine()):  # type: ignore[misc]
        account: Account

        def setup(self) -> None:
            self.account = Account(emulator)

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"base_url": emulator.base_url, "headers": _credentials(case, self.account)}

    Links.run(
        settings=settings(
            max_examples=STATEFUL_SEQUENCES,
            stateful_step_count=6,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.explicit, Phase.generate],  # no shrinking: bounded time
        )
    )
