"""``X-Idempotency-Key`` records: what a create answered, replayed for the same key for a day, then forgotten.

The SDK sends a key with every create, so a record is written for nearly every object created through it:
each must be small, and none may live forever. A record holds the hash of the request body, the status,
the time it was written and the response body as sent (its compact JSON, deflated and held as a latin-1
``str``: ~160 bytes for a ticket instead of ~1.7 KiB for a copy of the rendered object; a ``str`` so that
``--db`` persists it as JSON like every other document). A replay answers those exact bytes, whatever
happened to the object since.

A record older than :data:`IDEMPOTENCY_RETENTION` by the emulator's clock is expired: a request with its
key is processed as new (and its record replaces the old one). Expired records are dropped oldest first
after each write (:meth:`IdempotencyRecords.prune`), from a queue of record ids in write order, so a
request never scans the collection.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import deque
from dataclasses import dataclass
from typing import Any

from dispatch.testing._clock import Clock, parse_time
from dispatch.testing._errors import ApiError
from dispatch.testing._responses import json_text
from dispatch.testing._store import Json, Store

__all__ = ["IDEMPOTENCY_RETENTION", "IdempotencyRecords", "Replay", "record_id"]

IDEMPOTENCY_RETENTION = 24 * 60 * 60.0
"""Seconds (by the emulator's clock) a key's record is replayed; after that the key may be reused."""

_COLLECTION = "idempotency"
# Raw deflate with a 4 KiB window and a small state: as small as the default for a response of a few
# hundred bytes, at a fraction of its set-up cost (the default allocates ~256 KiB per call).
_WBITS, _MEM_LEVEL, _LEVEL = -12, 3, 6
# A preset dictionary: what every created ticket's JSON repeats (names, nulls, defaults). A ticket deflates
# to ~160 bytes with it, ~360 without. It is part of the --db format: records written with it are read
# with it, so changing it means a new record field (and reading the old one with the old dictionary).
_DICTIONARY = (
    b'"assigneeId":null,"createdBy":null,"customerId":"cus_","customer":{"id":"cus_","email":"","name":null,'
    b'"avatarUrl":null,"companyId":null,"_count":{"tickets":},"categoryId":null,"category":null,"tags":[],'
    b'"links":[],"customFields":{},"metadata":{},"source":"api","sourceId":null,"commentCount":0,'
    b'"attachmentCount":0,"isSpam":false,"createdAt":"20","updatedAt":"20","deletedAt":null,'
    b'"mergedIntoId":null}{"id":"tkt_","brandId":"br_","ticketNumber":,"title":"","body":"",'
    b'"status":"open","priority":"normal",'
)


@dataclass(frozen=True)
class Replay:
    """The original answer to a key: its status and its JSON text exactly as sent (``None``: no body)."""

    status: int
    text: str | None


def pack(text: str) -> str:
    """``text`` deflated, each byte one latin-1 character (CPython stores such a str a byte a character)."""
    deflate = zlib.compressobj(_LEVEL, zlib.DEFLATED, _WBITS, _MEM_LEVEL, zdict=_DICTIONARY)
    return (deflate.compress(text.encode("utf-8")) + deflate.flush()).decode("latin-1")


def unpack(packed: str) -> str:
    inflate = zlib.decompressobj(_WBITS, zdict=_DICTIONARY)
    return (inflate.decompress(packed.encode("latin-1")) + inflate.flush()).decode("utf-8")


def record_id(scope: str, method: str, path: str, key: str) -> str:
    """The id of a key's record: a key is one caller's (account, or portal customer) for one operation."""
    return f"{scope}|{method}|{path}|{key}"


def body_hash(raw_body: bytes) -> str:
    return hashlib.sha256(raw_body).hexdigest()


class IdempotencyRecords:
    """The records of one emulator, kept in its store (so ``--db`` keeps them and a reset forgets them)."""

    def __init__(self, store: Store, clock: Clock, retention: float = IDEMPOTENCY_RETENTION) -> None:
        self._store = store
        self._clock = clock
        self.retention = retention
        # (record id, when written) in write order. An entry whose record is gone (a rolled-back write, a
        # reset) or was written again since (a reused key: it has a later entry too) is skipped.
        self._order: deque[tuple[str, float]] = deque(
            (doc_id, _written_at(record)) for doc_id, record in store.entries(_COLLECTION)
        )

    def replay(self, record_id: str, raw_body: bytes) -> Replay | None:
        """The original answer to this key, ``None`` if it has none (or only an expired one); 409 if the
        key was used with another body."""
        record = self._store.peek(_COLLECTION, record_id)
        if record is None or self._expired(record, self._clock.now()):
            return None
        if record["bodyHash"] != body_hash(raw_body):
            raise ApiError(409, "Idempotency key already used with a different request body")
        return Replay(int(record["status"]), _text_of(record))

    def remember(self, record_id: str, raw_body: bytes, status: int, body: Any) -> None:
        """Record a successful answer (inside the request's transaction)."""
        # Deleted first: a reused (expired) key's record moves to the end of the write order.
        self._store.delete(_COLLECTION, record_id)
        now = self._clock.now()
        record = {
            "bodyHash": body_hash(raw_body),
            "status": status,
            "response": None if body is None else pack(json_text(body)),
            "at": now,
        }
        self._store.put(_COLLECTION, record, doc_id=record_id)
        self._order.append((record_id, now))

    def prune(self) -> None:
        """Drop expired records, oldest first, stopping at the first live one (in its own transaction)."""
        now = self._clock.now()
        with self._store.transaction():
            while self._order:
                record_id, written_at = self._order[0]
                record = self._store.peek(_COLLECTION, record_id)
                if record is not None and _written_at(record) == written_at:  # else: gone, or written anew
                    if not self._expired(record, now):
                        return
                    self._store.delete(_COLLECTION, record_id)
                self._order.popleft()

    def forget(self) -> None:
        """After the store was wiped."""
        self._order.clear()

    def _expired(self, record: Json, now: float) -> bool:
        return now - _written_at(record) >= self.retention


def _written_at(record: Json) -> float:
    at = record.get("at")
    if at is not None:
        return float(at)
    return parse_time(str(record["createdAt"]))  # a record an older emulator wrote to a --db file


def _text_of(record: Json) -> str | None:
    if "response" in record:
        packed = record["response"]
        return None if packed is None else unpack(str(packed))
    body = record.get("body")  # a record an older emulator wrote to a --db file: the rendered body
    return None if body is None else json_text(body)
