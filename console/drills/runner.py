"""Running a drill: its own database file, its own clock, the scenario's events applied in time order.

Isolation: the runner creates a fresh database under paths.drills_dir() (or --out) and never receives any
other Store, so nothing a drill does can reach the live database. The file is created under a temporary name,
migrated, marked meta drill=1 (with the creation audit record) and only then renamed to its final name: a
database under a drill name always carries the drill mark, so bulletins, CAP (status Exercise) and
notifications (【演练】) of it are marked as a drill.

Time: the drill Store's clock is a DrillClock over a SimClock (GUI: speeds, pause, step) or a FixedClock
(headless --speed max, stepped from event to event and through every reminder slot). While an event is
applied the clock is pinned to the event's time, so records are stamped exactly as the script says whatever
the speed: the same scenario scores the same in the GUI and headless.

Modes: scripted (default: the scenario's responses are applied as written), --auto (the model duty room answers
instead of the script) and trainees (GUI 学员自行处置: only the situation — forecasts, observations, upper notices,
injected faults — is applied; the trainees propose, sign, publish, tick off and register summaries themselves on
the drill database through the real 预警与审签 and 响应措施 pages). Trainee actions reach the drill database through
the same core calls as scripted ones, so they are scored the same way; the runner copies them from the audit
trail into its log (journal()) so the event log and the report show them.
"""
from __future__ import annotations

import json
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from console import episodes as E
from console.admin import accounts, session
from console.admin.settings import Settings
from console.alerts import deadlines, notifications
from console.alerts.escalation import Policy
from console.common import paths, private
from console.common.clock import Clock, FixedClock, to_local
from console.common.errors import UserError
from console.drills import actions, reduction_data
from console.drills import words_en as EN
from console.drills.common import ACTOR
from console.drills.scenario import Event, Scenario
from console.plan import names
from console.plan.levels import NONE, level_cn, level_rank, parse_level_value
from console.reductions import auto_checks
from console.reductions.baseline import FLAG_ORDER, FLAG_ZH
from console.rules.thresholds import from_console_settings as rule_settings
from console.store import drills as drill_repo
from console.store.db import Store


class DrillClock(Clock):
    """The drill's clock: follows `base` (SimClock or FixedClock) except while pinned to an event's time."""

    def __init__(self, base: Clock):
        self.base = base
        self._pin: datetime | None = None

    def now(self) -> datetime:
        return self._pin if self._pin is not None else self.base.now()

    @contextmanager
    def pinned(self, at: datetime):
        old, self._pin = self._pin, to_local(at)
        try:
            yield
        finally:
            self._pin = old


@dataclass(frozen=True)
class LogEntry:
    at: datetime
    kind: str  # event type, 'notify', 'fault', 'error', 'info'
    text: str
    ok: bool = True
    text_en: str = ""  # the same line in English (the interface shows the one of its language)




def create_drill_db(scenario: Scenario, out_dir: Path | None, real: Clock) -> Path:
    """A fresh drill database named after the scenario and the (real) start time, marked drill=1 before it
    appears under its final name."""
    out = Path(out_dir) if out_dir else paths.drills_dir()
    private.make_dir(out)
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", scenario.name).strip(" .")  # a valid file name on Windows too
    stem = f"drill_{safe}_{real.now():%Y%m%d-%H%M%S}"
    final, n = out / f"{stem}.sqlite3", 1
    while final.exists():
        n += 1
        final = out / f"{stem}-{n}.sqlite3"
    if final.resolve() == paths.default_db_path().resolve():  # pragma: no cover - belt and braces
        raise UserError("演练数据库不能是正式数据库 a drill cannot use the live database")
    partial = final.with_name(final.name + ".partial")
    for p in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        p.unlink(missing_ok=True)
    s = Store(partial, FixedClock(scenario.start))
    try:
        with s.transaction():
            drill_repo.mark_drill(s, scenario.name)
            s.audit(ACTOR, "drill.create", "drill", scenario.name,
                    {"scenario": str(scenario.path), "title": scenario.title})
    finally:
        s.close()
    os.replace(partial, final)
    return final


