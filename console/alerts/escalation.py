"""Escalation policy (pure): given a pending item, when to notify whom — without floods.

A pending item (a sign-off waiting, a deadline running, a duty overdue…) produces a deterministic schedule of
notification *slots*: the first notice at once; reminders on a back-off — after `remind_every`, then each
interval doubled up to `remind_max_interval` (15, 30, 60 min, then hourly) — at most `max_reminders` per item
and tier; an escalation to the next role up and the duty officer after `escalate_after`, and an all-hands
alert `all_hands_before` before the item's deadline. Acknowledging stops the reminders; an acknowledged item
still not done gets a quieter reminder every `ack_remind_every` (also at most `max_reminders`).

Escalation rule: an item goes up one step of the sign-off chain (duty officer → 分管副局长 → 局长 → 区政府领导)
and the duty officer, who runs the process, is told too. The district leader is the top of the chain: nobody
above her is in the console, so an item waiting for her has no escalation tier (copying the duty officer
again adds nothing — he already has the response clock of that proposal); her reminders follow the back-off,
and the all-hands alert before a deadline reaches everyone on duty. A liaison's item names his unit
(``liaison:<unit>``): only that unit's liaisons are addressed, and it escalates to the duty officer. Each slot has a stable key, so the notification log in the database tells
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
    "district_leader": None,  # top of the chain
}
ALL_ON_DUTY = ("duty_officer", "deputy_head", "bureau_head", "district_leader")

TIER_FIRST, TIER_REMIND, TIER_ESCALATE, TIER_ALL_HANDS, TIER_ACK_REMIND = range(5)
TIER_NAMES_ZH = {TIER_FIRST: "通知", TIER_REMIND: "提醒", TIER_ESCALATE: "升级提醒", TIER_ALL_HANDS: "全员告警",
                 TIER_ACK_REMIND: "已确认未办结提醒"}
TIER_NAMES_EN = {TIER_FIRST: "Notice", TIER_REMIND: "Reminder", TIER_ESCALATE: "Escalated", TIER_ALL_HANDS: "All hands",
                 TIER_ACK_REMIND: "Acknowledged, not done"}


@dataclass(frozen=True)
class Policy:
    remind_every: timedelta = timedelta(minutes=15)
    escalate_after: timedelta = timedelta(minutes=30)
    all_hands_before: timedelta = timedelta(minutes=30)
    ack_remind_every: timedelta = timedelta(minutes=60)
    remind_max_interval: timedelta = timedelta(minutes=60)
    max_reminders: int = 6

    @classmethod
    def from_settings(cls, values: dict) -> Policy:
        m = lambda key, default: timedelta(minutes=float(values.get(key, default)))  # noqa: E731
        return cls(m("remind_every_min", 15), m("escalate_after_min", 30), m("all_hands_before_min", 30),
                   m("ack_remind_every_min", 60), m("remind_max_interval_min", 60),
                   int(values.get("remind_max_count", 6)))

    def backoff(self, first: timedelta) -> list[timedelta]:
        """Offsets of the reminders from the item's start: first, then intervals doubling up to the cap."""
        out, t, step = [], timedelta(0), first
        for _ in range(max(0, self.max_reminders)):
            t += step
            out.append(t)
            step = min(step * 2, max(self.remind_max_interval, first))
        return out


def role_of(recipient: str) -> str:
    """'liaison:住房和城乡建设局' -> 'liaison'."""
    return recipient.split(":", 1)[0]


def unit_of(recipient: str) -> str | None:
    return recipient.split(":", 1)[1] if ":" in recipient else None


def addressed_to(recipients, roles, units=()) -> bool:
    """Is a user holding `roles` (and, as a liaison, of `units`) among `recipients`? A unit-qualified
    recipient ('liaison:<unit>') reaches only that unit's liaisons."""
    for r in recipients:
        if role_of(r) in roles and (unit_of(r) is None or unit_of(r) in units):
            return True
    return False


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
    # the same in English, for an interface in English (--lang en); quotations of the plan and names of units,
    # stations and people stay as they are. Empty: only the Chinese exists.
    title_en: str = ""
    body_en: str = ""


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
    title_en: str = ""
    body_en: str = ""

    @property
    def key(self) -> str:
        return self.slot_key or f"{self.item_key}@{self.tier}@{self.at.isoformat()}"


