"""Every committed transaction reports the areas it wrote (console.changes), to the listeners of the store."""
import pytest

from console import changes as C
from console.admin import accounts
from console.admin.settings import Settings
from console.changes import Changes
from tests.helpers import admin_of


def test_commit_reports_the_areas_written(store):
    seen = []
    store.on_commit(seen.append)
    accounts.create_user(store, admin_of(store), "admin1", "管理员", ["admin"], "pw-admin-1")
    assert seen and seen[-1].touches(C.ACCOUNTS, C.AUDIT)
    assert not seen[-1].touches(C.AIR, C.BOARD)
    Settings(store).set_many({"towns": "三厂街道"}, admin_of(store))
    assert seen[-1].touches(C.SETTINGS) and not seen[-1].touches(C.ACCOUNTS)
    assert store.last_changes is seen[-1]


def test_rolled_back_transaction_reports_nothing(store):
    seen = []
    store.on_commit(seen.append)
    with pytest.raises(RuntimeError):
        with store.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
            raise RuntimeError("boom")
    assert seen == []
    with store.transaction():
        store.execute("INSERT INTO stations (code, name) VALUES ('A', 'a')")
    assert seen == [Changes(frozenset({C.AIR}))]


def test_reads_report_nothing_and_portable_helpers(store):
    seen = []
    store.on_commit(seen.append)
    with store.transaction():
        new_id = store.insert("INSERT INTO episodes (opened_at, opened_by) VALUES (?, ?)", ("2025-01-01T00:00:00+08:00", "t"))
    assert store.row("SELECT id, opened_by FROM episodes WHERE id = ?", (new_id,)) == {"id": new_id, "opened_by": "t"}
    assert store.scalar("SELECT COUNT(*) FROM episodes") == 1
    assert store.tuples("SELECT opened_by FROM episodes") == [("t",)]
    with store.transaction():
        store.rows("SELECT * FROM episodes")
    assert len(seen) == 1 and seen[0].touches(C.EPISODE)


def test_changes_values_combine_and_round_trip():
    a = Changes.of_tables({"signatures", "board_tasks"})
    assert a.touches(C.SIGNATURES) and a.touches(C.BOARD) and not a.touches(C.AIR)
    assert (a | Changes.of_tables({"observations"})).touches(C.AIR)
    assert Changes.from_json(a.to_json()) == a
    assert not Changes()


@pytest.mark.sqlite_only("lists the tables of the SQLite schema")
def test_every_table_of_the_schema_has_an_area(tmp_path):
    """A table missing from TABLE_AREAS would be reported as the audit area: the views that show it would not hear
    of its writes."""
    from console.store.db import Store

    s = Store(tmp_path / "t.sqlite3")
    try:
        tables = {r[0] for r in s.tuples("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%'")}
    finally:
        s.close()
    assert tables and tables - set(C.TABLE_AREAS) == set()
