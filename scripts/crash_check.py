"""Crash check: kill -9 a process in the middle of each kind of write, then open the database as the console would
and check it: SQLite integrity, the full `audit verify` (chain, head, covered rows) and no half-written record
(every domain row of the operation has its audit record and the other way round).

    python scripts/crash_check.py [--rounds 20] [--ops import,sign,publish,tick,undo] [--seed 1] [--keep DIR]

Each round starts a worker that repeats one operation against a prepared database and kills it (SIGKILL on
POSIX, TerminateProcess on Windows) after a random delay. Exit code 0 when every round passed. The test suite
runs it at small scale (tests/test_crash_check.py)."""
from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PW = "pw123456"
OPS = ("import", "sign", "publish", "tick", "undo")
USERS = {"duty": ["duty_officer"], "head": ["bureau_head"], "leader": ["district_leader"]}
READY = "ready"


# ---- preparing a database per operation ---------------------------------------------------------------
def prepare(path: Path, op: str) -> None:
    from console import episodes as E
    from console.admin import accounts
    from console.measures import board
    from console.store.db import Store

    with Store(path) as st:
        admin = accounts.create_first_admin(st, "crash-admin", "管理员", PW)
        for name, roles in USERS.items():
            accounts.create_user(st, admin, name, name.title(), roles, PW)
        if op in ("publish", "tick", "undo"):
            p = E.propose(st, accounts.authenticate(st, "duty", PW), "start", "orange", ["依据"], "海门区全域", st.clock.now(),
                          assessed_level="orange")
            E.sign(st, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
        if op == "undo":  # every one-off task ticked, so the worker has something to undo
            duty = accounts.authenticate(st, "duty", PW)
            ep = E.current_episode(st)
            for t in board.tasks(st, str(ep.id)):
                try:
                    board.check(st, t["id"], duty, t["unit"], "完成")
                except Exception:  # recurring duties are counted, not ticked
                    pass


# ---- the worker: one operation again and again until killed ---------------------------------------------
def _csv(n: int, start: datetime, station: str) -> str:
    lines = ["time,station,pm25,pm10,so2,no2,co,o3"]
    for i in range(n):
        t = start + timedelta(hours=i)
        lines.append(f"{t:%Y-%m-%d %H:00},{station},{50 + i % 90},{80 + i % 70},8,35,0.9,40")
    return "\n".join(lines) + "\n"


def worker(op: str, path: Path, scratch: Path) -> None:
    from console import episodes as E
    from console.admin import accounts
    from console.episodes import bulletin as B
    from console.episodes.query import open_proposals
    from console.importers.files import import_file
    from console.measures import board
    from console.store.db import Store

    st = Store(path)
    duty = accounts.authenticate(st, "duty", PW)
    print(READY, flush=True)
    n = 0
    while True:
        n += 1
        if op == "import":
            start = datetime(2024, 1, 1) + timedelta(days=30 * (n % 20))
            f = scratch / f"obs-{n}.csv"
            f.write_text(_csv(400, start, f"S{n % 7}"), "utf-8")
            import_file(st, f, duty)
        elif op == "sign":
            ep = E.current_episode(st)
            pending = open_proposals(st, ep.id) if ep else []
            if not pending:
                p = E.propose(st, duty, "start", "red", ["红色：依据"], "海门区全域", st.clock.now(),
                              assessed_level="red")
                E.sign(st, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
            else:
                E.withdraw_proposal(st, duty, pending[0].id, "演练撤回")
        elif op == "publish":
            b = B.draft(st, pollution_degree="重度污染", pollution_area="海门区全域", primary_pollutant="PM2.5")
            B.publish(st, None, b, duty)
        else:
            ep = E.current_episode(st)
            for t in board.tasks(st, str(ep.id)):
                try:
                    if op == "tick" and t["state"] == "open":
                        board.check(st, t["id"], duty, t["unit"], "完成")
                    elif t["state"] == "done":
                        board.undo(st, t["id"], duty, "误点", on_behalf_of_unit=t["unit"])
                        if op == "undo":
                            board.check(st, t["id"], duty, t["unit"], "重新确认")
                except Exception as exc:  # recurring duties are counted, not ticked
                    if "recurring" not in str(exc):
                        raise


# ---- the checks after a kill ----------------------------------------------------------------------------
PAIRS = {  # (domain rows, audit records of the operation) that must match one to one
    "import": [("SELECT COUNT(*) FROM imports", "observations.import")],
    "sign": [("SELECT COUNT(*) FROM signatures", "signoff.approve"),
             ("SELECT COUNT(*) FROM proposal_closures", "proposal.withdraw")],
    "publish": [("SELECT COUNT(*) FROM publications", "bulletin.publish")],
    "tick": [("SELECT COUNT(*) FROM board_events WHERE kind = 'check'", "board.check"),
             ("SELECT COUNT(*) FROM board_events WHERE kind = 'undo'", "board.undo")],
}
PAIRS["undo"] = PAIRS["tick"]


def check(path: Path, op: str) -> tuple[int, list[str]]:
    """(audit records, problems found) of a database after a crash."""
    from console.store.db import Store

    problems = []
    with Store(path) as st:  # opened writable, as the console would after the crash (WAL recovery)
        problems += [f"integrity: {p}" for p in st.integrity_problems()]
        v = st.verify_audit(full=True)
        if not v.ok:
            problems.append(f"audit verify: record {v.broken_id}: {v.reason}")
        for sql, action in PAIRS[op]:
            rows = st.scalar(sql)
            audited = st.scalar("SELECT COUNT(*) FROM audit WHERE action = ?", (action,))
            if rows != audited:
                problems.append(f"half-written: {sql} = {rows}, audit {action} = {audited}")
        if op == "import":
            obs = st.scalar("SELECT COUNT(*) FROM observations")
            stored = st.scalar("SELECT COALESCE(SUM(rows), 0) FROM imports")
            if obs > stored:
                problems.append(f"half-written: {obs} observations, imports account for {stored}")
        records = v.count
    return records, problems


def run_round(op: str, path: Path, scratch: Path, delay: float) -> tuple[int, list[str]]:
    """Start a worker, kill it after `delay` s of writing; returns (audit records after the kill, problems)."""
    proc = subprocess.Popen([sys.executable, __file__, "--worker", op, str(path), str(scratch)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline().strip()
    if line != READY:
        proc.kill()
        return 0, [f"worker did not start: {line} {proc.stderr.read()[-2000:]}"]
    time.sleep(delay)
    if proc.poll() is not None:
        return 0, [f"worker stopped before the kill (exit {proc.returncode}): {proc.stderr.read()[-2000:]}"]
    proc.kill()  # SIGKILL: no cleanup, no rollback, mid-write
    proc.wait()
    proc.stdout.close()
    proc.stderr.close()
    return check(path, op)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20, help="kills per operation")
    ap.add_argument("--ops", default=",".join(OPS))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--min-delay", type=float, default=0.2)
    ap.add_argument("--max-delay", type=float, default=1.5)
    ap.add_argument("--keep", type=Path, help="keep the databases in this folder")
    ap.add_argument("--worker", nargs=3, metavar=("OP", "DB", "SCRATCH"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        op, db, scratch = args.worker
        worker(op, Path(db), Path(scratch))
        return 0
    rng = random.Random(args.seed)
    ops = [o for o in args.ops.split(",") if o]
    unknown = set(ops) - set(OPS)
    if unknown:
        ap.error(f"unknown operation(s): {', '.join(sorted(unknown))} (choose from {', '.join(OPS)})")
    tmp = Path(tempfile.mkdtemp(prefix="crash-check-"))
    failed = 0
    try:
        for op in ops:
            path, scratch = tmp / f"{op}.sqlite3", tmp / f"{op}-files"
            scratch.mkdir()
            prepare(path, op)
            for r in range(1, args.rounds + 1):
                delay = rng.uniform(args.min_delay, args.max_delay)
                records, problems = run_round(op, path, scratch, delay)
                status = "ok" if not problems else "FAILED"
                print(f"{op:<8} round {r:>3} killed after {delay:.2f}s: {status} ({records} audit records)",
                      flush=True)
                for p in problems:
                    print(f"    {p}", flush=True)
                failed += bool(problems)
        if args.keep:
            shutil.copytree(tmp, args.keep, dirs_exist_ok=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{'all rounds passed' if not failed else f'{failed} round(s) FAILED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
