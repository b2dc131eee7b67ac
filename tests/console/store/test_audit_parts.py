"""`audit verify` in parts (console/store/audit_parts.py): worker processes check id ranges of a SQLite file,
the caller the borders. The result must be that of the one-process walk: the same first broken record and
message for every kind of tampering, wherever it falls (inside a part, on a border), and the covered rows found."""
import concurrent.futures
import hashlib
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from console.store import audit as chain
from console.store import audit_parts
from console.store.audit import FIELDS, GENESIS, record_hash
from console.store.db import Store
from tests.console.store.test_audit_chain import _old_then_new, _raw

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.sqlite_only("worker processes read the SQLite file; PostgreSQL walks in one process "
                                     "(test_store.py: test_parallel_flag_gives_the_same_result_on_each_backend)")


@pytest.fixture
def in_parts(monkeypatch):
    """Three parts for any chain (even on a one-CPU machine), batches of two records."""
    monkeypatch.setattr(audit_parts, "PARALLEL_MIN", 1)
    monkeypatch.setattr(audit_parts, "cpus", lambda: 3)
    monkeypatch.setattr(chain, "CHUNK", 2)


def _verify(p, parallel):
    with Store(p, readonly=True) as st:
        return st.verify_audit(full=True, parallel=parallel)


def test_parts_cover_the_range_without_overlap():
    assert audit_parts.parts_for(6, 13, 3) == [(6, 7), (8, 10), (11, 13)]
    assert audit_parts.parts_for(1, 2, 4) == [(1, 1), (2, 2)]
    for first, top, k in ((1, 1_000_000, 2), (7, 100, 3), (5, 9, 4)):
        parts = audit_parts.parts_for(first, top, k)
        assert parts[0][0] == first and parts[-1][1] == top
        assert all(a[1] + 1 == b[0] for a, b in zip(parts, parts[1:]))


def test_an_intact_chain_is_checked_by_the_workers(tmp_path, in_parts, monkeypatch):
    p = tmp_path / "chain.sqlite3"
    last = _old_then_new(p)  # records 6..13 in form 2: parts 6-7 (here), 8-10 and 11-13 (worker processes)
    here = []
    real = audit_parts.check_part

    def first_part_slowly(raw, lo, hi, sql):
        here.append((lo, hi))
        if len(here) == 1:
            time.sleep(1)  # long enough for the workers to take the other parts (else this process takes them)
        return real(raw, lo, hi, sql)

    monkeypatch.setattr(audit_parts, "check_part", first_part_slowly)
    check = _verify(p, True)
    assert check.ok and check.count == last and check == _verify(p, False), check
    assert check.notes == _verify(p, False).notes  # the same tail hash
    assert here == [(6, 7)]  # the other parts were checked by the worker processes


class _Idle:
    """A pool that accepts the parts and never starts them: this process takes them all back."""

    def __init__(self, *args, **kwargs):
        pass

    def submit(self, fn, *args):
        return concurrent.futures.Future()

    def shutdown(self, wait=True, cancel_futures=False):
        pass


def test_parts_no_worker_has_started_are_taken_back_from_the_end(tmp_path, in_parts, monkeypatch):
    p = tmp_path / "chain.sqlite3"
    last = _old_then_new(p)
    here = []
    real = audit_parts.check_part
    monkeypatch.setattr(audit_parts, "check_part", lambda raw, lo, hi, sql: here.append((lo, hi)) or real(raw, lo, hi, sql))
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _Idle)
    check = _verify(p, True)
    assert check.ok and check.count == last and check.notes == _verify(p, False).notes
    assert here == [(6, 7), (11, 13), (8, 10)]
    _raw(p, "DROP TRIGGER IF EXISTS audit_no_update", "UPDATE audit SET actor = 'mallory' WHERE id = 9")
    check = _verify(p, True)
    assert not check.ok and check.broken_id == 9 and check == _verify(p, False)


