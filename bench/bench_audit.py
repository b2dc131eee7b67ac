"""`audit verify` at 10k / 100k / 1M records, next to baselines from the same run:
  hash only   hashlib.sha256 over the same canonical bytes in a plain loop (the floor for any walk in Python)
  one proc.   Store.verify_audit(full=True): one read snapshot, every record recomputed, head, covered rows
  full walk   Store.verify_audit(full=True, parallel=True), what `audit verify` runs: the same, the second-form
              records checked in parts by worker processes (console/store/audit_parts.py); best of 3 with the
              one-process walk alternating, so both see the same load
  checkpoint  Store.verify_audit(full=False) after a full walk, with 10 new records (what start-up pays)
  form 1      the same walk over records written in the first canonical form (databases from before)
Prints; asserts nothing. Run: python bench/bench_audit.py [--sizes 10000,100000,1000000]"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from console.store.audit import GENESIS, canonical_v1, canonical_v2  # noqa: E402
from console.store.db import Store  # noqa: E402


def build(path: Path, n: int, form: int) -> list[bytes]:
    """A database with n audit records (like the console's: short fields, a JSON detail); returns the
    canonical bytes (for the hash-only baseline)."""
    Store(path).close()
    c = sqlite3.connect(path)
    if form == 1:
        c.execute("UPDATE meta SET value = ? WHERE key = 'audit_v2_from'", (str(n + 1),))
    canon = canonical_v2 if form == 2 else canonical_v1
    prev, rows, texts = GENESIS, [], []
    for i in range(1, n + 1):
        detail = json.dumps({"level": "orange", "step": i % 3, "reason": "依据第3.2.1条"}, ensure_ascii=False,
                            sort_keys=True)
        rec = (i, "2025-12-02T08:00:00+08:00", "duty", "board.check", "task", str(i % 977), detail, prev)
        text = canon(*rec).encode("utf-8")
        prev = hashlib.sha256(text).hexdigest()
        rows.append(rec + (prev,))
        texts.append(text)
        if len(rows) == 50_000:
            c.executemany("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            rows.clear()
    c.executemany("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    c.execute("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE SET value = "
              "excluded.value", (f"{n}:{prev}",))
    c.commit()
    c.close()
    return texts


def timed(fn) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "?"


def cpu_times() -> tuple[float, float]:
    """CPU seconds of this process and of its ended children (the walk's worker processes), where known."""
    try:
        import resource
    except ImportError:  # Windows
        return time.process_time(), 0.0
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    args = ap.parse_args()
    print(f"{os.cpu_count()} CPUs, load {_load()}")
    print(f"{'records':>9} {'hash only':>10} {'one proc.':>10} {'full walk':>10} {'ratio':>6} {'checkpoint':>11} "
          f"{'form 1':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            p = Path(tmp) / f"a{n}.sqlite3"
            texts = build(p, n, 2)
            base, _ = timed(lambda: [hashlib.sha256(t).hexdigest() for t in texts])
            del texts
            one, full, cpu = [], [], {False: [], True: []}
            for _ in range(3):
                for parallel, times in ((False, one), (True, full)):
                    with Store(p, readonly=True) as st:
                        c0 = cpu_times()
                        t, check = timed(lambda: st.verify_audit(full=True, parallel=parallel))
                        c1 = cpu_times()
                        assert check.ok, check
                        times.append(t)
                        cpu[parallel].append((c1[0] - c0[0], c1[1] - c0[1]))
            one, full = min(one), min(full)
            cpu_line = (f"{'':>9} CPU s, best of 3: one process {min(c for c, _ in cpu[False]):.2f}; "
                        f"in parts: this process {min(c for c, _ in cpu[True]):.2f} + workers "
                        f"{min(w for _, w in cpu[True]):.2f} (load {_load()})")
            with Store(p) as st:
                st.verify_audit(full=True)  # stores the checkpoint
                for i in range(10):
                    st.audit("duty", "later", "e", str(i))
            with Store(p) as st:  # a fresh start, as the GUI's first paint
                quick, check = timed(lambda: st.verify_audit(full=False))
                assert check.ok and check.count == n + 10, check
            old = "-"
            if n <= 100_000:
                p1 = Path(tmp) / f"v1-{n}.sqlite3"
                build(p1, n, 1)
                with Store(p1, readonly=True) as st:
                    t1, check = timed(lambda: st.verify_audit(full=True))
                    assert check.ok, check
                old = f"{t1:.3f}s"
            print(f"{n:>9} {base:>9.3f}s {one:>9.3f}s {full:>9.3f}s {full / base:>5.1f}× {quick * 1000:>9.1f}ms "
                  f"{old:>8}", flush=True)
            print(cpu_line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
