"""No cassette holds a credential: no Authorization header, API key, portal token, magic-link token or
webhook secret, in headers, URLs or bodies; and none depends on the port it was recorded from.

This file sorts after ``test_scenarios.py``, and reads the files when it runs (not at collection), so
in a recording run (``nox -s record``) it checks the cassettes just written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from tests.cassettes.conftest import REPLAY_ROOT, SECRET_PATTERNS

CASSETTES = Path(__file__).parent / "cassettes"
FORBIDDEN = {
    "an Authorization header": re.compile(r"authorization", re.IGNORECASE),
    "a bearer credential": re.compile(r"bearer\s", re.IGNORECASE),
    "an API key": re.compile(r"sk_(?:test|live)_"),
    "a portal token": SECRET_PATTERNS["<portal-token>"],
    "a magic-link token": SECRET_PATTERNS["<magic-link-token>"],
    "a webhook secret": re.compile(r"whsec_"),
    "a local port": re.compile(r"(?:127\.0\.0\.1|localhost):\d+"),
}


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.rglob("*.yaml"))


def test_the_scenarios_are_recorded() -> None:
    names = {path.stem for path in cassette_files()}
    assert len(names) >= 5, names
    scenarios = (Path(__file__).parent / "test_scenarios.py").read_text(encoding="utf-8")
    assert names == set(re.findall(r"^(?:async )?def (test_\w+)", scenarios, re.MULTILINE))


def test_no_cassette_holds_a_credential() -> None:
    problems = []
    for path in cassette_files():
        text = path.read_text(encoding="utf-8")
        for what, pattern in FORBIDDEN.items():
            for found in pattern.finditer(text):
                problems.append(
                    f"{path.name} holds {what}: {text[max(0, found.start() - 60) : found.end() + 20]!r}"
                )
        interactions = yaml.safe_load(text)["interactions"]
        if not interactions:
            problems.append(f"{path.name} is empty")
        for interaction in interactions:
            request = interaction["request"]
            if not request["uri"].startswith(REPLAY_ROOT + "/"):
                problems.append(f"{path.name}: {request['uri']} is not on {REPLAY_ROOT}")
            if "authorization" in {name.lower() for name in request["headers"]}:
                problems.append(f"{path.name}: a request has an Authorization header")
    assert not problems, "\n".join(problems)


def test_the_scrubbing_covers_every_credential_format() -> None:
    from tests.cassettes.conftest import scrub_text

    raw = (
        '{"key":"sk_test_0123abcd","live":"sk_live_XYZ","token":"pt_0123456789abcdef",'
        '"magic":"ml_0123456789abcdef","secret":"whsec_abc_123","url":"http://127.0.0.1:8787/_storage/up_1"}'
    )
    scrubbed = scrub_text(raw)
    for pattern in FORBIDDEN.values():
        assert pattern.search(scrubbed) is None, scrubbed
    assert "http://emulator.test/_storage/up_1" in scrubbed


def test_secrets_are_scrubbed_by_value_in_every_header_query_and_body() -> None:
    """Fails before the fix: only the Authorization header was filtered, and only values of a known
    shape were scrubbed, so a webhook secret of the caller's choosing, echoed in a response header or
    sent again in a query string, reached the cassette."""
    from vcr.request import Request

    from tests.cassettes.conftest import before_record_request, before_record_response, register_secret

    chosen_secret = "my-own-webhook-signing-value"  # no known shape: only its value can find it
    odd_key = "emu-key-7f3a9c2e"
    register_secret(odd_key)
    create = Request(
        "POST",
        "http://127.0.0.1:8787/v1/brands/br_1/webhooks",
        json.dumps({"url": "https://hooks.test", "secret": chosen_secret}).encode(),
        {"X-Api-Key": odd_key, "Content-Type": "application/json"},
    )
    recorded = before_record_request(create)
    assert chosen_secret not in recorded.body.decode()
    later = before_record_request(
        Request(
            "GET",
            f"http://127.0.0.1:8787/v1/hooks/check?secret={chosen_secret}&key={odd_key}",
            b"",
            {"X-Webhook-Secret": chosen_secret, "X-Portal-Token": "pt_0123456789abcdef"},
        )
    )
    response = before_record_response(
        {
            "status": {"code": 201, "message": "Created"},
            "headers": {"X-Echo-Secret": [chosen_secret], "Content-Length": ["999"]},
            "body": {"string": json.dumps({"secret": chosen_secret, "token": "tok-new-value-1"}).encode()},
        }
    )
    shown = " ".join(
        [
            recorded.uri,
            recorded.body.decode(),
            json.dumps(dict(recorded.headers)),
            later.uri,
            json.dumps(dict(later.headers)),
            json.dumps(response["headers"]),
            response["body"]["string"].decode(),
        ]
    )
    for value in (chosen_secret, odd_key, "pt_0123456789abcdef", "tok-new-value-1"):
        assert value not in shown, value
    assert response["headers"]["Content-Length"] == [str(len(response["body"]["string"]))]
