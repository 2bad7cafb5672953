"""MkDocs hook: fail the (strict) build when a public name has no entry in the API reference.

After the site is written, every name exported by the public modules must be the anchor of a rendered
object:

- ``dispatch.__all__``: ``dispatch.<name>`` (documented under its public path), or, for the generated
  models and ``ResponseFieldError``, ``dispatch_tickets_api.models.<name>`` / ``dispatch_tickets_api.types.<name>``;
- the ``__all__`` of ``dispatch.pagination``, ``dispatch.webhooks``, ``dispatch.testing``,
  ``dispatch.testing.pytest_plugin`` and every public module of ``dispatch.resources``: ``<module>.<name>``,
  or the same object documented elsewhere (``dispatch.WebhookPayloadError`` for
  ``dispatch.webhooks.WebhookPayloadError``).

A warning under the ``mkdocs`` logger counts in strict mode, so a public name added to the package
without a reference entry fails ``scripts/docs``.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import re
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.check_reference")

_ANCHOR = re.compile(r'\bid="([A-Za-z_][\w.]*)"')
_NOT_DOCUMENTED = {"__version__"}  # a plain string, mentioned on the reference index page instead
_MODULES = ("dispatch.pagination", "dispatch.webhooks", "dispatch.testing", "dispatch.testing.pytest_plugin")


def _public_modules() -> list[str]:
    import dispatch.resources

    resources = [
        f"dispatch.resources.{info.name}"
        for info in pkgutil.iter_modules(dispatch.resources.__path__)
        if not info.name.startswith("_")
    ]
    return [*_MODULES, *sorted(resources)]


def _missing(anchors: set[str]) -> list[str]:
    import dispatch

    generated = ("dispatch_tickets_api.models.", "dispatch_tickets_api.types.")
    models = {a.rsplit(".", 1)[-1] for a in anchors if a.startswith(generated)}
    documented = {a.rsplit(".", 1)[-1] for a in anchors if a.startswith("dispatch.")}
    missing = [
        f"dispatch.{name}"
        for name in dispatch.__all__
        if name not in _NOT_DOCUMENTED and f"dispatch.{name}" not in anchors and name not in models
    ]
    for module_name in _public_modules():
        module = importlib.import_module(module_name)
        missing += [
            f"{module_name}.{name}"
            for name in getattr(module, "__all__", ())
            if f"{module_name}.{name}" not in anchors and name not in documented
        ]
    return missing


def on_post_build(config: Any, **kwargs: Any) -> None:
    site = Path(config["site_dir"]) / "reference"
    anchors: set[str] = set()
    for page in site.rglob("*.html"):
        anchors.update(_ANCHOR.findall(page.read_text(encoding="utf-8")))
    missing = _missing(anchors)
    if missing:
        log.warning(
            "the API reference (docs/reference/) documents no object for %d public name(s): %s",
            len(missing),
            ", ".join(missing),
        )
