"""Repository of a drill database's own records (meta keys, the audit read back into the trainee log)."""
from __future__ import annotations

from console.store.db import Store


def mark_drill(store: Store, scenario_name: str) -> None:
    store.execute("INSERT INTO meta (key, value) VALUES ('drill', '1')")
    store.execute("INSERT INTO meta (key, value) VALUES ('drill_scenario', ?)", (scenario_name,))


def last_audit_id(store: Store) -> int:
    return int(store.scalar("SELECT COALESCE(MAX(id), 0) FROM audit", (), 0))


def audit_after(store: Store, after_id: int) -> list[tuple]:
    """(id, ts, actor, action, entity_id, detail) of the audit records after `after_id`."""
    return store.tuples("SELECT id, ts, actor, action, entity_id, detail FROM audit WHERE id > ? ORDER BY id",
                        (after_id,))