def _roles_up(roles: tuple[str, ...]) -> tuple[str, ...]:
    out = list(roles)
    for r in roles:
        nxt = NEXT_ROLE_UP.get(role_of(r))
        if nxt and nxt not in out:
            out.append(nxt)
    if "duty_officer" not in out:
        out.append("duty_officer")
    return tuple(out)


def _has_above(item: Pending) -> bool:
    return any(NEXT_ROLE_UP.get(role_of(r)) for r in item.roles)


def _cadence(item: Pending, policy: Policy) -> tuple[timedelta, bool]:
    """(first reminder interval, escalates?) — routine (info) items are quiet: hourly, never escalated; an item
    waiting for the top of the chain has nobody to escalate to."""
    if item.severity == "info":
        return policy.ack_remind_every, False
    return policy.remind_every, _has_above(item)


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
    return Slot(item.key, tier, at, recipients, severity, f"【{TIER_NAMES_ZH[tier]}】{item.title}", item.body,
                title_en=f"[{TIER_NAMES_EN[tier]}] {item.title_en}" if item.title_en else "", body_en=item.body_en)


def _tier_times(item: Pending, policy: Policy, acked_at: datetime | None) -> dict[int, list[datetime]]:
    """Per tier: the times of its slots (finite: the back-off is capped at max_reminders)."""
    interval, escalates = _cadence(item, policy)
    out = {TIER_FIRST: [item.since]}
    remind = [item.since + d for d in policy.backoff(interval)]
    if acked_at is not None:  # acknowledging stops the repeats
        remind = [t for t in remind if t <= acked_at]
    out[TIER_REMIND] = [t for t in remind if not _skip(item, policy, TIER_REMIND, t)]
    if escalates and (acked_at is None or item.since + policy.escalate_after <= acked_at):
        out[TIER_ESCALATE] = [item.since + policy.escalate_after]
    if item.due is not None and item.since < item.due - policy.all_hands_before:
        # still pending near the deadline: everyone on duty is alerted, acknowledged or not
        out[TIER_ALL_HANDS] = [item.due - policy.all_hands_before]
    if acked_at is not None:
        out[TIER_ACK_REMIND] = [acked_at + policy.ack_remind_every * k for k in range(1, policy.max_reminders + 1)]
    return out


def _skip(item: Pending, policy: Policy, tier: int, at: datetime) -> bool:
    # a reminder falling on the escalation itself is not sent twice
    return (tier == TIER_REMIND and _cadence(item, policy)[1] and at == item.since + policy.escalate_after)


def schedule(item: Pending, policy: Policy, until: datetime, acked_at: datetime | None = None) -> list[Slot]:
    """All slots of `item` from its start up to `until` (inclusive), in time order (for display and tests)."""
    slots = [_slot(item, tier, t, policy) for tier, times in _tier_times(item, policy, acked_at).items()
             for t in times if t <= until]
    slots.sort(key=lambda s: (s.at, s.tier))
    return slots


def due_slots(item: Pending, policy: Policy, now: datetime, sent: set[str],
              acked_at: datetime | None = None) -> list[Slot]:
    """What to send now: for each tier, its latest slot due by `now`, unless already sent. A console reopened
    after hours thus sends one catch-up per tier instead of a burst, and older missed slots are superseded."""
    latest: dict[int, Slot] = {}
    for tier, times in _tier_times(item, policy, acked_at).items():
        past = [t for t in times if t <= now]
        if past:
            slot = _slot(item, tier, past[-1], policy)
            if slot.key not in sent:
                latest[tier] = slot
    loud = [latest[t].at for t in (TIER_ESCALATE, TIER_ALL_HANDS) if t in latest]
    if TIER_REMIND in latest and loud and latest[TIER_REMIND].at <= max(loud):
        del latest[TIER_REMIND]  # the escalation going out now already reminds everyone
    return sorted(latest.values(), key=lambda s: (s.at, s.tier))


def next_slot_time(item: Pending, policy: Policy, now: datetime, acked_at: datetime | None = None,
                   horizon: timedelta = timedelta(days=2)) -> datetime | None:
    """When the next slot after `now` falls (for the scheduler), or None within the horizon."""
    future = [t for times in _tier_times(item, policy, acked_at).values() for t in times
              if now < t <= now + horizon]
    return min(future) if future else None
