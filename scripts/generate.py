"""Regenerate generated/dispatch_tickets_api from openapi/dispatch-tickets.yaml, or check it is current.

    python scripts/generate.py           # regenerate in place, record openapi/generation.json
    python scripts/generate.py --check   # regenerate into a temporary folder; exit 1 naming any difference

It also derives the facade's sync twins from their async source (scripts/unasync.py: ``dispatch/**/_async``
-> ``dispatch/**/_sync``); ``--check`` fails, naming them, when a twin differs from a fresh derivation.

Output depends only on the pinned document, templates/, openapi/generator-config.yaml,
openapi/ruff-generated.toml and the pinned versions of openapi-python-client and ruff (checked below).
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import unasync  # scripts/ is not a package: found through the path set above

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "openapi" / "dispatch-tickets.yaml"
CONFIG = ROOT / "openapi" / "generator-config.yaml"
RUFF_CONFIG = ROOT / "openapi" / "ruff-generated.toml"
RECORD = ROOT / "openapi" / "generation.json"
TEMPLATES = ROOT / "templates"
PACKAGE = "dispatch_tickets_api"
OUTPUT = ROOT / "generated" / PACKAGE
PINS = {"openapi-python-client": "0.29.1", "ruff": "0.17.5"}  # = requirements/generate.txt
# The generator and its ruff run in their own environment, so that .venv resolves the newest httpx.
# (DISPATCH_GENERATOR_PYTHON names another one, e.g. the checkout's when regenerating from an unpacked sdist.)
GENERATOR = Path(os.environ.get("DISPATCH_GENERATOR_PYTHON") or ROOT / ".venv-generate" / "bin" / "python")
HEADER = (
    "# Generated from openapi/dispatch-tickets.yaml by openapi-python-client with the templates in templates/.\n"
    "# Do not edit by hand: change the document or a template, then run scripts/generate.\n"
)


def check_pins() -> None:
    if not GENERATOR.exists():
        sys.exit(f"generate: the generator's environment ({GENERATOR}) is missing. Run scripts/bootstrap.")
    names = json.dumps(list(PINS))
    code = f"import json, importlib.metadata as m; print(json.dumps({{n: m.version(n) for n in {names}}}))"
    found = json.loads(
        subprocess.run([GENERATOR, "-c", code], check=True, capture_output=True, text=True).stdout
    )
    wrong = {name: have for name, have in found.items() if have != PINS[name]}
    if wrong:
        shown = ", ".join(f"{name} {have} (want {PINS[name]})" for name, have in wrong.items())
        sys.exit(f"generate: pinned tools differ, output would drift: {shown}. Run scripts/bootstrap.")


def document_sha256() -> str:
    return hashlib.sha256(DOCUMENT.read_bytes()).hexdigest()


def run(*args: str | Path, cwd: Path = ROOT) -> None:
    subprocess.run([str(a) for a in args], cwd=cwd, check=True)


def generate_into(target: Path) -> None:
    """Write the whole package into `target` (which must not exist)."""
    run(
        GENERATOR, "-m", "openapi_python_client", "generate",
        "--path", DOCUMENT, "--output-path", target, "--meta", "none", "--config", CONFIG,
        "--custom-template-path", TEMPLATES, "--fail-on-warning",
    )  # fmt: skip
    (target / "webhook_events.py").write_text(webhook_events_module(), encoding="utf-8")
    for module in sorted(target.rglob("*.py")):
        module.write_text(HEADER + module.read_text(encoding="utf-8"), encoding="utf-8")
    (target / "py.typed").write_text("", encoding="utf-8")
    # The document travels with the package, so the emulator can validate against it once installed.
    shutil.copyfile(DOCUMENT, target / "openapi.yaml")
    ruff = (GENERATOR, "-m", "ruff")
    run(*ruff, "check", "--quiet", "--fix-only", "--config", RUFF_CONFIG, target)
    run(*ruff, "format", "--quiet", "--config", RUFF_CONFIG, target)


def webhook_events(document: dict[str, Any]) -> tuple[list[str], dict[str, str], dict[str, Any]]:
    """The event names (the `WebhookEventName` enum, then any other name the `webhooks` section uses),
    the payload model of each event the `webhooks` section types (`data`'s `$ref`), and its example."""
    names: list[str] = list(document["components"]["schemas"]["WebhookEventName"]["enum"])
    models: dict[str, str] = {}
    examples: dict[str, Any] = {}
    for path_item in document.get("webhooks", {}).values():
        body = path_item["post"]["requestBody"]["content"]["application/json"]
        properties = body["schema"]["properties"]
        for name in properties["event"]["enum"]:
            if name not in names:
                names.append(name)
            reference = properties["data"].get("$ref", "")
            if reference.startswith("#/components/schemas/"):
                models[name] = reference.rsplit("/", 1)[1]
            if "example" in body:
                examples[name] = body["example"]
    return names, models, examples


def webhook_events_module() -> str:
    """`dispatch_tickets_api/webhook_events.py`: the document's webhook events as data, so that
    `dispatch.webhooks` keeps no list of its own (and importing it loads no model)."""
    document = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    names, models, examples = webhook_events(document)
    literal = ", ".join(json.dumps(name) for name in names)
    return (
        '"""The webhook events the document names, the payload model of each typed one, and its example."""\n\n'
        "from typing import Any, Final, Literal, TypeAlias\n\n"
        f"WebhookEventNameLiteral: TypeAlias = Literal[{literal}]\n"
        '"""Every event name the document lists (`WebhookEventName`, then the `webhooks` section)."""\n\n'
        f"EVENT_NAMES: Final[tuple[str, ...]] = {tuple(names)!r}\n"
        '"""The same names, in the document\'s order."""\n\n'
        f"PAYLOAD_MODELS: Final[dict[str, str]] = {models!r}\n"
        '"""Event name -> name of the model in `dispatch_tickets_api.models` that types its `data`."""\n\n'
        f"EXAMPLES: Final[dict[str, dict[str, Any]]] = {examples!r}\n"
        '"""Event name -> the document\'s example delivery (the whole envelope, decoded JSON)."""\n'
    )


def differences(expected: Path, actual: Path) -> list[str]:
    """Paths (relative to the package) that are missing, extra or not byte-identical."""

    def files(root: Path) -> set[str]:
        return {
            str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
        }

    want, have = files(expected), files(actual)
    changed = [f for f in sorted(want & have) if not filecmp.cmp(expected / f, actual / f, shallow=False)]
    return sorted(want - have) + sorted(have - want) + changed


def record() -> dict[str, str]:
    return {"document": "openapi/dispatch-tickets.yaml", "sha256": document_sha256(), **PINS}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="fail if generated/ differs from a fresh generation"
    )
    args = parser.parse_args()
    check_pins()
    twins = unasync.main(["--check"] if args.check else [])
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / PACKAGE
        generate_into(fresh)
        if args.check:
            diff = differences(fresh, OUTPUT) if OUTPUT.exists() else ["(generated/ is missing)"]
            recorded = json.loads(RECORD.read_text()) if RECORD.exists() else {}
            if recorded != record():
                diff.append("openapi/generation.json (document sha256 or pinned versions changed)")
            for path in diff:
                print(f"generate --check: differs: {path}", file=sys.stderr)
            if diff or twins:
                print(
                    "generate --check: generated code is stale or was edited; run scripts/generate",
                    file=sys.stderr,
                )
                return 1
            print("generate --check: generated/ matches the pinned document")
            return 0
        shutil.rmtree(OUTPUT, ignore_errors=True)
        shutil.copytree(fresh, OUTPUT)
    RECORD.write_text(json.dumps(record(), indent=2) + "\n")
    print(
        f"generated {OUTPUT.relative_to(ROOT)} from {DOCUMENT.relative_to(ROOT)} ({document_sha256()[:12]})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
