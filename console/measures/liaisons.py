"""What a user sees and is called by on the measures board: a liaison (a department's or town's account, see
board_liaisons) sees his unit's tasks by default and is named by his role, not as the duty officer."""
from __future__ import annotations

from console.admin import accounts
from console.alerts.escalation import addressed_to
from console.measures.board import liaison_units, tasks
from console.store.db import Store


def units_in_view(store: Store, username: str | None) -> list[str] | None:
    """The units whose tasks a user sees by default: a liaison (without the duty officer's role) his own units;
    anyone else every unit (None)."""
    user = accounts.get_user(store, username) if username else None
    if user is None or not user.has_role("liaison") or user.has_role("duty_officer"):
        return None
    return liaison_units(store, user.username)


def tasks_in_view(store: Store, episode_id: str, username: str | None) -> list[dict]:
    """The board's tasks a user sees by default (units_in_view)."""
    units = units_in_view(store, username)
    rows = tasks(store, episode_id)
    return rows if units is None else [t for t in rows if t["unit"] in units]


def user_title(store: Store, username: str) -> tuple[str, list[str]]:
    """(role code to name the user by, his liaison units): a liaison is named as such, with his units."""
    user = accounts.get_user(store, username)
    if user is None:
        return "", []
    for role in ("district_leader", "bureau_head", "deputy_head", "duty_officer"):
        if user.has_role(role):
            return role, []
    if user.has_role("liaison"):
        return "liaison", liaison_units(store, username)
    return (user.roles[0] if user.roles else ""), []


def pending_for(store: Store, username: str | None, items: list) -> list:
    """The pending items (escalation.Pending) a user is shown: a liaison only those addressed to his units;
    anyone else everything (the duty room sees the whole picture)."""
    units = units_in_view(store, username)
    if units is None:
        return list(items)
    user = accounts.get_user(store, username)
    return [p for p in items if addressed_to(p.roles, set(user.roles), set(units))]
