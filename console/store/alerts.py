"""Repository of the notification log (notifications, acks); the rules live in console/alerts/."""
from __future__ import annotations

from console.store.db import Store


def meta(store: Store, key: str) -> str | None:
    return store.scalar("SELECT value FROM meta WHERE key = ?", (key,))


def sent_keys(store: Store, item_key: str) -> set[str]:
    return {r[0] for r in store.tuples("SELECT slot_key FROM notifications WHERE item_key = ?", (item_key,))}


def first_ack(store: Store, item_key: str) -> str | None:
    return store.scalar("SELECT MIN(at) FROM acks WHERE item_key = ?", (item_key,))


def add_ack(store: Store, item_key: str, by: str, at: str) -> None:
    store.execute("INSERT INTO acks (item_key, by, at) VALUES (?, ?, ?)", (item_key, by, at))


def add_notification(store: Store, item_key: str, slot_key: str, tier: int, recipients_json: str, severity: str,
                     title: str, body: str, slot_at: str, sent_at: str, channel: str, delivered: bool,
                     error: str | None) -> None:
    """One notification sent (or merged); a slot already recorded is left as it is."""
    store.execute(
        "INSERT INTO notifications (item_key, slot_key, tier, recipients, severity, title, body, slot_at, sent_at, "
        "channel, delivered, error) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (slot_key) DO NOTHING",
        (item_key, slot_key, tier, recipients_json, severity, title, body, slot_at, sent_at, channel,
         int(delivered), error))


def notifications(store: Store, limit: int = 200) -> list[dict]:
    return store.rows("SELECT * FROM notifications ORDER BY id DESC LIMIT ?", (limit,))


def notifications_of(store: Store, item_key: str) -> list[dict]:
    return store.rows("SELECT * FROM notifications WHERE item_key = ? ORDER BY id", (item_key,))
