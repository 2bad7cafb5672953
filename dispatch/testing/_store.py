"""The emulator's state: JSON documents in named collections, kept in memory and optionally in SQLite.

One lock guards everything: request handlers, the webhook worker and the in-process test API all take it,
so a handler sees and changes a consistent state and never interleaves with another. A request is a
transaction: :meth:`Store.rollback` undoes what a failing handler changed, :meth:`Store.commit` writes the
changed documents through to SQLite (``--db PATH``), so a restarted emulator finds them again. Documents are
plain JSON objects; keys starting with ``_`` are private (never rendered).
"""

from __future__ import annotations

import copy
import json
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

__all__ = ["Json", "Store", "copy_json", "new_id", "new_secret"]

T = TypeVar("T")
_MEMO_SIZE = 4096
_SCALARS = (str, int, float, bool, type(None))

Json = dict[str, Any]

_INDEXED_FIELDS = ("ticketId", "customerId", "brandId", "accountId")
_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"


def new_id(prefix: str, length: int = 16) -> str:
    """``prefix_`` and random lowercase base32 characters, e.g. ``tkt_7f3kq9...``."""
    # 32 symbols: the low 5 bits of a random byte pick one uniformly (one urandom call, not one per symbol)
    return prefix + "_" + "".join(_ALPHABET[byte & 31] for byte in secrets.token_bytes(length))


class _EmptyList(list[Any]):
    """The one empty list stored documents share (most tickets have no links): it refuses changes."""

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("a stored document is read-only: Store.get() answers a copy to change")

    append = extend = insert = remove = pop = clear = sort = reverse = _refuse
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse


class _EmptyDict(dict[str, Any]):
    """The one empty object stored documents share (``metadata``, ``customFields``): it refuses changes."""

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("a stored document is read-only: Store.get() answers a copy to change")

    __setitem__ = __delitem__ = update = setdefault = pop = popitem = clear = __ior__ = _refuse


# An empty list or dict costs 56-64 bytes; a ticket has three: 100,000 tickets save ~18 MB by sharing them.
_EMPTY_LIST = _EmptyList()
_EMPTY_DICT = _EmptyDict()


def copy_json(value: Any) -> Any:
    """A deep copy of a JSON-like value (dicts, lists, scalars): ~10x faster than ``copy.deepcopy``."""
    kind = type(value)
    if kind is dict or kind is _EmptyDict:
        return {k: v if type(v) in _SCALARS else copy_json(v) for k, v in value.items()}
    if kind is list or kind is _EmptyList:
        return [v if type(v) in _SCALARS else copy_json(v) for v in value]
    if kind in _SCALARS:
        return value
    return copy.deepcopy(value)  # anything else (a tuple, a set...): the general copy


def _stored_copy(value: Any) -> Any:
    """:func:`copy_json` for the store: empty lists and objects become the shared read-only ones."""
    kind = type(value)
    if kind is dict or kind is _EmptyDict:
        if not value:
            return _EMPTY_DICT
        return {k: v if type(v) in _SCALARS else _stored_copy(v) for k, v in value.items()}
    if kind is list or kind is _EmptyList:
        if not value:
            return _EMPTY_LIST
        return [v if type(v) in _SCALARS else _stored_copy(v) for v in value]
    return copy_json(value)


def new_secret(prefix: str) -> str:
    """A long unguessable token (API keys, portal tokens, storage tokens)."""
    return prefix + secrets.token_hex(16)


