"""Escalation policy (pure): given a pending item, when to notify whom — without floods.

A pending item (a sign-off waiting, a deadline running, a duty overdue…) produces a deterministic schedule of
notification *slots*: the first notice at once, a reminder every `remind_every` minutes, an escalation to the
next role up and the duty officer after `escalate_after`, and an all-hands alert `all_hands_before` before the
item's deadline. Acknowledging stops the reminders; an acknowledged item still not done gets a quieter
reminder every `ack_remind_every`. Each slot has a stable key, so the notification log in the database tells
what was already sent: after a restart nothing is repeated and, of the slots missed while the console was
closed, only the latest is sent (one catch-up, not a burst).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

# Who is told next when nobody acts (plan §3.2.2: approvers up the chain; the duty officer always).
NEXT_ROLE_UP = {
    "duty_officer": "deputy_head",
    "liaison": "duty_officer",
    "deputy_head": "bureau_head",
    "bureau_head": "district_leader",
    "district_leader": "district_leader",
}
ALL_ON_DUTY = ("duty_officer", "deputy_head", "bureau_head", "district_leader")

TIER_FIRST, TIER_REMIND, TIER_ESCALATE, TIER_ALL_HANDS, TIER_ACK_REMIND = range(5)
TIER_NAMES_ZH = {TIER_FIRST: "通知", TIER_REMIND: "提醒", TIER_ESCALATE: "升级提醒", TIER_ALL_HANDS: "全员告警",
                 TIER_ACK_REMIND: "已确认未办结提醒"}


@dataclass(frozen=True)
class Policy:
    remind_every: timedelta = timedelta(minutes=15)
    escalate_after: timedelta = timedelta(minutes=30)
    all_hands_before: timedelta = timedelta(minutes=30)
    ack_remind_every: timedelta = timedelta(minutes=60)

    @classmethod
    def from_settings(cls, values: dict) -> Policy:
        m = lambda key, default: timedelta(minutes=float(values.get(key, default)))  # noqa: E731
        return cls(m("remind_every_min", 15), m("escalate_after_min", 30), m("all_hands_before_min", 30),
                   m("ack_remind_every_min", 60))


@dataclass(frozen=True)
class Pending:
    """Something that needs a person to act. `key` is stable across restarts (e.g. 'signoff:12:2')."""
    key: str
    title: str
    body: str
    roles: tuple[str, ...]  # who must act
    since: datetime
    due: datetime | None = None
    severity: str = "warning"  # info | warning | critical


@dataclass(frozen=True)
class Slot:
    item_key: str
    tier: int
    at: datetime
    recipients: tuple[str, ...]
    severity: str
    title: str
    body: str
    slot_key: str = field(default="")

    @property
    def key(self) -> str:
        return self.slot_key or f"{self.item_key}@{self.tier}@{self.at.isoformat()}"


def _roles_up(roles: tuple[str, ...]) -> tuple[str, ...]:
    out = list(roles)
    for r in roles:
        nxt = NEXT_ROLE_UP.get(r)
        if nxt and nxt not in out:
            out.append(nxt)
    if "duty_officer" not in out:
        out.append("duty_officer")
    return tuple(out)


def _cadence(item: Pending, policy: Policy) -> tuple[timedelta, bool]:
    """(reminder interval, escalates?) — routine (info) items are quiet: hourly, never escalated."""
    if item.severity == "info":
        return policy.ack_remind_every, False
    return policy.remind_every, True


def _slot(item: Pending, tier: int, at: datetime, policy: Policy) -> Slot:
    escalates = _cadence(item, policy)[1]
    if tier == TIER_ALL_HANDS:
        recipients, severity = ALL_ON_DUTY, "critical"
    elif tier == TIER_ESCALATE:
        recipients, severity = _roles_up(item.roles), ("critical" if item.due else item.severity)
    elif tier == TIER_REMIND and escalates and at > item.since + policy.escalate_after:
        recipients, severity = _roles_up(item.roles), item.severity
    elif tier == TIER_ACK_REMIND:
        recipients, severity = item.roles, "info"
    else:
        recipients, severity = item.roles, item.severity
    return Slot(item.key, tier, at, recipients, severity, f"【{TIER_NAMES_ZH[tier]}】{item.title}", item.body)


def _tier_times(item: Pending, policy: Policy, acked_at: datetime | None):
    """Per tier: (first time, step or None, last allowed time or None) — the slots are first + k*step."""
    interval, escalates = _cadence(item, policy)
    out = {TIER_FIRST: (item.since, None, None)}
    remind_stop = acked_at  # acknowledging stops the repeats
    out[TIER_REMIND] = (item.since + interval, interval, remind_stop)
    if escalates:
        out[TIER_ESCALATE] = (item.since + policy.escalate_after, None, remind_stop)
    if item.due is not None and item.since < item.due - policy.all_hands_before:
        # still pending near the deadline: everyone on duty is alerted, acknowledged or not
        out[TIER_ALL_HANDS] = (item.due - policy.all_hands_before, None, None)
    if acked_at is not None:
        out[TIER_ACK_REMIND] = (acked_at + policy.ack_remind_every, policy.ack_remind_every, None)
    return out


def _skip(item: Pending, policy: Policy, tier: int, at: datetime) -> bool:
    # a reminder falling on the escalation itself is not sent twice
    return (tier == TIER_REMIND and _cadence(item, policy)[1] and at == item.since + policy.escalate_after)


def _latest(item: Pending, policy: Policy, tier: int, spec, until: datetime) -> datetime | None:
    first, step, stop = spec
    limit = min(until, stop) if stop is not None else until
    if first > limit:
        return None
    if step is None:
        return first
    k = int((limit - first) / step)
    t = first + k * step
    if _skip(item, policy, tier, t):
        t = t - step if k >= 1 else None
    return t


def schedule(item: Pending, policy: Policy, until: datetime, acked_at: datetime | None = None) -> list[Slot]:
    """All slots of `item` from its start up to `until` (inclusive), in time order (for display and tests;
    the scheduler itself uses the arithmetic of due_slots/next_slot_time)."""
    slots: list[Slot] = []
    for tier, (first, step, stop) in _tier_times(item, policy, acked_at).items():
        limit = min(until, stop) if stop is not None else until
        t = first
        while t <= limit:
            if not _skip(item, policy, tier, t):
                slots.append(_slot(item, tier, t, policy))
            if step is None:
                break
            t += step
    slots.sort(key=lambda s: (s.at, s.tier))
    return slots


def due_slots(item: Pending, policy: Policy, now: datetime, sent: set[str],
              acked_at: datetime | None = None) -> list[Slot]:
    """What to send now: for each tier, its latest slot due by `now`, unless already sent. A console reopened
    after hours thus sends one catch-up per tier instead of a burst, and older missed slots are superseded."""
    latest: dict[int, Slot] = {}
    for tier, spec in _tier_times(item, policy, acked_at).items():
        t = _latest(item, policy, tier, spec, now)
        if t is not None:
            slot = _slot(item, tier, t, policy)
            if slot.key not in sent:
                latest[tier] = slot
    loud = [latest[t].at for t in (TIER_ESCALATE, TIER_ALL_HANDS) if t in latest]
    if TIER_REMIND in latest and loud and latest[TIER_REMIND].at <= max(loud):
        del latest[TIER_REMIND]  # the escalation going out now already reminds everyone
    return sorted(latest.values(), key=lambda s: (s.at, s.tier))


def next_slot_time(item: Pending, policy: Policy, now: datetime, acked_at: datetime | None = None,
                   horizon: timedelta = timedelta(days=2)) -> datetime | None:
    """When the next slot after `now` falls (for the scheduler), or None within the horizon."""
    best = None
    for tier, (first, step, stop) in _tier_times(item, policy, acked_at).items():
        if first > now:
            t = first
        elif step is None:
            continue
        else:
            t = first + (int((now - first) / step) + 1) * step
        if _skip(item, policy, tier, t):
            t = t + step
        if stop is not None and t > stop:
            continue
        if t <= now + horizon and (best is None or t < best):
            best = t
    return best
