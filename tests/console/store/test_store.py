import sqlite3

import pytest

from console.common.errors import DataError
from console.store.schema import latest
from console.store.db import Store


@pytest.mark.sqlite_only("the SQLite file's journal mode (PRAGMA journal_mode)")
def test_new_database_is_migrated_and_wal(tmp_path):
    with Store(tmp_path / "a.sqlite3") as s:
        assert s.schema_version == latest()
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert {"audit", "settings", "meta", "users"} <= set(s.db.table_names())


def test_reopen_keeps_data(tmp_path):
    p = tmp_path / "a.sqlite3"
    with Store(p) as s:
        s.audit("duty", "test", "thing", "1", {"x": "中文"})
    with Store(p) as s:
        assert s.audit_records()[0]["detail"] == '{"x": "中文"}'
        assert s.verify_audit().ok


def test_audit_chain_links(store):
    a = store.audit("u", "one", "e")
    b = store.audit("u", "two", "e")
    assert b["prev_hash"] == a["hash"]
    check = store.verify_audit()
    assert check.ok and check.count == 2


def test_parallel_flag_gives_the_same_result_on_each_backend(store, monkeypatch):
    """`audit verify` asks for the walk in parts: SQLite files use worker processes, PostgreSQL walks in one
    process; either way the result is that of the plain walk."""
    from console.store import audit_parts

    monkeypatch.setattr(audit_parts, "PARALLEL_MIN", 1)
    monkeypatch.setattr(audit_parts, "cpus", lambda: 2)
    for i in range(5):
        store.audit("u", "step", "e", str(i))
    check = store.verify_audit(full=True, parallel=True)
    assert check.ok and check.count == 5 and check == store.verify_audit(full=True)
    assert check.notes == store.verify_audit(full=True).notes


def _tamper(path, sql):
    c = sqlite3.connect(path)
    c.execute(sql)
    c.commit()
    c.close()


@pytest.fixture
def chain(tmp_path):
    p = tmp_path / "chain.sqlite3"
    with Store(p) as s:
        for i in range(5):
            s.audit("u", f"act{i}", "e", str(i))
    return p


@pytest.mark.sqlite_only("tampers with the SQLite file through sqlite3 (PostgreSQL refuses the UPDATE: test_postgres)")
def test_edited_record_detected(chain):
    _tamper(chain, "UPDATE audit SET actor = 'mallory' WHERE id = 3")
    with Store(chain) as s:
        check = s.verify_audit()
    assert not check.ok and check.broken_id == 3 and check.count == 2


@pytest.mark.sqlite_only("tampers with the SQLite file through sqlite3")
def test_deleted_middle_record_detected(chain):
    _tamper(chain, "DELETE FROM audit WHERE id = 2")
    with Store(chain) as s:
        check = s.verify_audit()
    assert not check.ok and check.broken_id == 2


@pytest.mark.sqlite_only("tampers with the SQLite file through sqlite3")
def test_deleted_last_record_detected(chain):
    _tamper(chain, "DELETE FROM audit WHERE id = 5")
    with Store(chain) as s:
        check = s.verify_audit()
    assert not check.ok and check.broken_id == 5


@pytest.mark.sqlite_only("tampers with the SQLite file through sqlite3")
def test_rehashed_forgery_still_breaks_next_link(chain):
    from console.store.db import record_hash

    c = sqlite3.connect(chain)
    c.row_factory = sqlite3.Row
    rec = dict(c.execute("SELECT * FROM audit WHERE id = 2").fetchone())
    rec["actor"] = "mallory"
    c.execute("UPDATE audit SET actor = ?, hash = ? WHERE id = 2", (rec["actor"], record_hash(rec)))
    c.commit()
    c.close()
    with Store(chain) as s:
        check = s.verify_audit()
    assert not check.ok and check.broken_id == 3


def test_transaction_rolls_back_everything(store):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.audit("u", "x", "e")
            raise RuntimeError("boom")
    assert store.audit_records() == []
    assert store.verify_audit().ok


