"""Several seats on one PostgreSQL server: propagation, lost updates, refused conflicts, the audit chain.

    python bench/bench_seats.py [--seats 10] [--seconds 20] [--db postgresql://…]

Without --db a throwaway cluster is started (as tests/tests_support_pg.py does: initdb into a temporary folder,
unix socket only) and stopped at the end. The database gets a yellow response in force (its measures board) and
one account per seat. Then N seat processes run at once for --seconds, each listening to the others
(console/store/listen.py):
- seat 0 is the duty officer: it proposes an upgrade to orange, waits until a bureau head has signed it (a
  reject, so the level and the board stay as they are), withdraws it and proposes again;
- seats 1..N-1 are bureau heads who also tick the board on a unit's behalf: each races the others to sign every
  pending proposal (exactly one may sign a step; the others must be refused), and in between checks off or
  undoes random tasks of one shared pool of 40 (two seats acting on the same task: one is refused).
Printed: propagation latency (commit on one seat -> the notification seen by every other seat's listener;
p50/p95/max, and notifications that never arrived), operations done and refused, lost updates (operations
reported done vs the board events and signatures stored, and every task's final state vs the last operation
done on it), the audit chain's gaps, and `python -m console audit verify` on the server. Goal: 10 seats,
p95 <= 1 s, 0 lost, 0 forks. Figures are printed, never asserted. A commit is timed when the server's
confirmation reaches the writing seat; another seat's listener may hear of it a moment earlier, so on one machine
the smallest latencies come out at or just below 0 ms.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PW = "bench-pw-1"
POOL = 40


def _setup(url: str, seats: int) -> None:
    from console import episodes as E
    from console.admin import accounts
    from console.store.connect import open_store

    with open_store(url) as s:
        admin = accounts.create_first_admin(s, "admin", "管理员", PW)
        accounts.create_user(s, admin, "duty0", "值班员", ["duty_officer"], PW)
        accounts.create_user(s, admin, "deputy", "分管副局长", ["deputy_head"], PW)
        for i in range(1, seats):
            accounts.create_user(s, admin, f"head{i}", f"局长{i}", ["bureau_head", "duty_officer"], PW)
        p = E.propose(s, "duty0", "start", "yellow", ["黄色：预测依据"], "海门区全域", s.clock.now(),
                      assessed_level="yellow")
        E.sign(s, p.id, "deputy", PW, "deputy_head", "approve", p.content_hash)


# ---- one seat (a process) ----------------------------------------------------------------------------------------
def _worker(url: str, index: int, start: float, until: float, out: Path) -> None:
    from console import episodes as E
    from console.common.errors import UserError
    from console.measures import board
    from console.store.connect import open_store
    from console.store.listen import ChangeListener, wait_for

    s = open_store(url)
    received: list[tuple[str, int, float]] = []
    states: list[str] = []
    listener = ChangeListener(url, lambda ch, data: received.append((data.get("seat"), data.get("audit_id"),
                                                                     time.time())),
                              lambda st, _d: states.append(st), ignore_seat=s.seat).start()
    wait_for(lambda: "connected" in states, timeout=10)
    last_audit: list = [None]
    commits: list[tuple[int, float]] = []
    before_commit, commit = s.backend.before_commit, s.backend.commit

    def spy_before(changes, audit):  # the audit id of this seat's commit, to match the others' notifications
        last_audit[0] = audit["id"] if audit else None
        return before_commit(changes, audit)

    def spy_commit():  # timed the moment the server confirmed the commit
        commit()
        if last_audit[0] is not None:
            commits.append((last_audit[0], time.time()))
        last_audit[0] = None

    s.backend.before_commit, s.backend.commit = spy_before, spy_commit
    done: list[dict] = []
    counts = {"check": 0, "undo": 0, "sign": 0, "propose": 0, "withdraw": 0, "refused": 0, "errors": 0}
    errors: list[str] = []
    me = "duty0" if index == 0 else f"head{index}"
    ep = board.list_boards(s)[0]["episode_id"]
    pool = [t for t in board.tasks(s, ep) if t["state"] in ("open", "done")
            and not board.default_catalog().measures_by_id[t["measure_id"]].recurring][:POOL]
    rng = random.Random(index)
    if not wait_for(lambda: time.time() >= start, timeout=max(0.0, start - time.time()) + 1, step=0.01):
        raise SystemExit(f"seat {index}: not ready by the common start")
    if time.time() > start + 1:
        errors.append(f"seat {index} started {time.time() - start:.1f} s late (machine too busy?)")

    def attempt(kind, fn):
        try:
            fn()
        except UserError:
            counts["refused"] += 1  # recorded too (auth.refused): its commit is timed like any other
            return False
        except Exception as exc:  # reported, not hidden
            counts["errors"] += 1
            errors.append(f"{kind}: {type(exc).__name__}: {exc}")
            return False
        counts[kind] += 1
        return True

    while time.time() < until:
        open_props = [p for p in E.proposals(s) if p.status in ("pending", "rejected") and p.kind == "upgrade"]
        if index == 0:
            if not open_props:
                attempt("propose", lambda: E.propose(s, me, "upgrade", "orange", ["橙色：预测依据（基准测试）"],
                                                     "海门区全域", s.clock.now(), assessed_level="orange"))
            elif open_props[0].status == "rejected":
                attempt("withdraw", lambda: E.withdraw_proposal(s, me, open_props[0].id, "基准测试：重新提议"))
            time.sleep(0.05)
            continue
        for p in open_props:
            if p.status == "pending":
                if attempt("sign", lambda p=p: E.sign(s, p.id, me, PW, "bureau_head", "reject", p.content_hash,
                                                      "基准测试：不同意")):
                    done.append({"op": "sign", "proposal": p.id, "version": p.version})
        t = rng.choice(pool)
        state = board.get_task(s, t["id"])["state"]
        if state == "open":
            if attempt("check", lambda: board.check(s, t["id"], me, on_behalf_of_unit=t["unit"])):
                done.append({"op": "check", "task": t["id"], "t": time.time()})
        elif state == "done":
            if attempt("undo", lambda: board.undo(s, t["id"], me, "基准测试：撤销", on_behalf_of_unit=t["unit"])):
                done.append({"op": "undo", "task": t["id"], "t": time.time()})
    time.sleep(3)  # the last commits of the others still arrive
    listener.stop()
    s.close()
    out.write_text(json.dumps({"seat": index, "user": me, "commits": commits, "received": received,
                               "done": done, "counts": counts, "errors": errors[:20]}), encoding="utf-8")


# ---- the whole run -----------------------------------------------------------------------------------------------
def _pct(values, q):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def _report(url: str, results: list[dict], seconds: float) -> dict:
    from console.store.connect import open_store

    seats = len(results)
    latencies, missing = [], 0
    got = [{(a_id) for _seat, a_id, _t in r["received"]} for r in results]
    when = [{a_id: t for _seat, a_id, t in r["received"]} for r in results]
    for r in results:
        for audit_id, t0 in r["commits"]:
            for j in range(seats):
                if j == r["seat"]:
                    continue
                if audit_id in got[j]:
                    latencies.append(when[j][audit_id] - t0)
                else:
                    missing += 1
    totals = {k: sum(r["counts"][k] for r in results) for k in results[0]["counts"]}
    with open_store(url, readonly=True) as s:
        n, lo, hi = s.tuples("SELECT COUNT(*), MIN(id), MAX(id) FROM audit")[0]
        stored_events = {k: s.scalar("SELECT COUNT(*) FROM board_events WHERE kind = ? AND by <> 'system'", (k,))
                         for k in ("check", "undo")}
        stored_signs = s.scalar("SELECT COUNT(*) FROM signatures WHERE decision = 'reject'")
        states = {r["id"]: r["state"] for r in s.rows("SELECT id, state FROM board_tasks")}
    last_op: dict[int, tuple[float, str]] = {}
    for r in results:
        for d in r["done"]:
            if d["op"] in ("check", "undo") and d["t"] > last_op.get(d["task"], (0, ""))[0]:
                last_op[d["task"]] = (d["t"], d["op"])
    wrong_state = sum(1 for task, (_t, op) in last_op.items()
                      if states.get(task) != ("done" if op == "check" else "open"))
    lost = (abs(stored_events["check"] - totals["check"]) + abs(stored_events["undo"] - totals["undo"])
            + abs(stored_signs - totals["sign"]) + wrong_state)
    signed_twice = len({(d["proposal"], d["version"]) for r in results for d in r["done"] if d["op"] == "sign"}) \
        != totals["sign"]
    verify = subprocess.run([sys.executable, "-m", "console", "audit", "verify", "--db", url], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    return {"seats": seats, "seconds": seconds, "latency_p50": _pct(latencies, 0.5),
            "latency_p95": _pct(latencies, 0.95), "latency_max": max(latencies, default=float("nan")),
            "deliveries": len(latencies), "missing": missing, "ops": totals,
            "stored": {**stored_events, "sign": stored_signs}, "wrong_state": wrong_state, "lost": lost,
            "step_signed_twice": signed_twice, "audit_records": n, "audit_gaps": (hi - lo + 1 - n) if n else 0,
            "verify_exit": verify.returncode, "verify": (verify.stdout or verify.stderr).strip().splitlines()[:2],
            "errors": [e for r in results for e in r["errors"]][:10]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seats", type=int, default=10)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--db", help="a postgresql:// URL of an EMPTY database (default: a throwaway cluster)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--until", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker is not None:
        _worker(args.db, args.worker, args.until - args.seconds, args.until, Path(args.out))
        return 0
    if args.seats < 2:
        ap.error("--seats: at least 2 (a duty officer and a bureau head)")
    cluster = None
    url = args.db
    if url is None:
        sys.path.insert(0, str(ROOT / "tests"))
        from tests_support_pg import Cluster

        cluster = Cluster().start()
        url = cluster.new_database()
    try:
        _setup(url, args.seats)
        with tempfile.TemporaryDirectory() as tmp:
            # every seat starts together, once all have started up and connected their listener
            until = time.time() + 15 + args.seconds
            outs = [Path(tmp, f"seat{i}.json") for i in range(args.seats)]
            procs = [subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--worker", str(i), "--db", url,
                                       "--until", str(until), "--seconds", str(args.seconds), "--out", str(outs[i])], cwd=ROOT)
                     for i in range(args.seats)]
            codes = [p.wait() for p in procs]
            if any(codes):
                print(f"seat processes failed: exit codes {codes}", file=sys.stderr)
                return 1
            results = [json.loads(o.read_text(encoding="utf-8")) for o in outs]
        rep = _report(url, results, args.seconds)
    finally:
        if cluster is not None:
            cluster.stop()
    if args.json:
        print(json.dumps(rep, ensure_ascii=False, indent=1))
        return 0
    ops = rep["ops"]
    print(f"{rep['seats']} seats × {rep['seconds']:g} s on one PostgreSQL server ({datetime.now():%Y-%m-%d %H:%M})")
    print(f"propagation (commit -> other seat's listener): p50 {rep['latency_p50'] * 1000:.1f} ms, "
          f"p95 {rep['latency_p95'] * 1000:.1f} ms, max {rep['latency_max'] * 1000:.1f} ms "
          f"over {rep['deliveries']} deliveries; never arrived: {rep['missing']}")
    print(f"done: {ops['check']} check-offs, {ops['undo']} undos, {ops['sign']} signatures, {ops['propose']} "
          f"proposals, {ops['withdraw']} withdrawals; conflicts refused: {ops['refused']}; errors: {ops['errors']}")
    print(f"stored: {rep['stored']}; tasks in a wrong final state: {rep['wrong_state']}; lost updates: {rep['lost']}; "
          f"a step signed twice: {rep['step_signed_twice']}")
    print(f"audit: {rep['audit_records']} records, gaps {rep['audit_gaps']}; audit verify exit {rep['verify_exit']}: "
          f"{' / '.join(rep['verify'])}")
    for e in rep["errors"]:
        print("  error:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
