"""`audit verify`: the walk within one read snapshot, from the start or from a checkpoint, plus the head, the
covered rows (full walk) and the anchors; the checkpoint kept in the database for the next start."""
from __future__ import annotations

from console.common.errors import DataError
from console.store import anchors as anchors_mod
from console.store import audit_parts
from console.store import audit as chain
from console.store.audit import GENESIS, AuditCheck

CHECKPOINT_EVERY = 1000  # a checkpoint walk stores its tail when it got this far beyond the stored one


def verify(store, full: bool, anchors, parallel: bool = False) -> AuditCheck:
    # the anchor file is read before the snapshot: every line in it names a record committed before, so visible
    anchor_list = anchors_mod.read(anchors, store.db_id or "?") if anchors is not None else None
    b = store.backend
    try:
        with store.read_snapshot():
            check, walked_from = _in_snapshot(store, full, anchor_list, parallel)
    except b.errors as exc:
        raise DataError(store.path, f"无法读取审计记录 cannot read the audit records: {exc}") from None
    if check.ok:
        remember(store, check, full or walked_from == 0)
    else:
        store._verified = None
    return check


def _in_snapshot(store, full: bool, anchor_list, parallel: bool = False) -> tuple[AuditCheck, int]:
    b = store.backend
    if not b.table_exists("audit"):
        return AuditCheck(False, 0, 1, "审计表缺失（被删除）audit table missing (dropped)"), 0
    meta = dict(b.raw.execute("SELECT key, value FROM meta WHERE key IN "
                              "('audit_v2_from', 'audit_checkpoint', 'rows_covered')").fetchall())
    v2_from = int(meta["audit_v2_from"]) if "audit_v2_from" in meta else None
    stored_cp = parse_checkpoint(meta.get("audit_checkpoint"))
    store._db_checkpoint = stored_cp[0] if stored_cp else 0
    start = (0, GENESIS)
    if not full:
        for cp in (store._verified, stored_cp):
            if cp and cp[0]:
                found = chain.record_at(b.raw, cp[0], v2_from)
                if found and found[0] == cp[1] == found[1]:
                    start = cp
                    break
    found: list | None = [] if full and start[0] == 0 else None
    spread = None
    if parallel and b.name == "sqlite" and audit_parts.cpus() > 1:
        uri = f"{b.path.resolve().as_uri()}?mode=ro"

        def spread(raw, first, prev, top, text_sql, found_):
            return audit_parts.walk_parts(raw, uri, first, prev, top, text_sql, found_)
    check = chain.walk(b.raw, b.sep, start[0], start[1], v2_from, b.join_bytes, found, spread,
                       audit_parts.PARALLEL_MIN)
    if not check.ok:
        return check, start[0]
    tail = check.notes[0]
    bad = chain.check_head(b.raw, check.count, tail)
    if bad is None and full:
        bad = chain.check_rows(b.raw, check.count, "rows_covered" in meta, found)
    if bad is None and anchor_list is not None:
        found = anchors_mod.check(b.raw, anchor_list, check.count)
        if found:
            bad = AuditCheck(False, check.count, found[0], found[1])
    return (bad if bad is not None else AuditCheck(True, check.count, notes=(tail,))), start[0]


def remember(store, check: AuditCheck, whole: bool) -> None:
    """Keep the verified tail in this session, and in the database after a whole walk or every CHECKPOINT_EVERY
    records (an optimisation: never an error, never a change the views are told about)."""
    if not check.ok or store.closed:
        return
    count, digest = check.count, check.notes[0] if check.notes else GENESIS
    store._verified = (count, digest)
    b = store.backend
    if store.readonly or store._in_tx or b.in_transaction or not count or count == store._db_checkpoint:
        return
    if not whole and count - store._db_checkpoint < CHECKPOINT_EVERY:
        return
    try:
        b.begin_write()
    except b.busy_error:
        return
    try:
        b.raw.execute("INSERT INTO meta (key, value) VALUES ('audit_checkpoint', ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (f"{count}:{digest}",))
        b.commit()
        store._db_checkpoint = count
    except b.errors:
        if b.in_transaction:
            b.rollback()


def parse_checkpoint(value: str | None) -> tuple[int, str] | None:
    if not value or ":" not in value:
        return None
    rid, _, digest = value.partition(":")
    return (int(rid), digest) if rid.isdigit() else None
