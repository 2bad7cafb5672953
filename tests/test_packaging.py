"""The distributions: what `python -m build` makes is complete, valid, and works once installed elsewhere.

One module-scoped build (sdist, then the wheel built *from the sdist*, as `python -m build` does), then:

- `twine check --strict` accepts both;
- the wheel has the two packages and their `py.typed`, the OpenAPI document inside `dispatch_tickets_api`
  (the emulator validates against it), the entry points, and no tests;
- the sdist has the document, the generator templates and configuration, and regenerating from the
  unpacked sdist gives exactly the `generated/` it ships;
- the wheel installs into a fresh venv (no system site-packages; only httpx and attrs come along) and,
  from a directory outside the source tree, `dispatch` and `dispatch_tickets_api` import from that venv,
  a call goes through `httpx.MockTransport` and the lazily parsed models behave; once with the newest
  httpx and attrs, once with the lowest versions pyproject.toml allows.

`--no-isolation` builds with the hatchling of this venv (a dev dependency): no build environment to
download, so the test runs in about half a minute.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import textwrap
import tomllib
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 180  # seconds, per subprocess: a hang fails the test instead of blocking the suite


def run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(
            f"command failed ({result.returncode}): {' '.join(map(str, args))}\n"
            f"--- stdout\n{result.stdout[-4000:]}\n--- stderr\n{result.stderr[-4000:]}"
        )
    return result.stdout


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``{"wheel": ..., "sdist": ...}`` built once for the module."""
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT)
    wheels = sorted(out.glob("dispatch_tickets-*.whl"))
    sdists = sorted(out.glob("dispatch_tickets-*.tar.gz"))
    assert len(wheels) == 1, f"expected one wheel in {sorted(p.name for p in out.iterdir())}"
    assert len(sdists) == 1, f"expected one sdist in {sorted(p.name for p in out.iterdir())}"
    return {"wheel": wheels[0], "sdist": sdists[0]}


def test_twine_check_passes(dist: dict[str, Path]) -> None:
    output = run(sys.executable, "-m", "twine", "check", "--strict", dist["wheel"], dist["sdist"])
    assert output.count("PASSED") == 2, output


def test_wheel_contents(dist: dict[str, Path]) -> None:
    with zipfile.ZipFile(dist["wheel"]) as wheel:
        names = set(wheel.namelist())
        entry_points = next(
            wheel.read(name).decode() for name in names if name.endswith(".dist-info/entry_points.txt")
        )
        metadata = next(wheel.read(name).decode() for name in names if name.endswith(".dist-info/METADATA"))
    for required in (
        "dispatch/__init__.py",
        "dispatch/py.typed",
        "dispatch/resources/tickets.py",
        "dispatch/testing/__init__.py",
        "dispatch_tickets_api/__init__.py",
        "dispatch_tickets_api/py.typed",
        "dispatch_tickets_api/openapi.yaml",
        "dispatch_tickets_api/models/ticket.py",
    ):
        assert required in names, f"{required} is missing from the wheel"
    tests = sorted(
        name
        for name in names
        if name.startswith(("tests/", "generated/"))
        or Path(name).name.startswith("test_")
        or Path(name).name == "conftest.py"
    )
    assert not tests, f"the wheel ships tests or source-tree paths: {tests}"
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]
    top_level = {name.split("/", 1)[0] for name in names if not name.split("/", 1)[0].endswith(".dist-info")}
    assert top_level == {"dispatch", "dispatch_tickets_api"}, top_level
    assert "dispatch-emulator = dispatch.testing.__main__:main" in entry_points
    assert "dispatch_tickets = dispatch.testing.pytest_plugin" in entry_points
    assert "Requires-Dist: httpx" in metadata
    assert "Requires-Dist: attrs" in metadata
    assert "Description-Content-Type: text/markdown" in metadata


