"""Griffe extension: read the reST bits of the SDK's docstrings as Markdown before mkdocstrings renders them.

The docstrings are Google style, but cross-references are written the Sphinx way (``:class:`Hooks```,
``:meth:`~dispatch.DispatchPortal.refresh```) and literal blocks are introduced with ``::``. This turns

- ``:role:`target``` into the autorefs link ``[`target`][full.path]``. A short target is resolved the way
  Sphinx does, from the docstring's own scope outwards: its class (inherited members included), then the
  enclosing classes and the module. A path inside a private module is then rewritten to the public name
  that ``dispatch`` re-exports (``dispatch._transport.RetryConfig`` -> ``dispatch.RetryConfig``), which is
  where the reference documents it. A target that resolves nowhere is left as written: autorefs then
  warns, and the strict build fails on the broken reference. A dotted target outside the SDK
  (``hmac.compare_digest``, ``httpx.Timeout``) is shown as code without a link: the build is offline, with
  no inventories of other projects;
- a paragraph ending in ``::`` into one ending in ``:`` (the indented block after it is already code);
- an ``Example:`` section title into ``Examples:``, the one griffe's Google parser reads as code examples
  (it would otherwise render ``Example:`` as a note, with the ``>>>`` lines as quotes);
- a ``TypedDict`` of keyword arguments (``TicketCreateFields``) into one compact table of its keys and
  their types, appended to its docstring as an ``Attributes:`` section, instead of one heading per key.

Loaded by mkdocs.yml (``plugins.mkdocstrings.handlers.python.options.extensions``); it only changes the
docstrings in the documentation build, never the code.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import griffe

_OWN_PACKAGES = ("dispatch", "dispatch_tickets_api")
# The generated models: `dispatch` re-exports them lazily (PEP 562), which griffe cannot follow statically.
_MODEL_NAMES = frozenset(importlib.import_module("dispatch_tickets_api.models").__all__)
_ROLE = re.compile(
    r":(?:py:)?(class|meth|func|attr|data|mod|exc|obj|const|type):`(~)?([A-Za-z_][\w.]*?)(\(\))?`"
)
_LITERAL_BLOCK = re.compile(r"(?<=\S)::[ \t]*$", re.MULTILINE)
_BARE_LITERAL_BLOCK = re.compile(r"^[ \t]*::[ \t]*\n", re.MULTILINE)
_EXAMPLE_TITLE = re.compile(r"^([ \t]*)Example:[ \t]*$", re.MULTILINE)


def _members(scope: griffe.Object | griffe.Alias) -> dict[str, Any]:
    if scope.is_class:
        try:
            return dict(scope.all_members)  # inherited members too, like Sphinx
        except Exception:  # a base outside the loaded packages: fall back to the class's own members
            return dict(scope.members)
    return dict(scope.members)


def _resolve(obj: griffe.Object, target: str) -> str | None:
    """The full path of ``target`` seen from ``obj``'s docstring, or None."""
    head, _, rest = target.partition(".")
    if head == "dispatch" and rest.partition(".")[0] in _MODEL_NAMES:
        # `dispatch.Ticket` is the generated model, re-exported lazily: documented on the models page
        return f"dispatch_tickets_api.models.{rest}"
    if head in _OWN_PACKAGES:
        return target
    scope: griffe.Object | None = obj if (obj.is_class or obj.is_module) else obj.parent
    while scope is not None:
        members = _members(scope)
        if head in members:
            member = members[head]
            if scope.is_class:
                path = f"{scope.path}.{head}"  # where it is documented: under this class
            else:
                path = member.target_path if member.is_alias else member.path
            return f"{path}.{rest}" if rest else path
        if scope.name == head:
            return f"{scope.path}.{rest}" if rest else scope.path
        scope = scope.parent
    return None


def _public_paths(package: griffe.Object) -> dict[str, str]:
    """``{defining path: public path}`` for every object the package's root re-exports."""
    public: dict[str, str] = {}
    for name, member in package.members.items():
        if name.startswith("_") or not member.is_alias:
            continue
        target = member.target_path
        if target.startswith(f"{package.path}.") and target != f"{package.path}.{name}":
            public[target] = f"{package.path}.{name}"
    return public


def _publish(path: str, public: dict[str, str]) -> str:
    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        prefix = ".".join(parts[:cut])
        if prefix in public:
            return ".".join([public[prefix], *parts[cut:]])
    return path


def _keys_as_table(cls: griffe.Object) -> None:
    """Fold a TypedDict's keys into an ``Attributes:`` section of its docstring and drop them as members."""
    keys = [
        (name, member)
        for name, member in cls.members.items()
        if not member.is_alias and member.is_attribute and not name.startswith("_")
    ]
    if not keys:
        return
    lines = ["Attributes:"]
    for name, member in keys:
        summary = member.docstring.value.split("\n", 1)[0] if member.docstring else ""
        lines.append(f"    {name} ({member.annotation}): {summary}".rstrip())
        del cls.members[name]
    section = "\n".join(lines)
    if cls.docstring is None:
        cls.docstring = griffe.Docstring(section, parent=cls)
    else:
        cls.docstring.value = f"{cls.docstring.value.rstrip()}\n\n{section}"


class SphinxRolesToMarkdown(griffe.Extension):
    """Rewrites every docstring of the loaded packages once the object tree is complete."""

    def __init__(self) -> None:
        self._public: dict[str, dict[str, str]] = {}

    def _public_for(self, obj: griffe.Object) -> dict[str, str]:
        package = obj.package
        if package.path not in self._public:
            self._public[package.path] = _public_paths(package)
        return self._public[package.path]

    def convert(self, obj: griffe.Object, text: str) -> str:
        """``text`` (the docstring of ``obj``) with its roles and ``::`` markers turned into Markdown."""

        def link(match: re.Match[str]) -> str:
            role, short, target, _parens = match.groups()
            shown = target.rsplit(".", 1)[-1] if short else target
            if role in ("meth", "func"):
                shown += "()"
            resolved = _resolve(obj, target)
            if resolved is None:
                if "." in target and target.split(".", 1)[0] not in _OWN_PACKAGES:
                    return f"`{shown}`"  # another project's object: no link offline
                return f"[`{shown}`][{target}]"  # unresolvable: autorefs warns, the strict build fails
            if resolved.split(".", 1)[0] not in _OWN_PACKAGES:
                return f"`{shown}`"
            return f"[`{shown}`][{_publish(resolved, self._public_for(obj))}]"

        text = _ROLE.sub(link, text)
        text = _BARE_LITERAL_BLOCK.sub("", text)
        text = _EXAMPLE_TITLE.sub(r"\1Examples:", text)
        return _LITERAL_BLOCK.sub(":", text)

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = self.convert(obj, obj.docstring.value)
        if obj.is_class and any(str(base).rsplit(".", 1)[-1] == "TypedDict" for base in obj.bases):
            _keys_as_table(obj)

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        # on_object is not fired for the package's root module itself.
        if pkg.docstring is not None:
            pkg.docstring.value = self.convert(pkg, pkg.docstring.value)
