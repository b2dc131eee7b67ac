"""The baseline and the curtailment checks, pure (no store, no clock): hourly series in, results and flags out.

Hourly series: each meter's readings of one clock hour are averaged (four 15-min readings, or one hourly one)
into that hour's mean kW; a firm's production (or control) load in an hour is the sum over its meters of that
kind, counted only when every such meter has a reading in that hour.

Baseline (CalTRACK-style, the "N most recent comparable days" rule used to verify demand response): for each
hour of the warning span, the mean load of the same clock hour on the N most recent earlier days that
- come before the day the span starts,
- are of the same day type: working days (Monday–Friday and the 调休 working weekends, 班) or rest days
  (Saturday–Sunday and the public holidays, 休) — the holiday calendar is `Rules.holidays`
  (console/reductions/holidays.py),
- overlap no warning at all (any level, any episode, and not the span itself), and
- have a value at that hour;
N = 10 for working days, 4 for rest days, looking back at most 60 days. With fewer than 3 such days the hour
has no baseline and is left out of the comparison.

Achieved cut = 100 × (baseline kWh − actual kWh) / baseline kWh over the span's hours that have both.
Flags:
- not_cut: achieved cut below the committed cut by more than 5 percentage points; score = kWh not cut;
- control_off: hours in which production runs (≥ 30 % of its baseline) while the control meters read
  ≈ 0 (≤ 5 % of their baseline, or ≤ 1 kW); score = such hours;
- night_shift: production at night (22:00–06:00) averages ≥ 1.5 × the day's (08:00–20:00) during the span and
  ≥ 1.2 × its own night baseline (work moved to the night); score = night kWh above the baseline.
"""
from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta

from console.common.clock import to_local

NOT_CUT, CONTROL_OFF, NIGHT_SHIFT = "not_cut", "control_off", "night_shift"
FLAG_ORDER = (CONTROL_OFF, NOT_CUT, NIGHT_SHIFT)  # the ranking: direct evidence first, then the size
FLAG_ZH = {NOT_CUT: "负荷未按承诺削减", CONTROL_OFF: "生产时治污设施停运", NIGHT_SHIFT: "夜间生产远高于白天"}


@dataclass(frozen=True)
class Rules:
    weekday_days: int = 10
    weekend_days: int = 4
    min_days: int = 3
    lookback_days: int = 60
    tolerance_pts: float = 5.0
    running_share: float = 0.30
    off_share: float = 0.05
    off_kw: float = 1.0
    night_hours: tuple = (22, 23, 0, 1, 2, 3, 4, 5)
    day_hours: tuple = tuple(range(8, 20))
    night_ratio: float = 1.5
    night_rise: float = 1.2
    holidays: tuple = ()  # (("YYYY-MM-DD", "休"|"班"), ...): the day types that differ from the weekday rule

    def to_json(self) -> dict:
        return asdict(self)

    @functools.cached_property
    def _calendar(self) -> dict[date, str]:
        return {date.fromisoformat(d): k for d, k in self.holidays}

    def rest_day(self, d: date) -> bool:
        """A rest day: a public holiday (休), or a Saturday/Sunday that is not a 调休 working day (班)."""
        kind = self._calendar.get(d)
        return kind == "休" if kind is not None else d.weekday() >= 5

    def with_holidays(self, calendar: dict[date, str], first: date | None = None, last: date | None = None
                      ) -> "Rules":
        """These rules with the calendar's entries (optionally only those from `first` to `last`)."""
        kept = tuple(sorted((d.isoformat(), k) for d, k in calendar.items()
                            if (first is None or d >= first) and (last is None or d <= last)))
        return replace(self, holidays=kept)


DEFAULT_RULES = Rules()


def hour_of(t: datetime) -> datetime:
    return to_local(t).replace(minute=0, second=0, microsecond=0)


