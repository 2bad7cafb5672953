"""``dispatch``: the command line (``pip install "dispatch-tickets[cli]"``).

Read brands, tickets, customers and webhooks; export a brand's tickets to a file with progress, resumably;
send a correctly signed sample webhook delivery to a local handler; check a captured delivery; run the
local emulator. ``import dispatch`` never imports this module (nor click or rich).

The API key comes from ``--api-key`` or ``DISPATCH_API_KEY`` and is never printed, not even in errors or
with ``--verbose`` (a line per request attempt: method, path, status, time, request id; and the SDK's
retry warnings; never a query string, which holds customer data such as e-mails and search text).
"""

from __future__ import annotations

import csv
import json
import logging
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

try:
    import click
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
except ImportError as exc:  # pragma: no cover - exercised by the packaging test's SDK-only install
    raise SystemExit(
        f'the dispatch command needs the cli extra: pip install "dispatch-tickets[cli]" ({exc})'
    ) from None

from dispatch._constants import ENV_API_KEY, ENV_BASE_URL
from dispatch._errors import APIStatusError, DispatchTicketsError

__all__ = ["main"]

Record = dict[str, Any]
FORMATS = ("table", "json", "jsonl", "csv")

# Which fields a table shows for each kind of record (all of them go to json/jsonl/csv).
COLUMNS: dict[str, tuple[str, ...]] = {
    "brand": ("id", "name", "slug", "ticketPrefix", "createdAt"),
    "ticket": ("id", "ticketNumber", "title", "status", "priority", "updatedAt"),
    "customer": ("id", "email", "name", "createdAt"),
    "webhook": ("id", "url", "events", "enabled", "failureCount"),
}
# What a table too narrow for every column leaves out first, most dispensable first. Ids (what users
# copy into `get`) and timestamps are never cut short: a column is dropped whole before that happens.
NARROW_DROPS: dict[str, tuple[str, ...]] = {
    "brand": ("ticketPrefix", "createdAt", "slug"),
    "ticket": ("priority", "ticketNumber", "status", "updatedAt"),
    "customer": ("name", "createdAt"),
    "webhook": ("failureCount", "enabled", "events"),
}
# The narrowest a wrapping column (title, url, ...) is budgeted at before another column is dropped.
_MIN_WRAPPING_WIDTH = 10


# Secrets given to this run (API key, webhook secrets): whatever message is printed never shows them.
_SECRETS: set[str] = set()


def _keep_secret(secret: str | None) -> None:
    if secret and len(secret) >= 6:  # a one-letter "secret" would blank out every message
        _SECRETS.add(secret)


def _redacted(message: str) -> str:
    for secret in sorted(_SECRETS, key=len, reverse=True):
        message = message.replace(secret, "***")
    return message


class _State:
    def __init__(self, api_key: str | None, base_url: str | None, verbose: bool) -> None:
        self.api_key, self.base_url, self.verbose = api_key, base_url, verbose
        _keep_secret(api_key)

    def client(self) -> Any:
        from dispatch._sync.client import DispatchTickets

        if not self.api_key:
            _fail(f"no API key: pass --api-key or set {ENV_API_KEY}", code=2)
        hooks = None
        if self.verbose:
            from dispatch import Hooks

            hooks = Hooks(on_response=_log_response)
        return DispatchTickets(api_key=self.api_key, base_url=self.base_url, hooks=hooks)


def _log_response(ctx: Any) -> None:
    """--verbose: one line per attempt: method, path (no query string: it holds customer data), status."""
    from urllib.parse import urlsplit

    request = ctx.request
    retry = f", retry {request.attempt}" if request.attempt else ""
    request_id = f", request id {ctx.request_id}" if ctx.request_id else ""
    click.echo(
        f"{request.method} {urlsplit(request.url).path} -> {ctx.status_code} "
        f"({ctx.duration_seconds:.2f} s{retry}{request_id})",
        err=True,
    )


# a URL's query string: up to the next blank (a colon that ends the URL in the message is kept)
_QUERY = re.compile(r"(\b[A-Za-z][A-Za-z0-9+.-]*://[^\s?#]*)\?\S*?(?=:?(?:\s|$))")


