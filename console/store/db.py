"""The console's database: migrations on open, one transaction per state change, an append-only hash-chained
audit log (console/store/audit.py) anchored outside the database (console/store/anchors.py).

The Store is backend-neutral: everything SQLite-specific is in console/store/sqlite.py behind a small interface
(begin_write, begin_read, commit, rollback, schema version, …); a PostgreSQL backend is one more such module.
``.conn`` (the tracked DB-API connection) and ``.db`` (sqlite-utils) stay for modules not yet moved.
"""
from __future__ import annotations

import json
import logging
import re
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path

from console.changes import Changes
from console.common.clock import Clock, to_iso
from console.common.errors import ConflictError, DataError, UserError
from console.store import anchors as anchors_mod
from console.store import audit as chain
from console.store import sqlite as backend_mod
from console.store import verify as verify_mod
from console.store.audit import GENESIS, AuditCheck, record_hash  # noqa: F401 (public names)
from console.store.schema import MIGRATIONS, latest

log = logging.getLogger("console.store")

_WRITE = re.compile(r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
                    r"\s+[\"`]?(\w+)", re.IGNORECASE)


class _TrackingConnection:
    """The DB-API connection, noting which tables each write in a transaction touches (for Changes) and, before
    the first insert into a covered table, where that table stood (for the chain's row hashes)."""

    def __init__(self, raw, touched: set, before_insert):
        self._raw = raw
        self._touched = touched
        self._before_insert = before_insert

    def _note(self, sql: str) -> None:
        m = _WRITE.match(sql)
        if m:
            table = m.group(1).lower()
            self._touched.add(table)
            if table in chain.COVERED:
                self._before_insert(table)

    def execute(self, sql: str, params=()):
        self._note(sql)
        return self._raw.execute(sql, params)

    def executemany(self, sql: str, seq):
        self._note(sql)
        return self._raw.executemany(sql, seq)

    def __getattr__(self, name):
        return getattr(self._raw, name)


