"""Check runs: every firm on the reduction list that has meter readings, compared over one warning span with
its baseline (console/reductions/baseline.py); the run, its per-firm figures and its ranked flags are stored
(append-only) and audited, so an inspection can point at a flag and the figures stay as they were found."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.admin import session
from console.common.clock import parse_local, to_iso, to_local
from console.common.errors import UserError
from console.measures import exemptions, ledger
from console.reductions import baseline as bl
from console.reductions.meters import WRITE_ROLES, hourly
from console.store import reductions as repo
from console.store.db import Store

LEVELS = ("yellow", "orange", "red")


def committed_pct(entry, level: str) -> float | None:
    """The load cut a firm committed to at `level`: the largest share of any pollutant's baseline emissions it
    promised to cut (cutting production cuts every pollutant alike, so the largest promise sets the cut)."""
    shares = [100 * entry.cuts[level][p] / entry.baseline[p] for p in ledger.POLLUTANTS if entry.baseline[p] > 0]
    return round(max(shares), 2) if shares else None


def rules_for(store: Store) -> bl.Rules:
    """The check rules of this database: 设置 → 减排核查 (defaults = bl.DEFAULT_RULES) and the holiday calendar."""
    from console.admin.settings import Settings, window_hours
    from console.reductions import holidays

    v = Settings(store).all()
    return bl.Rules(
        weekday_days=int(v["check_weekday_days"]), weekend_days=int(v["check_weekend_days"]),
        min_days=int(v["check_min_days"]), lookback_days=int(v["check_lookback_days"]),
        tolerance_pts=float(v["check_tolerance_pts"]), running_share=float(v["check_running_pct"]) / 100,
        off_share=float(v["check_off_pct"]) / 100, off_kw=float(v["check_off_kw"]),
        night_hours=window_hours(v["check_night_from"], v["check_night_to"]),
        day_hours=window_hours(v["check_day_from"], v["check_day_to"]),
        night_ratio=float(v["check_night_ratio"]), night_rise=float(v["check_night_rise"]),
    ).with_holidays(holidays.calendar(store))


def warning_spans(store: Store) -> list[tuple[datetime, datetime, str]]:
    """The warning spans on record (start, end, level); a level still in force ends now."""
    from console.episodes import level_intervals

    now = to_local(store.clock.now())
    return [(a, b or max(now, a), lv) for a, b, lv in level_intervals(store)]


def evaluate(store: Store, start: datetime, end: datetime, level: str, rules: bl.Rules | None = None
             ) -> list[bl.FirmResult]:
    """The figures and flags of every listed firm with readings, without storing anything (rules: the
    database's, `rules_for`, unless given)."""
    start, end = to_local(start), to_local(end)
    rules = rules or rules_for(store)
    if level not in LEVELS:
        raise UserError(f"级别 level {level!r}: 可选 yellow, orange, red")
    if not end > start:
        raise UserError("核查时段：结束时间应晚于开始时间 the span must end after it starts")
    excluded = bl.warning_days([(a, b) for a, b, _ in warning_spans(store)] + [(start, end)])
    series = hourly(store, start - timedelta(days=rules.lookback_days + 1), end)
    exempt = exemptions.exempt_codes(store, start)
    out = []
    for entry in ledger.entries(store):
        s = series.get(entry.code)
        if not s or not s.get("production"):
            continue
        out.append(bl.check_firm(entry.code, s["production"], s.get("control", {}), (start, end),
                                 committed_pct(entry, level), excluded, rules, entry.code in exempt))
    return out


@dataclass(frozen=True)
class CheckRun:
    id: int
    at: datetime
    by: str
    start: datetime
    end: datetime
    level: str
    firms: list[dict]
    flags: list[dict]  # ranked: {"id", "code", "kind", "score", "detail", "text"}


def run_check(store: Store, actor, start: datetime, end: datetime, level: str,
              rules: bl.Rules | None = None) -> CheckRun:
    """Evaluate and store one check run with its ranked flags (one transaction, one audit record)."""
    start, end = to_local(start), to_local(end)
    rules = rules or rules_for(store)
    results = evaluate(store, start, end, level, rules)
    if not results:
        raise UserError("没有可核查的企业：请先导入应急减排清单和电表数据 no listed firm has meter readings")
    return record(store, actor, WRITE_ROLES, start, end, level, rules, results)


def record(store: Store, actor, roles, start: datetime, end: datetime, level: str, rules: bl.Rules,
           results: list[bl.FirmResult], unless=None) -> CheckRun | None:
    """Store evaluated results as one run with its ranked flags: one transaction for an actor holding one of
    `roles`, one audit record (console/reductions/auto_checks.py records the system's runs through it). `unless()`,
    asked inside the write transaction (writers are serialised, so no other seat can slip in between): when true,
    nothing is stored and None is returned."""
    flagged = bl.ranked([(r.code, f) for r in results for f in r.flags])
    with session.authorized(store, actor, *roles):
        if unless is not None and unless():
            return None
        rid = repo.add_run(store, to_iso(store.clock.now()), actor.username, to_iso(start), to_iso(end), level,
                           params_json(rules, start, end), json.dumps([r.summary() for r in results],
                                                                      ensure_ascii=False))
        for code, f in flagged:
            repo.add_flag(store, rid, code, f.kind, f.score, json.dumps({**f.detail, "text": f.text},
                                                                        ensure_ascii=False))
        store.audit(actor.username, "reductions.check", "check_run", rid, {
            "span": [to_iso(start), to_iso(end)], "level": level, "firms": len(results),
            "flags": [[c, f.kind] for c, f in flagged]})
    return get_run(store, rid)


def params_json(rules: bl.Rules, start: datetime, end: datetime) -> str:
    """The rules of a run as stored: the holiday entries only from the lookback window to the span's end."""
    first = (start - timedelta(days=rules.lookback_days + 1)).date()
    kept = [h for h in rules.holidays if first.isoformat() <= h[0] <= end.date().isoformat()]
    return json.dumps({**rules.to_json(), "holidays": kept}, ensure_ascii=False)


def get_run(store: Store, run_id: int) -> CheckRun:
    r = repo.run(store, run_id)
    if r is None:
        raise UserError(f"核查 check run {run_id}: 不存在 does not exist")
    flags = []
    for f in repo.flags(store, run_id):
        detail = json.loads(f["detail"])
        flags.append({"id": f["id"], "code": f["code"], "kind": f["kind"], "score": f["score"],
                      "text": detail.pop("text", ""), "detail": detail})
    return CheckRun(r["id"], parse_local(r["at"]), r["by"], parse_local(r["span_start"]), parse_local(r["span_end"]),
                    r["level"], json.loads(r["results"]), flags)


def runs(store: Store) -> list[CheckRun]:
    return [get_run(store, r["id"]) for r in repo.runs(store)]


@dataclass(frozen=True)
class Chart:
    """One firm's span for the chart: hours with baseline and actual production load (kW)."""
    code: str
    start: datetime
    end: datetime
    hours: list[datetime]
    baseline: list[float | None]
    actual: list[float | None]
    control: list[float | None]


def chart(store: Store, code: str, start: datetime, end: datetime, rules: bl.Rules | None = None,
          margin: timedelta = timedelta(days=2)) -> Chart:
    """Baseline and actual load of one firm from `margin` before the span to `margin` after it."""
    start, end = to_local(start), to_local(end)
    rules = rules or rules_for(store)
    excluded = bl.warning_days([(a, b) for a, b, _ in warning_spans(store)] + [(start, end)])
    s = hourly(store, start - timedelta(days=rules.lookback_days + 1), end + margin, code).get(code, {})
    prod, ctrl = s.get("production", {}), s.get("control", {})
    hours = bl.span_hours(start - margin, end + margin)
    base = bl.baseline(prod, bl.span_hours(start, end), start, excluded, rules)
    return Chart(code, start, end, hours, [base.get(h) for h in hours], [prod.get(h) for h in hours],
                 [ctrl.get(h) for h in hours])


@dataclass(frozen=True)
class VerifiedTotal:
    """One pollutant over a check run: what the checked firms committed and what their meters show they achieved
    (t/a, scaled from the emissions on the list by the achieved load cut), what could not be verified (committed by
    listed, non-exempt firms without comparable meter data), and the share of the whole-society total verified."""
    pollutant: str
    label: str
    committed: float
    verified: float
    unverified: float
    society: float | None
    target_pct: float

    @property
    def verified_pct(self) -> float | None:
        return None if not self.society else 100 * self.verified / self.society


def verified_totals(store: Store, run: CheckRun, targets_pct: dict | None = None) -> list[VerifiedTotal]:
    """The run's flags and figures fed back into the list's totals (plan §4.3: ≥ 10/20/30 % per pollutant)."""
    entries = {e.code: e for e in ledger.entries(store)}
    exempt = exemptions.exempt_codes(store, run.start)
    checked = {f["code"]: f for f in run.firms if f["achieved_pct"] is not None}
    society = ledger.society_totals(store)
    out = []
    for p in ledger.POLLUTANTS:
        committed = verified = unverified = 0.0
        for code, e in entries.items():
            if code in exempt:
                continue
            cut = e.cuts[run.level][p]
            if code in checked:
                committed += cut
                share = min(max(checked[code]["achieved_pct"], 0.0), 100.0) / 100
                verified += e.baseline[p] * share
            else:
                unverified += cut
        out.append(VerifiedTotal(p, ledger.POLLUTANT_LABEL[p], round(committed, 4), round(verified, 4),
                                 round(unverified, 4), society[p],
                                 float((targets_pct or ledger.DEFAULT_TARGETS)[run.level])))
    return out