class _NoQueryStrings(logging.Formatter):
    """The SDK's log lines name requests by URL; their query strings (e-mails, search text) are left out."""

    def format(self, record: logging.LogRecord) -> str:
        return _QUERY.sub(r"\1?[redacted]", super().format(record))


def _fail(message: str, *, code: int = 1) -> NoReturn:
    one_line = " ".join(_redacted(message).split())
    click.echo(f"error: {one_line}", err=True)
    raise SystemExit(code)


def _describe(error: DispatchTicketsError) -> str:
    """One line: status, code, message, request id. Never a header, a body or the key."""
    parts = []
    if isinstance(error, APIStatusError):
        parts.append(f"HTTP {error.status_code}")
    code = getattr(error, "code", None)
    if code:
        parts.append(str(code))
    message = str(getattr(error, "message", "") or error)
    parts.append(message)
    request_id = getattr(error, "request_id", None)
    if request_id:
        parts.append(f"(request id {request_id})")
    return " ".join(parts)


class _Group(click.Group):
    """Turns the SDK's errors into one line and an exit code instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DispatchTicketsError as error:
            _fail(_describe(error))
        except (TypeError, ValueError) as error:  # a bad argument, refused before any request
            _fail(str(error), code=2)
        except OSError as error:
            _fail(f"{error.strerror or error}: {error.filename}" if error.filename else str(error))
        except (click.exceptions.ClickException, click.exceptions.Abort, click.exceptions.Exit):
            raise  # click's own: usage errors, --help, Ctrl-C
        except Exception as error:  # anything else (e.g. httpx.InvalidURL for a bad --base-url): no traceback
            _fail(f"{type(error).__name__}: {error}")


def _source(model: Any) -> Record:
    """The JSON object the service sent for a model (every field, unknown ones included)."""
    source = getattr(model, "_source", None)
    return dict(source) if isinstance(source, Mapping) else dict(model.to_dict())


def _default_format() -> str:
    return "table" if sys.stdout.isatty() else "jsonl"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _emit(records: Iterable[Record], kind: str, output_format: str | None) -> None:
    fmt = output_format or _default_format()
    out = sys.stdout
    if fmt == "json":
        json.dump(list(records), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        _emit_csv(records, COLUMNS[kind], out)
    else:
        _print_table([_row(record, COLUMNS[kind]) for record in records], kind, Console())


def _row(record: Record, columns: Sequence[str]) -> dict[str, str]:
    return {column: _cell(record.get(column)) for column in columns}


def _is_whole(column: str) -> bool:
    """An id or a timestamp: shown in full on one line, or not at all."""
    return column == "id" or column.endswith("Id") or column.endswith("At")


def _print_table(rows: list[dict[str, str]], kind: str, console: Console) -> None:
    columns = _columns_that_fit(rows, kind, console.width)
    table = Table()
    for column in columns:
        if _is_whole(column):
            table.add_column(column, no_wrap=True, min_width=_natural_width(rows, column))
        else:
            table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(row[column] for column in columns))
    console.print(table)


def _columns_that_fit(rows: list[dict[str, str]], kind: str, width: int) -> list[str]:
    """The kind's columns minus the fewest droppable ones for the ids and timestamps to fit whole."""
    columns = list(COLUMNS[kind])
    for droppable in NARROW_DROPS[kind]:
        if _narrowest_table(rows, columns) <= width:
            break
        columns.remove(droppable)
    return columns


def _narrowest_table(rows: list[dict[str, str]], columns: Sequence[str]) -> int:
    """Width of rich's default table with whole columns at their natural width and the others folded."""
    borders = 3 * len(columns) + 1  # a padding space either side of each cell, one rule between/around
    return borders + sum(
        _natural_width(rows, column)
        if _is_whole(column)
        else min(_natural_width(rows, column), _MIN_WRAPPING_WIDTH)
        for column in columns
    )


def _natural_width(rows: list[dict[str, str]], column: str) -> int:
    return max([cell_len(column), *(cell_len(row[column]) for row in rows)])


