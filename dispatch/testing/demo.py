"""``python -m dispatch.testing.demo`` (what ``scripts/demo`` runs): the SDK against a local emulator.

1. starts an :class:`~dispatch.testing.Emulator` on a free port (or ``--port``), with a fresh test key;
2. runs ``examples/basic_usage.py`` (its ``main``) against it;
3. does a webhook round trip: a local receiver (``http.server`` on a thread) is subscribed with
   ``client.webhooks.create``, a ticket is created, and the signed delivery the emulator sends is verified
   and parsed with :func:`~dispatch.construct_webhook_event`; the delivery record is then read back with
   ``client.webhooks.get_deliveries``;
4. checks that the emulator never answered outside the OpenAPI document, and stops everything.

Exits 0 when every step worked, 1 otherwise (2 when the emulator extra or the example is missing).
:class:`WebhookReceiver` is reusable on its own (the end-to-end tests use it).
"""

from __future__ import annotations

import argparse
import http.server
import importlib.util
import secrets
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from dispatch import DispatchTickets, construct_webhook_event, is_ticket_created_event
from dispatch._errors import WebhookPayloadError, WebhookSignatureError
from dispatch.webhooks import SIGNATURE_HEADER, AnyWebhookEvent

if TYPE_CHECKING:
    from dispatch.testing._server import Emulator

__all__ = ["DEFAULT_EXAMPLE", "WebhookReceiver", "load_example", "main"]

DEFAULT_EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "basic_usage.py"


