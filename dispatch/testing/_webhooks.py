"""Webhook deliveries: signed POSTs to subscribers from a background thread, with retries and a record.

When a request that emitted events commits, one delivery per subscribed webhook is stored as PENDING
(so the request's own response is never delayed by a slow receiver) and queued. A worker thread POSTs the
envelope ``{id, event, brand_id, data, timestamp}``; the exact bytes are fixed when the event happens and
signed with the webhook's secret (``X-Dispatch-Signature: sha256=<hex>``, via
:func:`dispatch.webhooks.generate_signature`), so every retry sends identical bytes. A 2xx answer is
SUCCESS; anything else (another status, a timeout, a refused connection) is RETRYING until the attempts
are used up, then FAILED. Each attempt records ``attempts``, ``lastAttempt``, ``responseCode``,
``responseBody`` (first 1000 characters) and ``error``; the webhook's ``failureCount`` counts consecutive
failed deliveries. :meth:`WebhookDispatcher.wait` lets tests wait for quiet instead of sleeping.

Deliveries go out from a small pool of worker threads, at most one at a time per webhook: a subscriber
that never answers (or whose host name takes long to resolve, which no client timeout bounds) holds up
only its own deliveries, never another subscriber's.
"""

from __future__ import annotations

import heapq
import logging
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from typing import NamedTuple

import httpx

from dispatch.testing._clock import Clock
from dispatch.testing._context import Event
from dispatch.testing._responses import json_text
from dispatch.testing._store import Json, Store, new_id
from dispatch.webhooks import SIGNATURE_HEADER, generate_signature

__all__ = ["Scheduled", "WebhookDispatcher"]

_LOG = logging.getLogger("dispatch.testing.webhooks")
_MAX_RESPONSE_BODY = 1000
_WORKERS = 4
"""Deliveries in flight at once (to different webhooks)."""


class Scheduled(NamedTuple):
    """A stored delivery to send: whose it is, and which webhook it goes to (one at a time per webhook)."""

    delivery_id: str
    webhook_id: str
    brand_id: str


class _Queued(NamedTuple):
    """A delivery waiting for its turn: due (``time.monotonic``), then first come, first served."""

    due: float
    seq: int
    delivery: Scheduled