def _emit_csv(records: Iterable[Record], columns: Sequence[str], out: Any) -> None:
    writer: Any = None
    for record in records:
        if writer is None:  # every field of the first record, the table's columns first
            names = list(columns) + [key for key in record if key not in columns]
            writer = csv.DictWriter(out, names, extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
        writer.writerow({key: _cell(value) for key, value in record.items()})


format_option = click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    help="table on a terminal, jsonl in a pipe (default); json, jsonl or csv for tools.",
)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--api-key", envvar=ENV_API_KEY, help=f"API key (default: ${ENV_API_KEY}); never printed.")
@click.option(
    "--base-url", envvar=ENV_BASE_URL, help=f"API base URL (default: ${ENV_BASE_URL}, or the service)."
)
@click.option("-v", "--verbose", is_flag=True, help="Log each request (method, path, status, request id).")
@click.version_option(package_name="dispatch-tickets")
@click.pass_context
def cli(ctx: click.Context, api_key: str | None, base_url: str | None, verbose: bool) -> None:
    """The Dispatch Tickets command line.

    \b
    Example:
        export DISPATCH_API_KEY=sk_live_...
        dispatch tickets list br_123 --status open --format csv > open.csv
    """
    ctx.obj = _State(api_key, base_url, verbose)
    if verbose:
        _log_to_stderr()


def _log_to_stderr() -> None:
    """The SDK's INFO log (retries, warnings) on standard error; one handler however often cli() runs."""
    logger = logging.getLogger("dispatch")
    for old in [h for h in logger.handlers if getattr(h, "_dispatch_cli", False)]:
        logger.removeHandler(old)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_NoQueryStrings("%(levelname)s %(message)s"))
    handler._dispatch_cli = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def _state(ctx: click.Context) -> _State:
    state = ctx.find_object(_State)
    assert state is not None
    return state


# --------------------------------------------------------------------------------------------------
# Reading: brands, tickets, customers, webhooks
# --------------------------------------------------------------------------------------------------


@cli.group()
def brands() -> None:
    """Brands of the account."""


@brands.command("list")
@format_option
@click.pass_context
def brands_list(ctx: click.Context, output_format: str | None) -> None:
    """Every brand.

    \b
    Example:
        dispatch brands list --format json
    """
    with _state(ctx).client() as client:
        _emit((_source(brand) for brand in client.brands.list()), "brand", output_format)


@brands.command("get")
@click.argument("brand_id")
@format_option
@click.pass_context
def brands_get(ctx: click.Context, brand_id: str, output_format: str | None) -> None:
    """One brand.

    \b
    Example:
        dispatch brands get br_123
    """
    with _state(ctx).client() as client:
        _emit([_source(client.brands.get(brand_id))], "brand", output_format)


@cli.group()
def tickets() -> None:
    """Tickets of a brand."""


@tickets.command("list")
@click.argument("brand_id")
@click.option("--status", multiple=True, help="open, pending, resolved, closed or active; repeatable.")
@click.option("--priority", help="low, normal, medium, high or urgent.")
@click.option("--search", help="Text to look for in titles and bodies.")
@click.option("--customer-email", help="Only this customer's tickets.")
@click.option("--sort", type=click.Choice(["createdAt", "updatedAt", "priority"]), help="Sort field.")
@click.option("--order", type=click.Choice(["asc", "desc"]), help="Sort order.")
@click.option("--max", "max_items", type=click.IntRange(min=1), help="Stop after this many tickets.")
@format_option
@click.pass_context
def tickets_list(
    ctx: click.Context,
    brand_id: str,
    status: tuple[str, ...],
    priority: str | None,
    search: str | None,
    customer_email: str | None,
    sort: str | None,
    order: str | None,
    max_items: int | None,
    output_format: str | None,
) -> None:
    """Tickets of a brand matching the filters, every page.

    \b
    Example:
        dispatch tickets list br_123 --status open --status pending --max 20
    """
    filters: dict[str, Any] = {
        "status": list(status) or None,
        "priority": priority,
        "search": search,
        "customer_email": customer_email,
        "sort": sort,
        "order": order,
    }
    with _state(ctx).client() as client:
        found = client.tickets.list(brand_id, **{k: v for k, v in filters.items() if v is not None})
        _emit(_first((_source(t) for t in found), max_items), "ticket", output_format)


def _first(records: Iterable[Record], count: int | None) -> Iterable[Record]:
    for index, record in enumerate(records):
        if count is not None and index >= count:
            return
        yield record