class DrillRunner:
    """One drill run. `base` is the clock driving it (FixedClock for headless max speed, SimClock in the GUI)."""

    def __init__(self, scenario: Scenario, base: Clock | None = None, *, out_dir: Path | None = None,
                 auto: bool = False, trainees: bool = False, real: Clock | None = None):
        if auto and trainees:
            raise ValueError("auto and trainees are exclusive")
        self.scenario = scenario
        self.base = base or FixedClock(scenario.start)
        self.clock = DrillClock(self.base)
        self.auto = auto
        self.trainees = trainees
        self.policy = Policy()
        self.desktop = None  # deliver(slot, title) -> (channel, delivered, error): drill reminders on the desktop
        self.log: list[LogEntry] = []
        self.finished = False
        self._silent: list[tuple[str, datetime, datetime]] = []  # (role, from, until)
        self._missing: list[tuple[str, datetime, datetime]] = []  # (unit, from, until)
        self._seq = 10_000
        self.path = create_drill_db(scenario, out_dir, real or Clock())
        self.store = Store(self.path, self.clock)
        with self.clock.pinned(scenario.start):
            # the runner's own automation (accounts, settings, faults): a drill database only, audited
            self.automation = session.drill_automation(self.store)
            self._actors: dict = {}  # participants logged in by the script (actions._actor_for)
            if scenario.settings:
                Settings(self.store).set_many(scenario.settings, self.automation)
            for p in scenario.participants:
                accounts.create_user(self.store, self.automation, p.username, p.display_name, list(p.roles), p.password)
        self.queue: list[Event] = self._schedule(scenario.events)
        self._audit_seen = self._last_audit_id()
        self.note(scenario.start, "info", f"演练开始：{scenario.title}（数据库 {self.path.name}）",
                  en=f"Drill started: {scenario.title_en or scenario.title} (database {self.path.name})")
        if trainees:
            self.note(scenario.start, "info", "学员自行处置：场景只推送预报、观测、上级通知和故障；提议、审签、发布、"
                                              "措施落实和总结报送由学员在演练数据库上完成",
                      en="Trainees respond: the scenario only sends forecasts, observations, upper-level notices and "
                         "faults; proposals, sign-off, publication, measures and summaries are done by the trainees "
                         "on the drill database")

    # ---- schedule ---------------------------------------------------------------------------------
    def _schedule(self, events) -> list[Event]:
        faults = [e for e in events if e.type == "fault"]
        for f in faults:
            until = f.at + timedelta(hours=float(f.get("hours", 0))) if f.get("hours") else self.scenario.end
            if f.get("fault") == "approver_silent":
                self._silent.append((f.get("role"), f.at, until))
            else:
                self._missing.append((f.get("unit"), f.at, until))
        out = []
        for e in events:
            if (self.auto or self.trainees) and e.is_response:
                continue  # --auto: the auto-responder answers instead of the script; trainees answer themselves
            out.append(self._defer(e))
        return sorted(out, key=lambda ev: (ev.at, ev.index))

    def _defer(self, e: Event) -> Event:
        """A sign-off by a role that does not answer (fault) happens only once the fault is over."""
        if e.type != "sign":
            return e
        for role, a, b in self._silent:
            if role == e.get("role") and a <= e.at < b:
                return replace(e, at=b, data={**e.data, "deferred_from": e.at})
        return e

    def missing_units(self, at: datetime) -> set[str]:
        return {u for u, a, b in self._missing if a <= at < b}

    def next_event_at(self) -> datetime | None:
        return self.queue[0].at if self.queue else None

    # ---- running ------------------------------------------------------------------------------------
    def note(self, at: datetime, kind: str, text: str, ok: bool = True, en: str = "") -> None:
        self.log.append(LogEntry(to_local(at), kind, text, ok, en))

    def advance(self, until: datetime) -> list[LogEntry]:
        """Apply every event due at or before `until` (in order), send the reminders due. Returns new log."""
        start = len(self.log)
        until = to_local(until)
        self.journal()
        while self.queue and self.queue[0].at <= until:
            ev = self.queue.pop(0)
            with self.clock.pinned(ev.at):
                self._apply(ev)
                if self.auto:
                    self._auto(ev.at)
                self._reduction_checks(ev.at)
            self._notify(ev.at)
        if not self.finished:
            self._notify(min(until, self.scenario.end))
        if until >= self.scenario.end and all(e.at > self.scenario.end for e in self.queue):
            # events pushed past the end (a silent approver's deferred signature, a fault's end) never happen
            for e in self.queue:
                self.note(self.scenario.end, "info", f"{_TYPE_CN.get(e.type, e.type)}（原定 {e.at:%m-%d %H:%M}）"
                                                     "在演练结束前未发生",
                          en=f"{EN.type_name(e.type)} (planned for {e.at:%m-%d %H:%M}) did not happen before the "
                             "drill ended")
            self.queue.clear()
            self.finished = True
        return self.log[start:]

    def run_max(self) -> None:
        """Headless, as fast as possible: a FixedClock stepped to each event and each reminder slot."""
        assert isinstance(self.base, FixedClock), "run_max needs a FixedClock"
        end = self.scenario.end
        while not self.finished:
            with self.clock.pinned(self.base.now()):
                wake = notifications.next_wakeup(self.store, self._pending(), self.policy)
            t = min([x for x in (self.next_event_at(), wake, end) if x is not None])
            self.base.set(max(t, self.base.now()))
            self.advance(self.base.now())
            if self.base.now() >= end and not self.queue:
                self.finished = True

    def close(self) -> None:
        self.store.close()

    def _reduction_checks(self, at) -> None:
        """The meter checks due by themselves (as the live console's reminder tick runs them), logged with what
        they found (not as reminders: nobody inspects in a drill, so they would only repeat)."""
        for run in auto_checks.run_due(self.store, at):
            kinds = [k for k in FLAG_ORDER if any(f["kind"] == k for f in run.flags)]
            found = "（" + "、".join(FLAG_ZH[k] for k in kinds) + "）" if kinds else ""
            self.note(at, "check", f"电表自动核查（{level_cn(run.level)}预警 {run.start:%m-%d %H:%M} 起）："
                                   f"{len(run.firms)} 家企业，{len(run.flags)} 条问题{found}",
                      en=f"Automatic meter check ({run.level} warning from {run.start:%m-%d %H:%M}): "
                         f"{len(run.firms)} firms, {len(run.flags)} flags" + (f" ({', '.join(kinds)})" if kinds else ""))

    def _pending(self):
        """What the drill's reminders watch: sign-offs, response clocks, notices, summaries (not data
        staleness: a replay feeds observations in daily slices)."""
        now = self.clock.now()
        items = []
        for source in (deadlines._signoffs, deadlines._response_clocks, deadlines._notices, deadlines._summaries):
            items.extend(source(self.store, now))
        return items

    def _notify(self, at: datetime) -> None:
        with self.clock.pinned(at):
            def deliver(slot, title):
                who = names.role_names(slot.recipients)
                title_en = ("[DRILL] " + slot.title_en) if slot.title_en else title
                self.note(at, "notify", f"{title} → {who}", en=f"{title_en} → {EN.roles(slot.recipients)}")
                if self.desktop is not None:  # trainees see it on the desktop too (titles carry 【演练】)
                    return self.desktop(slot, title)
                return "drill-log", False, None
            notifications.run_once(self.store, self._pending(), self.policy, deliver)

    def _apply(self, ev: Event) -> None:
        handler = getattr(self, f"_do_{ev.type}")
        try:
            text = handler(ev)
        except UserError as exc:
            self.note(ev.at, "error", f"{_TYPE_CN.get(ev.type, ev.type)}未成功：{exc}", ok=False,
                      en=f"{EN.type_name(ev.type)} failed: {exc}")
            self.store.audit(ACTOR, "drill.error", "drill", str(ev.index),
                             {"type": ev.type, "message": str(exc), "by": ev.get("by")})
            return
        text, en = text if isinstance(text, tuple) else (text, "")  # handlers say (Chinese, English)
        if text:
            self.note(ev.at, ev.type, text + (f"（{ev.get('note')}）" if ev.get("note") else ""),
                      en=en + (f" ({ev.get('note_en') or ev.get('note')})" if en and ev.get("note") else ""))
            self.store.audit(ACTOR, "drill.event", "drill", str(ev.index), {"type": ev.type, "text": text})

    # ---- trainees -----------------------------------------------------------------------------------
    def _last_audit_id(self) -> int:
        return drill_repo.last_audit_id(self.store)

    def journal(self) -> list[LogEntry]:
        """Trainee mode: copy what the trainees recorded since the last call (audit records not by the drill's
        own automation) into the log, at the simulated time they were recorded. Returns the new entries."""
        if not self.trainees:
            return []
        start = len(self.log)
        recs = drill_repo.audit_after(self.store, self._audit_seen)
        for rid, ts, actor, action, eid, detail in recs:
            self._audit_seen = rid
            if actor == ACTOR:
                continue
            said = _trainee_text(self, actor, action, eid, json.loads(detail or "{}"))
            if said:
                zh, en, ok = said
                self.note(datetime.fromisoformat(ts), "trainee", zh, ok, en)
        return self.log[start:]

    def who(self, username: str) -> str:
        p = self.scenario.user(username)
        return p.display_name if p else username

    def publish_refused(self, by: str, message: str) -> None:
        """A trainee's publication attempt refused for its content (empty or invalid fields): recorded the way a
        refused scripted publish is (audit drill.error, type publish), so it costs the same accuracy points."""
        self.journal()
        self.store.audit(ACTOR, "drill.error", "drill", "trainee", {"type": "publish", "message": message, "by": by})
        self.note(self.clock.now(), "error", f"{self.who(by)} 发布未成功：{message}", ok=False,
                  en=f"{self.who(by)}: publication failed: {message}")

    # handlers live in console.drills.actions (mixed in as methods) ---------------------------------
    _auto, _enqueue, actor_for = actions._auto, actions._enqueue, actions._actor_for
    _do_acknowledge, _do_consultation, _do_duties = actions._do_acknowledge, actions._do_consultation, actions._do_duties
    _do_fault, _do_fault_end, _do_forecast = actions._do_fault, actions._do_fault_end, actions._do_forecast
    _do_joint_assessment, _do_notice, _do_observations = (actions._do_joint_assessment, actions._do_notice,
                                                          actions._do_observations)
    _do_meter_data = reduction_data.do_meter_data
    _do_propose, _do_publish, _do_sign, _do_summaries = (actions._do_propose, actions._do_publish, actions._do_sign,
                                                         actions._do_summaries)


