"""Repository: settings (table settings, schema step 1)."""
from __future__ import annotations


def stored_value(store, name: str) -> str | None:
    return store.scalar("SELECT value FROM settings WHERE name = ?", (name,))


def stored_values(store) -> dict[str, str]:
    return {name: value for name, value in store.tuples("SELECT name, value FROM settings")}


def put(store, name: str, value_json: str, updated_at: str, updated_by: str) -> None:
    store.execute("INSERT INTO settings (name, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                  "updated_by = excluded.updated_by", (name, value_json, updated_at, updated_by))