@pytest.mark.parametrize("tamper, broken, why", [
    ("UPDATE audit SET detail = '{\"i\": 99}' WHERE id = 9", 9, "altered"),  # inside the second part
    ("UPDATE audit SET actor = 'mallory' WHERE id = 3", 3, "altered"),  # an old record (before the parts)
    ("DELETE FROM audit WHERE id = 8", 8, "missing"),  # the first record of a worker's part
    ("DELETE FROM audit WHERE id = 13", 13, "chain tail"),  # the last record: the head names it
    ("UPDATE audit SET hash = 'not a hash' WHERE id = 10", 10, "altered"),  # the last record of a part
    ("UPDATE audit SET hash = upper(hash) WHERE id = 11", 11, "altered"),
    ("UPDATE audit SET hash = 42 WHERE id = 7", 7, "altered"),  # the caller's own part
    (("UPDATE audit SET hash = (SELECT substr(hash, 64) FROM audit WHERE id = 10) || hash WHERE id = 11",
      "UPDATE audit SET hash = substr(hash, 1, 63) WHERE id = 10"), 10, "altered"),  # re-cut across a border
    ("UPDATE audit SET prev_hash = (SELECT hash FROM audit WHERE id = 5) WHERE id = 12", 12, "prev_hash"),
    ("UPDATE audit SET id = 20 WHERE id = 13", 13, "missing"),  # a gap before the last record
])
def test_tampering_is_named_as_by_the_one_process_walk(tmp_path, in_parts, tamper, broken, why):
    p = tmp_path / "chain.sqlite3"
    _old_then_new(p)
    _raw(p, "DROP TRIGGER IF EXISTS audit_no_update", "DROP TRIGGER IF EXISTS audit_no_delete",
         *([tamper] if isinstance(tamper, str) else tamper))
    check = _verify(p, True)
    assert not check.ok and check.broken_id == broken and why in check.reason, check
    assert check == _verify(p, False)  # ok, count, broken record and message


def _relink_from(p, first: int, wrong_prev) -> None:
    """Record `first` gets the prev_hash wrong_prev(its right one); it and every later record are re-hashed and
    re-linked, the head too (what someone rewriting the tail would do)."""
    c = sqlite3.connect(p)
    c.execute("DROP TRIGGER IF EXISTS audit_no_update")
    prev = None
    for row in c.execute(f"SELECT {', '.join(FIELDS)} FROM audit WHERE id >= ? ORDER BY id", (first,)).fetchall():
        rec = dict(zip(FIELDS, row))
        rec["prev_hash"] = wrong_prev(rec["prev_hash"]) if prev is None else prev
        prev = record_hash(rec, 2)
        c.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", (rec["prev_hash"], prev, rec["id"]))
    c.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"13:{prev}",))
    c.commit()
    c.close()


@pytest.mark.parametrize("first", [8, 11, 12])
def test_a_chain_relinked_from_a_record_on_a_border_is_caught_by_the_border_check(tmp_path, in_parts, first):
    """Record `first` gets a wrong prev_hash and it and every later record are re-hashed, the head too: each
    part is consistent in itself; only the link across the border (8, 11) or inside a part (12) shows it."""
    p = tmp_path / "chain.sqlite3"
    _old_then_new(p)
    _relink_from(p, first, lambda _right: "f" * 64)
    check = _verify(p, True)
    assert not check.ok and check.broken_id == first and "prev_hash" in check.reason, check
    assert check == _verify(p, False)


@pytest.mark.parametrize("parallel", [False, True])
def test_a_prev_hash_with_text_before_the_right_hash_is_caught(tmp_path, in_parts, parallel):
    """Record 9's prev_hash gets text put before the right hash and the tail from it is re-hashed: the batch
    check compares the separator before each prev_hash too, so the first wrong record is named (as row by row)."""
    p = tmp_path / "chain.sqlite3"
    _old_then_new(p)
    _relink_from(p, 9, lambda right: "ab" + right)
    check = _verify(p, parallel)
    assert not check.ok and check.broken_id == 9 and "prev_hash" in check.reason, check