@tickets.command("get")
@click.argument("brand_id")
@click.argument("ticket_id")
@format_option
@click.pass_context
def tickets_get(ctx: click.Context, brand_id: str, ticket_id: str, output_format: str | None) -> None:
    """One ticket.

    \b
    Example:
        dispatch tickets get br_123 tkt_1 --format json
    """
    with _state(ctx).client() as client:
        _emit([_source(client.tickets.get(brand_id, ticket_id))], "ticket", output_format)


@cli.group()
def customers() -> None:
    """Customers of a brand."""


@customers.command("list")
@click.argument("brand_id")
@click.option("--search", help="Text to look for in names and e-mails.")
@click.option("--max", "max_items", type=click.IntRange(min=1), help="Stop after this many customers.")
@format_option
@click.pass_context
def customers_list(
    ctx: click.Context, brand_id: str, search: str | None, max_items: int | None, output_format: str | None
) -> None:
    """Customers of a brand, every page.

    \b
    Example:
        dispatch customers list br_123 --format csv
    """
    with _state(ctx).client() as client:
        found = client.customers.list(brand_id, **({"search": search} if search else {}))
        _emit(_first((_source(c) for c in found), max_items), "customer", output_format)


@customers.command("get")
@click.argument("brand_id")
@click.argument("customer_id")
@format_option
@click.pass_context
def customers_get(ctx: click.Context, brand_id: str, customer_id: str, output_format: str | None) -> None:
    """One customer.

    \b
    Example:
        dispatch customers get br_123 cus_1
    """
    with _state(ctx).client() as client:
        _emit([_source(client.customers.get(brand_id, customer_id))], "customer", output_format)


@cli.group()
def webhooks() -> None:
    """Webhook subscriptions, and tools for your webhook handler."""


@webhooks.command("list")
@click.argument("brand_id")
@format_option
@click.pass_context
def webhooks_list(ctx: click.Context, brand_id: str, output_format: str | None) -> None:
    """The webhooks of a brand (their secrets are never shown).

    \b
    Example:
        dispatch webhooks list br_123
    """
    with _state(ctx).client() as client:
        _emit((_without_secret(_source(w)) for w in client.webhooks.list(brand_id)), "webhook", output_format)


@webhooks.command("get")
@click.argument("brand_id")
@click.argument("webhook_id")
@format_option
@click.pass_context
def webhooks_get(ctx: click.Context, brand_id: str, webhook_id: str, output_format: str | None) -> None:
    """One webhook (its secret is never shown).

    \b
    Example:
        dispatch webhooks get br_123 wh_1
    """
    with _state(ctx).client() as client:
        _emit([_without_secret(_source(client.webhooks.get(brand_id, webhook_id)))], "webhook", output_format)


def _without_secret(record: Record) -> Record:
    return {key: value for key, value in record.items() if key != "secret"}


# --------------------------------------------------------------------------------------------------
# Webhook tools: trigger and verify
# --------------------------------------------------------------------------------------------------


def _sample(event: str, brand_id: str | None) -> Record:
    """A sample delivery of ``event`` (fresh id, current time): dispatch.webhooks builds it."""
    from dispatch.webhooks import WEBHOOK_EVENT_NAMES, sample_event

    if event not in WEBHOOK_EVENT_NAMES:
        raise click.BadParameter(
            f"{event!r} is not documented; one of: {', '.join(sorted(WEBHOOK_EVENT_NAMES))}"
        )
    delivery = sample_event(event)
    if brand_id:
        delivery["brand_id"] = brand_id
    return delivery


