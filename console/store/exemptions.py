"""Repository of exemptions (exemptions, exemption_events); the rules live in console/measures/exemptions.py."""
from __future__ import annotations

from console.store.db import Store


def exemptions(store: Store, active_only: bool = False) -> list[dict]:
    where = " WHERE revoked_at IS NULL" if active_only else ""
    return store.rows(f"SELECT * FROM exemptions{where} ORDER BY id DESC")


def exemption(store: Store, exemption_id: int) -> dict | None:
    return store.row("SELECT * FROM exemptions WHERE id = ?", (int(exemption_id),))


def exempt_codes(store: Store, at: str) -> set[str]:
    return {r[0] for r in store.tuples(
        "SELECT code FROM exemptions WHERE granted_at <= ? AND (revoked_at IS NULL OR revoked_at > ?)", (at, at))}


def latest_ban(store: Store, code: str) -> str | None:
    return store.scalar("SELECT MAX(banned_until) FROM exemptions WHERE code = ? AND banned_until IS NOT NULL",
                        (code,))


def add_exemption(store: Store, code: str, name: str, reason: str, departments_json: str, decided_on: str,
                  at: str, by: str) -> int:
    return store.insert(
        "INSERT INTO exemptions (code, name, reason, departments, decided_on, granted_at, granted_by) "
        "VALUES (?,?,?,?,?,?,?)", (code, name, reason, departments_json, decided_on, at, by))


def revoke_exemption(store: Store, exemption_id: int, at: str, by: str, violation: str, banned_until: str) -> None:
    store.execute("UPDATE exemptions SET revoked_at = ?, revoked_by = ?, violation = ?, banned_until = ? "
                  "WHERE id = ? AND revoked_at IS NULL", (at, by, violation, banned_until, int(exemption_id)))


def add_event(store: Store, exemption_id: int, kind: str, at: str, by: str, detail_json: str) -> None:
    store.execute("INSERT INTO exemption_events (exemption_id, kind, at, by, detail) VALUES (?,?,?,?,?)",
                  (int(exemption_id), kind, at, by, detail_json))
