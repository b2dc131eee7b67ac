"""The audit chain against someone with file access: covered rows, anchors outside the database, checkpoints,
old records in the first canonical form, and verification while another seat writes."""
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from console import episodes as E
from console.admin import accounts
from console.admin.settings import Settings
from console.common.clock import TZ, FixedClock
from console.store import anchors
from console.store.audit import FIELDS, GENESIS, anchor_text, record_hash
from console.store.db import Store
from tests.helpers import actor_of, admin_of

pytestmark = pytest.mark.sqlite_only("tampers with the SQLite file beside the console (raw sqlite3), file modes, a writer process on the file; the PostgreSQL chain: test_postgres.py")

ROOT = Path(__file__).resolve().parents[3]
T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


def _raw(path, *sql):
    c = sqlite3.connect(path)
    for s in sql:
        c.execute(*s) if isinstance(s, tuple) else c.execute(s)
    c.commit()
    c.close()


def _rewrite_from(path, first_id, change):
    """What an attacker with the file can do: change record `first_id`, recompute every later hash and the
    stored head."""
    c = sqlite3.connect(path)
    v2_from = int(c.execute("SELECT value FROM meta WHERE key = 'audit_v2_from'").fetchone()[0])
    recs = [dict(zip(FIELDS + ("hash",), r)) for r in c.execute(
        f"SELECT {', '.join(FIELDS)}, hash FROM audit WHERE id >= ? ORDER BY id", (first_id,))]
    prev = c.execute("SELECT hash FROM audit WHERE id = ?", (first_id - 1,)).fetchone()
    prev = prev[0] if prev else GENESIS
    for i, rec in enumerate(recs):
        if i == 0:
            change(rec)
        rec["prev_hash"] = prev
        rec["hash"] = record_hash(rec, 2 if rec["id"] >= v2_from else 1)
        c.execute("UPDATE audit SET actor = ?, detail = ?, prev_hash = ?, hash = ? WHERE id = ?",
                  (rec["actor"], rec["detail"], rec["prev_hash"], rec["hash"], rec["id"]))
        prev = rec["hash"]
    c.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{recs[-1]['id']}:{prev}",))
    c.commit()
    c.close()


@pytest.fixture
def signed(tmp_path):
    """A red proposal reviewed by the bureau head (a signature row and a proposal row in the chain)."""
    p = tmp_path / "signed.sqlite3"
    with Store(p, FixedClock(T0)) as st:
        for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"]}.items():
            accounts.create_user(st, admin_of(st), name, name.title(), roles, PW)
        red = E.propose(st, actor_of(st, "duty"), "start", "red", ["红色：依据"], "海门区全域", T0, assessed_level="red")
        E.sign(st, red.id, "head", PW, "bureau_head", "approve", red.content_hash)
        assert st.verify_audit().ok
    return p


def test_signature_and_proposal_rows_carry_their_hashes_in_the_chain(signed):
    with Store(signed) as st:
        details = [json.loads(r["detail"]) for r in st.audit_records()]
    covered = [d["_rows"] for d in details if "_rows" in d]
    assert {"proposals", "signatures"} <= {t for rows in covered for t in rows}


@pytest.mark.parametrize("table,change", [
    ("signatures", "UPDATE signatures SET username = 'mallory', display_name = 'Mallory'"),
    ("proposals", "UPDATE proposals SET level = 'orange'"),
])
def test_editing_a_covered_row_with_triggers_dropped_is_detected(signed, table, change):
    _raw(signed, f"DROP TRIGGER {table}_no_update", change)
    with Store(signed, readonly=True) as st:
        check = st.verify_audit()
    assert not check.ok and table in check.reason and "altered" in check.reason


def test_a_row_slipped_in_beside_the_console_is_detected(signed):
    _raw(signed, "INSERT INTO proposal_closures (root_id, status, reason, by, at) "
                 "VALUES (1, 'withdrawn', 'x', 'mallory', '2025-12-02T08:00:00+08:00')")
    with Store(signed, readonly=True) as st:
        check = st.verify_audit()
    assert not check.ok and "not covered" in check.reason


def test_a_covered_row_deleted_is_detected(signed):
    _raw(signed, "DROP TRIGGER signatures_no_delete", "DELETE FROM signatures")
    with Store(signed, readonly=True) as st:
        check = st.verify_audit()
    assert not check.ok and "deleted" in check.reason


