"""``python -m dispatch.testing`` / ``dispatch-emulator``: run the emulator until Ctrl-C.

Prints the base URL to give the SDK and an example key (any ``sk_test_<anything>`` works, each is its own
account), then serves. ``GET /`` answers as soon as it is ready, so scripts can poll it.

A failure to start (the port is taken, the ``--db`` file cannot be opened) is one line on stderr and exit
code 1, not a traceback; bad arguments are argparse's usage message and exit code 2.
"""

from __future__ import annotations

import argparse
import signal
import sqlite3
import sys
import threading
from collections.abc import Sequence
from types import FrameType

DEFAULT_PORT = 8787
MAX_PORT = 65535


def _port(text: str) -> int:
    """``--port``'s type: an int in 0-65535, else argparse's usage error (the socket layer would raise
    OverflowError, a traceback)."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= MAX_PORT:
        raise argparse.ArgumentTypeError(f"{text} is not a port (0-{MAX_PORT}; 0 picks a free one)")
    return port


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dispatch-emulator",
        description="Local emulator of the Dispatch Tickets API (validated against the pinned OpenAPI document).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default: %(default)s)")
    parser.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help="port; 0 picks a free one (default: %(default)s)"
    )
    parser.add_argument(
        "--db", metavar="PATH", help="keep state in this SQLite file across restarts (default: memory)"
    )
    parser.add_argument(
        "--rate-limit", type=int, metavar="N", help="requests per window and key (default: unlimited)"
    )
    parser.add_argument(
        "--rate-limit-window", type=float, default=60.0, metavar="SECONDS", help="default: %(default)s"
    )
    parser.add_argument(
        "--no-validate-responses",
        action="store_true",
        help="do not check the emulator's own responses against the document (strict mode is on by default)",
    )
    parser.add_argument(
        "--max-body-size",
        type=int,
        metavar="BYTES",
        help="largest request body; larger ones are answered 413 (default: 4 MiB)",
    )
    parser.add_argument("--quiet", action="store_true", help="print only the base URL and the example key")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``dispatch-emulator``."""
    args = _parser().parse_args(argv)
    try:
        from dispatch.testing._server import Emulator
    except ImportError as exc:  # the emulator extra is missing
        print(f"dispatch-emulator needs the emulator extra: pip install 'dispatch-tickets[emulator]' ({exc})")
        return 2
    options = {"max_body_size": args.max_body_size} if args.max_body_size is not None else {}
    try:
        emulator = Emulator(
            host=args.host,
            port=args.port,
            db_path=args.db,
            validate_responses=not args.no_validate_responses,
            rate_limit=args.rate_limit,
            rate_limit_window=args.rate_limit_window,
            log_level="warning" if args.quiet else "info",
            configure_logging=True,
            **options,
        )
    except sqlite3.Error as exc:
        return _fail(f"cannot use --db {args.db}: {exc}")
    except ValueError as exc:
        return _fail(str(exc))
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    try:
        emulator.start()
    except OSError as exc:
        emulator.stop()
        return _fail(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}")
    except RuntimeError as exc:
        emulator.stop()
        return _fail(str(exc))
    try:
        print(f"Dispatch Tickets emulator: {emulator.base_url}", flush=True)
        print(f"Example API key: {emulator.new_api_key()}", flush=True)
        if not args.quiet:
            print(f"Health: {emulator.root_url}/   Control: {emulator.root_url}/_emulator", flush=True)
            print(
                "State: " + (f"SQLite {args.db}" if args.db else "in memory") + ". Ctrl-C stops.", flush=True
            )
        while not stop.wait(0.5):
            pass
    finally:
        emulator.stop()
    return 0


def _fail(message: str) -> int:
    print(f"dispatch-emulator: {message}", file=sys.stderr, flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main())