def test_sdist_contents_and_regeneration_from_it(dist: dict[str, Path], tmp_path: Path) -> None:
    with tarfile.open(dist["sdist"]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
        if hasattr(tarfile, "data_filter"):  # Python >= 3.11.4: refuse absolute paths, links out, devices
            sdist.extractall(tmp_path, filter="data")
        else:  # pragma: no cover - our own sdist, just built
            sdist.extractall(tmp_path)
    for required in (
        "pyproject.toml",
        "README.md",
        "CHANGELOG.md",
        "openapi/dispatch-tickets.yaml",
        "openapi/generator-config.yaml",
        "openapi/generation.json",
        "templates/README.md",
        "templates/endpoint_module.py.jinja",
        "scripts/generate",
        "scripts/generate.py",
        "requirements/generate.txt",
        "generated/dispatch_tickets_api/py.typed",
    ):
        assert required in names, f"{required} is missing from the sdist"
    assert {name for name in names if name.startswith("templates/")} == {
        str(path.relative_to(ROOT)) for path in (ROOT / "templates").rglob("*") if path.is_file()
    }
    assert not [name for name in names if name.startswith((".venv/", "node_modules/", "site/", ".git/"))]

    # The generator and ruff pinned by the project are in this venv; the sdist brings everything else.
    (unpacked,) = tmp_path.iterdir()
    generator = {**os.environ, "DISPATCH_GENERATOR_PYTHON": str(ROOT / ".venv-generate" / "bin" / "python")}
    output = run(sys.executable, unpacked / "scripts" / "generate.py", "--check", cwd=unpacked, env=generator)
    assert "generated/ matches the pinned document" in output


SMOKE = textwrap.dedent(
    """
    import json, sys, importlib.resources
    import httpx
    import dispatch, dispatch_tickets_api
    from dispatch import DispatchTickets, Ticket

    TICKET = {
        "id": "tkt_1", "brandId": "br_1", "ticketNumber": 42, "title": "Cannot log in",
        "status": "open", "priority": "high", "source": "api", "commentCount": 0,
        "attachmentCount": 0, "isSpam": False,
        "createdAt": "2025-01-15T10:30:00Z", "updatedAt": "2025-01-15T10:30:00Z",
    }
    seen = []

    def handler(request):
        seen.append((request.method, request.url.path, request.headers.get("authorization")))
        return httpx.Response(200, json=TICKET, headers={"x-request-id": "req_1"})

    with DispatchTickets(api_key="sk_test_x", transport=httpx.MockTransport(handler)) as client:
        ticket = client.tickets.get("br_1", "tkt_1")

    assert isinstance(ticket, Ticket) and ticket.ticket_number == 42 and ticket.title == "Cannot log in"
    assert seen == [("GET", "/v1/brands/br_1/tickets/tkt_1", "Bearer sk_test_x")], seen

    # lazily parsed models, on whatever attrs this venv resolved
    import copy, pickle, datetime
    assert ticket.created_at == datetime.datetime(2025, 1, 15, 10, 30, tzinfo=datetime.timezone.utc)
    assert ticket.status == "open" and ticket.status.is_known
    for clone in (copy.copy, copy.deepcopy, lambda value: pickle.loads(pickle.dumps(value))):
        assert clone(Ticket.from_dict(TICKET)) == ticket
    bad = Ticket.from_dict({**TICKET, "createdAt": "yesterday"})
    assert "created_at=<unparsable>" in repr(bad) and bad.title == "Cannot log in"
    try:
        bad.created_at
    except dispatch.ResponseFieldError as error:
        assert (error.model, error.field) == ("Ticket", "created_at")
    else:
        raise AssertionError("no ResponseFieldError")
    document = importlib.resources.files("dispatch_tickets_api").joinpath("openapi.yaml")
    print(json.dumps({
        "dispatch": dispatch.__file__,
        "dispatch_tickets_api": dispatch_tickets_api.__file__,
        "version": dispatch.__version__,
        "document": document.is_file(),
        "prefix": sys.prefix,
    }))
    """
)


def lowest_dependencies() -> list[str]:
    """The runtime dependencies pinned to the lowest versions pyproject.toml allows ("attrs>=23.2" -> "attrs==23.2")."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = [re.sub(r">=([^,]+).*", r"==\1", requirement) for requirement in project["dependencies"]]
    assert all("==" in pin for pin in pins), pins
    return pins


@pytest.mark.parametrize("resolution", ["newest", "lowest"])
def test_wheel_installs_and_works_outside_the_source_tree(
    dist: dict[str, Path], tmp_path: Path, resolution: str
) -> None:
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv)  # no --system-site-packages
    python = venv / "bin" / "python"
    # This venv's pip installs into the fresh one: only the wheel and its runtime dependencies (at the
    # lowest versions the project claims to support, for "lowest").
    pins = lowest_dependencies() if resolution == "lowest" else []
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", dist["wheel"], *pins)
    installed = run(sys.executable, "-m", "pip", "--python", python, "list", "--format=json")
    versions = {item["name"].lower(): item["version"] for item in json.loads(installed)}
    names = set(versions)
    assert "dispatch-tickets" in names
    for pin in pins:  # e.g. attrs==23.2 installed as 23.2.0
        name, version = pin.split("==")
        assert versions[name].removesuffix(".0") == version.removesuffix(".0"), (pin, versions[name])
    assert not names & {"starlette", "uvicorn", "pytest", "mkdocs"}, names  # extras stay out

    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    (workdir / "smoke.py").write_text(SMOKE, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PYTHONNOUSERSITE"] = "1"
    result = json.loads(run(python, "-I", "smoke.py", cwd=workdir, env=env).strip().splitlines()[-1])

    site_packages = str(venv.resolve())
    for module in ("dispatch", "dispatch_tickets_api"):
        assert result[module].startswith(site_packages), f"{module} imported from {result[module]}"
        assert not result[module].startswith(str(ROOT)), f"{module} came from the source tree"
    assert result["document"] is True
    from dispatch import __version__

    assert result["version"] == __version__
