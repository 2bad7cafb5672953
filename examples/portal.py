"""A tour of the customer portal: your backend issues a portal token, the end user works with it.

Run it::

    export DISPATCH_API_KEY=sk_test_...              # an admin key (backend side only)
    export DISPATCH_BASE_URL=http://127.0.0.1:8787/v1  # optional: e.g. the local emulator
    python examples/portal.py --brand-id br_xxx --email ada@example.com

Without ``--brand-id`` (or ``DISPATCH_BRAND_ID``) a demo brand is created first. Against the local
emulator (``python -m dispatch.testing --port 8787``) any ``sk_test_...`` key works.

What it shows:

1. backend: ``admin.brands.generate_portal_token(...)`` issues a token for one customer (valid 1 hour);
2. end user: ``DispatchPortal(token, auto_refresh=True)`` (given the PortalToken itself, the client knows
   when it expires and renews it in time, and once after a 401);
3. a file uploaded before the ticket exists (``upload(None, ...)``), then a ticket created with it;
4. a comment, a second attachment on the ticket, one page of tickets, every ticket page by page, the
   ticket's detail, its attachments and a download URL, and an explicit ``refresh()``.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from collections.abc import Sequence
from typing import Any

from dispatch import DispatchPortal, DispatchTickets


def issue_token(
    api_key: str | None, base_url: str | None, brand_id: str | None, email: str, name: str
) -> Any:
    """Backend side: make sure there is a brand, then issue a portal token for the customer."""
    with DispatchTickets(api_key=api_key, base_url=base_url) as admin:
        if brand_id is None:
            suffix = secrets.token_hex(4)
            brand = admin.brands.create(name=f"Portal demo {suffix}", slug=f"portal-demo-{suffix}")
            brand_id = brand.id
            print(f"created brand {brand_id}")
        return admin.brands.generate_portal_token(brand_id, email=email, name=name)


def tour(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    brand_id: str | None = None,
    email: str = "ada@example.com",
    name: str = "Ada Lovelace",
) -> dict[str, Any]:
    """Run the whole tour; returns what it made (ids and counts), for a caller or a test to check."""
    token = issue_token(api_key, base_url, brand_id, email, name)
    print(f"portal token issued for {token.email}, expires at {token.expires_at:%Y-%m-%d %H:%M:%S %Z}")

    # End-user side: only the portal token is needed (never the admin key).
    with DispatchPortal(token, base_url=base_url, auto_refresh=True) as portal:
        steps = b"1. open the app\n2. tap 'Pay'\n3. nothing happens\n"
        pending = portal.tickets.upload(None, steps, filename="steps.txt")
        print(f"uploaded {pending.filename} ({pending.size} bytes) before the ticket exists: {pending.id}")

        ticket = portal.tickets.create(
            title="The Pay button does nothing",
            body="Since this morning the Pay button does nothing. Steps attached.",
            attachment_ids=[pending.id],
            idempotency_key=f"portal-demo-{secrets.token_hex(8)}",  # safe to repeat: one ticket at most
        )
        print(f"created ticket {ticket.ticket_number}: {ticket.title} ({ticket.status})")

        comment = portal.tickets.add_comment(ticket.id, "It also fails on the web version.")
        print(f"commented as {comment.author_type}: {comment.body}")

        screenshot = portal.tickets.upload(
            ticket.id, b"\x89PNG\r\n\x1a\n" + bytes(64), filename="screenshot.png"
        )
        print(f"attached {screenshot.filename} ({screenshot.content_type}) to the ticket")

        page = portal.tickets.list(limit=10, sort="createdAt", order="desc")
        print(f"first page: {len(page.data)} ticket(s), more: {page.has_more}")
        every = [t.ticket_number for t in portal.tickets.list_all(limit=5)]
        print(f"all tickets, page by page: {', '.join(every)}")

        detail = portal.tickets.get(ticket.id)
        print(f"{detail.ticket_number} at {detail.brand.name}: {len(detail.comments)} comment(s)")

        attachments = portal.tickets.list_attachments(ticket.id)
        print("attachments: " + ", ".join(f"{a.filename} [{a.status}]" for a in attachments))
        download = portal.tickets.get_attachment(ticket.id, attachments[0].id)
        print(f"download {download.filename} until {download.expires_at:%H:%M:%S}")

        renewed = portal.refresh()  # auto_refresh does this by itself; shown here explicitly
        print(f"token refreshed, now valid until {renewed.expires_at:%Y-%m-%d %H:%M:%S %Z}")

        return {
            "ticket_id": ticket.id,
            "ticket_number": ticket.ticket_number,
            "pending_attachment_id": pending.id,
            "attachment_ids": [a.id for a in attachments],
            "comment_id": comment.id,
            "listed": every,
            "comments": len(detail.comments),
        }


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python examples/portal.py [--brand-id BR] [--email E] [--base-url URL] [--api-key K]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--api-key", default=None, help="admin API key (default: env DISPATCH_API_KEY)")
    parser.add_argument("--base-url", default=None, help="API base URL (default: env DISPATCH_BASE_URL)")
    parser.add_argument(
        "--brand-id",
        default=os.environ.get("DISPATCH_BRAND_ID"),
        help="brand of the customer (default: env DISPATCH_BRAND_ID, else a demo brand is created)",
    )
    parser.add_argument("--email", default="ada@example.com", help="the customer's e-mail address")
    parser.add_argument("--name", default="Ada Lovelace", help="the customer's name")
    args = parser.parse_args(argv)
    tour(
        api_key=args.api_key, base_url=args.base_url, brand_id=args.brand_id, email=args.email, name=args.name
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