_TYPE_CN = {"forecast": "预报", "observations": "观测导入", "notice": "上级通知", "acknowledge": "确认通知",
            "consultation": "会商", "propose": "提议", "sign": "审签", "publish": "发布", "joint_assessment": "联合研判",
            "duties": "措施落实", "summaries": "总结报送", "fault": "故障注入", "fault_end": "故障结束",
            "meter_data": "电表数据导入"}


def _trainee_text(runner: "DrillRunner", actor: str, action: str, eid, d: dict) -> tuple[str, str, bool] | None:
    """(log text, English log text, ok) for one audit record of a trainee action; None for records not worth a
    log line."""
    who = runner.who(actor)
    if action == "notice.receive":
        return f"{who} 录入上级通知 #{eid}", f"{who} recorded upper-level notice #{eid}", True
    if action == "notice.ack":
        return f"{who} 确认上级通知 #{eid}", f"{who} acknowledged upper-level notice #{eid}", True
    if action == "consultation.record":
        return f"{who} 记录会商", f"{who} recorded a consultation", True
    if action == "proposal.create":
        kind, level = d.get("kind"), d.get("level")
        plain = kind in (E.LIFT, E.END) or not level
        what, what_en = ("", "") if plain else (level_cn(level), " " + EN.level(level))
        return (f"{who} 提议 #{eid}：{E.KIND_CN.get(kind, kind)}{what}",
                f"{who} proposed #{eid}: {EN.kind(kind)}{what_en}", True)
    if action == "proposal.revise":
        return f"{who} 修改提议 #{eid}", f"{who} revised proposal #{eid}", True
    if action == "proposal.withdraw":
        return f"{who} 撤回提议 #{eid}", f"{who} withdrew proposal #{eid}", True
    if action in ("signoff.approve", "signoff.reject"):
        if action == "signoff.reject":
            return f"{who} 否决 #{eid}", f"{who} rejected #{eid}", True
        step = E.STEP_CN.get(d.get("step_name"), d.get("step_name"))
        return f"{who} {step} #{eid}", f"{who} {EN.step(d.get('step_name'))} #{eid}", True
    if action == "signoff.refused":
        return (f"{who} 签署 #{eid} 未成功：{d.get('reason', '')}",
                f"{who}: signing #{eid} failed: {d.get('reason', '')}", False)
    if action == "episode.level":
        return f"{level_cn(d.get('level'))}生效", f"{EN.level(d.get('level'))} in force", True
    if action == "episode.end":
        lifted = d.get("lifted")
        en = (f"{EN.level(lifted)} lifted" if d.get("kind") == E.LIFT and lifted else "Response ended")
        return f"{d.get('text', '')}生效，过程结束", f"{en}; episode over", True
    if action == "bulletin.publish":
        return f"{who} 发布：{d.get('identifier')}", f"{who} published: {d.get('identifier')}", True
    if action == "episode.joint_assessment":
        return f"{who} 记录联合研判", f"{who} recorded a joint assessment", True
    if action == "summary.record":
        return f"{who} 登记总结：{d.get('unit')}", f"{who} recorded the summary of {EN.unit(d.get('unit') or '')}", True
    if action == "board.check":
        return (f"{who} 确认完成：{d.get('unit')} {d.get('measure')}",
                f"{who} confirmed done: {EN.unit(d.get('unit') or '')} {d.get('measure')}", True)
    if action == "board.count":
        return (f"{who} 记录：{d.get('unit')} {d.get('measure')} {d.get('n')} 次（{d.get('period')}）",
                f"{who} recorded: {EN.unit(d.get('unit') or '')} {d.get('measure')} × {d.get('n')} "
                f"({d.get('period')})", True)
    if action == "board.undo":
        return (f"{who} 撤销记录：{d.get('unit', '')} {d.get('measure', '')}".rstrip(),
                f"{who} undid a record: {EN.unit(d.get('unit') or '')} {d.get('measure', '')}".rstrip(), True)
    return None


def level_of(text: str) -> str:
    return parse_level_value(text, allow_none=False)


__all__ = ["DrillRunner", "DrillClock", "LogEntry", "create_drill_db", "rule_settings",
           "level_cn", "level_rank", "NONE"]
