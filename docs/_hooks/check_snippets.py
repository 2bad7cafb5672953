"""MkDocs hook: the Python examples of the guides must parse and name only what the SDK has.

For every fenced ``python`` block of a page (blocks included from ``examples/`` are skipped: the tests run
those files), warn, and so fail the strict build, when

- the block is not valid Python (top-level ``await`` / ``async for`` are allowed, as in a notebook);
- it imports a name that ``dispatch`` or ``dispatch_tickets_api`` (or the named submodule) does not have;
- it calls ``client.<resource>.<method>`` or ``portal.tickets.<method>`` for a resource or method that the
  clients do not have.

A renamed method then breaks the documentation build instead of silently leaving a stale guide.
"""

from __future__ import annotations

import ast
import importlib
import logging
import re
from typing import Any

log = logging.getLogger("mkdocs.hooks.check_snippets")

_BLOCK = re.compile(r"^(?P<indent> *)```python[^\n]*\n(?P<code>.*?)^(?P=indent)```", re.DOTALL | re.MULTILINE)
_OWN = ("dispatch", "dispatch_tickets_api")
_CLIENT_NAMES = {"client", "admin", "fast", "quiet", "traced"}  # names the guides give an admin client


def _parse(code: str) -> ast.Module:
    try:
        return ast.parse(code)
    except SyntaxError:
        body = "\n".join(f"    {line}" for line in code.splitlines())
        return ast.parse(f"async def _example():\n{body or '    pass'}\n")  # top-level await


def _missing_import(module_name: str, name: str) -> bool:
    module = importlib.import_module(module_name)
    if hasattr(module, name):
        return False
    try:
        importlib.import_module(f"{module_name}.{name}")
    except ImportError:
        return True
    return False


def _problems(code: str) -> list[str]:
    from dispatch import DispatchTickets
    from dispatch.resources.portal_tickets import PortalTickets

    try:
        tree = _parse(code)
    except SyntaxError as error:
        return [f"not valid Python: {error.msg} (line {error.lineno})"]
    problems: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in _OWN:
            try:
                problems += [
                    f"`from {node.module} import {alias.name}`: no such name"
                    for alias in node.names
                    if _missing_import(node.module, alias.name)
                ]
            except ImportError:
                problems.append(f"`from {node.module} import ...`: no such module")
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Attribute)
            and isinstance(node.value.value, ast.Name)
        ):
            owner, resource, method = node.value.value.id, node.value.attr, node.attr
            if owner == "portal" and resource == "tickets":
                if not hasattr(PortalTickets, method):
                    problems.append(f"`portal.tickets.{method}`: no such method")
            elif owner in _CLIENT_NAMES or owner == "DispatchTickets":
                cls = getattr(DispatchTickets, resource, None)
                if cls is None:
                    if owner != "DispatchTickets":
                        problems.append(f"`{owner}.{resource}`: the client has no such resource")
                elif isinstance(cls, type) and not hasattr(cls, method):
                    problems.append(f"`{owner}.{resource}.{method}`: no such method")
    return problems


def on_page_markdown(markdown: str, page: Any, **kwargs: Any) -> str:
    for match in _BLOCK.finditer(markdown):
        indent = len(match.group("indent"))
        code = "\n".join(line[indent:] for line in match.group("code").splitlines())
        if "--8<--" in code:
            continue
        line = markdown.count("\n", 0, match.start()) + 1
        for problem in _problems(code):
            log.warning("%s:%d: Python example: %s", page.file.src_uri, line, problem)
    return markdown