class WebhookReceiver:
    """A webhook endpoint on ``127.0.0.1`` (a free port) that verifies and parses what it receives.

    Each POST is checked with :func:`construct_webhook_event` and the receiver's secret: a good delivery
    is answered ``status`` (200) and its event kept in :attr:`events`; a bad signature or payload is
    answered 400 and the reason kept in :attr:`rejected`. The raw ``(headers, body)`` of every request
    is in :attr:`received`. :meth:`wait_for` blocks (bounded) until enough events arrived.

    Example:
        >>> with WebhookReceiver("whsec_demo") as receiver:  # doctest: +SKIP
        ...     client.webhooks.create(brand.id, url=receiver.url, secret="whsec_demo", events=["ticket.created"])
        ...     client.tickets.create(brand.id, title="Hello")
        ...     (event,) = receiver.wait_for(1)
    """

    def __init__(self, secret: str | Sequence[str], *, path: str = "/webhooks", status: int = 200) -> None:
        self.secret = secret
        self.path = path
        self.status = status
        self.events: list[AnyWebhookEvent] = []
        self.rejected: list[str] = []
        self.received: list[tuple[dict[str, str], bytes]] = []
        self._cond = threading.Condition()
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.path}"

    def _handler_class(self) -> type[http.server.BaseHTTPRequestHandler]:
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("content-length") or 0))
                status, answer = receiver._receive({k.lower(): v for k, v in self.headers.items()}, raw)
                self.send_response(status)
                self.send_header("content-type", "text/plain")
                self.send_header("content-length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: Any) -> None:  # quiet: the demo prints its own lines
                pass

        return Handler

    def _receive(self, headers: dict[str, str], raw: bytes) -> tuple[int, bytes]:
        try:
            event = construct_webhook_event(raw, headers.get(SIGNATURE_HEADER.lower()), self.secret)
        except (WebhookSignatureError, WebhookPayloadError) as exc:
            with self._cond:
                self.received.append((headers, raw))
                self.rejected.append(str(exc))
                self._cond.notify_all()
            return 400, b"rejected"
        with self._cond:
            self.received.append((headers, raw))
            self.events.append(event)
            self._cond.notify_all()
        return self.status, b"ok"

    def wait_for(self, count: int = 1, timeout: float = 10.0) -> list[AnyWebhookEvent]:
        """The first ``count`` verified events, once they arrived; TimeoutError after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.events) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(
                        f"{len(self.events)} of {count} webhook event(s) arrived in {timeout:g} s"
                        + (f"; rejected: {self.rejected}" if self.rejected else "")
                    )
                self._cond.wait(left)
            return list(self.events[:count])

    def start(self) -> Self:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever, name="webhook-receiver", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def load_example(path: Path) -> Callable[[Sequence[str] | None], int]:
    """The ``main`` of an example script (``examples/`` is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"_dispatch_demo_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    example_main: Callable[[Sequence[str] | None], int] = module.main
    return example_main


def webhook_round_trip(api_key: str, base_url: str, emulator: Emulator) -> None:
    """Subscribe a local receiver, create a ticket, verify the signed delivery, show the delivery record."""
    secret = "whsec_" + secrets.token_hex(16)
    with WebhookReceiver(secret) as receiver, DispatchTickets(api_key=api_key, base_url=base_url) as client:
        brand = client.brands.create(
            name="Acme Webhooks", slug=f"acme-webhooks-{secrets.token_hex(3)}", ticket_prefix="ACME"
        )
        webhook = client.webhooks.create(brand.id, url=receiver.url, secret=secret, events=["ticket.created"])
        print(f"receiver on {receiver.url}, subscribed as {webhook.id}")
        ticket = client.tickets.create(
            brand.id, title="Webhook round trip", priority="urgent", customer_email="ada@example.com"
        )
        print(f"created ticket ACME-{ticket.ticket_number} ({ticket.id})")

        (event,) = receiver.wait_for(1, timeout=10.0)
        if not is_ticket_created_event(event) or event.data.id != ticket.id:
            raise AssertionError(f"unexpected event: {event!r}")
        headers, raw = receiver.received[0]
        print(f"received {len(raw)} bytes signed {headers[SIGNATURE_HEADER.lower()][:19]}...")
        print(f"{event.event} ACME-{event.data.ticket_number} verified: {event.data.title!r}, "
              f"{event.data.priority}, from {event.data.customer_email}")  # fmt: skip

        emulator.wait_for_deliveries(timeout=10.0)
        (delivery,) = client.webhooks.get_deliveries(brand.id, webhook.id)
        print(
            f"delivery {delivery.id}: {delivery.status} after {delivery.attempts} attempt(s), "
            f"HTTP {delivery.response_code}, event {delivery.event}"
        )
        if delivery.status != "SUCCESS":
            raise AssertionError(f"the delivery record says {delivery.status}: {delivery.error}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dispatch.testing.demo",
        description="Start the local emulator, run examples/basic_usage.py and a webhook round trip, stop.",
    )
    parser.add_argument("--port", type=int, default=0, help="emulator port (default: a free one)")
    parser.add_argument(
        "--example", type=Path, default=DEFAULT_EXAMPLE, help="the tour to run (default: %(default)s)"
    )
    args = parser.parse_args(argv)

    try:
        from dispatch.testing import Emulator
    except ImportError as exc:  # pragma: no cover - the emulator extra is missing
        print(f"the demo needs the emulator extra: pip install 'dispatch-tickets[emulator]' ({exc})")
        return 2
    if not args.example.is_file():
        print(f"the example {args.example} is missing (the demo runs from a checkout of the SDK)")
        return 2
    example_main = load_example(args.example)

    started = time.monotonic()
    with Emulator(port=args.port, webhook_retry_delays=(0.2, 0.5)) as emulator:
        api_key = emulator.new_api_key()
        print(f"[demo] emulator on {emulator.base_url} (key {api_key[:12]}...)")
        step = f"run of {args.example.name}"
        try:
            print(f"[demo] running examples/{args.example.name} against it", flush=True)
            code = example_main(["--api-key", api_key, "--base-url", emulator.base_url])
            if code:
                raise RuntimeError(f"{args.example.name} exited with {code}")
            step = "webhook round trip"
            print("\n[demo] webhook round trip", flush=True)
            webhook_round_trip(api_key, emulator.base_url, emulator)
            step = "document check"
            emulator.check()
        except Exception as exc:
            print(f"\n[demo] FAILED during the {step}: {type(exc).__name__}: {exc}", file=sys.stderr)
            traceback.print_exc()
            return 1
    print(f"\n[demo] done in {time.monotonic() - started:.1f} s: every response matched the OpenAPI document; "
          "emulator stopped")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
