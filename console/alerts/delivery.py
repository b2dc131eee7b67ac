"""Delivery states of a reminder, at most once per due time across a crash.

    begin(...)   one transaction: the slot is recorded as 'sending' (and the slots merged into it as 'merged')
    deliver      the caller's channel (desktop service, tray, in-app)
    finish(...)  one transaction: the record gets the channel that worked and whether the desktop service
                 accepted it ('delivered' is true only then)

A console killed between begin and finish leaves a 'sending' record. Its slot is never sent again (the log
says it was taken); at the next start `recover` marks it 'interrupted' and returns it, so the in-app centre can
say the reminder may not have arrived.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from console.alerts.escalation import Slot
from console.common.clock import to_iso
from console.store import notify as repo
from console.store.db import Store

SENDING, INTERRUPTED = repo.SENDING, repo.INTERRUPTED
CHANNELS_ZH = {"desktop": "桌面通知", "tray": "托盘气泡", "inapp": "指挥台内", "merged": "已合并",
               SENDING: "发送中", INTERRUPTED: "可能未送达"}


def begin(store: Store, slot: Slot, title: str, merged: list[Slot], by: dict | None = None) -> int | None:
    """Record `slot` as being sent, before delivery. None: already taken (by another seat or an earlier run).
    `by`: the seat that takes it and who is logged in there (recorded in the audit record)."""
    now = to_iso(store.clock.now())
    with store.transaction():
        row_id = repo.insert_sending(store, slot.item_key, slot.key, slot.tier, slot.recipients, slot.severity,
                                     title, slot.body, to_iso(slot.at), now)
        if row_id is None:
            return None
        for other in merged:  # never sent on their own later
            repo.insert_sending(store, other.item_key, other.key, other.tier, other.recipients, other.severity,
                                title, other.body, to_iso(other.at), now, channel="merged")
        store.audit("system", "notification.sending", "pending", slot.item_key,
                    {"tier": slot.tier, "to": list(slot.recipients), "slot": slot.key, "title": title,
                     "merged": [o.key for o in merged], **({"shown_at": by} if by else {})})
    return row_id


def finish(store: Store, row_id: int, slot: Slot, channel: str, delivered: bool, error: str | None) -> None:
    with store.transaction():
        repo.mark_delivery(store, row_id, channel, delivered, error)
        store.audit("system", "notification.sent", "pending", slot.item_key,
                    {"tier": slot.tier, "title": slot.title, "to": list(slot.recipients), "channel": channel,
                     "delivered": delivered,
                     **({"error": error} if error else {})})


def recover(store: Store) -> list[dict]:
    """At start-up: records left 'sending' by a console that stopped mid-delivery become 'interrupted' (never
    re-sent). Returns them."""
    rows = repo.with_channel(store, SENDING)
    if not rows:
        return []
    with store.transaction():
        for r in rows:
            repo.mark_interrupted(store, r["id"])
        store.audit("system", "notification.interrupted", "pending", None,
                    {"slots": [r["slot_key"] for r in rows]})
    return [{**r, "channel": INTERRUPTED} for r in rows]


def interrupted_since(store: Store, now: datetime, hours: float = 24) -> list[dict]:
    """Interrupted reminders of the last `hours` (what the in-app centre lists as 'may not have arrived')."""
    return repo.recent_interrupted(store, to_iso(now - timedelta(hours=hours)))


def last_by_item(store: Store) -> dict[str, dict]:
    """item key -> its latest notification record (what the in-app centre says about delivery)."""
    return {r["item_key"]: r for r in repo.last_per_item(store)}