def test_a_covered_row_written_after_the_last_audit_record_still_gets_into_the_chain(store):
    with store.transaction() as conn:
        store.audit("duty", "thing", "e")
        conn.execute("INSERT INTO proposal_closures (root_id, status, reason, by, at) VALUES (7, 'withdrawn', 'r', "
                     "'duty', 't')")
    last = store.audit_records(limit=1)[0]
    assert last["action"] == "audit.rows" and "proposal_closures" in json.loads(last["detail"])["_rows"]
    assert store.verify_audit().ok


def test_old_records_keep_verifying_and_old_rows_are_accepted(tmp_path):
    """A database written before this version: records in canonical form 1, covered rows without hashes."""
    p = tmp_path / "old.sqlite3"
    Store(p).close()
    c = sqlite3.connect(p)
    c.execute("DELETE FROM meta")
    prev = GENESIS
    for i in range(1, 4):
        rec = {"id": i, "ts": "2025-01-01T00:00:00+08:00", "actor": "duty", "action": "old", "entity": "e",
               "entity_id": None if i == 2 else str(i), "detail": json.dumps({"n": "中文"}, ensure_ascii=False),
               "prev_hash": prev}
        rec["hash"] = record_hash(rec, 1)
        c.execute("INSERT INTO audit VALUES (:id, :ts, :actor, :action, :entity, :entity_id, :detail, :prev_hash, "
                  ":hash)", rec)
        prev = rec["hash"]
    c.execute("INSERT INTO meta VALUES ('audit_head', ?)", (f"3:{prev}",))
    c.execute("INSERT INTO proposal_closures (root_id, status, reason, by, at) VALUES (1, 'withdrawn', 'r', 'd', 't')")
    c.commit()
    c.close()
    with Store(p) as st:  # the first open by this version records which rows predate their coverage
        st.audit("duty", "new", "e")
        check = st.verify_audit()
        assert check.ok and check.count == 5, check
        assert [r["action"] for r in st.audit_records()][:2] == ["new", "audit.coverage"]
    _raw(p, "UPDATE audit SET actor = 'mallory' WHERE id = 2")
    with Store(p, readonly=True) as st:
        check = st.verify_audit()
    assert not check.ok and check.broken_id == 2


def test_checkpoint_lets_start_up_walk_only_the_new_records(tmp_path):
    p = tmp_path / "cp.sqlite3"
    with Store(p) as st:
        for i in range(5):
            st.audit("u", f"a{i}", "e")
        assert st.verify_audit(full=True).ok  # stores the checkpoint (record 5)
        st.audit("u", "after", "e")
    _raw(p, "UPDATE audit SET actor = 'mallory' WHERE id = 2")  # before the checkpoint
    with Store(p) as st:
        quick = st.verify_audit(full=False)
        assert quick.ok and quick.count == 6      # start-up: from the checkpoint only
        assert not st.verify_audit(full=True).ok  # the full walk (on demand, in the background) finds it
    _raw(p, "UPDATE audit SET actor = 'u' WHERE id = 2", "UPDATE audit SET actor = 'mallory' WHERE id = 5")
    with Store(p) as st:  # the checkpoint record itself is re-checked
        assert not st.verify_audit(full=False).ok


