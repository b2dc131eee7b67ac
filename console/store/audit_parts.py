"""The full walk of the second-form records split over worker processes (SQLite files only).

Each record's check needs only its own fields and the stored hash of the one before, so the id range can be cut
into parts checked independently: the first part by the calling process inside its read snapshot, the others by
worker processes, each on its own read-only connection to the same file. The audit table is append-only and the
parts end at the last id of the caller's snapshot, so a worker reads the same records the caller would (another
seat's later records lie beyond). The caller then checks the borders: each part complete (as many records as
ids), and its first record linked to the last hash of the part before.

Anything that does not check out returns None, and the caller walks the chain again row by row in its own
snapshot, so the record named and the message are those of the single-process walk. A worker that cannot start
or fails (no process allowed, a frozen build without ``freeze_support``) has its part checked in this process.

Not used for PostgreSQL: the walk there stays in one process on one connection (a part's snapshot on another
connection would need exported snapshots, and the server does the canonical work itself)."""
from __future__ import annotations

import logging
import os
import sqlite3

from console.store import audit as chain
from console.store.audit import AuditCheck

log = logging.getLogger(__name__)

PARALLEL_MIN = 200_000  # fewer second-form records: one process is quicker than starting workers
MAX_PARTS = 4  # processes at most (this one and the workers)
PART_MIN = 50_000  # records in a part, at least (each part is one query)


def cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # Windows, macOS
        return os.cpu_count() or 1


def parts_for(first: int, top: int, n_parts: int) -> list[tuple[int, int]]:
    """(lo, hi) id ranges, inclusive, covering first..top in n_parts nearly equal parts."""
    n = top - first + 1
    n_parts = max(1, min(n_parts, n))
    edges = [first + n * j // n_parts for j in range(n_parts + 1)]
    return [(edges[j], edges[j + 1] - 1) for j in range(n_parts)]


def check_part(raw, lo: int, hi: int, text_sql: str) -> tuple:
    """(ok, count, first prev_hash, last hash, found) of the records lo..hi: each linked to the one before it
    within the part and hashing as stored. ``text_sql`` builds a record's canonical UTF-8 bytes."""
    cur = raw.execute(f"SELECT hash, {text_sql} FROM audit WHERE id >= ? AND id <= ? ORDER BY id", (lo, hi))
    count, first_prev, prev, found = 0, None, None, []
    while True:
        batch = cur.fetchmany(chain.CHUNK)
        if not batch:
            return True, count, first_prev, prev, found
        if first_prev is None:
            text = batch[0][1]
            if not isinstance(text, bytes):
                return False, count, None, None, []
            first_prev = prev = text[-64:].decode("utf-8", "replace")
        if not chain._check_batch(batch, prev, True, found):
            return False, count, None, None, []
        prev = batch[-1][0]
        count += len(batch)


def _worker(uri: str, lo: int, hi: int, text_sql: str, chunk: int) -> tuple:
    chain.CHUNK = chunk  # the caller's batch size (tests make it small)
    con = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        con.execute("PRAGMA busy_timeout = 5000")
        con.execute("BEGIN")
        return check_part(con, lo, hi, text_sql)
    finally:
        con.close()


def walk_parts(raw, uri: str, first: int, prev: str, top: int, text_sql: str, found: list | None,
               workers: int | None = None) -> AuditCheck | None:
    """Records first..top (second form) in parts; ``prev`` the stored hash of record first - 1. The result of
    a chain that checks out, else None (then the caller walks row by row to name the first problem).

    ``workers`` processes (default: one fewer than the CPUs, at most MAX_PARTS - 1) take the parts from the
    front; this process checks the first part, then takes back from the end the parts no worker has started
    (a worker's start costs 0.1-0.3 s, and a loaded machine gives the processes unequal shares)."""
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing

    workers = max(0, workers if workers is not None else min(cpus(), MAX_PARTS) - 1)
    bounds = parts_for(first, top, max(workers + 1, min(4 * (workers + 1), (top - first + 1) // PART_MIN)))
    results: list[tuple | None] = [None] * len(bounds)
    pool, futures = None, []
    if len(bounds) > 1 and workers > 0:
        try:  # spawn: the same on every platform, and safe beside the GUI's threads
            pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
            futures = [pool.submit(_worker, uri, lo, hi, text_sql, chain.CHUNK) for lo, hi in bounds[1:]]
        except Exception as exc:  # noqa: BLE001 — no worker: every part is checked here
            log.info("audit walk: no worker processes (%s); one process", exc)
            futures = []
    try:
        results[0] = check_part(raw, *bounds[0], text_sql)
        if not results[0][0]:
            return None
        for j in range(len(futures), 0, -1):  # the parts no worker has started, from the end
            if not futures[j - 1].cancel():
                break
            results[j] = check_part(raw, *bounds[j], text_sql)
            if not results[j][0]:
                return None
        for j, (lo, hi) in enumerate(bounds[1:], 1):
            if results[j] is None and futures:
                try:
                    results[j] = futures[j - 1].result()
                except Exception as exc:  # noqa: BLE001 — a worker that failed: its part is checked here
                    log.info("audit walk: worker for %d..%d failed (%s); checked in this process", lo, hi, exc)
            if results[j] is None:
                results[j] = check_part(raw, lo, hi, text_sql)
            if not results[j][0]:
                return None
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    expect_prev, collected = prev, []
    for (lo, hi), (ok, count, first_prev, last, part_found) in zip(bounds, results):
        if not ok or count != hi - lo + 1 or first_prev != expect_prev:
            return None
        expect_prev = last
        collected.extend(part_found)
    if found is not None:
        found.extend(collected)
    return AuditCheck(True, top, notes=(expect_prev,))