def test_covered_rows_are_found_in_every_part(tmp_path, in_parts):
    """The records that reference signature and proposal rows come back from the workers: a changed
    signature row is still detected, and an intact database passes."""
    from tests.console.store.test_audit_chain import PW, T0
    from console import episodes as E
    from console.admin import accounts
    from console.common.clock import FixedClock
    from tests.helpers import actor_of, admin_of

    p = tmp_path / "signed.sqlite3"
    with Store(p, FixedClock(T0)) as st:
        for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"]}.items():
            accounts.create_user(st, admin_of(st), name, name.title(), roles, PW)
        red = E.propose(st, actor_of(st, "duty"), "start", "red", ["红色：依据"], "海门区全域", T0, assessed_level="red")
        E.sign(st, red.id, "head", PW, "bureau_head", "approve", red.content_hash)
        for i in range(6):  # records after the signature, so that it lies in a worker's part
            st.audit("duty", "later", "e", str(i))
    assert _verify(p, True).ok
    _raw(p, "DROP TRIGGER IF EXISTS signatures_no_update", "UPDATE signatures SET decision = 'reject'")
    check = _verify(p, True)
    assert not check.ok and "signatures" in check.reason and check == _verify(p, False), check


def test_workers_that_cannot_run_leave_their_parts_to_this_process(tmp_path, in_parts, monkeypatch):
    p = tmp_path / "chain.sqlite3"
    last = _old_then_new(p)
    def no_processes(*a, **k):
        raise OSError("no processes here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_processes)
    check = _verify(p, True)
    assert check.ok and check.count == last
    _raw(p, "DROP TRIGGER IF EXISTS audit_no_update", "UPDATE audit SET actor = 'mallory' WHERE id = 12")
    check = _verify(p, True)
    assert not check.ok and check.broken_id == 12 and check == _verify(p, False)


def test_a_worker_that_fails_has_its_part_checked_here(tmp_path, in_parts):
    """A worker that cannot open the file (here: a wrong address) fails; its part is checked in this process."""
    p = tmp_path / "chain.sqlite3"
    last = _old_then_new(p)
    with Store(p, readonly=True) as st:
        raw = st.backend.raw
        sql = st.backend.join_bytes(chain.canonical_v2_parts(st.backend.sep), 31)
        prev = raw.execute("SELECT hash FROM audit WHERE id = 5").fetchone()[0]
        found = []
        bad_uri = (tmp_path / "absent.sqlite3").as_uri() + "?mode=ro"
        raw.execute("BEGIN")
        check = audit_parts.walk_parts(raw, bad_uri, 6, prev, last, sql, found)
        raw.execute("COMMIT")
    assert check is not None and check.ok and check.count == last and check.notes == _verify(p, False).notes
    assert GENESIS not in check.notes


def _long_chain(path, n):
    """n records of the second form, as the console writes them, and the head."""
    Store(path).close()
    c = sqlite3.connect(path)
    prev, rows = GENESIS, []
    for i in range(1, n + 1):
        rec = (i, "2025-12-02T08:00:00+08:00", "duty", "board.check", "task", str(i % 977), '{"step":"核查"}', prev)
        prev = hashlib.sha256(chain.canonical_v2(*rec).encode("utf-8")).hexdigest()
        rows.append(rec + (prev,))
    c.executemany("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    c.execute("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE SET "
              "value = excluded.value", (f"{n}:{prev}",))
    c.commit()
    c.close()


def test_the_command_line_checks_a_long_chain_in_parts(tmp_path):
    """`python -m console audit verify` as a duty officer runs it: a chain long enough to be split (worker
    processes started with "spawn" from the command line), intact, then edited in a worker's part."""
    p = tmp_path / "long.sqlite3"
    n = audit_parts.PARALLEL_MIN + 1
    _long_chain(p, n)

    def cli():
        return subprocess.run([sys.executable, "-m", "console", "audit", "verify", "--db", str(p)], cwd=ROOT,
                              capture_output=True, text=True, encoding="utf-8", timeout=300)

    done = cli()
    assert done.returncode == 0 and f"({n} records)" in done.stdout, done.stdout + done.stderr
    broken = n - 1000
    _raw(p, "DROP TRIGGER IF EXISTS audit_no_update", f"UPDATE audit SET actor = 'mallory' WHERE id = {broken}")
    done = cli()
    assert done.returncode == 1 and f"chain broken at record {broken}:" in done.stdout, done.stdout + done.stderr
    assert f"{broken - 1} records before it are intact" in done.stdout