def meter_hours(readings) -> dict[datetime, float]:
    """[(at, kW)] of one meter → {hour: mean kW}."""
    acc: dict[datetime, list[float]] = {}
    for at, kw in readings:
        acc.setdefault(hour_of(at), []).append(kw)
    return {h: sum(v) / len(v) for h, v in acc.items()}


def firm_hours(meters: dict[str, dict[datetime, float]]) -> dict[datetime, float]:
    """{meter: {hour: kW}} of one kind → {hour: total kW}, only hours where every meter has a value."""
    if not meters:
        return {}
    if len(meters) == 1:  # most firms have one meter of a kind: its hours as they are (0 + v is what sum() gives)
        (only,) = meters.values()
        return {h: 0 + only[h] for h in sorted(only)}
    common = set.intersection(*(set(m) for m in meters.values()))
    return {h: sum(m[h] for m in meters.values()) for h in sorted(common)}


def is_weekend(d: date) -> bool:
    return d.weekday() >= 5


def warning_days(intervals) -> set[date]:
    """Every calendar day that any [start, end) warning interval touches."""
    days: set[date] = set()
    for a, b, *_ in intervals:
        a, b = to_local(a), to_local(b)
        d = a.date()
        last = (b - timedelta(microseconds=1)).date() if b > a else a.date()
        while d <= last:
            days.add(d)
            d += timedelta(days=1)
    return days


def baseline_days(series: dict[datetime, float], hour: datetime, span_start: datetime, excluded: set[date],
                  rules: Rules) -> list[date]:
    """The comparable days whose same clock hour makes the baseline of `hour` (most recent first)."""
    hour = to_local(hour)
    rest = rules.rest_day(hour.date())
    n = rules.weekend_days if rest else rules.weekday_days
    first = to_local(span_start).date()
    out = []
    for back in range(1, rules.lookback_days + 1):
        d = first - timedelta(days=back)
        if rules.rest_day(d) != rest or d in excluded:
            continue
        if hour.replace(year=d.year, month=d.month, day=d.day) in series:
            out.append(d)
            if len(out) == n:
                break
    return out


def baseline(series: dict[datetime, float], hours: list[datetime], span_start: datetime, excluded: set[date],
             rules: Rules) -> dict[datetime, float]:
    """{hour: baseline kW} for the hours that have at least rules.min_days comparable days."""
    out = {}
    first = to_local(span_start).date()
    candidates: dict[bool, list[date]] = {}  # rest day or not -> the comparable days, most recent first
    for h in hours:
        local = to_local(h)
        rest = rules.rest_day(local.date())
        if rest not in candidates:  # the same for every hour of the span (baseline_days, done once per day type)
            back = (first - timedelta(days=b) for b in range(1, rules.lookback_days + 1))
            candidates[rest] = [d for d in back if rules.rest_day(d) == rest and d not in excluded]
        n = rules.weekend_days if rest else rules.weekday_days
        days = []
        for d in candidates[rest]:
            if local.replace(year=d.year, month=d.month, day=d.day) in series:
                days.append(d)
                if len(days) == n:
                    break
        if len(days) >= rules.min_days:
            vals = [series[h.replace(year=d.year, month=d.month, day=d.day)] for d in days]
            out[h] = sum(vals) / len(vals)
    return out


def span_hours(start: datetime, end: datetime) -> list[datetime]:
    """Clock hours that start inside [start, end)."""
    h = hour_of(start)
    if h < to_local(start):
        h += timedelta(hours=1)
    out = []
    while h < to_local(end):
        out.append(h)
        h += timedelta(hours=1)
    return out


@dataclass
class Flag:
    kind: str
    score: float
    detail: dict
    text: str


