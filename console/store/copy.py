"""Move a single-seat installation (SQLite file) onto a PostgreSQL server with every record and the audit chain
intact: same tables, same ids, same hashes; verified after the copy. The target must be empty (just `db init`)."""
from __future__ import annotations

from dataclasses import dataclass

from console.common.errors import UserError

BATCH = 5000


@dataclass
class CopyResult:
    tables: dict[str, int]
    audit_records: int


NOT_COPIED = {"seats"}  # who is connected to the single seat now: not history, and untrue on the server


def _tables_in_creation_order(src) -> list[str]:
    return [r[0] for r in src.tuples("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                     "ORDER BY rowid")]


def copy_store(src, dst, progress=None) -> CopyResult:
    """Copy every row of src (a SQLite Store) into dst (an initialised, empty PgStore) in one transaction."""
    if src.schema_version != dst.schema_version:
        raise UserError(f"两库结构版本不同（{src.schema_version} ≠ {dst.schema_version}），请先升级 "
                        f"schema versions differ ({src.schema_version} vs {dst.schema_version}): run db migrate first")
    check = src.verify_audit()
    if not check.ok:
        raise UserError(f"源数据库审计链不完整（第 {check.broken_id} 条：{check.reason}），不复制 "
                        f"the source's audit chain is broken; nothing copied")
    counts: dict[str, int] = {}
    with dst.transaction():
        if dst.scalar("SELECT COUNT(*) FROM audit"):
            raise UserError(f"{dst.path}: 目标数据库不是空的（已有审计记录），不复制 target is not empty; nothing copied")
        for table in _tables_in_creation_order(src):
            if not dst.has_table(table) or table in NOT_COPIED:
                continue
            if table == "meta":  # the copy continues the source's chain: its identity, checkpoints, anchors
                dst.execute("DELETE FROM meta")
            cols = [r[1] for r in src.tuples(f"PRAGMA table_info({table})")]
            names = ", ".join(cols)
            marks = ", ".join("?" * len(cols))
            cur = src.execute(f"SELECT {names} FROM {table}")
            n = 0
            while True:
                rows = cur.fetchmany(BATCH)
                if not rows:
                    break
                dst.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
                n += len(rows)
                if progress:
                    progress(table, n)
            counts[table] = n
            if "id" in cols and n:
                dst.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"(SELECT MAX(id) FROM {table}))")
    after = dst.verify_audit()
    if not after.ok or after.count != check.count:
        raise UserError(f"复制后校验失败 verification after the copy failed: {after.reason or after.count}")
    return CopyResult(counts, after.count)
