"""What each board task stands at, at time `now`: done/required for the current period of a recurring duty,
periods that ended short (missed, kept as such) and overdue. Pure reads: nothing here writes.

Periods (local time, Asia/Shanghai): per_half_day 00:00–12:00 and 12:00–24:00; per_day the calendar day;
daily_window the calendar day, confirmed before the window closes (18:00 for petrol stations).
A recurring duty of one unit is counted across its replacement chain (III-D3 → II-D2 → I-D2): rounds done
before an upgrade count toward the stricter requirement of the same half-day, and the requirement of a period
is that of the measure in force when the period ends.

(reading) A period is judged (can be missed) only when it is complete and the duty is still in force at its end.
A duty in force for at least half of the period owes the full count; in force for less, the count in proportion
to the time in force, rounded down (started at 08:00, the morning owes 1 of 4; started at 23:00, nothing).
Every period judged short is listed as missed (缺漏时段), not only the last one.
A current period is "at risk" (有风险) when its end is less than AT_RISK_HOURS away and fewer rounds than required
are recorded, so the liaison can still act before the half-day ends. RULE_ZH is the rule, shown where it applies.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from console.common.clock import parse_local, to_local
from console.measures.board import default_catalog, get_board, temperatures
from console.measures.board import events as board_events
from console.measures.board import tasks as board_tasks
from console.measures.periods import Period, period_at
from console.plan.catalog import Catalog
from console.store.db import Store

MIN_COVERAGE = 0.5
AT_RISK_HOURS = 2.0
RULE_ZH = {
    "per_half_day": "判定规则：每半天（0–12 时、12–24 时）为一个时段，时段结束时记录次数少于要求即为缺漏；时段结束前 {h:g} "
                    "小时仍未达到要求次数即提示“有风险”。措施生效不足半个时段的，按生效时长折算要求次数（向下取整）。",
    "per_day": "判定规则：每日（0–24 时）为一个时段，当日结束时记录次数少于要求即为缺漏；结束前 {h:g} 小时仍未达到要求即提示"
               "“有风险”。是否要求作业以当日录入的气温为准。措施生效不足半日的，按生效时长折算要求次数（向下取整）。",
    "daily_window": "判定规则：每日须在确认时段结束前确认一次，逾时未确认即为缺漏；结束前 {h:g} 小时仍未确认即提示“有风险”。",
}
STATE_ZH = {"open": "待办", "done": "已完成", "replaced": "已替代", "withdrawn": "不再执行"}
#: What a task shows (TaskStatus.state_code -> Chinese); the widgets show the same codes in either language.
SHOWN_STATE_ZH = {**STATE_ZH, "overdue": "逾期", "at_risk": "有风险", "no_temperature": "气温未录入",
                  "not_required": "本时段不要求", "period_done": "本时段已完成", "in_progress": "进行中"}


@dataclass(frozen=True)
class Counter:
    label: str
    done: int
    required: int | None  # None: unknown (temperature not entered)


@dataclass(frozen=True)
class Missed:
    label: str
    counters: tuple[Counter, ...]

    def text(self) -> str:
        return self.label + " " + "，".join(f"{c.label}{c.done}/{c.required}" for c in self.counters)


@dataclass
class TaskStatus:
    task_id: int
    episode_id: str
    measure_id: str
    unit: str
    unit_kind: str
    level_introduced: str
    category: str
    category_zh: str
    text: str
    state: str
    replaced_by: str | None
    recurring_kind: str | None = None
    period_label: str = ""
    counters: tuple[Counter, ...] = ()
    note: str = ""
    missed: tuple[Missed, ...] = ()
    overdue: bool = False
    at_risk: bool = False  # the current period ends within AT_RISK_HOURS and is still short
    overdue_since: datetime | None = None  # when the period that made it overdue fell due (stable over time)
    last: dict | None = None
    history: list[dict] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return self.state in ("open", "done")

    @property
    def done(self) -> bool:
        """One-off: checked. Recurring: every counter of the current period met (or nothing required)."""
        if self.recurring_kind is None:
            return self.state == "done"
        return self.active and all(c.required is not None and c.done >= c.required for c in self.counters)

    @property
    def progress(self) -> tuple[int, int]:
        """(done, required) for a progress bar; one-off tasks are 0/1 or 1/1."""
        if self.recurring_kind is None:
            return (1 if self.state == "done" else 0, 1)
        req = sum(c.required or 0 for c in self.counters)
        return (min(sum(min(c.done, c.required or 0) for c in self.counters), req), req)

    @property
    def state_code(self) -> str:
        """What the task shows: its state, or for an active one overdue / at risk / the recurring period's state."""
        if not self.active:
            return self.state
        if self.overdue:
            return "overdue"
        if self.at_risk:
            return "at_risk"
        if self.recurring_kind is None:
            return self.state
        if self.counters and any(c.required is None for c in self.counters):
            return "no_temperature"
        if not self.counters:
            return "not_required"
        return "period_done" if self.done else "in_progress"

    @property
    def state_zh(self) -> str:
        return SHOWN_STATE_ZH[self.state_code]

    @property
    def rule_zh(self) -> str:
        """How a period of this recurring duty is judged (empty for a one-off measure)."""
        text = RULE_ZH.get(self.recurring_kind or "", "")
        return text.format(h=AT_RISK_HOURS) if text else ""

    @property
    def counts_text(self) -> str:
        if self.recurring_kind is None or not self.active:
            return ""
        if not self.counters:
            return self.note
        return "；".join(f"{c.label} {c.done}/{'?' if c.required is None else c.required}" for c in self.counters)


