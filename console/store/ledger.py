"""Repository of the emission-reduction list (ledger_entries, ledger_updates, ledger_society); the rules live in
console/measures/ledger.py."""
from __future__ import annotations

from console.store.db import Store

_ENTRY_COLUMNS = ("code", "name", "kind", "town", "industry", "grade", "leading", "values_json", "active",
                  "updated_at", "update_id")


def entries(store: Store, include_removed: bool = False) -> list[dict]:
    where = "" if include_removed else " WHERE active = 1"
    return store.rows(f"SELECT * FROM ledger_entries{where} ORDER BY town, code")


def all_entries(store: Store) -> list[dict]:
    return store.rows("SELECT * FROM ledger_entries")


def add_update(store: Store, at: str, by: str, source: str, added: int, changed: int, removed: int,
               detail_json: str) -> int:
    return store.insert(
        "INSERT INTO ledger_updates (at, by, source, added, changed, removed, detail) VALUES (?,?,?,?,?,?,?)",
        (at, by, source, added, changed, removed, detail_json))


def put_entry(store: Store, values: tuple) -> None:
    """Insert or replace one entry; `values` in the order of _ENTRY_COLUMNS."""
    cols = ", ".join(_ENTRY_COLUMNS)
    sets = ", ".join(f"{c} = excluded.{c}" for c in _ENTRY_COLUMNS[1:])
    store.execute(f"INSERT INTO ledger_entries ({cols}) VALUES ({','.join('?' * len(_ENTRY_COLUMNS))}) "
                  f"ON CONFLICT (code) DO UPDATE SET {sets}", values)


def remove_entry(store: Store, code: str, at: str, update_id: int) -> None:
    store.execute("UPDATE ledger_entries SET active = 0, updated_at = ?, update_id = ? WHERE code = ?",
                  (at, update_id, code))


def last_update_at(store: Store) -> str | None:
    return store.scalar("SELECT at FROM ledger_updates ORDER BY id DESC LIMIT 1")


def society_totals(store: Store) -> dict[str, float]:
    return {p: t for p, t in store.tuples("SELECT pollutant, total_tpa FROM ledger_society")}


def put_society_total(store: Store, pollutant: str, total_tpa: float, at: str, by: str) -> None:
    store.execute("INSERT INTO ledger_society (pollutant, total_tpa, updated_at, updated_by) VALUES (?,?,?,?) "
                  "ON CONFLICT (pollutant) DO UPDATE SET total_tpa = excluded.total_tpa, "
                  "updated_at = excluded.updated_at, updated_by = excluded.updated_by", (pollutant, total_tpa, at, by))
