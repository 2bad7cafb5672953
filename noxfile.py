"""nox sessions: thin wrappers over scripts/, which run in the project's .venv (made by scripts/bootstrap).

nox -s generate | tests | lint | typecheck | bench | record | docs
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "none"
nox.options.sessions = ["lint", "typecheck", "tests"]

VENV_BIN = ".venv/bin/"


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from the pinned OpenAPI document (`-- --check` to only compare)."""
    session.run("scripts/generate", *session.posargs, external=True)


@nox.session
def tests(session: nox.Session) -> None:
    """The whole pytest suite (unit, cassettes, end-to-end, contract)."""
    session.run("scripts/bootstrap", external=True)
    session.run(VENV_BIN + "python", "-m", "pytest", *session.posargs, external=True)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.run("scripts/bootstrap", external=True)
    for args in (("check",), ("format", "--check")):
        session.run(
            VENV_BIN + "ruff", *args, "dispatch", "tests", "examples", "scripts", "noxfile.py", external=True
        )


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over dispatch/ and generated/."""
    session.run("scripts/bootstrap", external=True)
    session.run(VENV_BIN + "mypy", "dispatch", external=True)
    with session.chdir("generated"):
        session.run(
            "../" + VENV_BIN + "mypy",
            "--config-file",
            "../openapi/mypy-generated.ini",
            "dispatch_tickets_api",
            external=True,
        )


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against raw httpx (`-- --quick` for a small run)."""
    session.run("scripts/bench", *session.posargs, external=True)


@nox.session
def record(session: nox.Session) -> None:
    """Re-record the vcrpy cassettes from the local emulator."""
    session.run("scripts/bootstrap", external=True)
    session.run(
        VENV_BIN + "python",
        "-m",
        "pytest",
        "tests/cassettes",
        "--record-mode=rewrite",
        *session.posargs,
        external=True,
    )


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation site (warnings are errors)."""
    session.run("scripts/docs", *session.posargs, external=True)
