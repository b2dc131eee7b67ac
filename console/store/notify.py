"""Repository for the delivery state of notifications (the `notifications` table).

A reminder is recorded *before* it is delivered (channel 'sending'), then marked with the channel that worked.
A record still 'sending' when a console starts was interrupted between the two (a crash or a kill): it is
never sent again (at most once per due time) and is marked 'interrupted' so the duty officer is told it may
not have arrived.
"""
from __future__ import annotations

import json

SENDING = "sending"
INTERRUPTED = "interrupted"


def insert_sending(store, item_key: str, slot_key: str, tier: int, recipients, severity: str, title: str,
                   body: str, slot_at: str, now: str, channel: str = SENDING) -> int | None:
    """Record a slot as being sent (or, with channel='merged', as folded into another). Returns the new id,
    or None when the slot is already recorded (another seat or an earlier run took it)."""
    row = store.row(
        "INSERT INTO notifications (item_key, slot_key, tier, recipients, severity, title, body, slot_at, sent_at, "
        "channel, delivered, error) VALUES (?,?,?,?,?,?,?,?,?,?,0,NULL) ON CONFLICT (slot_key) DO NOTHING "
        "RETURNING id",
        (item_key, slot_key, tier, json.dumps(list(recipients)), severity, title, body, slot_at, now, channel))
    return None if row is None else row["id"]


def mark_delivery(store, row_id: int, channel: str, delivered: bool, error: str | None) -> None:
    store.execute("UPDATE notifications SET channel = ?, delivered = ?, error = ? WHERE id = ?",
                  (channel, int(delivered), error, row_id))


def with_channel(store, channel: str) -> list[dict]:
    return store.rows("SELECT * FROM notifications WHERE channel = ? ORDER BY id", (channel,))


def mark_interrupted(store, row_id: int) -> None:
    store.execute("UPDATE notifications SET channel = ?, delivered = 0, "
                  "error = 'interrupted between record and delivery' WHERE id = ? AND channel = ?",
                  (INTERRUPTED, row_id, SENDING))


def recent_interrupted(store, since: str) -> list[dict]:
    """Interrupted records whose slot fell due at or after `since` (ISO), newest first."""
    return store.rows("SELECT * FROM notifications WHERE channel = ? AND slot_at >= ? ORDER BY id DESC",
                      (INTERRUPTED, since))


def last_per_item(store) -> list[dict]:
    """The latest record of each item (merged slots left out)."""
    return store.rows(
        "SELECT n.* FROM notifications n JOIN (SELECT item_key, MAX(id) AS last_id FROM notifications "
        "WHERE channel <> 'merged' GROUP BY item_key) m ON n.id = m.last_id")
