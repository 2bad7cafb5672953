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
"""

from __future__ import annotations

import heapq
import logging
import threading
import time
from collections.abc import Callable, Sequence

import httpx

from dispatch.testing._clock import Clock
from dispatch.testing._context import Event
from dispatch.testing._responses import json_text
from dispatch.testing._store import Json, Store, new_id
from dispatch.webhooks import SIGNATURE_HEADER, generate_signature

__all__ = ["WebhookDispatcher"]

_LOG = logging.getLogger("dispatch.testing.webhooks")
_MAX_RESPONSE_BODY = 1000


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
        self._queue: list[tuple[float, int, str]] = []
        self._seq = 0
        self._outstanding: set[str] = set()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopping = False

    @property
    def max_attempts(self) -> int:
        return len(self.retry_delays) + 1

    # -- inside a request's transaction ---------------------------------------------------------------

    def record(self, events: Sequence[Event]) -> list[str]:
        """Store a PENDING delivery per subscriber of each event; answers their ids (schedule after commit)."""
        ids: list[str] = []
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
                ids.append(str(delivery["id"]))
        return ids

    # -- scheduling -----------------------------------------------------------------------------------

    def schedule(self, delivery_ids: Sequence[str], delay: float = 0.0) -> None:
        if not delivery_ids:
            return
        with self._cond:
            for delivery_id in delivery_ids:
                self._seq += 1
                heapq.heappush(self._queue, (time.monotonic() + delay, self._seq, delivery_id))
                self._outstanding.add(delivery_id)
            self._cond.notify_all()

    def start(self) -> None:
        with self._cond:
            self._stopping = False
            self._rescue_unfinished()
        self._thread = threading.Thread(target=self._run, name="dispatch-emulator-webhooks", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=self._timeout + 2)
            self._thread = None

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until no delivery is pending or retrying; False if ``timeout`` passed first."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._outstanding:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
        return True

    def forget(self) -> None:
        """Drop everything queued (``reset``)."""
        with self._cond:
            self._queue.clear()
            self._outstanding.clear()
            self._cond.notify_all()

    # -- the worker -----------------------------------------------------------------------------------

    def _rescue_unfinished(self) -> None:
        """After a restart with ``--db``, deliveries that were still pending are sent again."""
        with self._store.lock:
            pending = [d for d in self._store.scan("deliveries") if d["status"] in ("PENDING", "RETRYING")]
        for delivery in pending:
            self._seq += 1
            heapq.heappush(self._queue, (time.monotonic(), self._seq, str(delivery["id"])))
            self._outstanding.add(str(delivery["id"]))

    def _next(self) -> str | None:
        with self._cond:
            while not self._stopping:
                if self._queue:
                    due, _, delivery_id = self._queue[0]
                    wait = due - time.monotonic()
                    if wait <= 0:
                        heapq.heappop(self._queue)
                        return delivery_id
                    self._cond.wait(wait)
                else:
                    self._cond.wait()
        return None

    def _run(self) -> None:
        with httpx.Client(timeout=self._timeout, trust_env=False) as client:
            while True:
                delivery_id = self._next()
                if delivery_id is None:
                    return
                try:
                    self._attempt(client, delivery_id)
                except Exception:  # never let one bad delivery stop the worker
                    _LOG.exception("webhook delivery %s crashed", delivery_id)
                    self._finish(delivery_id)

    def _finish(self, delivery_id: str) -> None:
        with self._cond:
            self._outstanding.discard(delivery_id)
            self._cond.notify_all()

    def _attempt(self, client: httpx.Client, delivery_id: str) -> None:
        with self._store.lock:
            delivery = self._store.get("deliveries", delivery_id)
            webhook = self._store.get("webhooks", str(delivery["webhookId"])) if delivery else None
        if delivery is None or delivery["status"] in ("SUCCESS", "FAILED"):
            self._finish(delivery_id)
            return
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
        if final:
            self._finish(delivery_id)
        else:
            with self._cond:
                self._seq += 1
                delay = self.retry_delays[attempts - 1]
                heapq.heappush(self._queue, (time.monotonic() + delay, self._seq, delivery_id))
                self._cond.notify_all()
