"""The emergency emission-reduction list (应急减排清单, plan §4.3, §8.3): enterprises and sites with their
baseline emissions and the cut committed at each level; totals against the ≥10/20/30% targets of the
whole-society emissions; the quarter-end reminder to update the list.

Import is all-or-nothing: every row is checked first and up to 20 problems are reported with file and line;
a file replaces the list (entries missing from it are marked removed, kept), and importing the same file again
changes nothing. Whole-society totals are stored here (ledger_society) with an audited setter.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from console.admin import session
from console.admin.session import Actor
from console.common.clock import TZ, parse_local, to_iso, to_local
from console.common.errors import UserError
from console.measures.ledger_io import COLUMNS, LedgerEntry, read_entries, write_entries
from console.store import ledger as repo
from console.store.db import Store

#: who may change the list, its review and the whole-society totals (stated in the README's permissions table)
LEDGER_ROLES = ("duty_officer", "admin")
POLLUTANTS = ("so2", "nox", "pm", "vocs")
POLLUTANT_LABEL = {"so2": "SO2", "nox": "NOx", "pm": "PM", "vocs": "VOCs"}
LEVELS = ("yellow", "orange", "red")
DEFAULT_TARGETS = {"yellow": 10.0, "orange": 20.0, "red": 30.0}
__all__ = ["COLUMNS", "LedgerEntry", "ImportResult", "PollutantTotal", "import_file", "export_file", "entries",
           "totals", "set_society_total", "society_totals", "mark_reviewed", "last_update", "quarter_end_due",
           "quarter_reminder", "QuarterReminder"]


@dataclass
class ImportResult:
    source: str
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    update_id: int | None = None

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def summary(self) -> str:
        return (f"新增 {len(self.added)} 家，变更 {len(self.changed)} 家，移出 {len(self.removed)} 家，"
                f"未变 {self.unchanged} 家")


# ---- entries -----------------------------------------------------------------------------------------
def _row_to_entry(row: dict) -> LedgerEntry:
    v = json.loads(row["values_json"])
    return LedgerEntry(row["code"], row["name"], row["kind"], row["town"], row["industry"], row["grade"],
                       bool(row["leading"]), v["baseline"], v["cuts"])


def entries(store: Store, include_removed: bool = False) -> list[LedgerEntry]:
    return [_row_to_entry(r) for r in repo.entries(store, include_removed)]


def import_file(store: Store, path: str | Path, actor: Actor, towns: list[str] | None = None) -> ImportResult:
    """Validate the whole file (XLSX or CSV), then store it as the current list in one transaction, by the duty
    officer or an administrator (checked inside that transaction; a refusal is audited)."""
    if towns is None:
        from console.admin.settings import Settings

        towns = list(Settings(store).get("towns"))
    new = read_entries(Path(path), towns)
    result = ImportResult(str(path))
    with session.authorized(store, actor, *LEDGER_ROLES):
        by = actor.username
        current = {r["code"]: r for r in repo.all_entries(store)}  # read inside: what this import replaces
        for e in new:
            row = current.get(e.code)
            if row is None:
                result.added.append(e.code)
            elif not row["active"] or _row_to_entry(row) != e:
                result.changed.append(e.code)
            else:
                result.unchanged += 1
        codes = {e.code for e in new}
        result.removed = [c for c, r in current.items() if r["active"] and c not in codes]
        if not result:
            return result
        now = to_iso(store.clock.now())
        old = {c: _row_to_entry(current[c]).to_json() for c in result.changed}
        result.update_id = repo.add_update(
            store, now, by, Path(path).name, len(result.added), len(result.changed), len(result.removed),
            json.dumps({"added": result.added, "changed": result.changed, "removed": result.removed},
                       ensure_ascii=False))
        for e in new:
            if e.code in result.added or e.code in result.changed:
                repo.put_entry(store, (e.code, e.name, e.kind, e.town, e.industry, e.grade, int(e.leading),
                                       json.dumps({"baseline": e.baseline, "cuts": e.cuts}, sort_keys=True), 1,
                                       now, result.update_id))
        for code in result.removed:
            repo.remove_entry(store, code, now, result.update_id)
        store.audit(by, "ledger.import", "ledger", str(result.update_id), {
            "source": str(path), "added": result.added, "changed": result.changed, "removed": result.removed,
            "previous": old})
    return result


def export_file(store: Store, path: str | Path) -> Path:
    return write_entries(Path(path), entries(store))


def mark_reviewed(store: Store, actor: Actor, note: str = "") -> int:
    """The quarterly review found nothing to change: recorded as an update of the list (stops the reminder)."""
    with session.authorized(store, actor, *LEDGER_ROLES):
        by = actor.username
        uid = repo.add_update(store, to_iso(store.clock.now()), by, "review", 0, 0, 0,
                              json.dumps({"note": note}, ensure_ascii=False))
        store.audit(by, "ledger.review", "ledger", str(uid), {"note": note})
    return uid


def last_update(store: Store) -> datetime | None:
    at = repo.last_update_at(store)
    return parse_local(at) if at else None


# ---- whole-society totals and targets ---------------------------------------------------------------------
def society_totals(store: Store) -> dict[str, float | None]:
    stored = repo.society_totals(store)
    return {p: stored.get(p) for p in POLLUTANTS}


def set_society_total(store: Store, pollutant: str, total_tpa: float, actor: Actor) -> tuple[float | None, float]:
    """The whole-society emissions of one pollutant (t/a), against which the 10/20/30% targets are set."""
    p = str(pollutant).strip().lower()
    if p not in POLLUTANTS:
        raise UserError(f"污染物 pollutant {pollutant!r}: 可选 choose one of SO2, NOx, PM, VOCs")
    try:
        v = float(total_tpa)
    except (TypeError, ValueError):
        raise UserError(f"{POLLUTANT_LABEL[p]} 全社会排放量: 不是数字 not a number: {total_tpa!r}") from None
    if not v > 0:
        raise UserError(f"{POLLUTANT_LABEL[p]} 全社会排放量: 应大于 0 must be > 0")
    with session.authorized(store, actor, *LEDGER_ROLES):
        old = society_totals(store)[p]
        if old == v:
            return old, v
        repo.put_society_total(store, p, v, to_iso(store.clock.now()), actor.username)
        store.audit(actor.username, "ledger.society_total", "ledger_society", p, {"old": old, "new": v})
    return old, v


@dataclass(frozen=True)
class PollutantTotal:
    pollutant: str
    label: str
    baseline: float
    cut: float
    exempt_cut: float
    society: float | None
    target_pct: float
    target_t: float | None
    pct: float | None
    met: bool | None  # None: whole-society total not set

    @property
    def verdict_zh(self) -> str:
        if self.met is None:
            return "未设置全社会排放量"
        return "达标" if self.met else "未达标"


def totals(store: Store, level: str, *, targets_pct: dict | None = None, at: datetime | None = None
           ) -> list[PollutantTotal]:
    """Committed cuts at `level` per pollutant (exempt enterprises' cuts left out) against the target."""
    from console.measures.exemptions import exempt_codes

    if level not in LEVELS:
        raise UserError(f"级别 level {level!r}: 可选 yellow, orange, red")
    pct_target = float((targets_pct or DEFAULT_TARGETS)[level])
    exempt = exempt_codes(store, at)
    society = society_totals(store)
    out = []
    for p in POLLUTANTS:
        base = cut = ex = 0.0
        for e in entries(store):
            base += e.baseline[p]
            if e.code in exempt:
                ex += e.cuts[level][p]
            else:
                cut += e.cuts[level][p]
        total = society[p]
        target_t = None if total is None else total * pct_target / 100
        pct = None if total is None else 100 * cut / total
        met = None if total is None else cut >= target_t - 1e-9
        out.append(PollutantTotal(p, POLLUTANT_LABEL[p], round(base, 4), round(cut, 4), round(ex, 4), total,
                                  pct_target, target_t, pct, met))
    return out


# ---- quarter-end reminder (pure) ------------------------------------------------------------------------
@dataclass(frozen=True)
class QuarterReminder:
    due: bool
    quarter_label: str
    quarter_end: date
    window_start: datetime

    def text(self) -> str:
        return (f"{self.quarter_label}末（{self.quarter_end:%m月%d日}）应更新应急减排清单"
                if self.due else f"{self.quarter_label}清单已更新")


def _quarter_end(d: date) -> date:
    q_last_month = ((d.month - 1) // 3 + 1) * 3
    nxt = date(d.year + (q_last_month == 12), q_last_month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def quarter_reminder(now: datetime, last_update: datetime | None, lead_days: int = 10) -> QuarterReminder:
    """The list is updated at the end of every quarter (§8.3): a reminder is due from `lead_days` before the
    quarter ends until an update is recorded; an update inside that window settles the quarter."""
    now = to_local(now)
    end = _quarter_end(now.date())
    start = datetime.combine(end - timedelta(days=lead_days - 1), time(0), TZ)
    if now < start:
        end = date(now.year, (now.month - 1) // 3 * 3 + 1, 1) - timedelta(days=1)  # previous quarter
        start = datetime.combine(end - timedelta(days=lead_days - 1), time(0), TZ)
    label = f"{end.year}年第{(end.month - 1) // 3 + 1}季度"
    due = last_update is None or to_local(last_update) < start
    return QuarterReminder(due, label, end, start)


def quarter_end_due(now: datetime, last_update: datetime | None, lead_days: int = 10) -> bool:
    """True when the quarter-end update of the list is due and not yet done (pure; for the scheduler)."""
    return quarter_reminder(now, last_update, lead_days).due
