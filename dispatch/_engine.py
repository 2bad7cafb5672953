"""The HTTP engines a client can run on: httpx (the default) and its maintained fork httpx2.

The two have the same API and distinct types: an ``httpx2.Request`` is no ``httpx.Request``, an
``httpx2.ConnectError`` no ``httpx.ConnectError``. Everything in the SDK that names an httpx class asks the
:class:`Engine` of the objects at hand instead, so one code path serves both, and a client built on one
engine never meets the other's objects:

- the engine of a client is chosen once, at construction: ``engine="httpx2"``, or the engine of the
  ``http_client=`` or ``transport=`` given (an ``httpx2.MockTransport`` makes an httpx2 client);
- mixing them (an httpx transport inside an httpx2 client) is a ``TypeError`` at construction, never a
  request that silently skips the caller's mock;
- httpx2 is imported only when a client asks for it: ``import dispatch`` and httpx clients never load it.
"""

from __future__ import annotations

import functools
import importlib
from types import ModuleType
from typing import Any, Final, Literal

__all__ = [
    "DEFAULT_ENGINE",
    "ENGINE_NAMES",
    "Engine",
    "EngineName",
    "choose_engine",
    "engine_named",
    "engine_of",
]

EngineName = Literal["httpx", "httpx2"]
ENGINE_NAMES: Final = ("httpx", "httpx2")
DEFAULT_ENGINE: Final[EngineName] = "httpx"
ENGINE_USER_AGENTS: Final = ("python-httpx/", "python-httpx2/")  # the engines' default User-Agent prefixes
_INSTALL_HINT = {"httpx2": 'pip install "dispatch-tickets[httpx2]"'}


class Engine:
    """One HTTP engine: its module, and the classes the SDK uses, looked up on first use."""

    def __init__(self, name: EngineName) -> None:
        self.name: EngineName = name

    @functools.cached_property
    def module(self) -> ModuleType:
        try:
            return importlib.import_module(self.name)
        except ImportError as exc:
            hint = _INSTALL_HINT.get(self.name, f"pip install {self.name}")
            raise ImportError(f"the {self.name} engine is not installed: {hint}") from exc

    def __getattr__(self, name: str) -> Any:
        # engine.Client, engine.RequestError, engine.ByteStream...: the engine's own class of that name
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self.module, name)
        setattr(self, name, value)  # cached: __getattr__ is not called again for it
        return value

    def __repr__(self) -> str:
        return f"Engine({self.name!r})"


_ENGINES: dict[str, Engine] = {name: Engine(name) for name in ENGINE_NAMES}


def engine_named(name: str) -> Engine:
    """The engine called ``name`` ("httpx" or "httpx2"); a ValueError for any other name."""
    try:
        return _ENGINES[name]
    except KeyError:
        raise ValueError(f"engine must be one of {', '.join(ENGINE_NAMES)}, not {name!r}") from None


def engine_name_of(obj: object) -> str | None:
    """ "httpx" or "httpx2" for an object whose class (or a base class) comes from that package, else None.

    The first engine class in the method resolution order decides, so a subclass of
    ``httpx2.MockTransport`` is httpx2's. The SDK's own transports belong to neither.
    """
    if type(obj).__module__.partition(".")[0] == "dispatch":
        # ours serve either engine (they subclass httpx's bases only for type checkers); the package, not a
        # prefix: a caller's "dispatcher_app" transport is checked like any other
        return None
    for cls in type(obj).__mro__:
        root = cls.__module__.partition(".")[0]
        if root in _ENGINES:
            return root
    return None


def engine_of(obj: object, default: Engine | None = None) -> Engine:
    """The :class:`Engine` of a request, response, exception or client (``default`` when none)."""
    name = engine_name_of(obj)
    if name is None:
        return default or _ENGINES[DEFAULT_ENGINE]
    return _ENGINES[name]


