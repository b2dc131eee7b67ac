"""Reading the audit log as a feed of committed changes (the `events` command)."""
from __future__ import annotations


def latest(store, n: int) -> list[dict]:
    if n <= 0:
        return []
    return list(reversed(store.rows("SELECT * FROM audit ORDER BY id DESC LIMIT ?", (int(n),))))


def newest_id(store) -> int:
    return int(store.scalar("SELECT MAX(id) FROM audit", default=0) or 0)


def since(store, after_id: int, limit: int = 1000) -> list[dict]:
    return store.rows("SELECT * FROM audit WHERE id > ? ORDER BY id LIMIT ?", (int(after_id), int(limit)))
