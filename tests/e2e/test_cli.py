"""The ``dispatch`` command line against the emulator: through click's runner and as a real process."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from dispatch import DispatchTickets
from dispatch.cli import cli
from dispatch.testing.pytest_plugin import EmulatorSession
from dispatch.webhooks import (
    SIGNATURE_HEADER,
    WEBHOOK_EVENT_NAMES,
    construct_webhook_event,
    generate_signature,
    sample_event,
)
from tests.e2e.conftest import NOWHERE, running_receiver
from tests.e2e.test_examples import RECEIVERS, SECRET, load_example

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def runner(dispatch_emulator: EmulatorSession) -> CliRunner:
    return CliRunner(
        env={"DISPATCH_API_KEY": dispatch_emulator.api_key, "DISPATCH_BASE_URL": dispatch_emulator.base_url}
    )


@pytest.fixture
def client(dispatch_emulator: EmulatorSession) -> DispatchTickets:
    return dispatch_emulator.client()


def test_tickets_list_and_get_in_every_format(runner: CliRunner, client: DispatchTickets) -> None:
    brand = client.brands.create(name="Acme", slug="acme")
    first = client.tickets.create(brand.id, title="First", priority="high")
    client.tickets.create(brand.id, title="Second")

    jsonl = runner.invoke(
        cli, ["tickets", "list", brand.id, "--format", "jsonl", "--sort", "createdAt", "--order", "asc"]
    )
    assert jsonl.exit_code == 0, jsonl.output
    assert [json.loads(line)["title"] for line in jsonl.stdout.splitlines()] == ["First", "Second"]

    filtered = runner.invoke(cli, ["tickets", "list", brand.id, "--priority", "high", "--format", "json"])
    assert [t["id"] for t in json.loads(filtered.stdout)] == [first.id]

    table = runner.invoke(cli, ["tickets", "list", brand.id, "--format", "csv", "--max", "1"])
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert len(rows) == 1
    assert rows[0].keys() >= {"id", "ticketNumber", "title", "status", "priority", "updatedAt"}

    got = runner.invoke(cli, ["tickets", "get", brand.id, first.id, "--format", "json"])
    assert json.loads(got.stdout)[0]["id"] == first.id

    shown = runner.invoke(cli, ["tickets", "list", brand.id, "--format", "table"])
    assert "First" in shown.stdout
    assert "Second" in shown.stdout


@pytest.mark.parametrize("columns", [80, 60])
def test_a_narrow_table_never_cuts_an_id_or_a_timestamp(
    dispatch_emulator: EmulatorSession, client: DispatchTickets, columns: int
) -> None:
    # the id is what users copy into `tickets get`: rich used to shrink it to "tkt_t0j68x5r9…" at 80 columns
    narrow = CliRunner(
        env={
            "DISPATCH_API_KEY": dispatch_emulator.api_key,
            "DISPATCH_BASE_URL": dispatch_emulator.base_url,
            "COLUMNS": str(columns),
        }
    )
    brand = client.brands.create(name="Acme Corporation Support Desk", slug="acme-corporation-support")
    tickets = [
        client.tickets.create(brand.id, title="A printer on the third floor jams on every second page " * 2),
        client.tickets.create(brand.id, title="Short", priority="urgent"),
    ]
    client.customers.create(brand.id, email="someone.with.a.long.address@example.com", name="Jane Long Name")
    client.webhooks.create(
        brand.id,
        url="https://hooks.example.com/dispatch/receiver/endpoint",
        secret="whsec_long_enough_secret",
        events=["ticket.created"],
    )
    for command, kind in [
        (["tickets", "list", brand.id], "tickets"),
        (["brands", "list"], "brands"),
        (["customers", "list", brand.id], "customers"),
        (["webhooks", "list", brand.id], "webhooks"),
    ]:
        shown = narrow.invoke(cli, [*command, "--format", "table"])
        assert shown.exit_code == 0, shown.output
        lines = shown.stdout.splitlines()
        assert max(len(line) for line in lines) <= columns, shown.stdout
        records = json.loads(narrow.invoke(cli, [*command, "--format", "json"]).stdout)
        for record in records:
            assert any(record["id"] in line for line in lines), (kind, record["id"], shown.stdout)
            for stamp in ("createdAt", "updatedAt"):
                if stamp in record and stamp in shown.stdout:  # a timestamp shown is shown whole
                    assert any(record[stamp] in line for line in lines), (kind, stamp, shown.stdout)
    listed = narrow.invoke(cli, ["tickets", "list", brand.id, "--format", "table"]).stdout
    assert all(ticket.id in listed for ticket in tickets)
    assert "title" in listed
    if columns >= 80:  # narrower, the timestamp column goes whole before the title does
        assert "updatedAt" in listed


def test_brands_customers_and_webhooks(runner: CliRunner, client: DispatchTickets) -> None:
    brand = client.brands.create(name="Acme", slug="acme")
    client.tickets.create(brand.id, title="Hi", customer_email="jane@example.com")
    webhook = client.webhooks.create(
        brand.id, url=NOWHERE, secret="whsec_never_shown", events=["ticket.created"]
    )

    brands = json.loads(runner.invoke(cli, ["brands", "list", "--format", "json"]).stdout)
    assert [b["slug"] for b in brands] == ["acme"]
    assert (
        json.loads(runner.invoke(cli, ["brands", "get", brand.id, "--format", "json"]).stdout)[0]["id"]
        == brand.id
    )

    customers = json.loads(runner.invoke(cli, ["customers", "list", brand.id, "--format", "json"]).stdout)
    assert [c["email"] for c in customers] == ["jane@example.com"]
    one = runner.invoke(cli, ["customers", "get", brand.id, customers[0]["id"], "--format", "json"])
    assert json.loads(one.stdout)[0]["email"] == "jane@example.com"

    listed = runner.invoke(cli, ["webhooks", "list", brand.id, "--format", "json"])
    got = runner.invoke(cli, ["webhooks", "get", brand.id, webhook.id, "--format", "jsonl"])
    assert json.loads(listed.stdout)[0]["id"] == webhook.id
    assert json.loads(got.stdout)["url"] == NOWHERE
    assert "whsec_never_shown" not in listed.output + got.output


def test_an_api_error_is_one_line_and_an_exit_code(
    runner: CliRunner, client: DispatchTickets, dispatch_emulator: EmulatorSession
) -> None:
    brand = client.brands.create(name="Acme", slug="acme")
    result = runner.invoke(cli, ["--verbose", "tickets", "get", brand.id, "tkt_missing"])
    assert result.exit_code == 1
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert "HTTP 404" in line
    assert "request id" in line
    assert "Traceback" not in result.output
    assert dispatch_emulator.api_key not in result.output


def test_a_missing_key_is_a_usage_error(dispatch_emulator: EmulatorSession) -> None:
    result = CliRunner(env={"DISPATCH_API_KEY": ""}).invoke(cli, ["brands", "list"])
    assert result.exit_code == 2
    assert "no API key" in result.stderr


def test_a_bad_key_is_reported_without_the_key(dispatch_emulator: EmulatorSession) -> None:
    key = "sk_live_this_is_not_valid_123"
    env = {"DISPATCH_BASE_URL": dispatch_emulator.base_url}
    result = CliRunner(env=env).invoke(cli, ["--api-key", key, "-v", "brands", "list"])
    assert result.exit_code == 1
    assert "HTTP 401" in result.stderr
    assert key not in result.output


def test_every_command_has_help_with_an_example() -> None:
    runner = CliRunner()
    commands = [
        ["brands", "list"], ["brands", "get"], ["tickets", "list"], ["tickets", "get"],
        ["customers", "list"], ["customers", "get"], ["webhooks", "list"], ["webhooks", "get"],
        ["webhooks", "trigger"], ["webhooks", "verify"], ["export", "tickets"],
    ]  # fmt: skip
    for command in commands:
        result = runner.invoke(cli, [*command, "--help"])
        assert result.exit_code == 0, command
        assert "Example:" in result.stdout, command


# --------------------------------------------------------------------------------------------------
# Webhook tools
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("framework", ["flask", "fastapi"])
def test_trigger_delivers_a_signed_sample_to_the_examples(
    framework: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPATCH_WEBHOOK_SECRET", SECRET)
    name, make_app, serve = RECEIVERS[framework]
    module = load_example(name)
    before = len(module.received_events)
    with serve(make_app()) as url:
        result = CliRunner().invoke(
            cli, ["webhooks", "trigger", "ticket.created", "--forward-to", url, "--secret", SECRET]
        )
        forged = CliRunner().invoke(
            cli, ["webhooks", "trigger", "ticket.created", "--forward-to", url, "--secret", "whsec_wrong"]
        )
    assert result.exit_code == 0, result.output
    assert "HTTP 200" in result.stdout
    assert [e.event for e in module.received_events[before:]] == ["ticket.created"]
    assert forged.exit_code == 1
    assert "HTTP 400" in forged.stdout


def test_trigger_sends_data_for_every_documented_event() -> None:
    # six of the nine events used to arrive with `data: {}`
    with running_receiver() as receiver:
        for name in sorted(WEBHOOK_EVENT_NAMES):
            result = CliRunner().invoke(
                cli, ["webhooks", "trigger", name, "--forward-to", receiver.url, "--secret", SECRET]
            )
            assert result.exit_code == 0, result.output
    assert receiver.wait_for(len(WEBHOOK_EVENT_NAMES))
    for headers, raw in receiver.received:
        event = construct_webhook_event(raw, headers[SIGNATURE_HEADER.lower()], SECRET)
        assert event.data, event.event
        assert event.unreadable == ()
    assert sorted(json.loads(raw)["event"] for _, raw in receiver.received) == sorted(WEBHOOK_EVENT_NAMES)


def test_trigger_refuses_an_undocumented_event() -> None:
    result = CliRunner().invoke(
        cli, ["webhooks", "trigger", "ticket.nope", "--forward-to", "http://127.0.0.1:9", "--secret", "s"]
    )
    assert result.exit_code == 2
    assert "ticket.created" in result.output


def test_verify_checks_a_captured_delivery() -> None:
    body = json.dumps(sample_event("ticket.updated")).encode()
    signature = generate_signature(body, "whsec_x")
    runner = CliRunner()
    good = runner.invoke(
        cli, ["webhooks", "verify", "--secret", "whsec_x", "--signature", signature], input=body
    )
    assert good.exit_code == 0, good.output
    assert "valid: ticket.updated" in good.stdout
    captured = b"POST /webhooks HTTP/1.1\r\nX-Dispatch-Signature: " + signature.encode() + b"\r\n\r\n" + body
    assert runner.invoke(cli, ["webhooks", "verify", "--secret", "whsec_x"], input=captured).exit_code == 0
    bad = runner.invoke(
        cli, ["webhooks", "verify", "--secret", "whsec_other", "--signature", signature], input=body
    )
    assert bad.exit_code == 1
    assert "error:" in bad.stderr
    assert "whsec_other" not in bad.output


# --------------------------------------------------------------------------------------------------
# Export, through the runner and as a process killed at random points
# --------------------------------------------------------------------------------------------------


def test_export_command_writes_the_file_and_resumes(
    runner: CliRunner, client: DispatchTickets, tmp_path: Path
) -> None:
    brand = client.brands.create(name="Acme", slug="acme")
    for index in range(5):
        client.tickets.create(brand.id, title=f"T{index}")
    out = tmp_path / "tickets.jsonl"
    result = runner.invoke(cli, ["export", "tickets", brand.id, "--out", str(out), "--page-size", "2"])
    assert result.exit_code == 0, result.output
    assert "wrote 5 tickets" in result.stderr
    assert (tmp_path / "tickets.jsonl.checkpoint").exists()
    assert len(out.read_text().splitlines()) == 5
    again = runner.invoke(cli, ["export", "tickets", brand.id, "--out", str(out)])
    assert again.exit_code == 0, again.output
    assert again.stderr.strip() == f"{out} already holds the whole export (5 tickets): nothing to do"

    changes = tmp_path / "changes.csv"
    first = runner.invoke(cli, ["export", "tickets", brand.id, "--out", str(changes), "--since-last-run"])
    assert "wrote 5 tickets" in first.stderr
    client.tickets.create(brand.id, title="New")
    second = runner.invoke(cli, ["export", "tickets", brand.id, "--out", str(changes), "--since-last-run"])
    assert second.stderr.startswith(f"wrote 1 ticket to {changes} in ")
    assert second.stderr.rstrip().endswith("; 6 tickets in the file")
    assert len(list(csv.DictReader(changes.open()))) == 6


def test_ctrl_c_during_an_export_says_how_to_resume(
    runner: CliRunner, client: DispatchTickets, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dispatch.export

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(dispatch.export, "export_tickets", interrupted)
    brand = client.brands.create(name="Acme", slug="acme")
    result = runner.invoke(cli, ["export", "tickets", brand.id, "--out", str(tmp_path / "t.jsonl")])
    assert result.exit_code == 130
    assert "run the same command again to resume" in result.stderr
    assert "Aborted" not in result.output


def _environment(dispatch_emulator: EmulatorSession) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISPATCH_")}
    env |= {"DISPATCH_API_KEY": dispatch_emulator.api_key, "DISPATCH_BASE_URL": dispatch_emulator.base_url}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated"), env.get("PYTHONPATH", "")])
    return env


@pytest.mark.slow
@pytest.mark.timeout(240)
@pytest.mark.parametrize(
    "interval", ["0", None], ids=["checkpoint every page", "default checkpoint interval"]
)
def test_export_killed_with_sigkill_at_random_points_ends_with_every_ticket_once(
    dispatch_emulator: EmulatorSession, client: DispatchTickets, tmp_path: Path, interval: str | None
) -> None:
    """With the default interval the file runs pages ahead of its checkpoint: a resume must cut it back."""
    brand = client.brands.create(name="Kill", slug="kill")
    for index in range(2000):
        client.tickets.create(brand.id, title=f"Ticket {index}")
    out = tmp_path / "tickets.jsonl"
    command = [sys.executable, "-m", "dispatch.cli", "export", "tickets", brand.id, "--out", str(out)]
    command += ["--page-size", "25", "--quiet"]
    if interval is not None:
        command += ["--checkpoint-interval", interval]
    env = _environment(dispatch_emulator)
    chooser = random.Random(20261204)
    kills = 0
    for _ in range(8):
        target = chooser.randrange(1, 400_000)  # kill once the file has grown past this many bytes
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            if out.exists() and out.stat().st_size >= target:
                process.send_signal(signal.SIGKILL)
                kills += 1
                break
            time.sleep(0.001)
        process.wait(timeout=60)
    assert kills >= 5
    finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert finished.returncode == 0, finished.stderr
    written = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    expected = [t.id for t in client.tickets.list(brand.id, sort="createdAt", order="asc", limit=100)]
    assert len(expected) == 2000
    assert written == expected  # every ticket once, in order: no gap, no duplicate


def test_import_dispatch_imports_no_cli_library() -> None:
    # httpx itself imports click and rich when they are installed (its own CLI): count only what dispatch adds
    code = (
        "import sys, httpx; before = set(sys.modules); import dispatch; "
        "added = set(sys.modules) - before; "
        "print(sorted(m for m in added if m.split('.')[0] in ('click', 'rich') or m in ('dispatch.cli', 'dispatch.export')))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == "[]"


def test_the_console_script_runs_as_a_process(dispatch_emulator: EmulatorSession) -> None:
    env = _environment(dispatch_emulator)
    result = subprocess.run(
        [sys.executable, "-m", "dispatch.cli", "brands", "list", "--format", "json"],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    emulator_help = subprocess.run(
        [sys.executable, "-m", "dispatch.cli", "emulator", "--help"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert emulator_help.returncode == 0
    assert "--port" in emulator_help.stdout


def test_verbose_logs_each_request_without_query_strings_or_the_key(
    runner: CliRunner, client: DispatchTickets, dispatch_emulator: EmulatorSession
) -> None:
    brand = client.brands.create(name="Acme", slug="acme")
    result = runner.invoke(
        cli,
        ["-v", "tickets", "list", brand.id, "--customer-email", "jane@example.com", "--search", "refund"],
    )
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.stderr.splitlines() if f"/brands/{brand.id}/tickets" in line]
    assert line.startswith("GET ")
    assert "200" in line
    assert "request id req_" in line
    # customer data (the e-mail, the search text) and the key stay out of the log
    for secret in ("jane", "example.com", "refund", dispatch_emulator.api_key):
        assert secret not in result.stderr


def test_verbose_warnings_about_a_request_show_no_query_string(
    runner: CliRunner, client: DispatchTickets, dispatch_emulator: EmulatorSession
) -> None:
    brand = client.brands.create(name="Acme", slug="acme")
    # a 429 asking to wait an hour: the SDK gives up at once and logs a warning naming the request
    dispatch_emulator.add_fault("status", status=429, retry_after=3600, path=f"/v1/brands/{brand.id}/tickets")
    result = runner.invoke(cli, ["-v", "tickets", "list", brand.id, "--customer-email", "jane@example.com"])
    assert result.exit_code == 1
    assert "HTTP 429" in result.stderr
    assert "giving up" in result.stderr
    assert "jane" not in result.stderr
    assert "example.com" not in result.stderr


@pytest.mark.parametrize("base_url", ["http://[::1", "http://api.test:99999999/v1"])
def test_an_unusable_base_url_is_one_line_not_a_traceback(base_url: str) -> None:
    key = "sk_test_never_shown_42"
    result = CliRunner().invoke(cli, ["--api-key", key, "--base-url", base_url, "brands", "list"])
    assert isinstance(result.exception, SystemExit), result.exception  # not httpx.InvalidURL escaping
    assert result.exit_code != 0
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ")
    assert key not in result.output


def test_an_unexpected_error_never_shows_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    key = "sk_test_never_shown_43"

    class Boom(RuntimeError):
        pass

    def explode(*args: object, **kwargs: object) -> None:
        raise Boom(f"something failed with Bearer {key}")

    monkeypatch.setattr("dispatch._client.DispatchTickets.__init__", explode)
    result = CliRunner().invoke(cli, ["--api-key", key, "brands", "list"])
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    assert key not in result.output
    assert "Boom" in result.stderr


@pytest.mark.parametrize("since_last_run", [False, True])
def test_export_never_overwrites_a_file_it_has_no_checkpoint_for(
    runner: CliRunner, client: DispatchTickets, tmp_path: Path, since_last_run: bool
) -> None:
    brand = client.brands.create(name="Acme", slug="acme")
    client.tickets.create(brand.id, title="T")
    out = tmp_path / "changes.jsonl"
    # e.g. a change feed kept with --since-last-run, exported once without the flag (or the other way round)
    out.write_text('{"id":"tkt_kept"}\n')
    flag = ["--since-last-run"] if since_last_run else []
    result = runner.invoke(cli, ["export", "tickets", brand.id, "--out", str(out), *flag])
    assert result.exit_code != 0
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: ")
    assert "already exists" in line
    assert out.read_text() == '{"id":"tkt_kept"}\n'