def choose_engine(
    engine: str | None,
    *,
    http_client: object = None,
    transport: object = None,
    asynchronous: bool | None = None,
    owner: str = "this client",
) -> Engine:
    """The engine of a new client: the one named, else the one of the objects given, else httpx.

    A caller's httpx (or httpx2) client is looked into: its transport and its mounts must be of its engine
    too (an ``httpx2.Client`` around an ``httpx.MockTransport`` would fail inside httpx2 on the first
    request). With ``asynchronous`` given, the client and every transport must also be of that flavour:
    a sync ``httpx.Client`` cannot serve an async SDK client, nor an ``httpx.AsyncHTTPTransport`` a sync one.

    Raises:
        TypeError: two of them belong to different engines (naming both), e.g. an ``httpx.MockTransport``
            given to a client built on httpx2: its requests would never reach that mock; or one of them is
            synchronous for an asynchronous ``owner`` (or the reverse), naming what was given and what is
            expected.
        ValueError: an unknown engine name.
    """
    objects = {"http_client": http_client, "transport": transport, **_contents_of(http_client)}
    chosen: dict[str, str] = {}
    if engine is not None:
        chosen["engine"] = engine_named(engine).name
    for label, obj in objects.items():
        if obj is None:
            continue
        name = engine_name_of(obj)
        if name is not None:
            chosen[label] = name
    if len(set(chosen.values())) > 1:
        described = ", ".join(f"{label}={name}" for label, name in chosen.items())
        raise TypeError(
            f"mixed HTTP engines ({described}): httpx and httpx2 objects cannot work together; "
            "build the client, transport and http_client with one engine"
        )
    if asynchronous is not None:
        _check_flavour(objects, asynchronous, owner)
    return _ENGINES[next(iter(chosen.values()), DEFAULT_ENGINE)]


def _engine_client_classes(obj: object) -> tuple[type, type] | None:
    """(Client, AsyncClient) of ``obj``'s engine when it is a client of that engine, else None.

    Only an object already of an engine gets here, so its engine's module is loaded: no import of httpx2.
    """
    name = engine_name_of(obj)
    if name is None:
        return None
    engine = _ENGINES[name]
    classes: tuple[type, type] = (engine.Client, engine.AsyncClient)
    return classes if isinstance(obj, classes) else None


def _contents_of(http_client: object) -> dict[str, object]:
    """The transports inside a caller's httpx/httpx2 client, by label: its transport, then its mounts.

    ``_transport`` and ``_mounts`` are private to httpx (and httpx2), so they are read only on the engines'
    own client classes, and defensively: a version without them is simply not looked into.
    """
    if _engine_client_classes(http_client) is None:
        return {}
    found: dict[str, object] = {"http_client's transport": getattr(http_client, "_transport", None)}
    mounts = getattr(http_client, "_mounts", None)
    if isinstance(mounts, dict):
        for pattern, mounted in mounts.items():
            # a mount of None means "no proxy for these URLs": nothing to check
            found[f"http_client's mount {getattr(pattern, 'pattern', pattern)!r}"] = mounted
    return found


def _check_flavour(objects: dict[str, object], asynchronous: bool, owner: str) -> None:
    """A TypeError naming the first client or transport that is not of ``owner``'s flavour (sync or async)."""
    flavour, article = ("asynchronous", "an") if asynchronous else ("synchronous", "a")
    for label, obj in objects.items():
        if obj is None:
            continue
        classes = _engine_client_classes(obj)
        if classes is not None:
            expected = classes[1] if asynchronous else classes[0]
            if not isinstance(obj, expected):
                raise TypeError(
                    f"{owner} is {flavour}: {_as_argument(label)} must be an {_described_class(expected)}, "
                    f"not {_described(obj)}"
                )
            continue
        if label == "http_client":
            continue  # not an engine's client: its flavour cannot be told before a request
        method = "handle_async_request" if asynchronous else "handle_request"
        if not callable(getattr(obj, method, None)):
            root = engine_name_of(obj) or DEFAULT_ENGINE
            example = f"{root}.AsyncHTTPTransport" if asynchronous else f"{root}.HTTPTransport"
            raise TypeError(
                f"{owner} is {flavour}: {_as_argument(label)} must be {article} {flavour} transport (with "
                f"{method}(), e.g. {example} or {root}.MockTransport), not {_described(obj)}"
            )


def _as_argument(label: str) -> str:
    return f"{label}=" if label in ("http_client", "transport") else label


def _described_class(cls: type) -> str:
    root = cls.__module__.partition(".")[0]
    return f"{root}.{cls.__qualname__}" if root in _ENGINES else f"{cls.__module__}.{cls.__qualname__}"


def _described(obj: object) -> str:
    return _described_class(type(obj))
