"""The notification log: what was sent to whom and when, and who acknowledged what.

The scheduler rebuilds from this log at start-up (escalation slots have stable keys), so a restart neither
loses a reminder nor repeats one. Delivery itself (desktop toast, tray, sound) is injected by the caller.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from console.admin import session
from console.alerts import delivery
from console.alerts.escalation import (
    NEXT_ROLE_UP,
    TIER_ACK_REMIND,
    TIER_ALL_HANDS,
    TIER_ESCALATE,
    TIER_FIRST,
    TIER_REMIND,
    Pending,
    Policy,
    Slot,
    due_slots,
    next_slot_time,
)
from console.common.clock import parse_local, to_iso
from console.store import alerts as repo
from console.store.db import Store

DRILL_PREFIX = "【演练】"
#: who may acknowledge a reminder: everyone reminders are addressed to (duty room, signers, liaisons)
ACK_ROLES = tuple(NEXT_ROLE_UP)

#: deliver(slot, title) -> (channel, delivered, error). Never raises: failures fall back and are reported.
#: channel is the one that worked (desktop / tray / inapp); delivered is true only when the desktop
#: notification service accepted the notification.
Deliver = Callable[[Slot, str], "tuple[str, bool, str | None]"]


@dataclass(frozen=True)
class Sent:
    slot: Slot
    title: str
    channel: str
    delivered: bool
    error: str | None


def is_drill(store: Store) -> bool:
    return repo.meta(store, "drill") == "1"


def sent_keys(store: Store, item_key: str) -> set[str]:
    return repo.sent_keys(store, item_key)


def acked_at(store: Store, item_key: str) -> datetime | None:
    at = repo.first_ack(store, item_key)
    return parse_local(at) if at else None


def acknowledge(store: Store, item_key: str, actor: session.Actor) -> datetime:
    """Record that `actor` (an authenticated account holding one of ACK_ROLES) has seen the item: the repeats
    stop (plan's 'acknowledge stops the repeats'). A bare name or another role is refused and audited."""
    now = store.clock.now()
    with session.authorized(store, actor, *ACK_ROLES):
        repo.add_ack(store, item_key, actor.username, to_iso(now))
        store.audit(actor.username, "notification.ack", "pending", item_key, {})
    return now


# When several slots of one item fall due together (a console reopened after hours), one notification goes
# out — the loudest, to everyone the others would have reached — and the others are recorded as merged.
_LOUDNESS = {TIER_ALL_HANDS: 4, TIER_ESCALATE: 3, TIER_REMIND: 2, TIER_ACK_REMIND: 1, TIER_FIRST: 0}


def _merge(slots: list[Slot]) -> tuple[Slot, list[Slot]]:
    loudest = max(slots, key=lambda s: (_LOUDNESS[s.tier], s.at))
    recipients = tuple(dict.fromkeys(r for s in [loudest, *slots] for r in s.recipients))
    return replace(loudest, recipients=recipients), [s for s in slots if s is not loudest]


def run_once(store: Store, items: Iterable[Pending], policy: Policy, deliver: Deliver, seat=None) -> list[Sent]:
    """Send what is due now (per the log) — at most one notification per item — and return it. Each is
    recorded before delivery and marked after (console.alerts.delivery), so a crash in between never repeats it.
    With `seat` (console.alerts.seats.Seat, several seats on one database) only the slots this seat may take
    now are taken: those of the person logged in here, or the duty room's fallback; the rest are left for the
    seat they concern."""
    now = store.clock.now()
    drill = is_drill(store)
    out: list[Sent] = []
    for item in items:
        due = due_slots(item, policy, now, sent_keys(store, item.key), acked_at(store, item.key))
        if not due:
            continue
        slot, merged = _merge(due)
        if seat is not None and not seat.may_take(store, slot, now):
            continue  # for another seat's person (or this seat's later, as the fallback)
        title = (DRILL_PREFIX + slot.title) if drill else slot.title
        row_id = delivery.begin(store, slot, title, merged,
                                by=None if seat is None else {"seat": seat.label, "user": seat.username})  # recorded first: at most once across a crash
        if row_id is None:
            continue  # another seat took this slot
        channel, ok, err = deliver(slot, title)
        delivery.finish(store, row_id, slot, channel, ok, err)
        out.append(Sent(slot, title, channel, ok, err))
    return out


def next_wakeup(store: Store, items: Iterable[Pending], policy: Policy) -> datetime | None:
    now = store.clock.now()
    times = [t for item in items if (t := next_slot_time(item, policy, now, acked_at(store, item.key)))]
    return min(times) if times else None


def history(store: Store, limit: int = 200) -> list[dict]:
    return repo.notifications(store, limit)