@pytest.mark.sqlite_only("the schema version lives in the SQLite header (PRAGMA user_version)")
def test_newer_schema_refused_and_untouched(tmp_path):
    p = tmp_path / "new.sqlite3"
    c = sqlite3.connect(p)
    c.execute(f"PRAGMA user_version = {latest() + 5}")
    c.commit()
    c.close()
    before = p.read_bytes()
    with pytest.raises(DataError, match="newer"):
        Store(p)
    assert p.read_bytes() == before


@pytest.mark.sqlite_only("a junk file in place of the SQLite database")
def test_not_a_database_refused_and_untouched(tmp_path):
    p = tmp_path / "junk.sqlite3"
    p.write_text("这不是数据库", "utf-8")
    with pytest.raises(DataError, match="junk.sqlite3"):
        Store(p)
    assert p.read_text("utf-8") == "这不是数据库"


def test_readonly_refuses_writes(tmp_path, chain):
    with Store(chain, readonly=True) as s:
        assert s.verify_audit().ok
        with pytest.raises(Exception, match="只读|read-only"):
            s.audit("u", "x", "e")


@pytest.mark.sqlite_only("edits audit records, which the PostgreSQL role may not (append-only trigger)")
def test_incremental_verify_checks_new_records_and_notices_a_changed_tail(chain):
    with Store(chain) as s:
        assert s.verify_audit(incremental=True).count == 5
        s.audit("u", "later", "e")
        assert s.verify_audit(incremental=True) == s.verify_audit()
        s.conn.execute("UPDATE audit SET actor = 'mallory' WHERE id = 6")
        check = s.verify_audit(incremental=True)
        assert not check.ok and check.broken_id == 6
        s.conn.execute("UPDATE audit SET actor = 'u' WHERE id = 6")
        assert s.verify_audit(incremental=True).ok
        s.audit("u", "more", "e")
        s.verify_audit(incremental=True)
        s.conn.execute("UPDATE audit SET detail = '{}' || detail WHERE id = 7")  # the last verified record
        assert not s.verify_audit(incremental=True).ok


@pytest.mark.sqlite_only("a failing COMMIT made with PRAGMA defer_foreign_keys")
def test_failed_commit_is_rolled_back_and_the_store_stays_usable(store):
    """COMMIT itself can fail (here a deferred foreign key): nothing is kept, the original error is raised and
    the next state change still works (the connection was left inside the failed transaction)."""
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction() as conn:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.execute("INSERT INTO notice_acks (notice_id, by, at) VALUES (999, 'x', 't')")
            store.audit("duty", "test", "thing", "1")
    assert not store.conn.in_transaction
    assert store.conn.execute("SELECT COUNT(*) FROM notice_acks").fetchone()[0] == 0
    store.audit("duty", "after", "thing", "2")
    assert [r["action"] for r in store.audit_records()] == ["after"] and store.verify_audit().ok


def test_error_after_sqlite_rolled_back_itself_is_not_masked(store):
    with pytest.raises(ValueError, match="original"):
        with store.transaction() as conn:
            conn.execute("ROLLBACK")  # what SQLite does on its own after SQLITE_FULL / SQLITE_IOERR
            raise ValueError("original")
    store.audit("duty", "after", "thing", "2")
    assert store.verify_audit().ok


@pytest.mark.sqlite_only("SQLite's file lock and PRAGMA busy_timeout")
def test_busy_database_is_a_clear_message_and_changes_nothing(tmp_path):
    from console.common.errors import UserError

    p = tmp_path / "busy.sqlite3"
    with Store(p) as s:
        s.conn.execute("PRAGMA busy_timeout = 50")
        other = sqlite3.connect(p, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # e.g. a long import on the watch-folder thread
        try:
            with pytest.raises(UserError, match="busy"):
                s.audit("head", "signoff.approve", "proposal", "1")
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert s.audit_records() == []
        s.audit("head", "signoff.approve", "proposal", "1")  # works once the lock is free
        assert s.verify_audit().ok
