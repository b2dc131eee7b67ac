"""Importing meter files (all-or-nothing, audited) and reading a firm's hourly load back."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from console.admin import session
from console.common.clock import parse_local, to_iso
from console.measures import ledger
from console.reductions import baseline as bl
from console.reductions import hour_cache
from console.reductions.meter_io import Reading, read_readings
from console.store import reductions as repo
from console.store.db import Store

WRITE_ROLES = ("duty_officer", "deputy_head", "bureau_head", "admin")


@dataclass(frozen=True)
class MeterImport:
    source: str
    rows: int
    added: int
    changed: int
    unchanged: int
    firms: tuple[str, ...]
    import_id: int | None

    def summary(self, lang: str = "zh") -> str:
        """What the import did, in the interface language ("zh" or "en")."""
        if lang == "en":
            return (f"{len(self.firms)} firms, {self.rows} readings: added {self.added}, corrected {self.changed}, "
                    f"unchanged {self.unchanged}")
        return (f"{len(self.firms)} 家企业，读数 {self.rows} 条：新增 {self.added}，更正 {self.changed}，"
                f"未变 {self.unchanged}")


def import_file(store: Store, actor, path: str | Path) -> MeterImport:
    """Validate the whole file against the reduction list, then store it in one audited transaction. A reading
    of the same meter and time replaces the earlier one (counted as corrected); the same file again changes
    nothing and writes nothing."""
    path = Path(path)
    codes = {e.code for e in ledger.entries(store)}
    readings = read_readings(path, codes)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    by_firm: dict[str, list[Reading]] = {}
    for r in readings:
        by_firm.setdefault(r.code, []).append(r)
    with session.authorized(store, actor, *WRITE_ROLES):
        added = changed = 0
        rows = []
        for code, rs in by_firm.items():
            have = repo.existing_readings(store, code, to_iso(min(r.at for r in rs)), to_iso(max(r.at for r in rs)))
            for r in rs:
                old = have.get((r.meter, to_iso(r.at)))
                if old is None:
                    added += 1
                elif abs(old - r.kw) > 1e-9:
                    changed += 1
                else:
                    continue
                rows.append(r)
        result = MeterImport(str(path), len(readings), added, changed, len(readings) - added - changed,
                             tuple(sorted(by_firm)), None)
        if not rows:
            return result
        iid = repo.add_import(store, to_iso(store.clock.now()), actor.username, path.name, digest, len(readings),
                              added, changed)
        repo.put_readings(store, [(r.code, r.meter, r.kind, to_iso(r.at), r.minutes, r.kw, iid) for r in rows])
        store.audit(actor.username, "meters.import", "meter_import", iid, {
            "source": str(path), "sha256": digest, "rows": len(readings), "added": added, "changed": changed,
            "firms": list(result.firms)})
    return MeterImport(result.source, result.rows, added, changed, result.unchanged, result.firms, iid)


def hourly(store: Store, first: datetime, last: datetime, code: str | None = None
           ) -> dict[str, dict[str, dict[datetime, float]]]:
    """{code: {"production"|"control": {hour: kW}}} from the readings with first <= at < last (the hourly means
    are kept between calls: console/reductions/hour_cache.py)."""
    return hour_cache.hourly(store, first, last, code)


def hourly_uncached(store: Store, first: datetime, last: datetime, code: str | None = None
                    ) -> dict[str, dict[str, dict[datetime, float]]]:
    """hourly() computed from the readings afresh (what the cache must equal; tests compare the two)."""
    meters: dict[str, dict[str, dict[str, list]]] = {}
    for r in repo.readings(store, to_iso(first), to_iso(last), code):
        meters.setdefault(r["code"], {}).setdefault(r["kind"], {}).setdefault(r["meter"], []).append(
            (parse_local(r["at"]), r["kw"]))
    return {c: {kind: bl.firm_hours({m: bl.meter_hours(rs) for m, rs in ms.items()}) for kind, ms in kinds.items()}
            for c, kinds in meters.items()}


def reading_range(store: Store) -> tuple[datetime | None, datetime | None, int]:
    first, last, n = repo.reading_range(store)
    return (parse_local(first) if first else None, parse_local(last) if last else None, n)