def test_anchors_detect_a_rewritten_chain(tmp_path):
    p, folder = tmp_path / "a.sqlite3", tmp_path / "share"
    folder.mkdir()
    with Store(p) as st:
        Settings(st).set("audit_anchor_dir", str(folder), admin_of(st))
        base = st.verify_audit().count  # the record of the setting itself is the first one anchored
        for i in range(4):
            st.audit("duty", f"act{i}", "e", str(i))
        assert st.flush_anchors() and st.anchor_status.ok and st.anchor_status.last_id == base + 4
        db_id = st.db_id
    lines = (folder / anchors.file_name(db_id)).read_text().splitlines()
    assert [int(line.split()[0]) for line in lines] == list(range(base, base + 5))
    if os.name == "posix":
        assert (folder / anchors.file_name(db_id)).stat().st_mode & 0o777 == 0o600
    _rewrite_from(p, base + 2, lambda rec: rec.update(actor="mallory"))
    with Store(p, readonly=True) as st:
        assert st.verify_audit().ok  # the limit: a rewritten chain is consistent in itself
        check = st.verify_audit(anchors=folder)
    assert not check.ok and check.broken_id == base + 2 and "rewritten" in check.reason
    out = subprocess.run([sys.executable, "-m", "console", "audit", "verify", "--db", str(p), "--anchors",
                          str(folder)], cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    assert out.returncode == 1 and "rewritten" in out.stdout


def test_anchors_detect_a_truncated_chain(tmp_path):
    p, folder = tmp_path / "a.sqlite3", tmp_path / "share"
    folder.mkdir()
    with Store(p) as st:
        Settings(st).set("audit_anchor_dir", str(folder), admin_of(st))
        st.audit("duty", "one", "e")
        last = st.audit("duty", "two", "e")["id"]
    c = sqlite3.connect(p)
    c.execute("DELETE FROM audit WHERE id = ?", (last,))
    c.execute("UPDATE meta SET value = (SELECT id || ':' || hash FROM audit WHERE id = ?) WHERE key = 'audit_head'",
              (last - 1,))
    c.commit()
    c.close()
    with Store(p, readonly=True) as st:
        assert st.verify_audit().ok
        check = st.verify_audit(anchors=folder)
    assert not check.ok and "truncated" in check.reason


def test_an_unreachable_anchor_folder_never_blocks_a_write_and_shows_in_the_status(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with Store(tmp_path / "a.sqlite3") as st:
        Settings(st).set("audit_anchor_dir", str(blocker / "share"), admin_of(st))
        rec = st.audit("duty", "still written", "e")
        assert st.flush_anchors()
        status = st.anchor_status
        assert status.enabled and not status.ok and "share" in status.error
        assert st.audit_records(limit=1)[0]["id"] == rec["id"]
        (tmp_path / "share").mkdir()
        Settings(st).set("audit_anchor_dir", str(tmp_path / "share"), admin_of(st))
        st.flush_anchors()
        assert st.anchor_status.ok


def test_no_anchor_file_for_this_database_is_an_error_not_a_pass(tmp_path):
    with Store(tmp_path / "a.sqlite3") as st:
        st.audit("duty", "x", "e")
        with pytest.raises(Exception, match="no anchor file"):
            st.verify_audit(anchors=tmp_path)


def test_anchor_text_names_the_head(store):
    assert "#0" in anchor_text(store)
    rec = store.audit("duty", "x", "e")
    assert anchor_text(store) == f"审计链头 audit head: #{rec['id']} {rec['hash'][:16]}"


WRITER = """
import sys
from console.store.db import Store
with Store(sys.argv[1]) as st:
    for i in range(int(sys.argv[2])):
        st.audit("seat2", "write", "e", str(i), {"i": i})
"""


def test_verify_reads_one_snapshot_while_another_seat_writes(tmp_path):
    p = tmp_path / "busy.sqlite3"
    with Store(p) as st:
        with st.transaction():
            for i in range(1500):
                st.audit("seat1", "seed", "e", str(i))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(p), "3000"], cwd=ROOT)
    try:
        results = []
        with Store(p, readonly=True) as st:
            while writer.poll() is None or len(results) < 5:
                results.append(st.verify_audit())
    finally:
        writer.wait(timeout=120)
    assert writer.returncode == 0
    assert len(results) >= 5 and all(r.ok for r in results), [r for r in results if not r.ok][:1]
    with Store(p, readonly=True) as st:
        assert st.verify_audit().count == 4500


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes; on Windows the profile's ACLs protect the data folder")
def test_data_folder_database_and_companions_are_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        home = tmp_path / "home" / "data"
        with Store(home / "console.sqlite3") as st:
            st.audit("duty", "x", "e")
            modes = {p.name: p.stat().st_mode & 0o777 for p in home.iterdir()}
        assert modes == {"console.sqlite3": 0o600, "console.sqlite3-wal": 0o600, "console.sqlite3-shm": 0o600}
        assert home.stat().st_mode & 0o777 == 0o700 and (tmp_path / "home").stat().st_mode & 0o777 == 0o700
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_logs_drills_and_exports_are_owner_only(tmp_path):
    import logging

    from console.common import atomic, private

    old = os.umask(0o022)
    try:
        logs = private.make_dir(tmp_path / "logs")
        h = private.OwnerOnlyRotatingFileHandler(logs / "console.log", maxBytes=200, backupCount=2, encoding="utf-8")
        rec = logging.LogRecord("t", logging.INFO, __file__, 1, "x" * 150, None, None)
        for _ in range(3):
            h.emit(rec)  # rotates: the new files are owner-only too
        h.close()
        assert {p.name: p.stat().st_mode & 0o777 for p in logs.iterdir()} == {
            "console.log": 0o600, "console.log.1": 0o600, "console.log.2": 0o600}
        assert logs.stat().st_mode & 0o777 == 0o700
        out = atomic.write_text(tmp_path / "export.txt", "公告")
        assert out.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_world_readable_database_of_an_earlier_version_becomes_owner_only(tmp_path):
    p = tmp_path / "old.sqlite3"
    with Store(p) as st:
        st.audit("duty", "x", "e")
    for f in (p, Path(f"{p}-wal"), Path(f"{p}-shm")):
        if f.exists():
            os.chmod(f, 0o644)
    with Store(p) as st:
        st.audit("duty", "y", "e")
        assert {f.name: f.stat().st_mode & 0o777 for f in tmp_path.iterdir()} == {
            "old.sqlite3": 0o600, "old.sqlite3-wal": 0o600, "old.sqlite3-shm": 0o600}


