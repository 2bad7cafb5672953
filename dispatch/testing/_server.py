"""The :class:`Emulator`: the app served by uvicorn on a background thread, plus the test-side API.

``with Emulator() as emulator:`` binds a free port on 127.0.0.1 (or the one given), serves, and returns
only once ``GET /`` answers; leaving the block stops the server and the webhook worker cleanly. The
object is also the in-process remote control: faults, the clock, magic-link tokens, webhook deliveries,
and strict-mode drift reports.
"""

from __future__ import annotations

import copy
import logging
import secrets
import socket
import threading
import time
from collections.abc import Sequence
from types import TracebackType
from typing import Any, Self

import httpx
import uvicorn
from starlette.applications import Starlette

from dispatch.testing._app import build_app
from dispatch.testing._auth import KEY_PREFIX
from dispatch.testing._clock import Clock, ClockSource
from dispatch.testing._context import Settings
from dispatch.testing._control import latest_magic_link
from dispatch.testing._errors import EmulatorDriftError
from dispatch.testing._faults import FaultSet
from dispatch.testing._intake import DEFAULT_MAX_BODY_BYTES
from dispatch.testing._responses import ConnectionDropped
from dispatch.testing._spec import API_PREFIX
from dispatch.testing._state import EmulatorState
from dispatch.testing._store import Json

__all__ = ["Emulator"]

_STARTUP_TIMEOUT = 15.0


def _stderr_log_config() -> dict[str, Any]:
    """uvicorn's own logging setup with its access log moved to stderr (uvicorn prints it on stdout):
    stdout is for what the CLI prints, its first line the URL scripts read (the readiness check's
    ``GET /`` would otherwise be logged before it)."""
    config = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    config["handlers"]["access"]["stream"] = "ext://sys.stderr"
    return config


