"""Derive the synchronous twins of the facade from their hand-written async source (httpcore's approach).

    python scripts/unasync.py           # rewrite every twin from its source
    python scripts/unasync.py --check   # exit 1 naming any twin that differs from a fresh derivation

Each ``dispatch/**/_async/<name>.py`` is the single source; ``dispatch/**/_sync/<name>.py`` is made from
it by rewriting tokens (``async def`` -> ``def``, ``await x`` -> ``x``, ``AsyncTickets`` -> ``Tickets``,
``asyncio_detailed`` -> ``sync_detailed``, ...), then formatted by ruff, so the output depends only on
the source, this table and the pinned ruff. The rules are whole-identifier rewrites (a regular
expression with word boundaries), applied to code, comments and docstrings alike: a docstring example
``await client.tickets.get(...)`` becomes ``client.tickets.get(...)``.

The same run derives the types of ``with_raw_response``: for each resource, a Protocol with the same
methods returning ``APIResponse[...]`` (``dispatch/resources/_raw/``); ``--check`` covers them too.

What is truly different between the twins (a thread for blocking file I/O, ``asyncio.sleep`` against
``time.sleep``) is not rewritten here: it lives in one small hand-written helper with both versions,
named so that a rule below maps one name to the other.
"""

from __future__ import annotations

import argparse
import ast
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
    "open_upload_async": "prepare_upload",
    "finish_upload_async": "finish_upload",
    "fetch_async": "fetch",
    "refresh_async": "refresh",
}
# Whole lines whose sync form is not a rename.
LINES = {
    "    _is_async = True\n": "    _is_async = False\n",
    # pagination: the class docstrings' first lines name the flavour; a sync loop yields from its list
    '    """One page of results of an async client; ``await page.next_page()`` fetches the following one.\n': (
        '    """One page of results: ``.data``, ``.has_more``, ``.next_cursor``; iterating yields its items.\n'
    ),
    '    """Every item of a listing of an async client, fetched lazily one page at a time.\n': (
        '    """Every item of a listing, fetched lazily one page at a time (nothing is requested before iteration).\n'
    ),
    "            for item in page.data:  # async: no yield from\n": "            yield from page.data\n",
    "                yield item  # (the for loop above becomes yield from)\n": "",
    # a page fetcher returns the page itself, not an awaitable of it
    'AsyncFetchPage = Callable[[str | None], Awaitable["AsyncPage[T]"]]\n': (
        'FetchPage = Callable[[str | None], "Page[T]"]\n'
    ),
    # first lines of class docstrings that name the flavour
    '    """The Dispatch Tickets admin API, asynchronous: coroutine methods and ``async for`` list iterators.\n': (
        '    """The Dispatch Tickets admin API, synchronous: blocking methods and plain ``for`` list iterators.\n'
    ),
    '    """The Dispatch Tickets customer portal API, asynchronous: one customer\'s own tickets.\n': (
        '    """The Dispatch Tickets customer portal API, synchronous: one customer\'s own tickets.\n'
    ),
}
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


# -- the types of ``client.with_raw_response`` -------------------------------------------------------
# For each resource class, a Protocol with the same methods whose results are wrapped in APIResponse
# (``tickets.get -> Ticket`` becomes ``-> APIResponse[Ticket]``), so that mypy and IDEs see what raw
# mode returns. Iterators (``list``) are not calls: they stay as they are.

RAW_DIR = PACKAGE / "resources" / "_raw"
RAW_HEADER = (
    "# Generated from {source} by scripts/unasync.py (run by scripts/generate): the types of\n"
    "# ``with_raw_response``. Do not edit by hand: change the async source, then run scripts/generate.\n"
)


def _is_resource(node: ast.stmt) -> bool:
    return isinstance(node, ast.ClassDef) and any(
        isinstance(base, ast.Name) and base.id.endswith("APIResource") for base in node.bases
    )


