"""Running the emulator: SQLite persistence across restarts, and the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from dispatch.testing import Emulator
from tests.e2e.conftest import create_brand, create_ticket


def test_sqlite_keeps_state_across_restarts(tmp_path: Path) -> None:
    db = str(tmp_path / "emulator.db")
    key = Emulator.new_api_key()
    headers = {"Authorization": f"Bearer {key}"}
    with Emulator(db_path=db) as first, httpx.Client(base_url=first.base_url, headers=headers) as api:
        brand = create_brand(api)
        ticket = create_ticket(api, brand["id"], title="Survives restarts", customerEmail="r@example.com")
        target = api.post(
            f"/brands/{brand['id']}/tickets/{ticket['id']}/attachments",
            json={"filename": "a.bin", "contentType": "application/octet-stream", "size": 4},
        ).json()
        httpx.put(
            target["uploadUrl"],
            content=b"\x00\x01\x02\x03",
            headers={"Content-Type": "application/octet-stream"},
        )
        api.post(f"/brands/{brand['id']}/tickets/{ticket['id']}/attachments/{target['attachmentId']}/confirm")
        api.post(
            f"/brands/{brand['id']}/tickets", json={"title": "idem"}, headers={"X-Idempotency-Key": "k1"}
        )
        rolled_back = api.post(
            f"/brands/{brand['id']}/tickets", json={"title": "x", "categoryId": "cat_nope"}
        )
        assert rolled_back.status_code == 404
        first.check()
    with Emulator(db_path=db) as second, httpx.Client(base_url=second.base_url, headers=headers) as api:
        again = api.get(f"/brands/{brand['id']}/tickets/{ticket['id']}")
        assert again.status_code == 200
        assert again.json()["title"] == "Survives restarts"
        assert again.json()["customer"]["email"] == "r@example.com"
        assert again.json()["attachmentCount"] == 1
        assert create_ticket(api, brand["id"])["ticketNumber"] == 3  # the counter survived too
        replay = api.post(
            f"/brands/{brand['id']}/tickets", json={"title": "idem"}, headers={"X-Idempotency-Key": "k1"}
        )
        assert replay.headers["x-idempotent-replayed"] == "true"
        url = api.get(
            f"/brands/{brand['id']}/tickets/{ticket['id']}/attachments/{target['attachmentId']}"
        ).json()
        assert httpx.get(url["downloadUrl"]).content == b"\x00\x01\x02\x03"
        second.check()
    with Emulator() as fresh, httpx.Client(base_url=fresh.base_url, headers=headers) as api:
        assert api.get(f"/brands/{brand['id']}").status_code == 404  # default: memory only


def test_the_command_line_prints_the_url_and_serves(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dispatch.testing",
            "--port",
            "0",
            "--quiet",
            "--db",
            str(tmp_path / "cli.db"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 30
        lines: list[str] = []
        while len(lines) < 2 and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
        assert lines[0].startswith("Dispatch Tickets emulator: http://127.0.0.1:"), lines
        base_url = lines[0].split(": ", 1)[1]
        assert base_url.endswith("/v1")
        key = lines[1].split(": ", 1)[1]
        assert key.startswith("sk_test_")
        assert httpx.get(base_url.removesuffix("/v1") + "/").json()["status"] == "ok"
        me = httpx.get(base_url + "/accounts/me", headers={"Authorization": f"Bearer {key}"})
        assert me.status_code == 200
    finally:
        process.terminate()
        try:
            assert process.wait(timeout=30) == 0  # generous: a busy CI machine is slow to stop
        finally:
            if process.poll() is None:
                process.kill()
            if process.stdout is not None:
                process.stdout.close()


def test_the_plugin_imports_neither_starlette_nor_uvicorn() -> None:
    code = (
        "import sys, dispatch.testing, dispatch.testing.pytest_plugin\n"
        "heavy = sorted(m for m in ('starlette', 'uvicorn', 'openapi_core') if m in sys.modules)\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_fixtures_skip_cleanly_without_the_extra(tmp_path: Path) -> None:
    (tmp_path / "test_user_suite.py").write_text(
        "def test_uses_the_emulator(dispatch_emulator):\n    raise AssertionError('must not run')\n"
    )
    blocker = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('starlette', 'uvicorn'):\n"
        "            raise ImportError(f'No module named {name!r} (blocked by the test)')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import pytest\n"
        "args = ['-q', '-rs', '-p', 'no:cacheprovider', '-p', 'dispatch.testing.pytest_plugin', sys.argv[1]]\n"
        "sys.exit(pytest.main(args))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", blocker, str(tmp_path / "test_user_suite.py")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},  # only the plugin under test (fast)
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 skipped" in result.stdout
    assert "dispatch-tickets[emulator]" in result.stdout


def test_an_emulator_runs_once() -> None:
    emulator = Emulator()
    with emulator:
        assert httpx.get(emulator.root_url + "/").status_code == 200
    emulator.stop()  # stopping twice is harmless
    with pytest.raises(RuntimeError, match="runs once"):
        emulator.start()
