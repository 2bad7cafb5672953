"""Print the runtime dependencies pinned to the lowest versions pyproject.toml allows ("attrs>=23.2" -> "attrs==23.2").

scripts/bootstrap installs them into .venv-lowest, so that the suite also runs on what the package claims to
support, not only on what a fresh resolution picks today.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lowest_dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = [re.sub(r">=([^,]+).*", r"==\1", requirement) for requirement in project["dependencies"]]
    if not all("==" in pin for pin in pins):
        raise SystemExit(f"every runtime dependency needs a lower bound: {pins}")
    return pins


if __name__ == "__main__":
    print(" ".join(lowest_dependencies()))
