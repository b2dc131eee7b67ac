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


def schedule(item: Pending, policy: Policy, until: datetime, acked_at: datetime | None = None) -> list[Slot]:
    """All slots of `item` from its start up to `until` (inclusive), in time order."""
    slots: list[Slot] = []

    def add(tier: int, at: datetime, recipients: tuple[str, ...], severity: str) -> None:
        if at <= until:
            prefix = TIER_NAMES_ZH[tier]
            slots.append(Slot(item.key, tier, at, recipients, severity, f"【{prefix}】{item.title}", item.body))

    add(TIER_FIRST, item.since, item.roles, item.severity)
    escalate_at = item.since + policy.escalate_after
    stop = acked_at if acked_at is not None else until
    t = item.since + policy.remind_every
    while t <= stop and t <= until:
        if t < escalate_at:
            add(TIER_REMIND, t, item.roles, item.severity)
        elif t > escalate_at:
            add(TIER_REMIND, t, _roles_up(item.roles), item.severity)
        t += policy.remind_every
    if escalate_at <= stop:
        add(TIER_ESCALATE, escalate_at, _roles_up(item.roles), "critical" if item.due else item.severity)
    if item.due is not None:
        all_hands = item.due - policy.all_hands_before
        if item.since < all_hands:  # still pending near the deadline: alert everyone, acknowledged or not
            add(TIER_ALL_HANDS, all_hands, ALL_ON_DUTY, "critical")
    if acked_at is not None:
        t = acked_at + policy.ack_remind_every
        while t <= until:
            add(TIER_ACK_REMIND, t, item.roles, "info")
            t += policy.ack_remind_every
    slots.sort(key=lambda s: (s.at, s.tier))
    return slots


def due_slots(item: Pending, policy: Policy, now: datetime, sent: set[str],
              acked_at: datetime | None = None) -> list[Slot]:
    """What to send now. Each tier that has a slot due and unsent contributes only its latest slot, so a
    console reopened after hours sends one catch-up per tier instead of a burst; escalations and all-hands
    alerts are never skipped."""
    slots = schedule(item, policy, now, acked_at)
    last_sent: dict[int, datetime] = {}
    for s in slots:
        if s.key in sent:
            last_sent[s.tier] = s.at
    # a slot older than one already sent of its tier is superseded, never sent late
    pending = [s for s in slots if s.key not in sent and (s.tier not in last_sent or s.at > last_sent[s.tier])]
    latest: dict[int, Slot] = {}
    for s in pending:
        latest[s.tier] = s  # time-ordered: keeps the latest of each tier
    if TIER_REMIND in latest and any(t in latest for t in (TIER_ESCALATE, TIER_ALL_HANDS)):
        # An escalation going out now already reminds everyone; don't add a plain reminder on top.
        if latest[TIER_REMIND].at <= max(latest[t].at for t in (TIER_ESCALATE, TIER_ALL_HANDS) if t in latest):
            del latest[TIER_REMIND]
    return sorted(latest.values(), key=lambda s: (s.at, s.tier))


def next_slot_time(item: Pending, policy: Policy, now: datetime, acked_at: datetime | None = None,
                   horizon: timedelta = timedelta(days=2)) -> datetime | None:
    """When the next slot after `now` falls (for the scheduler), or None within the horizon."""
    future = [s.at for s in schedule(item, policy, now + horizon, acked_at) if s.at > now]
    return min(future) if future else None