class _QuietDrops(logging.Filter):
    """Keep uvicorn from logging a traceback for every connection a ``drop_*`` fault breaks on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        while exc is not None:
            if isinstance(exc, ConnectionDropped):
                return False
            exc = exc.__cause__ or exc.__context__
        return True


class Emulator:
    """A local Dispatch Tickets API, faithful to the pinned OpenAPI document.

    Args:
        host: interface to bind (default 127.0.0.1).
        port: port to bind; 0 (default) picks a free one.
        db_path: SQLite file to keep state in across restarts; default: memory only.
        validate_responses: strict mode: validate every response and webhook payload against the document
            and record any mismatch as drift (answered as a 500; :meth:`check` raises).
        rate_limit: requests per window and credential (default: effectively unlimited).
        rate_limit_window: window length in seconds.
        clock: source of the current time (``FakeClock()`` to move time by hand).
        webhook_retry_delays: seconds to wait before each retry of a failed delivery; attempts are
            one more than its length.
        webhook_timeout: seconds a receiver has to answer a delivery.
        hang_seconds: how long a ``hang`` fault waits when it does not say.
        max_body_size: the largest request body in bytes (larger ones are answered 413); default 4 MiB.
        upload_expires_in: seconds a presigned upload URL stays valid.
        portal_token_ttl: seconds a portal token stays valid.
        log_level: uvicorn's log level.
        configure_logging: let uvicorn install its own log handlers (the CLI does); by default its
            records propagate to your logging setup (and pytest's capture) untouched.
    """

    host: str
    """The interface it binds."""
    port: int
    """The port it listens on (the requested one, or the free one picked by :meth:`start`)."""
    state: EmulatorState
    """Every account's data, the faults and the recorded drift: what the routes read and write."""
    app: Starlette
    """The ASGI application, to mount or to call in-process (``httpx.ASGITransport(app=...)``)."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        db_path: str | None = None,
        validate_responses: bool = True,
        rate_limit: int | None = None,
        rate_limit_window: float = 60.0,
        clock: ClockSource | None = None,
        webhook_retry_delays: Sequence[float] = (1.0, 5.0),
        webhook_timeout: float = 5.0,
        hang_seconds: float = 10.0,
        max_body_size: int = DEFAULT_MAX_BODY_BYTES,
        upload_expires_in: int = 900,
        portal_token_ttl: int = 3600,
        log_level: str = "warning",
        configure_logging: bool = False,
    ) -> None:
        self.host = host
        self._requested_port = port
        self._log_level = log_level
        self._configure_logging = configure_logging
        self.state = EmulatorState(
            db_path=db_path,
            clock=clock,
            validate_responses=validate_responses,
            rate_limit=rate_limit,
            rate_limit_window=rate_limit_window,
            webhook_retry_delays=webhook_retry_delays,
            webhook_timeout=webhook_timeout,
            hang_seconds=hang_seconds,
            max_body_size=max_body_size,
            settings=Settings(upload_expires_in=upload_expires_in, portal_token_ttl=portal_token_ttl),
        )
        self.app = build_app(self.state)
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._stopped = False
        self.port = port

    # -- lifecycle ------------------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind, serve on a background thread, and wait (bounded) until ``GET /`` answers."""
        if self._thread is not None:
            return self
        if self._stopped:
            raise RuntimeError(
                "an Emulator runs once: create a new one (with the same db_path to keep the state)"
            )
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on such sockets (else 40 ms per response)
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self._requested_port))
            sock.listen(128)
        except OSError:
            sock.close()
            raise
        sock.setblocking(False)
        self._socket = sock
        self.port = int(sock.getsockname()[1])
        uvicorn_log = logging.getLogger("uvicorn.error")
        if not any(isinstance(f, _QuietDrops) for f in uvicorn_log.filters):
            uvicorn_log.addFilter(_QuietDrops())
        config = uvicorn.Config(
            self.app,
            log_level=self._log_level,
            log_config=_stderr_log_config() if self._configure_logging else None,
            access_log=self._configure_logging and self._log_level in ("debug", "info", "trace"),
            lifespan="off",
            timeout_graceful_shutdown=1,
            timeout_keep_alive=5,
        )
        self._server = uvicorn.Server(config)
        self.state.stopping.clear()
        self.state.webhooks.start()
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="dispatch-emulator", daemon=True
        )
        self._thread.start()
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + _STARTUP_TIMEOUT
        with httpx.Client(timeout=1.0, trust_env=False) as client:
            while True:
                try:
                    if client.get(self.root_url + "/").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                if self._thread is None or not self._thread.is_alive() or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"the emulator did not start on {self.root_url}")
                time.sleep(0.02)

    def stop(self) -> None:
        """Stop serving and delivering; the SQLite file (if any) is closed."""
        if self._stopped:
            return
        self._stopped = True
        self.state.stopping.set()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        self._server = None
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        self.state.webhooks.stop()
        self.state.store.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- addresses and keys ---------------------------------------------------------------------------

    @property
    def root_url(self) -> str:
        """``http://127.0.0.1:PORT`` (health at ``/``, control at ``/_emulator``)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/v1``: what the SDK takes as ``base_url``."""
        return self.root_url + API_PREFIX

    @staticmethod
    def new_api_key() -> str:
        """A fresh ``sk_test_…`` key: its first request creates a new, isolated account."""
        return KEY_PREFIX + secrets.token_hex(16)

    # -- test-side controls ---------------------------------------------------------------------------

    @property
    def faults(self) -> FaultSet:
        """Injected faults: ``emulator.faults.add("status", status=503, path="/brands/*/tickets")``."""
        return self.state.faults

    @property
    def clock(self) -> Clock:
        """The emulator's clock (``emulator.clock.advance(3601)`` works with any clock source)."""
        return self.state.clock

    def set_rate_limit(self, limit: int | None, window: float | None = None) -> None:
        """Requests allowed per window and credential (``None``: effectively unlimited)."""
        self.state.limiter.configure(limit, window)

    def last_magic_link_token(self, email: str, brand_id: str | None = None) -> str | None:
        """The token of the latest magic link sent to ``email``, for ``POST /portal/verify``."""
        return latest_magic_link(self.state, email, brand_id)

    def wait_for_deliveries(self, timeout: float = 10.0, *, brand_id: str | None = None) -> None:
        """Block until every webhook delivery (of ``brand_id``, or of every brand) succeeded or failed for
        good; TimeoutError otherwise. On an emulator shared by many tests, pass your brand's id: other
        tests' slow receivers then cannot make you wait."""
        if not self.state.webhooks.wait(timeout, brand_id=brand_id):
            raise TimeoutError(f"webhook deliveries still pending after {timeout} s")

    def deliveries(self, webhook_id: str | None = None) -> list[Json]:
        """Delivery records (as the API renders them), oldest first, of one webhook or all."""
        spec = self.state.spec
        names = spec.schema_properties("WebhookDelivery")
        with self.state.store.lock:
            docs = self.state.store.scan("deliveries")
            return [
                {k: d[k] for k in names if k in d}
                for d in docs
                if webhook_id is None or d["webhookId"] == webhook_id
            ]

    def reset(self) -> None:
        """Forget every account and object, the faults, and queued deliveries."""
        self.state.reset()

    def drift(self) -> list[str]:
        """Strict-mode reports of responses or payloads that did not match the document (and clears them)."""
        return self.state.take_drift()

    def check(self) -> None:
        """Raise :class:`EmulatorDriftError` if the emulator answered anything the document does not allow."""
        problems = self.drift()
        if problems:
            raise EmulatorDriftError(
                "the emulator diverged from the OpenAPI document:\n" + "\n".join(problems)
            )

    def __repr__(self) -> str:
        return f"Emulator(base_url={self.base_url!r})"
