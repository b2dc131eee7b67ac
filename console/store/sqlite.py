"""Everything SQLite-specific lives here: opening the file (header check, owner-only permissions, URI read-only
mode), PRAGMAs (foreign keys, busy timeout, WAL, user_version), ``BEGIN IMMEDIATE`` and busy handling, read
snapshots, the integrity check and the sqlite-utils handle. The Store talks to a backend only through the
small interface below, so a PostgreSQL backend is one more module of the same shape:

    backend.raw                 DB-API connection (execute/executemany/cursor/close)
    backend.errors              the driver's base error class(es) for ``except``
    backend.busy_error          raised by begin_write when another writer holds the lock too long
    backend.begin_write()       start a write transaction that serialises writers
    backend.begin_read()        start a read-only snapshot (every query sees one state)
    backend.before_commit(changes, last_audit)   inside the write, just before COMMIT (PostgreSQL: NOTIFY)
    backend.commit() / rollback() / in_transaction
    backend.schema_version / set_schema_version(n)   (inside a write transaction)
    backend.table_exists(name)
    backend.sep(code)           SQL for the one-character string chr(code) (used by the audit canonical form)
    backend.join_bytes(parts, code)   SQL for the UTF-8 bytes of the parts joined by chr(code) (the audit walk
                                hashes them as read)
    backend.integrity_problems()  [] when the file is sound
"""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from console.common.errors import DataError
from console.common import private

log = logging.getLogger("console.store")

HEADER = b"SQLite format 3\x00"


class SQLiteBackend:
    name = "sqlite"
    errors = sqlite3.DatabaseError
    integrity_error = sqlite3.IntegrityError

    class busy_error(Exception):  # noqa: N801 (used like an exception class)
        pass

    def __init__(self, path: Path, *, readonly: bool = False):
        self.path = path
        self.readonly = readonly
        if readonly and not path.exists():
            raise DataError(path, "数据库不存在 database does not exist")
        if not readonly:
            private.make_dir(path.parent)
            private.create_file(path)  # owner-only from birth; SQLite gives -wal and -shm the same mode
            for f in files_of(path):  # a database left world-readable by an earlier version
                if private.tighten(f):
                    log.warning("%s was readable by others: now owner-only", f)
        self._check_header()
        try:
            if readonly:
                raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                      isolation_level=None, check_same_thread=False)
            else:
                raw = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
            raw.execute("PRAGMA foreign_keys = ON")
            raw.execute("PRAGMA busy_timeout = 5000")
            raw.execute("PRAGMA user_version").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DataError(path, f"无法打开数据库 cannot open database: {exc}") from None
        self.raw = raw
        self._utils = None

    def _check_header(self) -> None:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return
        try:
            with open(self.path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise DataError(self.path, f"无法读取数据库 cannot read database: {exc.strerror}") from None
        if head != HEADER:
            raise DataError(self.path, "不是 SQLite 数据库文件 not a SQLite database file")

    def enable_wal(self) -> None:
        if self.raw.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
            log.warning("WAL mode unavailable for %s", self.path)

    @property
    def utils(self):
        """The sqlite-utils Database over the same connection (kept for modules not yet moved)."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.raw)
        return self._utils

    def close(self) -> None:
        self.raw.close()

    # ---- transactions ----------------------------------------------------------------------------
    def begin_write(self) -> None:
        try:
            self.raw.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:  # another writer held the lock past busy_timeout
            raise self.busy_error(str(exc)) from None

    def begin_read(self) -> None:
        """A deferred transaction: the first read takes a WAL snapshot that later reads share."""
        self.raw.execute("BEGIN")

    def before_commit(self, changes, last_audit) -> None:
        """Nothing to publish: a single seat's views hear of changes from the Store itself."""

    def commit(self) -> None:
        self.raw.execute("COMMIT")

    def rollback(self) -> None:
        self.raw.execute("ROLLBACK")

    @property
    def in_transaction(self) -> bool:
        return self.raw.in_transaction

    # ---- schema ----------------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return self.raw.execute("PRAGMA user_version").fetchone()[0]

    def set_schema_version(self, version: int) -> None:
        self.raw.execute(f"PRAGMA user_version = {int(version)}")

    def table_exists(self, name: str) -> bool:
        return self.raw.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                (name,)).fetchone() is not None

    @staticmethod
    def sep(code: int) -> str:
        return f"char({int(code)})"

    @staticmethod
    def join_bytes(parts: list[str], code: int) -> str:
        """One printf (a single string built per row, cheaper than a chain of ||) cast to its bytes: the
        console's database files are UTF-8 (a file in another encoding would fail verification, never pass)."""
        fmt = f" || char({int(code)}) || ".join(["'%s'"] * len(parts))
        return f"CAST(printf({fmt}, {', '.join(parts)}) AS BLOB)"

    def integrity_problems(self) -> list[str]:
        found = [r[0] for r in self.raw.execute("PRAGMA integrity_check").fetchall()]
        fk = self.raw.execute("PRAGMA foreign_key_check").fetchall()
        return [p for p in found if p != "ok"] + [f"foreign key: {r}" for r in fk]


def connect(path: str | Path, *, readonly: bool = False) -> SQLiteBackend:
    return SQLiteBackend(Path(path), readonly=readonly)


def files_of(path: str | Path) -> list[Path]:
    """The database file and its companions (WAL, shared memory)."""
    p = Path(path)
    return [p, p.with_name(p.name + "-wal"), p.with_name(p.name + "-shm")]


__all__ = ["SQLiteBackend", "connect", "files_of"]
