"""Fault injection: make chosen requests fail the way networks and servers fail, on purpose.

Kinds:

* ``status``: answer ``status`` (429 with ``retry-after``, 500, 502, 503, …) without acting.
* ``hang``: wait ``delay`` seconds (longer than the client's timeout), then handle the request normally,
  as a slow server would; the client has given up by then, but the write may still happen.
* ``drop_after``: handle the request and commit, then close the connection after the status line and
  headers, before the body: the client sees a broken response although the object was created (the
  duplicate-write case that idempotency keys exist for).
* ``drop_before``: close the connection the same way without acting.

A fault matches on method, a path glob relative to ``/v1`` (``*`` is one segment, ``**`` any number, so
``/brands/*/tickets`` is every brand's ticket list/create) or the ``/_storage`` paths of presigned URLs, an
operationId, and the API key or portal token of the request; all given criteria must hold. It fires
``times`` times (``None``: until removed), each time with ``probability`` (seeded with ``seed`` for
reproducible runs) when given. When several rules match, the first that fires wins; every matching
random rule still draws, so each rule's choices depend only on its own seed and the requests it matches.

A rule is checked when it is added (``ValueError``/``TypeError``, a 400 over HTTP): ``status`` an integer
(from 400 to 599 for a ``status`` fault; the other kinds ignore it), ``retry_after`` whole seconds >= 0,
``delay`` seconds from 0 to one day, ``times`` >= 1 or ``None``, ``probability`` from 0 to 1, ``seed`` an
integer, the others strings: a rule that would break every request it matches is refused, not kept.
"""

from __future__ import annotations

import random
import re
import threading
from dataclasses import dataclass, field
from typing import Any, Literal, cast, get_args

from dispatch.testing._numbers import is_finite_number, is_whole_number
from dispatch.testing._store import new_id

__all__ = ["FAULT_KINDS", "Fault", "FaultKind", "FaultSet"]

FaultKind = Literal["status", "hang", "drop_after", "drop_before"]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)
_MAX_DELAY = 86_400.0


def _glob(pattern: str) -> re.Pattern[str]:
    parts = []
    for segment in pattern.strip("/").split("/"):
        if segment == "**":
            parts.append(".*")
        else:
            parts.append("[^/]*".join(re.escape(p) for p in segment.split("*")))
    return re.compile("/" + "/".join(parts) + "/?")


@dataclass
class Fault:
    """One fault rule (see the module docstring)."""

    kind: FaultKind
    method: str | None = None
    path: str | None = None
    operation: str | None = None
    status: int = 503
    retry_after: int = 1
    delay: float | None = None
    times: int | None = 1
    probability: float | None = None
    seed: int | None = None
    api_key: str | None = None
    id: str = field(default_factory=lambda: new_id("flt", 10))
    hits: int = 0
    _rng: random.Random = field(default_factory=random.Random, repr=False)
    _regex: re.Pattern[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"fault kind must be one of {', '.join(FAULT_KINDS)}, not {self.kind!r}")
        self._check_fields()
        if self.seed is not None:
            self._rng.seed(self.seed)
        path = self.path
        if path is not None:
            path = path.removeprefix("/v1") or "/"
            self._regex = _glob(path)

    def _check_fields(self) -> None:
        for name in ("method", "path", "operation", "api_key"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise TypeError(f"fault {name} must be a string, not {value!r}")
        if not is_whole_number(self.status) or (self.kind == "status" and not 400 <= self.status <= 599):
            raise ValueError(f"fault status must be an integer from 400 to 599, not {self.status!r}")
        if not is_whole_number(self.retry_after) or not 0 <= self.retry_after <= _MAX_DELAY:
            raise ValueError(
                f"fault retry_after must be whole seconds from 0 to 86400, not {self.retry_after!r}"
            )
        if self.delay is not None and not (is_finite_number(self.delay) and 0 <= self.delay <= _MAX_DELAY):
            raise ValueError(f"fault delay must be seconds from 0 to 86400, not {self.delay!r}")
        if self.times is not None and not (is_whole_number(self.times) and self.times >= 1):
            raise ValueError(f"fault times must be an integer >= 1 or null (no limit), not {self.times!r}")
        if self.probability is not None and not (
            is_finite_number(self.probability) and 0 <= self.probability <= 1
        ):
            raise ValueError(f"fault probability must be a number from 0 to 1, not {self.probability!r}")
        if self.seed is not None and not is_whole_number(self.seed):
            raise ValueError(f"fault seed must be an integer, not {self.seed!r}")

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.hits >= self.times

    def matches(self, method: str, path: str, operation_id: str | None, credential: str | None) -> bool:
        if self.method not in (None, "*") and self.method.upper() != method.upper():
            return False
        if self.operation is not None and self.operation != operation_id:
            return False
        if self.api_key is not None and self.api_key != credential:
            return False
        return self._regex is None or self._regex.fullmatch(path) is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "method": self.method,
            "path": self.path,
            "operation": self.operation,
            "status": self.status,
            "retryAfter": self.retry_after,
            "delay": self.delay,
            "times": self.times,
            "probability": self.probability,
            "seed": self.seed,
            "apiKey": self.api_key,
            "hits": self.hits,
        }


class FaultSet:
    """The active faults of an emulator; thread-safe (tests add them while the server runs)."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(
        self,
        kind: FaultKind = "status",
        *,
        method: str | None = None,
        path: str | None = None,
        operation: str | None = None,
        status: int = 503,
        retry_after: int = 1,
        delay: float | None = None,
        times: int | None = 1,
        probability: float | None = None,
        seed: int | None = None,
        api_key: str | None = None,
    ) -> Fault:
        """Add a fault; answers it (``fault.hits`` counts how often it fired)."""
        fault = Fault(
            kind=kind,
            method=method,
            path=path,
            operation=operation,
            status=status,
            retry_after=retry_after,
            delay=delay,
            times=times,
            probability=probability,
            seed=seed,
            api_key=api_key,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def add_json(self, spec: dict[str, Any]) -> Fault:
        """Add a fault described as JSON (``POST /_emulator/faults``), camelCase or snake_case keys."""
        names = {"retryAfter": "retry_after", "apiKey": "api_key"}
        args = {names.get(k, k): v for k, v in spec.items()}
        allowed = {"method", "path", "operation", "status", "retry_after", "delay", "times"}
        allowed |= {"probability", "seed", "api_key"}
        unknown = set(args) - allowed - {"kind"}
        if unknown:
            raise ValueError(f"unknown fault fields: {sorted(unknown)}")
        kind = cast(FaultKind, args.pop("kind", "status"))
        return self.add(kind, **args)

    def take(self, method: str, path: str, operation_id: str | None, credential: str | None) -> Fault | None:
        """The first fault that fires for this request (counting the hit), or ``None``."""
        chosen: Fault | None = None
        with self._lock:
            for fault in self._faults:
                if fault.exhausted or not fault.matches(method, path, operation_id, credential):
                    continue
                # Every matching random rule draws, even after another fired, so a rule's choices depend
                # only on its seed and the requests it matches, never on the other rules.
                fires = fault.probability is None or fault._rng.random() < fault.probability
                if fires and chosen is None:
                    chosen = fault
            if chosen is not None:
                chosen.hits += 1
        return chosen

    def remove(self, fault: Fault | str) -> bool:
        fault_id = fault if isinstance(fault, str) else fault.id
        with self._lock:
            before = len(self._faults)
            self._faults = [f for f in self._faults if f.id != fault_id]
            return len(self._faults) != before

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def list(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)