@webhooks.command("trigger")
@click.argument("event")
@click.option(
    "--forward-to", required=True, metavar="URL", help="Your handler, e.g. http://localhost:5000/webhooks."
)
@click.option("--secret", required=True, envvar="DISPATCH_WEBHOOK_SECRET", help="The webhook's secret.")
@click.option("--brand-id", help="brand_id to put in the delivery (default: the example's).")
def webhooks_trigger(event: str, forward_to: str, secret: str, brand_id: str | None) -> None:
    """Send a correctly signed sample delivery of EVENT to your handler and show its answer.

    \b
    Example:
        dispatch webhooks trigger ticket.created --forward-to http://localhost:5000/webhooks --secret whsec_...

    Every documented event carries realistic data: the document's example for ticket.created,
    ticket.updated and ticket.comment.created, what the service sends for the others.
    """
    _keep_secret(secret)
    import httpx

    from dispatch._constants import SIGNATURE_HEADER
    from dispatch.webhooks import generate_signature

    body = json.dumps(_sample(event, brand_id)).encode()
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: generate_signature(body, secret)}
    try:
        answer = httpx.post(forward_to, content=body, headers=headers, timeout=30.0, trust_env=False)
    except httpx.HTTPError as error:
        _fail(f"could not deliver to {forward_to}: {type(error).__name__}: {error}")
    click.echo(f"{event} -> {forward_to}: HTTP {answer.status_code} {answer.reason_phrase}")
    if answer.text:
        click.echo(answer.text[:2000])
    if answer.status_code >= 300:
        raise SystemExit(1)


@webhooks.command("verify")
@click.option("--secret", required=True, envvar="DISPATCH_WEBHOOK_SECRET", help="The webhook's secret.")
@click.option("--signature", help="The X-Dispatch-Signature header (default: read from a captured request).")
@click.option("--tolerance", type=float, default=None, help="Seconds a delivery's timestamp may be old.")
def webhooks_verify(secret: str, signature: str | None, tolerance: float | None) -> None:
    """Check a captured delivery read from standard input: its signature, timestamp and envelope.

    Standard input holds the raw body; with a captured HTTP request (headers, blank line, body) the
    signature is taken from its X-Dispatch-Signature header.

    \b
    Example:
        dispatch webhooks verify --secret whsec_... --signature sha256=... < body.json
    """
    _keep_secret(secret)
    from dispatch.webhooks import construct_webhook_event

    raw = sys.stdin.buffer.read()
    body, found = _split_captured_request(raw)
    signature = signature or found
    if signature is None:
        _fail("no signature: pass --signature or give a captured request with its headers", code=2)
    kwargs: dict[str, Any] = {} if tolerance is None else {"tolerance": tolerance}
    event = construct_webhook_event(body, signature, secret, **kwargs)
    click.echo(f"valid: {event.event} {event.id} (brand {getattr(event, 'brand_id', '?')})")


def _split_captured_request(raw: bytes) -> tuple[bytes, str | None]:
    """(body, signature header) of a captured HTTP request, or (raw, None) for a bare body."""
    head, separator, body = raw.partition(b"\r\n\r\n")
    if not separator:
        head, separator, body = raw.partition(b"\n\n")
    if not separator or head.lstrip().startswith((b"{", b"[")):
        return raw, None
    signature = None
    for line in head.decode("latin-1").splitlines():
        name, colon, value = line.partition(":")
        if colon and name.strip().lower() == "x-dispatch-signature":
            signature = value.strip()
    return body, signature


# --------------------------------------------------------------------------------------------------
# Export
# --------------------------------------------------------------------------------------------------


@cli.group()
def export() -> None:
    """Export data to files, resumably."""