def _raw_method(function: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.stmt | None:
    names = {d.id for d in function.decorator_list if isinstance(d, ast.Name)}
    if function.name.startswith("_") or names & {"staticmethod", "classmethod"}:
        return None
    if function.returns is None or "PageIterator" in ast.unparse(function.returns):
        returns = function.returns
    else:
        returns = ast.Subscript(value=ast.Name("APIResponse"), slice=function.returns)
    stub = type(function)(
        name=function.name,
        args=function.args,
        body=[ast.Expr(ast.Constant(...))],
        decorator_list=[ast.Name("overload")] if "overload" in names else [],
        returns=returns,
        type_comment=None,
        type_params=[],
    )
    return ast.fix_missing_locations(stub)


def raw_protocols(text: str) -> str:
    """The module of Protocols describing the resource classes of ``text`` in raw mode."""
    tree = ast.parse(text)
    body: list[ast.stmt] = [
        ast.ImportFrom("__future__", [ast.alias("annotations")], 0),
        ast.ImportFrom("typing", [ast.alias("Protocol"), ast.alias("overload")], 0),
        ast.ImportFrom("dispatch._response", [ast.alias("APIResponse")], 0),
    ]
    body += [node for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    body += [node for node in tree.body if isinstance(node, ast.If)]  # TYPE_CHECKING imports
    for node in tree.body:
        if _is_resource(node):
            assert isinstance(node, ast.ClassDef)
            functions = [f for f in node.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)]
            overloaded = {
                f.name for f in functions if any(getattr(d, "id", "") == "overload" for d in f.decorator_list)
            }
            functions = [  # a Protocol's overloads need no implementation
                f
                for f in functions
                if f.name not in overloaded
                or any(getattr(d, "id", "") == "overload" for d in f.decorator_list)
            ]
            methods = [m for f in functions if (m := _raw_method(f))]
            doc = ast.Expr(
                ast.Constant(f"``{node.name}`` in raw mode: each call returns its ``APIResponse``.")
            )
            body.append(
                ast.ClassDef(
                    f"{node.name}Raw", [ast.Name("Protocol")], [], [doc, *methods], [], type_params=[]
                )
            )
    module = ast.fix_missing_locations(
        ast.Module(
            body=[
                b
                for b in body
                if not (isinstance(b, ast.ImportFrom) and b.module == "__future__" and b is not body[0])
            ],
            type_ignores=[],
        )
    )
    return ast.unparse(module) + "\n"


def raw_outputs(source: Path, sync_text: str) -> dict[Path, str]:
    """{raw-types module: text} for a resource source (none for the other async sources)."""
    if source.parent.parent.name != "resources" or source.name.startswith("_"):
        return {}
    relative = source.relative_to(ROOT).as_posix()
    header = RAW_HEADER.format(source=relative)
    return {
        RAW_DIR / f"async_{source.name}": header + raw_protocols(source.read_text("utf-8")),
        RAW_DIR / f"sync_{source.name}": header + raw_protocols(sync_text),
    }


def derive_into(target_root: Path) -> dict[Path, Path]:
    """Write every twin under ``target_root`` (mirroring the package); {real twin path: written path}."""
    written: dict[Path, Path] = {}
    for source in sources():
        twin = twin_of(source)
        out = target_root / twin.relative_to(ROOT)
        out.parent.mkdir(parents=True, exist_ok=True)
        relative = source.relative_to(ROOT).as_posix()
        sync_text = unasync_text(source.read_text("utf-8"))
        out.write_text(HEADER.format(source=relative) + sync_text, "utf-8")
        written[twin] = out
        for raw_path, raw_text in raw_outputs(source, sync_text).items():
            raw_out = target_root / raw_path.relative_to(ROOT)
            raw_out.parent.mkdir(parents=True, exist_ok=True)
            raw_out.write_text(raw_text, "utf-8")
            written[raw_path] = raw_out
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
    derived = [*PACKAGE.rglob("_sync/*.py"), *RAW_DIR.glob("*.py")]
    orphans = [
        p for p in derived if p not in written and p.name != "__init__.py" and "__pycache__" not in p.parts
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