class Store:
    """Collections of documents keyed by id, with an index on ``brandId`` and ``accountId``.

    Args:
        db_path: SQLite file to load from and write through to; ``None`` keeps everything in memory.
    """

    def __init__(self, db_path: str | None = None) -> None:
        self.lock = threading.RLock()
        self._docs: dict[str, dict[str, Json]] = {}
        self._index: dict[tuple[str, str, str], dict[str, None]] = {}
        self._blobs: dict[str, bytes] = {}
        self._seq = 0
        self._journal: dict[tuple[str, str], Json | None] = {}
        self._blob_journal: dict[str, bytes | None] = {}
        self._versions: dict[str, int] = {}
        self._memo: dict[Any, tuple[tuple[int, ...], Any]] = {}
        self._db: sqlite3.Connection | None = None
        if db_path is not None:
            self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS docs (coll TEXT NOT NULL, id TEXT NOT NULL, doc TEXT NOT NULL,"
                " PRIMARY KEY (coll, id))"
            )
            self._db.execute("CREATE TABLE IF NOT EXISTS blobs (id TEXT PRIMARY KEY, data BLOB NOT NULL)")
            self._load()

    # -- reading ----------------------------------------------------------------------------------------

    def get(self, coll: str, doc_id: str) -> Json | None:
        """A private copy of one document (change it freely, then :meth:`put` it back)."""
        doc = self._docs.get(coll, {}).get(doc_id)
        return copy_json(doc) if doc is not None else None

    def peek(self, coll: str, doc_id: str) -> Json | None:
        """The stored document itself, for reading only."""
        return self._docs.get(coll, {}).get(doc_id)

    def scan(self, coll: str, **where: str) -> list[Json]:
        """Stored documents (read-only) whose fields equal ``where``; creation order."""
        docs: list[Json]
        if len(where) == 1:  # the common case (a ticket's comments, a brand's tickets): the index alone
            ((field, value),) = where.items()
            if field in _INDEXED_FIELDS:
                ids = self._index.get((coll, field, value))
                if not ids:
                    return []
                table = self._docs.get(coll, {})
                docs = [table[i] for i in ids if i in table]
                docs.sort(key=_seq_of)
                return docs
        indexed = [(field, value) for field, value in where.items() if field in _INDEXED_FIELDS]
        rest = where
        if indexed:
            field, value = indexed[0]
            ids = self._index.get((coll, field, value), {})
            table = self._docs.get(coll, {})
            docs = [table[i] for i in ids if i in table]
            rest = {f: v for f, v in where.items() if f != field}  # the index already matched that one
        else:
            docs = list(self._docs.get(coll, {}).values())
        if rest:
            docs = [d for d in docs if all(d.get(f) == v for f, v in rest.items())]
        docs.sort(key=_seq_of)  # nearly sorted already (insertion order): linear
        return docs

    def entries(self, coll: str) -> list[tuple[str, Json]]:
        """Every ``(id, stored document)`` of ``coll`` (read-only), in creation order."""
        return sorted(self._docs.get(coll, {}).items(), key=lambda entry: _seq_of(entry[1]))

    def version(self, coll: str) -> int:
        """A number that changes whenever a document of ``coll`` is written, deleted or rolled back."""
        return self._versions.get(coll, 0)

    def memo(self, key: Any, colls: tuple[str, ...], compute: Callable[[], T]) -> T:
        """``compute()``, remembered until a document of one of ``colls`` changes.

        For what is derived from many documents and read again and again unchanged (the ordered tickets
        of a listing, page after page; a customer's ticket count). The value is shared: never change it.
        """
        stamp = tuple(self._versions.get(c, 0) for c in colls)
        hit = self._memo.get(key)
        if hit is not None and hit[0] == stamp:
            remembered: T = hit[1]
            return remembered
        value = compute()
        self._memo.pop(key, None)
        self._memo[key] = (stamp, value)
        if len(self._memo) > _MEMO_SIZE:
            del self._memo[next(iter(self._memo))]  # the oldest
        return value

    def blob(self, blob_id: str) -> bytes | None:
        return self._blobs.get(blob_id)

    # -- writing ----------------------------------------------------------------------------------------

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def put(self, coll: str, doc: Json, doc_id: str | None = None) -> Json:
        """Store ``doc`` (a copy) under ``doc_id`` or its ``id``; answers it."""
        key = doc_id if doc_id is not None else str(doc["id"])
        if "_seq" not in doc:
            doc["_seq"] = self.next_seq()
        table = self._docs.setdefault(coll, {})
        self._remember(coll, key)
        old = table.get(key)
        stored = {k: v if type(v) in _SCALARS else _stored_copy(v) for k, v in doc.items()}
        if old is not None:
            self._move_index(coll, key, old, stored)
        else:
            self._reindex(coll, key, stored)
        table[key] = stored
        self._changed(coll)
        return doc

    def delete(self, coll: str, doc_id: str) -> None:
        table = self._docs.get(coll, {})
        if doc_id in table:
            self._remember(coll, doc_id)
            self._unindex(coll, doc_id, table.pop(doc_id))
            self._changed(coll)

    def put_blob(self, blob_id: str, data: bytes) -> None:
        if blob_id not in self._blob_journal:
            self._blob_journal[blob_id] = self._blobs.get(blob_id)
        self._blobs[blob_id] = data

    def delete_blob(self, blob_id: str) -> None:
        if blob_id in self._blobs:
            if blob_id not in self._blob_journal:
                self._blob_journal[blob_id] = self._blobs[blob_id]
            del self._blobs[blob_id]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Hold the lock; commit when the block ends normally, roll back when it raises."""
        with self.lock:
            try:
                yield
            except BaseException:
                self.rollback()
                raise
            self.commit()

    def commit(self) -> None:
        """Write the documents changed since the last commit through to SQLite."""
        if self._db is not None and (self._journal or self._blob_journal):
            rows = [(c, i, self._docs.get(c, {}).get(i)) for c, i in self._journal]
            blobs = [(b, self._blobs.get(b)) for b in self._blob_journal]
            with self._db:
                self._db.execute("BEGIN")
                for coll, doc_id, doc in rows:
                    if doc is None:
                        self._db.execute("DELETE FROM docs WHERE coll = ? AND id = ?", (coll, doc_id))
                    else:
                        self._db.execute(
                            "INSERT OR REPLACE INTO docs (coll, id, doc) VALUES (?, ?, ?)",
                            (coll, doc_id, json.dumps(doc, separators=(",", ":"))),
                        )
                for blob_id, data in blobs:
                    if data is None:
                        self._db.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
                    else:
                        self._db.execute(
                            "INSERT OR REPLACE INTO blobs (id, data) VALUES (?, ?)", (blob_id, data)
                        )
        self._journal.clear()
        self._blob_journal.clear()

    def rollback(self) -> None:
        """Undo every change since the last commit."""
        for (coll, doc_id), old in self._journal.items():
            self._changed(coll)
            table = self._docs.setdefault(coll, {})
            current = table.pop(doc_id, None)
            if current is not None:
                self._unindex(coll, doc_id, current)
            if old is not None:
                table[doc_id] = old
                self._reindex(coll, doc_id, old)
        for blob_id, data in self._blob_journal.items():
            if data is None:
                self._blobs.pop(blob_id, None)
            else:
                self._blobs[blob_id] = data
        self._journal.clear()
        self._blob_journal.clear()

    def wipe(self) -> None:
        """Forget everything (``POST /_emulator/reset``), in SQLite too."""
        with self.lock:
            self._docs.clear()
            self._index.clear()
            self._memo.clear()
            self._blobs.clear()
            self._journal.clear()
            self._blob_journal.clear()
            if self._db is not None:
                with self._db:
                    self._db.execute("DELETE FROM docs")
                    self._db.execute("DELETE FROM blobs")

    def close(self) -> None:
        with self.lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    # -- internals --------------------------------------------------------------------------------------

    def _remember(self, coll: str, doc_id: str) -> None:
        if (coll, doc_id) not in self._journal:
            old = self._docs.get(coll, {}).get(doc_id)
            self._journal[(coll, doc_id)] = old  # stored docs are replaced, never mutated: no copy needed

    def _changed(self, coll: str) -> None:
        self._versions[coll] = self._versions.get(coll, 0) + 1

    def _move_index(self, coll: str, doc_id: str, old: Json, new: Json) -> None:
        """Re-index a replaced document; where an indexed value is unchanged it keeps its place (order)."""
        for field in _INDEXED_FIELDS:
            before, after = old.get(field), new.get(field)
            if before == after:
                continue
            if isinstance(before, str):
                self._index.get((coll, field, before), {}).pop(doc_id, None)
            if isinstance(after, str):
                self._index.setdefault((coll, field, after), {})[doc_id] = None

    def _reindex(self, coll: str, doc_id: str, doc: Json) -> None:
        for field in _INDEXED_FIELDS:
            value = doc.get(field)
            if isinstance(value, str):
                self._index.setdefault((coll, field, value), {})[doc_id] = None

    def _unindex(self, coll: str, doc_id: str, doc: Json) -> None:
        for field in _INDEXED_FIELDS:
            value = doc.get(field)
            if isinstance(value, str):
                self._index.get((coll, field, value), {}).pop(doc_id, None)

    def _load(self) -> None:
        assert self._db is not None
        for coll, doc_id, text in self._db.execute("SELECT coll, id, doc FROM docs"):
            doc = json.loads(text)
            self._docs.setdefault(coll, {})[doc_id] = doc
            self._reindex(coll, doc_id, doc)
            self._seq = max(self._seq, int(doc.get("_seq", 0)))
        for blob_id, data in self._db.execute("SELECT id, data FROM blobs"):
            self._blobs[blob_id] = bytes(data)


def _seq_of(doc: Json) -> int:
    return int(doc.get("_seq", 0))
