"""Prism in mock mode, from the document alone: every generated endpoint function, called with the
documented example body through the generated client, gets the documented success status back, and
Prism finds nothing to object to (no ``sl-violations``) in what the generated client sent.

This checks the generated client against the document as an independent tool reads it: paths, methods,
auth, parameter encoding and example bodies, without the emulator.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from pathlib import Path
from typing import Any

import pytest
import yaml

from dispatch_tickets_api import AuthenticatedClient, Client
from dispatch_tickets_api.types import Unset
from tests.contract.conftest import Prism

DOCUMENT = Path(__file__).resolve().parents[2] / "openapi" / "dispatch-tickets.yaml"
SPEC: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
TOKEN = "sk_test_prism_mock"


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations() -> list[Any]:
    return [
        pytest.param(method.upper(), path, op, id=op["operationId"])
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    ]


def success_status(op: dict[str, Any]) -> int:
    return min(int(status) for status in op["responses"] if status.startswith("2"))


def parameter_value(param: dict[str, Any]) -> Any:
    """The parameter's documented example, else its schema's, else a plausible value."""
    schema = resolve(param.get("schema", {}))
    for value in (param.get("example"), schema.get("example")):
        if value is not None:
            return value
    if "enum" in schema:
        return schema["enum"][0]
    return f"{param['name']}-1"


def body_argument(module: Any, op: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(module.sync_detailed)
    if "body" not in hints:
        return {}
    example = op["requestBody"]["content"]["application/json"]["example"]
    model = next(t for t in typing.get_args(hints["body"]) or (hints["body"],) if t is not Unset)
    if model is dict or typing.get_origin(model) is dict:
        return {"body": example}
    return {"body": model.from_dict(example)}


def test_every_operation_is_covered() -> None:
    assert len(operations()) == sum(
        1
        for item in SPEC["paths"].values()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    )


@pytest.mark.parametrize(("method", "path", "op"), operations())
def test_generated_endpoint_against_prism_mock(
    method: str, path: str, op: dict[str, Any], prism_mock: Prism
) -> None:
    module = importlib.import_module(f"dispatch_tickets_api.api.{op['tags'][0]}.{op['operationId']}")
    params = [resolve(p) for p in op.get("parameters", [])]
    args = [parameter_value(p) for p in params if p["in"] == "path"]
    accepted = inspect.signature(module.sync_detailed).parameters
    query = {
        name: parameter_value(p)
        for p in params
        if p["in"] == "query" and p.get("required")
        for name in [p["name"]]
        if name in accepted
    }
    secured = bool(op.get("security"))
    client: Client | AuthenticatedClient = (
        AuthenticatedClient(base_url=prism_mock.url, token=TOKEN, raise_on_unexpected_status=False)
        if secured
        else Client(base_url=prism_mock.url)
    )
    with client:
        response = module.sync_detailed(*args, client=client, **body_argument(module, op), **query)
    violations = response.headers.get("sl-violations")
    assert violations is None, f"{method} {path}: {violations}"
    assert response.status_code == success_status(op), response.content[:500]
    if response.status_code != 204:
        assert response.parsed is not None, f"{op['operationId']}: the example did not parse"