@dataclass
class FirmResult:
    code: str
    committed_pct: float | None
    exempt: bool = False
    baseline_kwh: float = 0.0
    actual_kwh: float = 0.0
    hours_compared: int = 0
    achieved_pct: float | None = None
    flags: list[Flag] = field(default_factory=list)
    note: str = ""

    def summary(self) -> dict:
        return {"code": self.code, "committed_pct": self.committed_pct, "exempt": self.exempt,
                "baseline_kwh": round(self.baseline_kwh, 3), "actual_kwh": round(self.actual_kwh, 3),
                "hours": self.hours_compared, "achieved_pct": None if self.achieved_pct is None
                else round(self.achieved_pct, 2), "flags": [f.kind for f in self.flags], "note": self.note}


def check_firm(code: str, production: dict[datetime, float], control: dict[datetime, float],
               span: tuple[datetime, datetime], committed_pct: float | None, excluded: set[date],
               rules: Rules | None = None, exempt: bool = False) -> FirmResult:
    """Compare one firm's span with its baseline and raise the flags (see the module docstring)."""
    rules = rules or DEFAULT_RULES
    start, end = span
    hours = span_hours(start, end)
    res = FirmResult(code, committed_pct, exempt)
    base = baseline(production, hours, start, excluded, rules)
    both = [h for h in hours if h in base and h in production]
    res.hours_compared = len(both)
    if not both:
        res.note = "无可比数据（预警期间无读数，或可比的非预警日不足）no comparable data"
        return res
    res.baseline_kwh = sum(base[h] for h in both)
    res.actual_kwh = sum(production[h] for h in both)
    if res.baseline_kwh > 0:
        res.achieved_pct = 100 * (res.baseline_kwh - res.actual_kwh) / res.baseline_kwh
    if committed_pct and not exempt and res.achieved_pct is not None \
            and res.achieved_pct < committed_pct - rules.tolerance_pts:
        short = (committed_pct - res.achieved_pct) / 100 * res.baseline_kwh
        res.flags.append(Flag(NOT_CUT, round(short, 3), {
            "committed_pct": round(committed_pct, 2), "achieved_pct": round(res.achieved_pct, 2),
            "baseline_kwh": round(res.baseline_kwh, 3), "actual_kwh": round(res.actual_kwh, 3)},
            f"承诺削减 {committed_pct:.0f}%，实际 {res.achieved_pct:.1f}%，少削减 {short:,.0f} kWh"))
    if control:
        cbase = baseline(control, hours, start, excluded, rules)
        off = []
        for h in both:
            if h in control and production[h] >= rules.running_share * base[h] and base[h] > 0:
                limit = max(rules.off_kw, rules.off_share * cbase.get(h, 0.0))
                if control[h] <= limit:
                    off.append(h)
        if off:
            res.flags.append(Flag(CONTROL_OFF, float(len(off)), {
                "hours": [h.isoformat() for h in off], "first": off[0].isoformat()},
                f"生产运行时治污用电≈0 共 {len(off)} 小时（首次 {off[0]:%m-%d %H:%M}）"))
    night = [h for h in both if h.hour in rules.night_hours]
    day = [h for h in both if h.hour in rules.day_hours]
    if night and day:
        n_act = sum(production[h] for h in night) / len(night)
        d_act = sum(production[h] for h in day) / len(day)
        n_base = sum(base[h] for h in night) / len(night)
        if n_act >= rules.night_ratio * d_act and n_act >= rules.night_rise * n_base and n_act > 0:
            excess = sum(production[h] - base[h] for h in night)
            res.flags.append(Flag(NIGHT_SHIFT, round(max(excess, 0.0), 3), {
                "night_kw": round(n_act, 3), "day_kw": round(d_act, 3), "night_baseline_kw": round(n_base, 3)},
                f"夜间平均 {n_act:,.0f} kW，白天 {d_act:,.0f} kW，夜间基线 {n_base:,.0f} kW"))
    return res


def ranked(flags: list[tuple[str, Flag]]) -> list[tuple[str, Flag]]:
    """(code, flag) ranked: control off first, then load not cut, then night shift; larger score first."""
    return sorted(flags, key=lambda cf: (FLAG_ORDER.index(cf[1].kind), -cf[1].score, cf[0]))
