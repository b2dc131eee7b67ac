"""Repository of seat presence (the `seats` table): which consoles are connected and who is logged in at each.

A row is a lease: the seat renews `seen_at` every reminder check and deletes it when it closes; a seat that
stopped without closing simply stops renewing. Presence is not a record of the emergency, so it is not audited
(the reminders a seat takes are: console/alerts/delivery.py names the seat and the person).
"""
from __future__ import annotations

from console.store.db import Store


def renew(store: Store, seat_id: str, username: str | None, host: str, now: str) -> None:
    store.execute(
        "INSERT INTO seats (seat_id, username, host, started_at, seen_at) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (seat_id) DO UPDATE SET username = excluded.username, host = excluded.host, "
        "seen_at = excluded.seen_at",
        (seat_id, username, host, now, now))


def leave(store: Store, seat_id: str) -> None:
    store.execute("DELETE FROM seats WHERE seat_id = ?", (seat_id,))


def live(store: Store, since: str) -> list[dict]:
    """Seats whose lease was renewed at or after `since` (ISO)."""
    return store.rows("SELECT seat_id, username, host, started_at, seen_at FROM seats WHERE seen_at >= ? "
                      "ORDER BY seat_id", (since,))
