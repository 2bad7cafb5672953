"""scripts/test passes the caller's pytest arguments to every run, and a path narrows each run to it.

Run in a copy of the layout with stub tools (a .venv/bin/python that records its arguments), so nothing is
installed or tested for real.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STUB_PYTHON = """#!/usr/bin/env bash
if [ "$1" = "-c" ]; then echo "httpx 0"; exit 0; fi
echo "$DISPATCH_TEST_ENGINE|$(basename "$(dirname "$(dirname "$0")")")|$*" >> "$RECORD"
"""


def run_script(tmp_path: Path, *args: str) -> list[str]:
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "test", tmp_path / "scripts" / "test")
    for tool in ("bootstrap", "lint", "generate", "docs"):
        (tmp_path / "scripts" / tool).write_text("#!/usr/bin/env bash\nexit 0\n")
        (tmp_path / "scripts" / tool).chmod(0o755)
    for venv in (".venv", ".venv-lowest"):
        (tmp_path / venv / "bin").mkdir(parents=True)
        (tmp_path / venv / "bin" / "python").write_text(STUB_PYTHON)
        (tmp_path / venv / "bin" / "python").chmod(0o755)
    (tmp_path / "tests" / "unit").mkdir(parents=True)
    (tmp_path / "tests" / "unit" / "test_x.py").write_text("")
    record = tmp_path / "record"
    env = {**os.environ, "RECORD": str(record)}
    env.pop("DISPATCH_TEST_ENGINE", None)
    subprocess.run(
        [tmp_path / "scripts" / "test", *args], cwd=tmp_path, env=env, check=True, capture_output=True
    )
    return record.read_text().splitlines()


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_a_path_narrows_every_run_to_it(tmp_path: Path) -> None:
    runs = run_script(tmp_path, "tests/unit/test_x.py::test_a", "-x")
    assert len(runs) == 3  # newest, lowest, httpx2
    for run in runs:
        args = run.split("|")[2]
        assert "tests/unit/test_x.py::test_a" in args
        assert "tests/e2e" not in args  # not the whole suites on top of what was asked for
        assert "tests/generated" not in args
    assert runs[2].startswith("httpx2|")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_options_alone_keep_each_runs_own_suites(tmp_path: Path) -> None:
    runs = run_script(tmp_path, "-k", "export")
    assert runs[0].split("|")[2].endswith("-k export")
    assert "tests/unit tests/generated tests/e2e" in runs[1]
    assert "tests/cassettes" in runs[2]
    assert all(run.endswith("-k export") for run in runs)