@export.command("tickets")
@click.argument("brand_id")
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="FILE.jsonl or FILE.csv",
)
@click.option("--with-comments", is_flag=True, help="Add each ticket's comments (one request per ticket).")
@click.option("--with-attachments", is_flag=True, help="Add each ticket's attachment metadata.")
@click.option("--since-last-run", is_flag=True, help="Only tickets created or updated since the last run.")
@click.option("--page-size", type=click.IntRange(1, 100), default=100, show_default=True)
@click.option(
    "--checkpoint-interval",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Seconds between checkpoints: at most this much work is redone after a crash.",
)
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def export_tickets_command(
    ctx: click.Context,
    brand_id: str,
    out: Path,
    with_comments: bool,
    with_attachments: bool,
    since_last_run: bool,
    page_size: int,
    checkpoint_interval: float,
    quiet: bool,
) -> None:
    """Export a brand's tickets to FILE (.jsonl or .csv), with progress; a re-run resumes.

    The checkpoint (full export) or sync state (--since-last-run) is kept beside the file, as
    FILE.checkpoint or FILE.sync-state. Interrupted (Ctrl-C, a crash, kill -9), the same command continues
    where it stopped, and the file ends with every ticket exactly once.

    \b
    Example:
        dispatch export tickets br_123 --out tickets.jsonl --with-comments
        dispatch export tickets br_123 --out changes.jsonl --since-last-run
    """
    from dispatch import export as exporting

    sink_type: Callable[[Path], Any] = {".jsonl": exporting.JsonlSink, ".csv": exporting.CsvSink}.get(
        out.suffix.lower(), exporting.JsonlSink
    )
    if out.suffix.lower() not in (".jsonl", ".csv"):
        raise click.BadParameter("the file must end in .jsonl or .csv", param_hint="--out")
    progress_file = out.with_name(out.name + (".sync-state" if since_last_run else ".checkpoint"))
    if out.exists() and out.stat().st_size > 0 and not progress_file.exists():
        # a run without its checkpoint starts the file afresh: never over someone's data (or a change feed
        # kept with --since-last-run, exported once without it)
        _fail(f"{out} already exists and {progress_file.name} does not: choose another file or remove it")
    progress = _Progress(quiet or not sys.stderr.isatty())
    options: dict[str, Any] = {
        "with_comments": with_comments,
        "with_attachments": with_attachments,
        "page_size": page_size,
        "on_progress": progress.update,
    }
    try:
        with _state(ctx).client() as client, sink_type(out) as sink, progress:
            if since_last_run:
                result = exporting.sync_tickets(client, brand_id, sink, state=progress_file, **options)
            else:
                result = exporting.export_tickets(
                    client,
                    brand_id,
                    sink,
                    checkpoint=progress_file,
                    checkpoint_interval=checkpoint_interval,
                    **options,
                )
            progress.finish(result.total_written)
    except KeyboardInterrupt:  # Ctrl-C: what was checkpointed stays; say how to go on, not "Aborted!"
        click.echo(
            f"interrupted: run the same command again to resume ({out} keeps what was written)", err=True
        )
        raise SystemExit(130) from None
    click.echo(_export_summary(result, out, since_last_run=since_last_run), err=True)


def _export_summary(result: Any, out: Path, *, since_last_run: bool) -> str:
    total = _tickets(result.total_written)
    if result.resumed and result.complete and result.written == 0 and not since_last_run:
        return f"{out} already holds the whole export ({total}): nothing to do"
    resumed = " (resumed)" if result.resumed and not since_last_run else ""
    return (
        f"wrote {_tickets(result.written)} to {out} in {result.elapsed:.1f} s{resumed}; {total} in the file"
    )


def _tickets(count: int) -> str:
    return f"{count} ticket" if count == 1 else f"{count} tickets"


class _Progress:
    """A rich progress bar (count, rate, elapsed) on a terminal; a line per 10,000 tickets otherwise."""

    def __init__(self, plain: bool) -> None:
        self.plain = plain
        self._bar: Any = None
        self._task: Any = None
        self._reported = 0

    def __enter__(self) -> _Progress:
        if not self.plain:
            from rich.progress import (
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self._bar = Progress(
                SpinnerColumn(),
                TextColumn("exporting tickets"),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.0f}/s"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("export", total=None, rate=0.0)
        return self

    def update(self, progress: Any) -> None:
        rate = progress.written / progress.elapsed if progress.elapsed > 0 else 0.0
        if self._bar is not None:
            self._bar.update(self._task, completed=progress.total_written, rate=rate)
        elif progress.total_written - self._reported >= 10_000:
            self._reported = progress.total_written
            click.echo(f"... {progress.total_written} tickets ({rate:.0f}/s)", err=True)

    def finish(self, total_written: int) -> None:
        """Show the count the file ends with (an export already complete reports no page at all)."""
        if self._bar is not None:
            self._bar.update(self._task, total=total_written, completed=total_written)

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc_info)


# --------------------------------------------------------------------------------------------------
# The emulator
# --------------------------------------------------------------------------------------------------


@cli.command(
    "emulator",
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def emulator(args: tuple[str, ...]) -> None:
    """Run the local emulator (same as dispatch-emulator; --help shows its options).

    \b
    Example:
        dispatch emulator --port 8787
    """
    from dispatch.testing.__main__ import main as emulator_main

    raise SystemExit(emulator_main(list(args)))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``dispatch``."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="dispatch", standalone_mode=True)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