# ---- periods (console.measures.periods) ------------------------------------------------------------
def _required(rec: dict, p: Period, temps: dict[str, float]) -> tuple[dict[str, int] | None, str]:
    """{counter: required}, or None when unknown; plus a note."""
    kind = rec["kind"]
    if kind == "per_half_day":
        return {"main": int(rec["count"])}, ""
    if kind == "daily_window":
        return {"main": 1}, ""
    cond = (rec.get("condition") or {}).get("min_temp_c")
    req = {"main": int(rec["count"])}
    if rec.get("extra"):
        req["extra"] = int(rec["extra"]["count"])
    if cond is None:
        return req, ""
    t = temps.get(p.start.date().isoformat())
    if t is None:
        return None, f"{p.label}气温未录入，无法判断是否要求（>{cond:g}℃ 时要求）"
    if t > cond:
        return req, f"{p.label}气温 {t:g}℃ > {cond:g}℃，要求作业"
    return {}, f"{p.label}气温 {t:g}℃ ≤ {cond:g}℃，不要求"


def _labels(rec: dict) -> dict[str, str]:
    if rec["kind"] == "daily_window":
        return {"main": "确认" + rec.get("action", "")}
    out = {"main": rec.get("action", "作业")}
    if rec.get("extra"):
        out["extra"] = rec["extra"].get("action", "附加")
    return out


def _overlap(segs: list[tuple[datetime, datetime]], a: datetime, b: datetime) -> float:
    return sum(max(0.0, (min(e, b) - max(s, a)).total_seconds()) for s, e in segs)


# ---- status -------------------------------------------------------------------------------------------
def status(store: Store, episode_id: str, now: datetime | None = None, *,
           catalog: Catalog | None = None) -> list[TaskStatus]:
    """Every task of the episode's board (in board order) as it stands at `now`."""
    cat = default_catalog(catalog)
    board = get_board(store, str(episode_id))
    if board is None:
        return []
    now = to_local(now or store.clock.now())
    closed = parse_local(board["closed_at"]) if board["closed_at"] else None
    horizon = min(now, closed) if closed else now
    rows = board_tasks(store, episode_id)
    evs = board_events(store, episode_id)
    undone = {e["ref_event"] for e in evs if e["kind"] == "undo"}
    temps = temperatures(store)
    segs: dict[int, list[list]] = defaultdict(list)
    per_task: dict[int, list[dict]] = defaultdict(list)
    for e in evs:
        if e["task_id"] is None:
            continue
        per_task[e["task_id"]].append(e)
        at = parse_local(e["at"])
        if e["kind"] in ("added", "restored"):
            segs[e["task_id"]].append([at, None])
        elif e["kind"] in ("replaced", "withdrawn") and segs[e["task_id"]]:
            segs[e["task_id"]][-1][1] = at

    out: list[TaskStatus] = []
    chains: dict[tuple[str, str], list[TaskStatus]] = defaultdict(list)
    for t in rows:
        m = cat.measures_by_id[t["measure_id"]]
        st = TaskStatus(t["id"], t["episode_id"], m.id, t["unit"], t["unit_kind"], m.level_introduced, m.category,
                        m.category_zh, m.text, t["state"], t["replaced_by"],
                        recurring_kind=(m.recurring or {}).get("kind"), history=per_task.get(t["id"], []))
        live = [e for e in st.history if e["kind"] in ("check", "count") and e["id"] not in undone]
        st.last = live[-1] if live else None
        if not st.active and st.replaced_by:
            st.note = f"已由 {st.replaced_by} 加严替代"
        out.append(st)
        if m.recurring:
            chains[(t["unit"], t["chain"])].append(st)

    for members in chains.values():
        _chain_status(members, segs, per_task, undone, temps, now, horizon, closed, cat)
    return out