class WebhookDispatcher:
    """Creates delivery records and delivers them in the background."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        retry_delays: Sequence[float] = (1.0, 5.0),
        timeout: float = 5.0,
        check_payload: Callable[[str, Json], None] | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self.retry_delays = tuple(retry_delays)
        self._timeout = timeout
        self._check_payload = check_payload
        # Every structure below is guarded by self._cond; each operation is O(log n), whatever the backlog.
        self._queue: list[_Queued] = []  # a heap: earliest due first, then first queued
        self._parked: dict[str, deque[_Queued]] = {}  # due, but their webhook had a delivery in flight
        self._seq = 0
        self._outstanding: dict[str, str] = {}  # delivery id -> brand id, until it succeeds or fails
        self._outstanding_by_brand: Counter[str] = Counter()
        self._busy_webhooks: set[str] = set()
        self._cond = threading.Condition()
        self._threads: list[threading.Thread] = []
        self._stopping = False
        self._client: httpx.Client | None = None  # made by the first delivery: most emulators send none
        self._client_lock = threading.Lock()

    @property
    def max_attempts(self) -> int:
        return len(self.retry_delays) + 1

    # -- inside a request's transaction ---------------------------------------------------------------

    def record(self, events: Sequence[Event]) -> list[Scheduled]:
        """Store a PENDING delivery per subscriber of each event; answers them, to :meth:`schedule` after
        the commit."""
        scheduled: list[Scheduled] = []
        for event in events:
            webhooks = [
                w
                for w in self._store.scan("webhooks", brandId=event.brand_id)
                if w.get("enabled", True) and event.event in w["events"]
            ]
            if not webhooks:
                continue
            envelope: Json = {
                "id": new_id("evt", 24),
                "event": event.event,
                "brand_id": event.brand_id,
                "data": event.data,
                "timestamp": self._clock.iso(),
            }
            if self._check_payload is not None:
                self._check_payload(event.event, envelope)
            raw = json_text(envelope)  # UTF-8-safe even for data stored before intake refused surrogates
            for webhook in webhooks:
                delivery: Json = {
                    "id": new_id("del"),
                    "webhookId": webhook["id"],
                    "brandId": event.brand_id,
                    "event": event.event,
                    "payload": envelope,
                    "status": "PENDING",
                    "attempts": 0,
                    "lastAttempt": None,
                    "responseCode": None,
                    "responseBody": None,
                    "error": None,
                    "createdAt": self._clock.iso(),
                    "_body": raw,
                }
                self._store.put("deliveries", delivery)
                scheduled.append(Scheduled(str(delivery["id"]), str(webhook["id"]), event.brand_id))
        return scheduled

    # -- scheduling -----------------------------------------------------------------------------------

    def schedule(self, deliveries: Sequence[Scheduled]) -> None:
        """Queue deliveries :meth:`record` stored, due now."""
        if not deliveries:
            return
        with self._cond:
            for delivery in deliveries:
                self._enqueue(delivery, delay=0.0)
            self._cond.notify_all()

    def _enqueue(self, delivery: Scheduled, *, delay: float) -> None:
        # called with self._cond held
        self._seq += 1
        heapq.heappush(self._queue, _Queued(time.monotonic() + delay, self._seq, delivery))
        if delivery.delivery_id not in self._outstanding:  # a retry is already counted
            self._outstanding[delivery.delivery_id] = delivery.brand_id
            self._outstanding_by_brand[delivery.brand_id] += 1

    def start(self) -> None:
        with self._cond:
            self._stopping = False
            self._rescue_unfinished()
        self._threads = [
            threading.Thread(target=self._run, name=f"dispatch-emulator-webhooks-{n}", daemon=True)
            for n in range(_WORKERS)
        ]
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        deadline = time.monotonic() + self._timeout + 2
        for thread in self._threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
        still_sending = any(thread.is_alive() for thread in self._threads)
        self._threads = []
        with self._client_lock:
            client, self._client = self._client, None
        if client is not None and not still_sending:  # else a worker's POST would fail under it: left to GC
            client.close()

    def wait(self, timeout: float = 10.0, *, brand_id: str | None = None) -> bool:
        """Block until no delivery (of ``brand_id``, or of any brand) is pending or retrying; False if
        ``timeout`` passed first."""

        def quiet() -> bool:
            return not (self._outstanding_by_brand[brand_id] if brand_id is not None else self._outstanding)

        with self._cond:
            return self._cond.wait_for(quiet, timeout)

    def forget(self) -> None:
        """Drop everything queued (``reset``)."""
        with self._cond:
            self._queue.clear()
            self._parked.clear()
            self._outstanding.clear()
            self._outstanding_by_brand.clear()
            self._cond.notify_all()  # attempts in flight finish; their webhooks are freed as they do

    # -- the worker -----------------------------------------------------------------------------------

    def _rescue_unfinished(self) -> None:
        """After a restart with ``--db``, deliveries that were still pending are sent again."""
        with self._store.lock:
            pending = [d for d in self._store.scan("deliveries") if d["status"] in ("PENDING", "RETRYING")]
        for delivery in pending:
            scheduled = Scheduled(str(delivery["id"]), str(delivery["webhookId"]), str(delivery["brandId"]))
            self._enqueue(scheduled, delay=0.0)

    def _next(self) -> _Queued | None:
        """The earliest due delivery to a webhook with nothing in flight (marked busy); None on stop.

        A due delivery whose webhook is busy is parked behind it, in order, and goes back on the heap when
        that webhook's delivery is done (:meth:`_done`)."""
        with self._cond:
            while not self._stopping:
                if not self._queue:
                    self._cond.wait()
                    continue
                first = self._queue[0]
                wait = first.due - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                heapq.heappop(self._queue)
                webhook_id = first.delivery.webhook_id
                if webhook_id in self._busy_webhooks:
                    self._parked.setdefault(webhook_id, deque()).append(first)
                    continue
                self._busy_webhooks.add(webhook_id)
                return first
        return None

    def _run(self) -> None:
        while True:
            queued = self._next()
            if queued is None:
                return
            retry_in: float | None = None
            try:
                retry_in = self._attempt(self._shared_client(), queued.delivery.delivery_id)
            except Exception:  # never let one bad delivery stop the worker
                _LOG.exception("webhook delivery %s crashed", queued.delivery.delivery_id)
            self._done(queued.delivery, retry_in)

    def _shared_client(self) -> httpx.Client:
        """One client (one pool, one TLS context) for every worker, made when first needed."""
        with self._client_lock:
            if self._client is None:
                self._client = httpx.Client(timeout=self._timeout, trust_env=False)
            return self._client

    def _done(self, delivery: Scheduled, retry_in: float | None) -> None:
        """Free the webhook for its next delivery; queue this one again, or mark it finished."""
        with self._cond:
            self._busy_webhooks.discard(delivery.webhook_id)
            parked = self._parked.get(delivery.webhook_id)
            if parked:  # the next one due for this webhook goes back on the heap, where it was
                heapq.heappush(self._queue, parked.popleft())
                if not parked:
                    del self._parked[delivery.webhook_id]
            if retry_in is not None and delivery.delivery_id in self._outstanding:  # not forgotten meanwhile
                self._enqueue(delivery, delay=retry_in)
            elif self._outstanding.pop(delivery.delivery_id, None) is not None:
                self._outstanding_by_brand[delivery.brand_id] -= 1
                if not self._outstanding_by_brand[delivery.brand_id]:
                    del self._outstanding_by_brand[delivery.brand_id]
            self._cond.notify_all()

    def _attempt(self, client: httpx.Client, delivery_id: str) -> float | None:
        """POST one delivery and record the outcome; answers the delay before a retry, None when final."""
        with self._store.lock:
            delivery = self._store.get("deliveries", delivery_id)
            webhook = self._store.get("webhooks", str(delivery["webhookId"])) if delivery else None
        if delivery is None or delivery["status"] in ("SUCCESS", "FAILED"):
            return None
        raw = str(delivery["_body"]).encode("utf-8")
        code: int | None = None
        text: str | None = None
        error: str | None = None
        if webhook is None:
            error = "the webhook was deleted"
        else:
            headers = {
                "Content-Type": "application/json",
                "User-Agent": "Dispatch-Webhooks/emulator",
                SIGNATURE_HEADER: generate_signature(raw, str(webhook["_secret"])),
                "X-Dispatch-Event": str(delivery["event"]),
                "X-Dispatch-Delivery": delivery_id,
            }
            try:
                response = client.post(str(webhook["url"]), content=raw, headers=headers)
                code, text = response.status_code, response.text[:_MAX_RESPONSE_BODY]
                if not 200 <= code < 300:
                    error = f"HTTP {code}"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
        attempts = int(delivery["attempts"]) + 1
        succeeded = error is None
        final = succeeded or webhook is None or attempts >= self.max_attempts
        now = self._clock.iso()
        with self._store.transaction():
            current = self._store.get("deliveries", delivery_id)
            if current is None:  # the brand was deleted meanwhile
                final = True
            else:
                status = "SUCCESS" if succeeded else ("FAILED" if final else "RETRYING")
                current.update(
                    status=status,
                    attempts=attempts,
                    lastAttempt=now,
                    responseCode=code,
                    responseBody=text,
                    error=error,
                )
                self._store.put("deliveries", current)
                hook = self._store.get("webhooks", str(current["webhookId"]))
                if hook is not None:
                    hook["lastTriggered"] = now
                    if succeeded:
                        hook["failureCount"] = 0
                    elif final:
                        hook["failureCount"] = int(hook["failureCount"]) + 1
                        hook["lastFailure"] = now
                    self._store.put("webhooks", hook)
        return None if final else self.retry_delays[attempts - 1]