class Store:
    """One open console database. Use as a context manager or call close()."""

    def __init__(self, path: str | Path, clock: Clock | None = None, *, readonly: bool = False, backend=None):
        """path: the SQLite file; or, with `backend` (console.store.postgres), the name shown for the server."""
        self.clock = clock or Clock()
        self.readonly = readonly
        self.closed = False
        if backend is None:
            self.path = Path(path)
            self.backend = backend_mod.connect(self.path, readonly=readonly)
        else:
            self.path = path
            self.backend = backend
        b = self.backend
        self._touched: set[str] = set()
        self._row_base: dict[str, int] = {}   # covered table -> highest id already in the chain (this tx)
        self._tx_audit: dict | None = None    # the last audit record written in this transaction
        self._listeners: list = []
        self._in_tx = False
        self._verified: tuple[int, str] | None = None
        self._meta_cache: dict[str, str | None] = {}
        self._db_checkpoint = 0
        self._anchors = anchors_mod.AnchorWriter()
        self.last_changes = Changes()
        self.conn = _TrackingConnection(b.raw, self._touched, self._note_covered_insert)
        version = b.schema_version
        if version > latest():
            b.close()
            raise DataError(self.path, f"数据库版本 {version} 比本程序支持的 {latest()} 新，请升级程序 "
                                       f"database schema {version} is newer than this program ({latest()})")
        if readonly and version == 0:
            b.close()
            raise DataError(self.path, "不是指挥台数据库（没有表结构）not a console database (no schema)")
        if not readonly:
            b.enable_wal()
            self._migrate(version)
            self._prepare_chain()
        self._meta_cache = {k: self._meta(k) for k in ("db_id", "audit_v2_from")}

    @property
    def db(self):
        """sqlite-utils over the same connection (for modules not yet moved behind a repository)."""
        return self.backend.utils

    def _migrate(self, version: int) -> None:
        target = latest()
        if version == target:
            return
        b = self.backend
        try:
            b.begin_write()
            version = b.schema_version  # another seat may have migrated while we waited for the lock
            for step in range(version + 1, target + 1):
                for sql in MIGRATIONS[step]:
                    if callable(sql):  # a data step: fills what the step's tables derive from stored rows
                        sql(self)
                    else:
                        b.raw.execute(sql)
            b.set_schema_version(target)
            b.commit()
        except (b.errors, b.busy_error) as exc:
            if b.in_transaction:
                b.rollback()
            raise DataError(self.path, f"数据库升级失败 schema migration failed: {exc}") from None
        log.info("migrated %s from schema %d to %d", self.path, version, target)

    def _prepare_chain(self) -> None:
        """Once per database: its identity (names its anchor file), where canonical form 2 starts, and which
        covered rows predate their coverage (recorded in the chain itself)."""
        if self._meta("rows_covered") is not None:
            return
        with self.transaction():
            if self._meta("rows_covered") is not None:  # another seat got here first
                return
            raw = self.backend.raw
            n = self.scalar("SELECT COALESCE(MAX(id), 0) FROM audit")
            for key, value in (("db_id", uuid.uuid4().hex[:16]), ("audit_v2_from", str(n + 1))):
                raw.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING", (key, value))
            legacy = {t: chain.max_id(raw, t) for t in chain.COVERED}
            raw.execute("INSERT INTO meta (key, value) VALUES ('rows_covered', '1') ON CONFLICT (key) DO NOTHING")
            if any(legacy.values()):
                self._meta_cache = {"audit_v2_from": str(n + 1)}
                self.audit("system", "audit.coverage", "audit", None, {"legacy_rows": legacy})
        self.last_changes = Changes()

    def _meta(self, key: str) -> str | None:
        return self.scalar("SELECT value FROM meta WHERE key = ?", (key,))

    # ---- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.closed = True
        self._anchors.close()
        self.backend.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def schema_version(self) -> int:
        return self.backend.schema_version

    # ---- transactions ------------------------------------------------------------------------
    @contextmanager
    def transaction(self):
        """One state change = one transaction. Nested use joins the outer transaction."""
        if self.readonly:
            raise UserError(f"{self.path}: 数据库以只读方式打开 database is open read-only")
        if self._in_tx:
            yield self.conn
            return
        b = self.backend
        try:
            b.begin_write()
        except b.busy_error as exc:
            raise UserError(f"{self.path}: 数据库正忙（另一写入尚未完成），未做任何修改，请稍后重试 "
                            f"database busy, nothing was changed, please retry ({exc})") from None
        self._in_tx = True
        self._touched.clear()
        self._row_base.clear()
        self._tx_audit = None
        try:
            try:
                yield self.conn
                self._cover_leftover_rows()
                b.before_commit(Changes.of_tables(self._touched), self._tx_audit)
                b.commit()
            except b.integrity_error as exc:
                if "unique" not in str(exc).lower():
                    raise
                raise ConflictError("已由其他席位抢先写入同一记录，本次未做任何修改，请刷新后重试 "
                                    f"another seat wrote the same record first, nothing was changed ({exc})") from exc
        except BaseException:
            self._touched.clear()
            # a failed COMMIT leaves the transaction open (roll it back, or every later write is refused);
            # after an error the database rolled back itself (disk full, I/O) there is nothing left to roll back
            if b.in_transaction:
                b.rollback()
            raise
        finally:
            self._in_tx = False
            self._row_base.clear()
        written, self._tx_audit = self._tx_audit, None
        if written is not None:
            self._anchor(written)
        changes = Changes.of_tables(self._touched)
        self._touched.clear()
        if changes:
            self._fire(changes)

    def _fire(self, changes: Changes) -> None:
        self.last_changes = changes
        for listener in list(self._listeners):
            listener(changes)

    def has_table(self, name: str) -> bool:
        return self.backend.table_exists(name)

    def reopen(self, clock=None):
        """Another connection to the same database (for a worker thread: connections are not shared)."""
        if self.url:
            return type(self)(self.path, clock or self.clock, readonly=self.readonly, backend=self.backend.reopen())
        return type(self)(self.path, clock or self.clock, readonly=self.readonly)

    @property
    def url(self) -> str | None:
        """The server's URL when several seats share a PostgreSQL database; None for a SQLite file."""
        return getattr(self.backend, "url", None)

    @property
    def seat(self) -> str | None:
        return getattr(self.backend, "seat", None)

    @contextmanager
    def read_snapshot(self):
        """Every read inside sees one committed state (no other seat's write appears half-way)."""
        b = self.backend
        if self._in_tx or b.in_transaction:
            yield
            return
        b.begin_read()
        try:
            yield
        finally:
            if b.in_transaction:
                b.commit()

    def on_commit(self, listener) -> None:
        """Call listener(Changes) after every committed transaction that wrote something (in the writing thread)."""
        self._listeners.append(listener)

    def remove_listener(self, listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # ---- portable queries (the repositories use these; placeholders are ?) -------------------
    def execute(self, sql: str, params=()):
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, seq) -> None:
        self.conn.executemany(sql, seq)

    def rows(self, sql: str, params=()) -> list[dict]:
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def row(self, sql: str, params=()) -> dict | None:
        cur = self.conn.execute(sql, params)
        r = cur.fetchone()
        return None if r is None else dict(zip([d[0] for d in cur.description], r))

    def tuples(self, sql: str, params=()) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params=(), default=None):
        r = self.conn.execute(sql, params).fetchone()
        return default if r is None else r[0]

    def insert(self, sql: str, params=()) -> int:
        """Run one INSERT and return the new row's id (portable: INSERT … RETURNING id)."""
        if " returning " not in sql.lower():
            sql = f"{sql} RETURNING id"
        return self.conn.execute(sql, params).fetchone()[0]

    def integrity_problems(self) -> list[str]:
        return self.backend.integrity_problems()

    # ---- audit -------------------------------------------------------------------------------
    def audit(self, actor: str, action: str, entity: str, entity_id: str | None = None,
              detail: dict | None = None) -> dict:
        """Append one audit record (inside the caller's transaction, or its own). Covered rows inserted in
        this transaction so far are hashed into detail["_rows"]."""
        with self.transaction() as conn:
            detail = dict(detail or {})
            rows = self._take_covered_rows()
            if rows:
                detail[chain.ROWS_KEY] = rows
            last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
            rec = {
                "id": (last[0] + 1) if last else 1,
                "ts": to_iso(self.clock.now()),
                "actor": actor, "action": action, "entity": entity,
                "entity_id": None if entity_id is None else str(entity_id),
                "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True),
                "prev_hash": last[1] if last else GENESIS,
            }
            for k in ("actor", "action", "entity", "entity_id"):
                chain.check_field(k, rec[k])
            v2_from = self._meta_cache.get("audit_v2_from")
            rec["hash"] = record_hash(rec, 2 if v2_from is not None and rec["id"] >= int(v2_from) else 1)
            conn.execute(
                "INSERT INTO audit (id, ts, actor, action, entity, entity_id, detail, prev_hash, hash) "
                "VALUES (:id, :ts, :actor, :action, :entity, :entity_id, :detail, :prev_hash, :hash)", rec)
            conn.execute("INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (f"{rec['id']}:{rec['hash']}",))
            self._tx_audit = rec
        return rec

    def _note_covered_insert(self, table: str) -> None:
        if self._in_tx and table not in self._row_base:
            self._row_base[table] = chain.max_id(self.backend.raw, table)

    def _take_covered_rows(self) -> dict:
        out = {}
        for table, base in self._row_base.items():
            new = chain.new_rows(self.backend.raw, table, base)
            if new:
                out[table] = {str(r["id"]): chain.row_hash(r) for r in new}
                self._row_base[table] = new[-1]["id"]
        return out

    def _cover_leftover_rows(self) -> None:
        """A covered row inserted after the transaction's last audit record still gets into the chain."""
        if any(chain.max_id(self.backend.raw, t) > base for t, base in self._row_base.items()):
            actor = self._tx_audit["actor"] if self._tx_audit else "system"
            self.audit(actor, "audit.rows", "audit", None, {})

    def audit_head(self) -> tuple[int, str] | None:
        value = self._meta("audit_head")
        if not value:
            return None
        rid, _, digest = value.partition(":")
        return int(rid), digest

    def audit_records(self, entity: str | None = None, limit: int | None = None) -> list[dict]:
        sql = "SELECT * FROM audit"
        params: list = []
        if entity:
            sql += " WHERE entity = ?"
            params.append(entity)
        sql += " ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self.rows(sql, params)

    # ---- anchors -----------------------------------------------------------------------------
    def _anchor(self, rec: dict) -> None:
        try:
            value = self._setting_raw(anchors_mod.SETTING)
            db_id = self._meta_cache.get("db_id") or self._meta("db_id")
        except self.backend.errors as exc:  # never fail a committed write over its anchor
            log.warning("audit anchor skipped: %s", exc)
            return
        if db_id:
            self._anchors.submit(value or "", db_id, rec["id"], rec["hash"], rec["ts"])

    def _setting_raw(self, name: str) -> str | None:
        value = self.scalar("SELECT value FROM settings WHERE name = ?", (name,))
        return None if value is None else json.loads(value)

    @property
    def anchor_status(self) -> anchors_mod.AnchorStatus:
        return self._anchors.status

    def flush_anchors(self, timeout: float = 5.0) -> bool:
        return self._anchors.flush(timeout)

    @property
    def db_id(self) -> str | None:
        return self._meta_cache.get("db_id") or self._meta("db_id")

    # ---- verification (console/store/verify.py) ----------------------------------------------
    def verify_audit(self, full: bool = True, *, incremental: bool | None = None,
                     anchors: str | Path | None = None, parallel: bool = False) -> AuditCheck:
        """Walk the chain within one read snapshot: contiguous ids, each prev_hash linked, each hash recomputed,
        the head as stored; on a full walk also the covered rows, and with `anchors` the anchor file.

        full=False (start-up, views refreshed often): start from the checkpoint of the last successful walk
        (kept in the database and in this session), re-checking the checkpoint record itself. `incremental=True`
        is the older spelling of full=False. parallel=True (``audit verify``): a long chain in a SQLite file is
        checked in parts by worker processes (console/store/audit_parts.py), with the same result."""
        if incremental is not None:
            full = not incremental
        return verify_mod.verify(self, full, anchors, parallel)

    def remember_verified(self, check: AuditCheck, *, whole: bool = True) -> None:
        """Keep a successful walk's tail as the checkpoint (e.g. the result of verify_in_background)."""
        verify_mod.remember(self, check, whole)


def verify_in_background(path, on_done) -> threading.Thread:
    """The full walk on its own connection (`path`: a SQLite file, or a callable opening the store — e.g.
    ``store.reopen`` for a server) and thread (start-up checks only from the checkpoint).
    ``on_done(AuditCheck | Exception)`` is called on that thread: a GUI hands it on through a queued signal."""

    def run():
        try:
            with (path() if callable(path) else Store(path, readonly=True)) as st:
                result = st.verify_audit(full=True)
        except Exception as exc:  # reported, never raised on a thread nobody waits for
            result = exc
        try:
            on_done(result)
        except Exception as exc:  # e.g. the receiving view was closed meanwhile
            log.info("background audit walk: result not delivered: %s", exc)

    thread = threading.Thread(target=run, name="audit-full-walk", daemon=True)
    thread.start()
    return thread