def _old_then_new(path, old=5, new=8):
    """A database whose first `old` records are in canonical form 1 (written before form 2), then `new`
    records in form 2 written by the console."""
    Store(path).close()
    c = sqlite3.connect(path)
    c.execute("UPDATE meta SET value = ? WHERE key = 'audit_v2_from'", (str(old + 1),))
    prev = GENESIS
    for i in range(1, old + 1):
        rec = {"id": i, "ts": "2025-01-01T00:00:00+08:00", "actor": "duty", "action": "old", "entity": "e",
               "entity_id": str(i), "detail": json.dumps({"n": i, "t": "中文"}, ensure_ascii=False), "prev_hash": prev}
        rec["hash"] = record_hash(rec, 1)
        c.execute("INSERT INTO audit VALUES (:id, :ts, :actor, :action, :entity, :entity_id, :detail, :prev_hash, "
                  ":hash)", rec)
        prev = rec["hash"]
    c.execute("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE SET "
              "value = excluded.value", (f"{old}:{prev}",))
    c.commit()
    c.close()
    with Store(path) as st:
        for i in range(new):
            st.audit("duty", "new", "e", None if i % 3 else str(i), {"i": i, "t": "预警"})
        return st.audit_head()[0]


@pytest.mark.parametrize("tamper, broken, why", [
    ("UPDATE audit SET detail = '{\"i\": 99}' WHERE id = 9", 9, "altered"),  # a new record, mid-batch
    ("UPDATE audit SET actor = 'mallory' WHERE id = 3", 3, "altered"),  # an old record
    ("DELETE FROM audit WHERE id = 8", 8, "missing"),  # a gap among the new records
    ("UPDATE audit SET hash = 'not a hash' WHERE id = 10", 10, "altered"),
    ("UPDATE audit SET hash = upper(hash) WHERE id = 10", 10, "altered"),  # the same digits, not the same text
    ("UPDATE audit SET hash = 42 WHERE id = 7", 7, "altered"),
    # the last two records (one batch): two hashes re-cut, the same 128 digits across the two rows
    (("UPDATE audit SET hash = (SELECT substr(hash, 64) FROM audit WHERE id = 12) || hash WHERE id = 13",
      "UPDATE audit SET hash = substr(hash, 1, 63) WHERE id = 12"), 12, "altered"),
    ("UPDATE audit SET prev_hash = (SELECT hash FROM audit WHERE id = 5) WHERE id = 12", 12, "prev_hash"),
])
def test_old_and_new_records_verify_in_batches_and_tampering_is_named(tmp_path, monkeypatch, tamper, broken, why):
    """The walk checks form-2 records a batch at a time (hashes and links over whole lists); with batches of
    two records, every kind of tampering is still named at the right record, old or new."""
    from console.store import audit as chain

    monkeypatch.setattr(chain, "CHUNK", 2)
    p = tmp_path / "chain.sqlite3"
    last = _old_then_new(p)
    with Store(p, readonly=True) as st:
        check = st.verify_audit(full=True)
        assert check.ok and check.count == last, check
    _raw(p, "DROP TRIGGER IF EXISTS audit_no_update", "DROP TRIGGER IF EXISTS audit_no_delete",
         *([tamper] if isinstance(tamper, str) else tamper))
    with Store(p, readonly=True) as st:
        check = st.verify_audit(full=True)
    assert not check.ok and check.broken_id == broken and why in check.reason, check


def test_covered_rows_are_found_by_the_walk_in_batches(signed, monkeypatch):
    """The full walk collects the records that reference covered rows as it goes (small batches here)."""
    from console.store import audit as chain

    monkeypatch.setattr(chain, "CHUNK", 1)
    with Store(signed, readonly=True) as st:
        assert st.verify_audit(full=True).ok
    _raw(signed, "DROP TRIGGER IF EXISTS signatures_no_update",
         "UPDATE signatures SET decision = 'reject'")
    with Store(signed, readonly=True) as st:
        check = st.verify_audit(full=True)
    assert not check.ok and "signatures" in check.reason, check
