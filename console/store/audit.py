"""The audit chain: one record per state change, each hash over the record and the previous record's hash.

Two canonical forms, both verified for ever:
  1  records written before this version: compact JSON of the fields (sorted keys). Verified with a
     hand-built equivalent of ``json.dumps`` (the same bytes, several times faster).
  2  records from ``meta.audit_v2_from`` on: the fields joined by U+001F (NULL entity_id as U+001E), which the
     database itself can build (``backend.sep``), so a full walk hashes one string per row.

Rows that decide what is in force (signatures, proposals, closures, level changes, ends) are covered by the
chain: the record written in the same transaction carries their row hashes in ``detail["_rows"]``; the full
walk recomputes them, so editing such a row, even with the append-only triggers dropped, is detected.

What the chain cannot do: whoever can write the file can rewrite every record and recompute every hash. The
anchors (console/store/anchors.py) narrow that: the head printed on every document and appended to a file in
another folder. There is no key: a key stored beside the database would be as readable as the database.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from json.encoder import encode_basestring as _enc
from operator import itemgetter, methodcaller

GENESIS = "0" * 64
SEP, NULL_MARK = "\x1f", "\x1e"
FIELDS = ("id", "ts", "actor", "action", "entity", "entity_id", "detail", "prev_hash")
COVERED = ("proposals", "proposal_closures", "signatures", "level_changes", "episode_ends")
ROWS_KEY = "_rows"
CHUNK = 20_000


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    count: int
    broken_id: int | None = None
    reason: str = ""
    notes: tuple[str, ...] = field(default=(), compare=False)


# ---- canonical forms ---------------------------------------------------------------------------------
def canonical_v1(i, ts, actor, action, entity, entity_id, detail, prev_hash) -> str:
    """Byte for byte ``json.dumps({...}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))``."""
    if not (type(i) is int and all(type(v) is str for v in (ts, actor, action, entity, detail, prev_hash))
            and (entity_id is None or type(entity_id) is str)):
        rec = dict(zip(FIELDS, (i, ts, actor, action, entity, entity_id, detail, prev_hash)))
        return json.dumps(rec, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return ('{"action":%s,"actor":%s,"detail":%s,"entity":%s,"entity_id":%s,"id":%d,"prev_hash":%s,"ts":%s}' % (
        _enc(action), _enc(actor), _enc(detail), _enc(entity), "null" if entity_id is None else _enc(entity_id),
        i, _enc(prev_hash), _enc(ts)))


def canonical_v2(i, ts, actor, action, entity, entity_id, detail, prev_hash) -> str:
    return SEP.join((str(i), ts, actor, action, entity, NULL_MARK if entity_id is None else entity_id, detail,
                     prev_hash))


def canonical_v2_parts(sep) -> list[str]:
    """The SQL of the fields of the second form, in order (``sep(code)`` is the backend's one-character SQL)."""
    return ["id", "ts", "actor", "action", "entity", f"COALESCE(entity_id, {sep(30)})", "detail", "prev_hash"]


def canonical_v2_sql(sep) -> str:
    """The same string built by the database."""
    return f" || {sep(31)} || ".join(canonical_v2_parts(sep))


def record_hash(rec: dict, version: int = 2) -> str:
    form = canonical_v2 if version == 2 else canonical_v1
    return hashlib.sha256(form(*(rec[k] for k in FIELDS)).encode("utf-8")).hexdigest()


def row_hash(row: dict) -> str:
    """Hash of one covered row: its non-NULL columns as sorted compact JSON (a later nullable column added by a
    migration leaves the hashes of older rows unchanged)."""
    body = json.dumps({k: v for k, v in row.items() if v is not None}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def check_field(name: str, value) -> None:
    if isinstance(value, str) and (SEP in value or NULL_MARK in value):
        raise ValueError(f"audit {name}: control characters U+001E/U+001F are not allowed")


# ---- the walk ----------------------------------------------------------------------------------------
def walk(raw, sep, after_id: int, prev: str, v2_from: int | None, join_bytes=None,
         found: list | None = None, spread=None, spread_min: int = 0) -> AuditCheck:
    """Check records with id > after_id: contiguous ids, each prev_hash the previous hash, each hash
    recomputed. `raw` is a DB-API connection already inside one read snapshot; ``sep`` and ``join_bytes``
    (SQL of the UTF-8 bytes of parts joined by a character; None: the text is built with || and encoded in
    Python) come from the backend. ``found``, when given, receives (id, action, detail) of every record that
    may reference covered rows (``check_rows``), so the full walk reads the records once. ``spread``, when
    given and at least ``spread_min`` second-form records are to be walked: ``spread(raw, first, prev, top,
    text_sql, found)`` checks them in parts (console/store/audit_parts.py) and returns the result, or None
    when something does not check out (then they are walked row by row here to name it)."""
    sha = hashlib.sha256
    expected = after_id + 1
    if v2_from is None or v2_from > expected:
        upto = "" if v2_from is None else " AND id < ?"
        params = (after_id,) if v2_from is None else (after_id, v2_from)
        cur = raw.execute(f"SELECT id, ts, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit "
                          f"WHERE id > ?{upto} ORDER BY id", params)
        while True:
            batch = cur.fetchmany(CHUNK)
            if not batch:
                break
            for i, ts, actor, action, entity, eid, detail, ph, h in batch:
                if i != expected:
                    return _missing(expected - 1, expected)
                if ph != prev:
                    return _unlinked(expected - 1, i)
                if sha(canonical_v1(i, ts, actor, action, entity, eid, detail, ph).encode("utf-8")).hexdigest() != h:
                    return _altered(expected - 1, i)
                if found is not None and (ROWS_MARK in detail or action == COVERAGE):
                    found.append((i, action, detail))
                prev = h
                expected += 1
        if v2_from is None:
            return AuditCheck(True, expected - 1, notes=(prev,))
        if expected < v2_from and raw.execute("SELECT 1 FROM audit WHERE id >= ? LIMIT 1", (v2_from,)).fetchone():
            return _missing(expected - 1, expected)
    first, first_prev, found_before = expected, prev, None if found is None else len(found)
    top = raw.execute("SELECT MAX(id) FROM audit WHERE id >= ?", (first,)).fetchone()[0]
    if top is None:
        return AuditCheck(True, expected - 1, notes=(prev,))
    # Taking the ids to be contiguous: fetch the hash and the canonical bytes of each record. Any problem, or a
    # count that does not reach the last id (a gap), is walked again below with the ids, to name it.
    text_sql = join_bytes(canonical_v2_parts(sep), 31) if join_bytes else canonical_v2_sql(sep)
    if spread is not None and join_bytes is not None and top - first + 1 >= spread_min:
        result = spread(raw, first, prev, top, text_sql, found)
        if result is not None:
            return result
    else:
        cur = raw.execute(f"SELECT hash, {text_sql} FROM audit WHERE id >= ? ORDER BY id", (first,))
        while True:
            batch = cur.fetchmany(CHUNK)
            if not batch:
                if expected - 1 == top:
                    return AuditCheck(True, top, notes=(prev,))
                break
            if not _check_batch(batch, prev, join_bytes is not None, found):
                break
            prev = batch[-1][0]
            expected += len(batch)
    expected, prev = first, first_prev
    if found is not None:
        del found[found_before:]
    cur = raw.execute(f"SELECT id, prev_hash, hash, {canonical_v2_sql(sep)} FROM audit WHERE id > ? ORDER BY id",
                      (expected - 1,))
    while True:
        batch = cur.fetchmany(CHUNK)
        if not batch:
            break
        for i, ph, h, text in batch:
            if i != expected:
                return _missing(expected - 1, expected)
            if ph != prev:
                return _unlinked(expected - 1, i)
            if sha(text.encode("utf-8")).hexdigest() != h:
                return _altered(expected - 1, i)
            if found is not None and (ROWS_MARK in text or SEP + COVERAGE + SEP in text):
                fields = text.split(SEP)
                found.append((i, fields[3], fields[6]))
            prev = h
            expected += 1
    return AuditCheck(True, expected - 1, notes=(prev,))


def _check_batch(batch: list[tuple], prev: str, as_bytes: bool, found: list | None) -> bool:
    """(hash, canonical text) rows of consecutive records after the one hashed `prev`: whether every record
    links to the one before and hashes as stored. Runs in C (hashes and comparisons over whole lists, no
    Python step per record). Records that may reference covered rows are added to ``found``."""
    try:
        joined = "".join(map(_FIRST, batch))
        stored = bytes.fromhex(joined)
    except (TypeError, ValueError):  # a hash that is not hex text: named by the caller's walk row by row
        return False
    # every stored hash exactly 64 lower-case hex digits, so the joined comparisons below are row by row
    if stored.hex() != joined or set(map(len, map(_FIRST, batch))) != {64}:
        return False
    texts = list(map(_SECOND, batch)) if as_bytes else list(map(_ENCODE, map(_SECOND, batch)))
    # each text ends with SEP + its prev_hash: the separator too, so a prev_hash with anything before the
    # right hash is not taken for it (no field holds SEP)
    if b"".join(map(_LAST_65, texts)) != (SEP + SEP.join([prev, *map(_FIRST, batch[:-1])])).encode("utf-8", "replace"):
        return False
    if b"".join(map(_DIGEST, map(hashlib.sha256, texts))) != stored:
        return False
    if found is not None:
        whole = b"".join(texts)
        if _ROWS_BYTES in whole or _COVERAGE_BYTES in whole:
            for text in texts:
                if _ROWS_BYTES in text or _COVERAGE_BYTES in text:
                    fields = text.split(SEP.encode())  # no field holds SEP (check_field)
                    found.append((int(fields[0]), fields[3].decode("utf-8"), fields[6].decode("utf-8")))
    return True


_ENCODE = methodcaller("encode", "utf-8")
COVERAGE = "audit.coverage"
ROWS_MARK = '"' + ROWS_KEY + '"'  # how the key appears in a record's JSON detail
_ROWS_BYTES = ROWS_MARK.encode()
_COVERAGE_BYTES = (SEP + COVERAGE + SEP).encode()
_DIGEST = methodcaller("digest")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_LAST_65 = itemgetter(slice(-65, None))


def _missing(count: int, expected: int) -> AuditCheck:
    return AuditCheck(False, count, expected, f"记录 {expected} 缺失（被删除）record {expected} missing (deleted)")


def _unlinked(count: int, i: int) -> AuditCheck:
    return AuditCheck(False, count, i, "前一记录哈希不符（前一记录被改动或删除）prev_hash does not match previous record")


def _altered(count: int, i: int) -> AuditCheck:
    return AuditCheck(False, count, i, "记录内容与哈希不符（被改动）record content altered")


def check_head(raw, count: int, tail_hash: str) -> AuditCheck | None:
    """The tail must be the head stored with the last write (a deleted or changed last record shows here)."""
    head = raw.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if head is not None and head[0] != f"{count}:{tail_hash}":
        head_id = int(head[0].split(":", 1)[0])
        return AuditCheck(False, count, count + 1 if head_id > count else head_id,
                          "链尾与记录的链头不符（末尾记录被删除或改动）chain tail does not match recorded head")
    if head is None and count:
        return AuditCheck(False, count, count, "链头记录缺失 audit head missing")
    return None


def record_at(raw, record_id: int, v2_from: int | None) -> tuple[str, str] | None:
    """(stored hash, recomputed hash) of one record, or None when it is missing."""
    r = raw.execute("SELECT id, ts, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit "
                    "WHERE id = ?", (record_id,)).fetchone()
    if r is None:
        return None
    version = 2 if v2_from is not None and r[0] >= v2_from else 1
    return r[8], record_hash(dict(zip(FIELDS, r[:8])), version)


# ---- covered rows ------------------------------------------------------------------------------------
def check_rows(raw, count: int, covered_flag: bool, found: list | None = None) -> AuditCheck | None:
    """Every covered row referenced by the chain must hash as recorded; every row after the legacy boundary
    must be referenced (a row slipped in beside the console is detected). ``found``: (id, action, detail) of
    the records that may reference rows, as the walk collected them (else they are read here)."""
    refs: dict[str, dict[int, tuple[str, int]]] = {t: {} for t in COVERED}
    legacy: dict[str, int] = {}
    active = covered_flag
    if found is None:
        found = raw.execute("SELECT id, action, detail FROM audit WHERE detail LIKE ? OR action = 'audit.coverage' "
                            "ORDER BY id", ('%"' + ROWS_KEY + '"%',)).fetchall()
    for rid, action, detail in found:
        try:
            d = json.loads(detail)
        except ValueError:
            continue
        if action == "audit.coverage":
            legacy = {t: int(n) for t, n in d.get("legacy_rows", {}).items()}
            active = True
        for t, hashes in (d.get(ROWS_KEY) or {}).items():
            if t in refs:
                active = True
                for row_id, h in hashes.items():
                    refs[t][int(row_id)] = (h, rid)
    if not active:
        return None
    for t in COVERED:
        cur = raw.execute(f"SELECT * FROM {t} ORDER BY id")
        names = [c[0] for c in cur.description]
        seen = set()
        for r in cur.fetchall():
            row = dict(zip(names, r))
            seen.add(row["id"])
            ref = refs[t].get(row["id"])
            if ref is None:
                if row["id"] > legacy.get(t, 0):
                    return AuditCheck(False, count, None, f"{t} 第 {row['id']} 行不在审计链中（在程序之外写入）"
                                                         f"row {t}#{row['id']} is not covered by the audit chain")
                continue
            if row_hash(row) != ref[0]:
                return AuditCheck(False, count, ref[1], f"{t} 第 {row['id']} 行与审计记录 #{ref[1]} 中的哈希不符"
                                                        f"（被改动）row {t}#{row['id']} altered")
        gone = sorted(set(refs[t]) - seen)
        if gone:
            rid = refs[t][gone[0]][1]
            return AuditCheck(False, count, rid, f"{t} 第 {gone[0]} 行已被删除（审计记录 #{rid}）"
                                                 f"row {t}#{gone[0]} deleted")
    return None


def new_rows(raw, table: str, after_id: int) -> list[dict]:
    cur = raw.execute(f"SELECT * FROM {table} WHERE id > ? ORDER BY id", (after_id,))
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def max_id(raw, table: str) -> int:
    return raw.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]


def anchor_text(store) -> str:
    """One line for every bulletin, PDF and export: the chain head at the time the document was made. Kept
    apart from the database, it lets a later reader detect a chain rewritten since (``audit verify``)."""
    head = store.audit_head()
    if head is None:
        return "审计链头 audit head: #0（尚无记录 no records）"
    return f"审计链头 audit head: #{head[0]} {head[1][:16]}"
