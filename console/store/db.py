"""The console's SQLite file: migrations on open, one transaction per state change, an append-only
hash-chained audit log.

sqlite-utils gives the table helpers and queries; writes inside a transaction go through the raw
connection because sqlite-utils' own helpers commit on their own (``with conn:``).
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from console.changes import Changes
from console.common.clock import Clock, to_iso
from console.common.errors import ConflictError, DataError, UserError
from console.store.schema import MIGRATIONS, latest

log = logging.getLogger("console.store")
GENESIS = "0" * 64


_WRITE = re.compile(r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
                    r"\s+[\"`]?(\w+)", re.IGNORECASE)


class _TrackingConnection:
    """The sqlite3 connection, noting which tables each write in a transaction touches (for Changes)."""

    def __init__(self, raw: sqlite3.Connection, touched: set):
        self._raw = raw
        self._touched = touched

    def _note(self, sql: str) -> None:
        m = _WRITE.match(sql)
        if m:
            self._touched.add(m.group(1).lower())

    def execute(self, sql: str, params=()):
        self._note(sql)
        return self._raw.execute(sql, params)

    def executemany(self, sql: str, seq):
        self._note(sql)
        return self._raw.executemany(sql, seq)

    def __getattr__(self, name):
        return getattr(self._raw, name)


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    count: int
    broken_id: int | None = None
    reason: str = ""


def _canonical(rec: dict) -> str:
    keys = ("id", "ts", "actor", "action", "entity", "entity_id", "detail", "prev_hash")
    return json.dumps({k: rec[k] for k in keys}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record_hash(rec: dict) -> str:
    return hashlib.sha256(_canonical(rec).encode("utf-8")).hexdigest()


class Store:
    """One open console database. Use as a context manager or call close()."""

    def __init__(self, path: str | Path, clock: Clock | None = None, *, readonly: bool = False):
        self.path = Path(path)
        self.clock = clock or Clock()
        self.readonly = readonly
        if readonly and not self.path.exists():
            raise DataError(self.path, "数据库不存在 database does not exist")
        if not readonly:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._check_header()
        try:
            if readonly:
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                       isolation_level=None, check_same_thread=False)
            else:
                conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise DataError(self.path, f"无法打开数据库 cannot open database: {exc}") from None
        self._touched: set[str] = set()
        self._listeners: list = []
        self.last_changes = Changes()
        self.conn = _TrackingConnection(conn, self._touched)
        self.db = sqlite_utils.Database(conn)
        if version > latest():
            conn.close()
            raise DataError(self.path, f"数据库版本 {version} 比本程序支持的 {latest()} 新，请升级程序 "
                                       f"database schema {version} is newer than this program ({latest()})")
        if readonly and version == 0:
            conn.close()
            raise DataError(self.path, "不是指挥台数据库（没有表结构）not a console database (no schema)")
        if not readonly:
            if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
                log.warning("WAL mode unavailable for %s", self.path)
            self._migrate(version)
        self._in_tx = False

    def _check_header(self) -> None:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise DataError(self.path, f"无法读取数据库 cannot read database: {exc.strerror}") from None
        if head != b"SQLite format 3\x00":
            raise DataError(self.path, "不是 SQLite 数据库文件 not a SQLite database file")

    def _migrate(self, version: int) -> None:
        target = latest()
        if version == target:
            return
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            for step in range(version + 1, target + 1):
                for sql in MIGRATIONS[step]:
                    conn.execute(sql)
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            conn.execute("ROLLBACK")
            raise DataError(self.path, f"数据库升级失败 schema migration failed: {exc}") from None
        log.info("migrated %s from schema %d to %d", self.path, version, target)

    # ---- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # ---- transactions ------------------------------------------------------------------------
    @contextmanager
    def transaction(self):
        """One state change = one transaction. Nested use joins the outer transaction."""
        if self.readonly:
            raise UserError(f"{self.path}: 数据库以只读方式打开 database is open read-only")
        if self._in_tx:
            yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:  # another writer held the lock past busy_timeout
            raise UserError(f"{self.path}: 数据库正忙（另一写入尚未完成），未做任何修改，请稍后重试 "
                            f"database busy, nothing was changed, please retry ({exc})") from None
        self._in_tx = True
        self._touched.clear()
        try:
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except sqlite3.IntegrityError as exc:
                if "UNIQUE constraint failed" not in str(exc):
                    raise
                raise ConflictError("已由其他席位抢先写入同一记录，本次未做任何修改，请刷新后重试 "
                                    f"another seat wrote the same record first, nothing was changed ({exc})") from exc
        except BaseException:
            self._touched.clear()
            # a failed COMMIT leaves the transaction open (roll it back, or every later write is refused);
            # after an error SQLite rolled back itself (disk full, I/O) there is nothing left to roll back
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._in_tx = False
        changes = Changes.of_tables(self._touched)
        self._touched.clear()
        if changes:
            self.last_changes = changes
            for listener in list(self._listeners):
                listener(changes)

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

    # ---- audit -------------------------------------------------------------------------------
    def audit(self, actor: str, action: str, entity: str, entity_id: str | None = None,
              detail: dict | None = None) -> dict:
        """Append one audit record (inside the caller's transaction, or its own)."""
        with self.transaction() as conn:
            last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
            rec = {
                "id": (last[0] + 1) if last else 1,
                "ts": to_iso(self.clock.now()),
                "actor": actor, "action": action, "entity": entity,
                "entity_id": None if entity_id is None else str(entity_id),
                "detail": json.dumps(detail or {}, ensure_ascii=False, sort_keys=True),
                "prev_hash": last[1] if last else GENESIS,
            }
            rec["hash"] = record_hash(rec)
            conn.execute(
                "INSERT INTO audit (id, ts, actor, action, entity, entity_id, detail, prev_hash, hash) "
                "VALUES (:id, :ts, :actor, :action, :entity, :entity_id, :detail, :prev_hash, :hash)", rec)
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)",
                         (f"{rec['id']}:{rec['hash']}",))
        return rec

    def audit_records(self, entity: str | None = None, limit: int | None = None) -> list[dict]:
        sql = "SELECT * FROM audit"
        params: list = []
        if entity:
            sql += " WHERE entity = ?"
            params.append(entity)
        sql += " ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return list(self.db.query(sql, params))

    def verify_audit(self, incremental: bool = False) -> AuditCheck:
        """Walk the chain: each hash recomputed, each prev_hash linked, ids contiguous, head matches meta.

        incremental=True (for views refreshed often): after one full walk in this session, check only the
        records added since, starting from the last verified record (whose hash must be unchanged). The CLI
        and start-up use the full walk."""
        if not self.db["audit"].exists():
            return AuditCheck(False, 0, 1, "审计表缺失（被删除）audit table missing (dropped)")
        try:
            start = (0, GENESIS)
            verified = getattr(self, "_verified", None) if incremental else None
            if verified and verified[0]:
                # re-check the last verified record itself, then walk on from it
                rows = list(self.db.query("SELECT * FROM audit WHERE id = ?", [verified[0]]))
                if rows and rows[0]["hash"] == verified[1]:
                    start = (verified[0] - 1, rows[0]["prev_hash"])
            check = self._verify_rows(*start)
            self._verified = (check.count, self._hash_of(check.count)) if check.ok else None
            return check
        except sqlite3.DatabaseError as exc:
            raise DataError(self.path, f"无法读取审计记录 cannot read the audit records: {exc}") from None

    def _hash_of(self, record_id: int) -> str:
        row = self.conn.execute("SELECT hash FROM audit WHERE id = ?", (record_id,)).fetchone()
        return row[0] if row else GENESIS

    def _verify_rows(self, after_id: int = 0, prev: str = GENESIS) -> AuditCheck:
        expected_id = after_id + 1
        count = after_id
        for row in self.db.query("SELECT * FROM audit WHERE id > ? ORDER BY id", [after_id]):
            rec = dict(row)
            if rec["id"] != expected_id:
                return AuditCheck(False, count, expected_id,
                                  f"记录 {expected_id} 缺失（被删除）record {expected_id} missing (deleted)")
            if rec["prev_hash"] != prev:
                return AuditCheck(False, count, rec["id"],
                                  "前一记录哈希不符（前一记录被改动或删除）prev_hash does not match previous record")
            if record_hash(rec) != rec["hash"]:
                return AuditCheck(False, count, rec["id"], "记录内容与哈希不符（被改动）record content altered")
            prev = rec["hash"]
            expected_id += 1
            count += 1
        head = self.conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
        if head is not None and head[0] != f"{count}:{prev}":
            head_id = int(head[0].split(":", 1)[0])
            return AuditCheck(False, count, count + 1 if head_id > count else head_id,
                              "链尾与记录的链头不符（末尾记录被删除或改动）chain tail does not match recorded head")
        if head is None and count:
            return AuditCheck(False, count, count, "链头记录缺失 audit head missing")
        return AuditCheck(True, count)