def _chain_status(members, segs, per_task, undone, temps, now, horizon, closed, cat) -> None:
    spans: list[tuple[datetime, datetime, dict]] = []
    for st in members:
        rec = cat.measures_by_id[st.measure_id].recurring
        for s, e in segs.get(st.task_id, []):
            spans.append((s, e or closed or datetime.max.replace(tzinfo=now.tzinfo), rec))
    if not spans:
        return
    spans.sort(key=lambda x: x[0])
    counts = [(parse_local(e["at"]), e["counter"] or "main", e["n"] or 0)
              for st in members for e in per_task.get(st.task_id, [])
              if e["kind"] == "count" and e["id"] not in undone]
    head = next((st for st in members if st.active), None)
    base = spans[0][2]
    plain = [(s, e) for s, e, _ in spans]

    def in_force(at: datetime) -> dict | None:
        found = [rec for s, e, rec in spans if s <= at < e]
        return found[-1] if found else None

    missed: list[Missed] = []
    last_judged: bool | None = None
    last_due: datetime | None = None
    current = None
    p = period_at(base, spans[0][0])
    while p.start <= horizon and (closed is None or p.start < closed):
        eps = p.due - timedelta(seconds=1)
        rec = in_force(min(eps, horizon)) or base
        req, note = _required(rec, p, temps)
        labels = _labels(rec)
        done = {c: sum(n for at, cc, n in counts if cc == c and p.start <= at < min(p.due, p.end))
                for c in labels}
        if p.start <= now < p.end and closed is None:
            length = (p.due - p.window_start).total_seconds()
            cover = _overlap(plain, p.window_start, p.due) / length if length > 0 else 1.0
            owed = req  # as it will be judged (if the duty stays in force to the end)
            if req and cover < MIN_COVERAGE:
                owed = {c: int(r * cover) for c, r in req.items()}
            current = (p, rec, req, note, labels, done, owed)
        elif p.due <= horizon:
            length = (p.due - p.window_start).total_seconds()
            cover = _overlap(plain, p.window_start, p.due) / length if length > 0 else 0.0
            if req and cover < MIN_COVERAGE:  # in force for part of the period: the count in proportion
                req = {c: int(r * cover) for c, r in req.items() if int(r * cover) > 0}
            judged = in_force(eps) is not None and length > 0 and req
            if judged:
                short = any(done[c] < r for c, r in req.items())
                if short:
                    missed.append(Missed(p.label, tuple(Counter(labels[c], done[c], r) for c, r in req.items())))
                last_judged, last_due = short, p.due
        p = period_at(base, p.end)
    if head is None:
        return
    head.missed = tuple(missed)
    head.overdue = bool(last_judged)
    head.overdue_since = last_due if head.overdue else None
    if current:
        p, rec, req, note, labels, done, owed = current
        head.period_label = p.label
        head.note = note
        if req is None:
            head.counters = tuple(Counter(labels[c], done[c], None) for c in labels)
        else:
            head.counters = tuple(Counter(labels[c], done[c], r) for c, r in req.items())
        met = req is not None and all(done[c] >= r for c, r in req.items())
        if met:
            head.overdue = False  # caught up in the current period; the miss stays recorded
            head.overdue_since = None
        if p.kind == "daily_window" and now >= p.due and req and not met:
            head.overdue = True
            head.overdue_since = head.overdue_since or p.due
        elif (owed and any(done[c] < r for c, r in owed.items()) and now < p.due
              and p.due - now <= timedelta(hours=AT_RISK_HOURS)):
            head.at_risk = True


@dataclass
class UnitSummary:
    unit: str
    unit_kind: str
    total: int = 0
    done: int = 0
    overdue: int = 0
    replaced: int = 0

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100


def unit_summaries(statuses: list[TaskStatus], order: list[str] | None = None) -> list[UnitSummary]:
    """Per unit: tasks in force, done (one-off checked or current period met), overdue, replaced."""
    by: dict[str, UnitSummary] = {}
    for st in statuses:
        u = by.setdefault(st.unit, UnitSummary(st.unit, st.unit_kind))
        if st.active:
            u.total += 1
            u.done += 1 if st.done else 0
            u.overdue += 1 if st.overdue else 0
        elif st.state == "replaced":
            u.replaced += 1
    rank = {name: i for i, name in enumerate(order or [])}
    return sorted(by.values(), key=lambda u: (u.unit_kind != "department", rank.get(u.unit, len(rank)), u.unit))
