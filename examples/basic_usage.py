"""A tour of the Dispatch Tickets Python SDK: the common operations, one after the other.

Run it::

    export DISPATCH_API_KEY=sk_test_...                # your API key
    export DISPATCH_BASE_URL=http://127.0.0.1:8787/v1  # optional: e.g. the local emulator
    python examples/basic_usage.py [--brand-id br_xxx]

Against the local emulator (``python -m dispatch.testing --port 8787``, or ``scripts/demo`` which starts
one and runs this tour) any ``sk_test_...`` key works. Without ``--brand-id`` (or ``DISPATCH_BRAND_ID``)
a demo brand is created first.

What it shows, in order: the account and its usage; brands (and the inbound e-mail address); tickets
(create with an idempotency key, get, update, list with filters); comments; pagination over many
tickets, lazily and page by page; error handling with the type guards and the request id; an attachment
upload and its download URL; customers; categories and tags; a webhook subscription, and how to verify a
delivery's signature.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from dispatch import (
    DispatchTickets,
    Page,
    Ticket,
    construct_webhook_event,
    is_authentication_error,
    is_conflict_error,
    is_not_found_error,
    is_rate_limit_error,
    is_ticket_created_event,
    is_validation_error,
)


def section(title: str) -> None:
    print(f"\n== {title}")


def tour(
    *, api_key: str | None = None, base_url: str | None = None, brand_id: str | None = None
) -> dict[str, Any]:
    """Run the whole tour; returns what it made (ids and counts), for a caller or a test to check."""
    # The key and base URL default to DISPATCH_API_KEY and DISPATCH_BASE_URL. `with` closes the pool.
    with DispatchTickets(api_key=api_key, base_url=base_url) as client:
        section("Account")
        account = client.accounts.me()
        usage = client.accounts.get_usage()
        plan = usage.plan.name if usage.plan else "no plan"
        print(f"account {account.id}: {usage.tickets_this_month} ticket(s) this month, plan {plan}")

        section("Brands")
        if brand_id is None:
            suffix = secrets.token_hex(3)
            brand = client.brands.create(name="Acme Support", slug=f"acme-{suffix}", ticket_prefix="ACME")
            print(f"created brand {brand.name} ({brand.id})")
        else:
            brand = client.brands.get(brand_id)
            print(f"using brand {brand.name} ({brand.id})")
        print(f"{len(client.brands.list())} brand(s) in the account")
        print(f"customers can e-mail {client.brands.get_inbound_email(brand.id)}")

        section("Tickets")
        ticket = client.tickets.create(
            brand.id,
            title="Issue with billing",
            body="I was charged twice for my subscription.",
            priority="high",
            customer_email="jane@example.com",
            customer_name="Jane Doe",
            # The same key never creates a second ticket, even if this call is repeated (e.g. by a job
            # retried after a crash). The SDK adds one by itself to every retried create.
            idempotency_key=f"billing-{secrets.token_hex(8)}",
        )
        print(
            f"created {brand.ticket_prefix or 'ticket'}-{ticket.ticket_number}: {ticket.title} ({ticket.priority})"
        )
        ticket = client.tickets.get(brand.id, ticket.id)
        ticket = client.tickets.update(brand.id, ticket.id, status="pending", assignee_id="agent_sam")
        print(f"updated: status {ticket.status}, assigned to {ticket.assignee_id}")

        section("Comments")
        client.comments.create(
            brand.id, ticket.id, body="Thanks for reaching out! Let me check.", author_type="AGENT"
        )
        reply = client.comments.create(
            brand.id, ticket.id, body="Here is my receipt.", author_type="CUSTOMER"
        )
        client.comments.update(brand.id, ticket.id, reply.id, body="Here is my receipt (attached).")
        comments = client.comments.list(brand.id, ticket.id)
        for comment in comments:
            print(f"  [{comment.author_type}] {comment.body}")

        section("Pagination")
        for n in range(1, 25):
            client.tickets.create(brand.id, title=f"Order #{1000 + n} has not arrived", priority="normal")
        # Lazily, every ticket of every page (pages of 10 are fetched as the loop needs them):
        every = [t for t in client.tickets.list(brand.id, limit=10)]
        print(f"listed {len(every)} tickets lazily, 10 per request")
        # Or one page at a time, with filters:
        page: Page[Ticket] | None = client.tickets.list_page(
            brand.id, limit=10, status="open", search="order", order="asc"
        )
        pages = 0
        while page is not None:
            pages += 1
            print(
                f"  page {pages}: {len(page.data)} ticket(s), first {page.data[0].title!r}, more: {page.has_more}"
            )
            page = page.next_page()

        section("Error handling")
        try:
            client.tickets.get(brand.id, "tkt_does_not_exist")
        except Exception as error:
            if is_not_found_error(error):
                print(f"not found, as expected (status {error.status_code}, request id {error.request_id})")
            elif is_authentication_error(error):
                print("invalid API key")
            elif is_rate_limit_error(error):
                print(f"rate limited: retry after {error.retry_after} s")
            else:
                raise
        try:
            client.tickets.list_page(brand.id, limit=1000)  # the API allows at most 100 per page
        except Exception as error:
            if not is_validation_error(error):
                raise
            problems = "; ".join(f"{e['field']}: {e['message']}" for e in error.errors)
            print(f"validation error: {problems or error.message} (request id {error.request_id})")

        section("Attachments")
        receipt = b"RECEIPT\nSubscription: 2 x 9.99 EUR\n"
        attachment = client.attachments.upload(brand.id, ticket.id, receipt, "receipt.txt")
        download = client.attachments.get(brand.id, ticket.id, attachment.id)
        print(f"uploaded {attachment.filename} ({attachment.size} bytes, {attachment.status})")
        print(f"download URL: {download.download_url.split('?')[0]}")

        section("Customers")
        # Find or create: the tour can run again in the same brand (--brand-id), where John already exists.
        existing = client.customers.search(brand.id, "john@example.com")
        customer = (
            existing[0]
            if existing
            else client.customers.create(brand.id, email="john@example.com", name="John Smith")
        )
        customers = [c.email for c in client.customers.list(brand.id)]
        found = client.customers.search(brand.id, "jane")
        print(f"created {customer.email}; {len(customers)} customer(s): {', '.join(sorted(customers))}")
        print(f"search 'jane': {[c.name for c in found]}")

        section("Categories and tags")
        categories = {c.name: c for c in client.categories.list(brand.id)}
        billing = categories.get("Billing") or client.categories.create(
            brand.id, name="Billing", color="#ef4444"
        )
        if "Shipping" not in categories:
            client.categories.create(brand.id, name="Shipping", color="#3b82f6")
        client.tickets.update(brand.id, ticket.id, category_id=billing.id, tags=["refund"])  # tags by name
        try:
            client.tags.create(brand.id, name="urgent", color="#f59e0b")
        except Exception as error:
            if not is_conflict_error(error):  # names are unique per brand: 409 when it exists
                raise
        stats = client.categories.get_stats(brand.id)
        for category in client.categories.list(brand.id):
            print(f"  category {category.name}: {stats[category.id].ticket_count} ticket(s)")
        print(f"  tags: {', '.join(sorted(t.name for t in client.tags.list(brand.id)))}")

        section("Webhooks")
        secret = "whsec_" + secrets.token_hex(16)
        webhook = client.webhooks.create(
            brand.id,
            url="https://example.com/webhooks/dispatch",
            secret=secret,
            events=["ticket.created", "ticket.updated"],
        )
        print(f"subscribed {webhook.url} to {', '.join(webhook.events)} ({webhook.id})")
        # Your endpoint gets the raw body and the X-Dispatch-Signature header; here, a delivery made by hand.
        raw_body = json.dumps(
            {
                "id": "evt_demo",
                "event": "ticket.created",
                "brand_id": brand.id,
                "timestamp": datetime.now(UTC).isoformat(),
                "data": {
                    "id": ticket.id,
                    "ticketNumber": ticket.ticket_number,
                    "title": ticket.title,
                    "status": "open",
                    "priority": "high",
                    "source": "api",
                    "createdAt": ticket.created_at.isoformat(),
                    "customerId": ticket.customer_id,
                    "customerEmail": "jane@example.com",
                    "customerName": "Jane Doe",
                },
            }
        ).encode()
        signature = DispatchTickets.webhooks.generate_signature(raw_body, secret)
        valid = DispatchTickets.webhooks.verify_signature(raw_body, signature, secret)
        forged = DispatchTickets.webhooks.verify_signature(raw_body, signature, "whsec_wrong")
        print(f"signature valid: {valid}; with a wrong secret: {forged}")
        event = construct_webhook_event(raw_body, signature, secret)  # verify, then parse into a typed event
        if is_ticket_created_event(event):
            print(f"verified {event.event}: {event.data.title!r} from {event.data.customer_email}")
        client.webhooks.delete(brand.id, webhook.id)  # no endpoint listens at example.com in this tour

        return {
            "brand_id": brand.id,
            "ticket_id": ticket.id,
            "tickets_listed": len(every),
            "pages": pages,
            "comments": len(comments),
            "attachment_id": attachment.id,
            "customer_id": customer.id,
            "event": event.event,
        }


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python examples/basic_usage.py [--brand-id BR] [--api-key K] [--base-url URL]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--api-key", default=None, help="API key (default: env DISPATCH_API_KEY)")
    parser.add_argument("--base-url", default=None, help="API base URL (default: env DISPATCH_BASE_URL)")
    parser.add_argument(
        "--brand-id",
        default=os.environ.get("DISPATCH_BRAND_ID"),
        help="brand to work in (default: env DISPATCH_BRAND_ID, else a demo brand is created)",
    )
    args = parser.parse_args(argv)
    tour(api_key=args.api_key, base_url=args.base_url, brand_id=args.brand_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
