"""Derive the synchronous twins of the facade from their hand-written async source (httpcore's approach).

    python scripts/unasync.py           # rewrite every twin from its source
    python scripts/unasync.py --check   # exit 1 naming any twin that differs from a fresh derivation

Each ``dispatch/**/_async/<name>.py`` is the single source; ``dispatch/**/_sync/<name>.py`` is made from
it by rewriting tokens (``async def`` -> ``def``, ``await x`` -> ``x``, ``AsyncTickets`` -> ``Tickets``,
``asyncio_detailed`` -> ``sync_detailed``, ...), then formatted by ruff, so the output depends only on
the source, this table and the pinned ruff. The rules are whole-identifier rewrites (a regular
expression with word boundaries), applied to code, comments and docstrings alike: a docstring example
``await client.tickets.get(...)`` becomes ``client.tickets.get(...)``.

What is truly different between the twins (a thread for blocking file I/O, ``asyncio.sleep`` against
``time.sleep``) is not rewritten here: it lives in one small hand-written helper with both versions,
named so that a rule below maps one name to the other.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "dispatch"

# Whole-identifier rewrites; order does not matter (no output of one is the input of another).
EXACT = {
    "AsyncAPIResource": "SyncAPIResource",
    "AsyncIterator": "Iterator",
    "AsyncIterable": "Iterable",
    "AsyncGenerator": "Generator",
    "StopAsyncIteration": "StopIteration",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "anext": "next",
    "aiter": "iter",
    "asyncio_detailed": "sync_detailed",
    "get_async_httpx_client": "get_httpx_client",
    "set_async_httpx_client": "set_httpx_client",
    "handle_async_request": "handle_request",
    "_async": "_sync",
    "a_sleep": "sleep",
    "in_thread": "blocking",
    "send_upload_async": "send_upload",
    "fetch_async": "fetch",
    "refresh_async": "refresh",
}
# Whole lines whose sync form is not a rename.
LINES = {"    _is_async = True\n": "    _is_async = False\n"}
# ``AsyncTickets`` -> ``Tickets``, ``async_cursor_page_fetcher`` -> ``cursor_page_fetcher``.
PREFIXES = (("Async", r"(?=[A-Z_])"), ("async_", r"(?=[a-z])"))

HEADER = (
    "# Generated from {source} by scripts/unasync.py (run by scripts/generate).\n"
    "# Do not edit by hand: change the async source, then run scripts/generate.\n"
)

_WORDS = re.compile(r"\b(" + "|".join(sorted(map(re.escape, EXACT), key=len, reverse=True)) + r")\b")
_PREFIXED = re.compile(r"\b(?:" + "|".join(p + look for p, look in PREFIXES) + r")")
_KEYWORDS = [
    (re.compile(r"\basync (def|for|with)\b"), r"\1"),
    (re.compile(r"\bawait "), ""),
    # ``(await f()).parsed`` -> ``(f()).parsed``; ruff leaves the parentheses, harmless.
]


def unasync_text(text: str) -> str:
    for line, replacement in LINES.items():
        text = text.replace(line, replacement)
    for pattern, replacement in _KEYWORDS:
        text = pattern.sub(replacement, text)
    text = _WORDS.sub(lambda m: EXACT[m.group(1)], text)
    return _PREFIXED.sub("", text)


def sources() -> list[Path]:
    return sorted(
        p for p in PACKAGE.rglob("_async/*.py") if p.name != "__init__.py" and "__pycache__" not in p.parts
    )


def twin_of(source: Path) -> Path:
    return source.parent.parent / "_sync" / source.name


def derive_into(target_root: Path) -> dict[Path, Path]:
    """Write every twin under ``target_root`` (mirroring the package); {real twin path: written path}."""
    written: dict[Path, Path] = {}
    for source in sources():
        twin = twin_of(source)
        out = target_root / twin.relative_to(ROOT)
        out.parent.mkdir(parents=True, exist_ok=True)
        relative = source.relative_to(ROOT).as_posix()
        out.write_text(HEADER.format(source=relative) + unasync_text(source.read_text("utf-8")), "utf-8")
        written[twin] = out
    if written:
        ruff = (sys.executable, "-m", "ruff")
        files = [str(p) for p in written.values()]
        config = ("--config", str(ROOT / "pyproject.toml"))
        subprocess.run([*ruff, "check", "--quiet", "--fix-only", *config, *files], check=True, cwd=ROOT)
        subprocess.run([*ruff, "format", "--quiet", *config, *files], check=True, cwd=ROOT)
    return written


def stale_twins() -> list[Path]:
    """Twins that differ from a fresh derivation, are missing, or have no source any more."""
    with tempfile.TemporaryDirectory() as tmp:
        written = derive_into(Path(tmp))
        stale = [
            twin
            for twin, fresh in written.items()
            if not twin.exists() or twin.read_bytes() != fresh.read_bytes()
        ]
    orphans = [
        p
        for p in PACKAGE.rglob("_sync/*.py")
        if p not in written and p.name != "__init__.py" and "__pycache__" not in p.parts
    ]
    return sorted(stale + orphans)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail if a sync twin differs from its source")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_twins()
        for path in stale:
            print(f"unasync --check: differs: {path.relative_to(ROOT)}", file=sys.stderr)
        if stale:
            print(
                "unasync --check: a sync twin is stale or was edited; run scripts/generate", file=sys.stderr
            )
            return 1
        print("unasync --check: every sync twin matches its async source")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        for twin, fresh in derive_into(Path(tmp)).items():
            twin.parent.mkdir(parents=True, exist_ok=True)
            if not twin.exists() or twin.read_bytes() != fresh.read_bytes():
                twin.write_bytes(fresh.read_bytes())
                print(f"unasync: wrote {twin.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
