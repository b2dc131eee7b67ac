"""Everything SQLite-specific is in console/store/sqlite.py: a PostgreSQL backend is one new module."""
import ast
import re
from pathlib import Path

from console.store import sqlite as backend

ROOT = Path(__file__).resolve().parents[3]
SQLITE_ONLY = re.compile(r"\bPRAGMA\b|BEGIN\s+IMMEDIATE|INSERT\s+OR\s+\w+|REPLACE\s+INTO|sqlite_master|"
                         r"\blast_insert_rowid\b|\bWITHOUT\s+ROWID\b", re.IGNORECASE)


def _strings(path: Path):
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def test_store_core_has_nothing_sqlite_specific_outside_its_backend():
    bad = []
    for name in ("db.py", "audit.py", "anchors.py"):
        p = ROOT / "console" / "store" / name
        src = p.read_text("utf-8")
        if re.search(r"^\s*import (sqlite3|sqlite_utils)|^\s*from (sqlite3|sqlite_utils)", src, re.MULTILINE):
            bad.append(f"{name}: imports the SQLite driver")
        bad += [f"{name}:{ln}: {s[:40]!r}" for ln, s in _strings(p) if SQLITE_ONLY.search(s)]
    assert bad == []


def test_the_backend_interface(tmp_path):
    b = backend.connect(tmp_path / "x.sqlite3")
    try:
        b.begin_write()
        b.raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        b.set_schema_version(3)
        b.commit()
        assert b.schema_version == 3 and b.table_exists("t") and not b.table_exists("nope")
        assert b.raw.execute(f"SELECT 'a' || {b.sep(31)} || 'b'").fetchone()[0] == "a\x1fb"
        b.begin_read()
        assert b.in_transaction
        b.commit()
        assert b.integrity_problems() == []
    finally:
        b.close()
