"""vcrpy cassettes (pytest-recording) of multi-call scenarios of the facade, recorded from the emulator.

* Replay (the default, ``--record-mode=none``): no server, no network; every request must match a
  recorded one (method, scheme, host, port, path, query) or the test fails.
* Record (``nox -s record``, i.e. ``pytest tests/cassettes --record-mode=rewrite``): a private emulator
  is started and the scenarios run against it.

What makes a cassette independent of the recording run:

* hosts: the emulator listens on a random port; every ``http://127.0.0.1:<port>`` is rewritten to
  ``http://emulator.test`` in recorded URLs and bodies (presigned upload URLs too), and at replay the
  clients use ``http://emulator.test/v1``: matching never sees a port;
* ids: matching ignores bodies, and the ids in later URLs come from earlier recorded responses, so they
  are the recorded ones again at replay;
* idempotency keys: random UUIDs, never matched on; replaced by a placeholder so re-recording does not
  churn them.

What never reaches a cassette: the ``Authorization`` header (API key or portal token), and anywhere
(every request and response header, the URL and its query string, every body) the API keys, portal
tokens, magic-link tokens and webhook secrets (``test_scenarios_hygiene.py`` checks the files). They are
scrubbed by value, not only by shape: the key a recording uses is registered by the ``api`` fixture, and
every string a JSON body holds under a credential's name (``token``, ``key``, ``secret``...) is learnt
as it passes, so a later header, query or body that repeats it is scrubbed too, whatever it looks like.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

REPLAY_ROOT = "http://emulator.test"
REPLAY_KEY = "sk_test_replay"
_LOCAL_ROOT = re.compile(r"http://(?:127\.0\.0\.1|localhost):\d+")
SECRET_PATTERNS: dict[str, re.Pattern[str]] = {
    "<api-key>": re.compile(r"sk_(?:test|live)_[A-Za-z0-9_]+"),
    "<portal-token>": re.compile(r"\bpt_[A-Za-z0-9]{8,}"),
    "<magic-link-token>": re.compile(r"\bml_[A-Za-z0-9]{8,}"),
    "<webhook-secret>": re.compile(r"whsec_[A-Za-z0-9_]+"),
}


# Credential values met while recording (longest first when scrubbing, so none is left half-replaced).
KNOWN_SECRETS: set[str] = set()
_SECRET_FIELD = re.compile(r"token|secret|key$|^key|apikey|password", re.IGNORECASE)
_MIN_SECRET_LENGTH = 8  # shorter values ("", "abc") would scrub ordinary text


def register_secret(value: str) -> None:
    """Scrub this value wherever it appears in a cassette recorded from now on."""
    if len(value) >= _MIN_SECRET_LENGTH:
        KNOWN_SECRETS.add(value)


def _learn_secrets(value: Any, name: str = "") -> None:
    """Register every string held under a credential's field name in a decoded JSON body."""
    if isinstance(value, dict):
        for key, item in value.items():
            _learn_secrets(item, str(key))
    elif isinstance(value, list):
        for item in value:
            _learn_secrets(item, name)
    elif isinstance(value, str) and _SECRET_FIELD.search(name):
        register_secret(value)


def _learn_from_body(text: str) -> None:
    with contextlib.suppress(ValueError):  # not JSON: nothing to learn from its field names
        _learn_secrets(json.loads(text))


def scrub_text(text: str) -> str:
    """Local hosts to the replay host, and every credential (known shapes, then known values) to a
    placeholder."""
    text = _LOCAL_ROOT.sub(REPLAY_ROOT, text)
    for placeholder, pattern in SECRET_PATTERNS.items():
        text = pattern.sub(placeholder, text)
    for secret in sorted(KNOWN_SECRETS, key=len, reverse=True):
        if not secret.startswith("<"):  # a placeholder already (learnt from a scrubbed body)
            text = text.replace(secret, "<secret>")
    return text


def _scrub_body(body: Any) -> Any:
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:  # uploaded binary content: no text secrets in it
            return body
        _learn_from_body(text)
        return scrub_text(text).encode("utf-8")
    if isinstance(body, str):
        _learn_from_body(body)
        return scrub_text(body)
    return body


def before_record_request(request: Any) -> Any:
    request.body = _scrub_body(request.body)  # first: a secret it holds is scrubbed from the URL too
    request.uri = scrub_text(request.uri)
    for name, value in list(request.headers.items()):
        request.headers[name] = scrub_text(value)
    return request


def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    body = response.get("body", {})
    headers = response.get("headers", {})
    if "string" in body:
        body["string"] = _scrub_body(body["string"])
    for name, values in list(headers.items()):
        if name.lower() == "content-length" and "string" in body:
            headers[name] = [str(len(body["string"]))]
        else:
            headers[name] = [scrub_text(value) for value in values]
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": ["authorization", "host", ("x-idempotency-key", "<one uuid4 per call>")],
        "before_record_request": before_record_request,
        "before_record_response": before_record_response,
        "match_on": ("method", "scheme", "host", "port", "path", "query"),
        "decode_compressed_response": True,
    }


@dataclass
class Api:
    """Where the scenarios send: the emulator while recording, the replay host otherwise."""

    base_url: str
    api_key: str
    recording: bool


@pytest.fixture(scope="module")
def recording_emulator(record_mode: str) -> Iterator[Any]:
    """While recording: one emulator per module, started before vcrpy patches httpx for a test (so its
    own readiness probe is not recorded). At replay: none."""
    if record_mode == "none":
        yield None
        return
    from dispatch.testing import Emulator

    with Emulator() as emulator:
        yield emulator
        emulator.check()


@pytest.fixture
def api(recording_emulator: Any) -> Api:
    if recording_emulator is None:
        return Api(REPLAY_ROOT + "/v1", REPLAY_KEY, recording=False)
    key = recording_emulator.new_api_key()
    register_secret(key)
    return Api(recording_emulator.base_url, key, recording=True)
