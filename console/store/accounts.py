"""Repository: accounts (table users, schema steps 2 and 8). Plain functions over the Store's portable helpers."""
from __future__ import annotations


def all_users(store) -> list[dict]:
    return store.rows("SELECT * FROM users ORDER BY username")


def user_row(store, username: str) -> dict | None:
    return store.row("SELECT * FROM users WHERE username = ?", (username,))


def count_users(store) -> int:
    return store.scalar("SELECT COUNT(*) FROM users", default=0)


def insert_user(store, username: str, display_name: str, roles_json: str, pw_hash: str, created_at: str) -> None:
    store.execute("INSERT INTO users (username, display_name, roles, pw_hash, active, created_at) "
                  "VALUES (?, ?, ?, ?, 1, ?)", (username, display_name, roles_json, pw_hash, created_at))


def update_user(store, username: str, display_name: str, roles_json: str, active: bool) -> None:
    store.execute("UPDATE users SET display_name = ?, roles = ?, active = ? WHERE username = ?",
                  (display_name, roles_json, int(active), username))


def set_pw_hash(store, username: str, pw_hash: str) -> None:
    store.execute("UPDATE users SET pw_hash = ? WHERE username = ?", (pw_hash, username))


def set_failures(store, username: str, failed: int, locked_until: str | None) -> None:
    store.execute("UPDATE users SET failed_logins = ?, locked_until = ? WHERE username = ?",
                  (failed, locked_until, username))


def is_drill_database(store) -> bool:
    """A drill database carries its scenario's name in meta (console.drills)."""
    return store.scalar("SELECT value FROM meta WHERE key = 'drill_scenario'") is not None
