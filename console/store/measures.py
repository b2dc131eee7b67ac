"""Repository of the response-measure boards (boards, board_tasks, board_events, temperatures, liaisons).
Plain functions over the Store's portable helpers; the rules live in console/measures/board.py."""
from __future__ import annotations

from console.store.db import Store

_LIVE = "NOT EXISTS (SELECT 1 FROM board_events u WHERE u.kind = 'undo' AND u.ref_event = e.id)"


# ---- boards ---------------------------------------------------------------------------------------
def board(store: Store, episode_id: str) -> dict | None:
    return store.row("SELECT * FROM boards WHERE episode_id = ?", (str(episode_id),))


def boards(store: Store) -> list[dict]:
    """Open boards first, newest first."""
    return store.rows("SELECT * FROM boards ORDER BY CASE WHEN closed_at IS NULL THEN 0 ELSE 1 END, "
                      "opened_at DESC")


def open_board(store: Store, episode_id: str, level: str, at: str, by: str) -> None:
    store.execute("INSERT INTO boards (episode_id, level, opened_at, opened_by) VALUES (?,?,?,?)",
                  (str(episode_id), level, at, by))


def set_board_level(store: Store, episode_id: str, level: str) -> None:
    store.execute("UPDATE boards SET level = ? WHERE episode_id = ?", (level, str(episode_id)))


def close_board(store: Store, episode_id: str, at: str, by: str) -> None:
    store.execute("UPDATE boards SET closed_at = ?, closed_by = ? WHERE episode_id = ?", (at, by, str(episode_id)))


# ---- tasks -----------------------------------------------------------------------------------------
def task(store: Store, task_id: int) -> dict | None:
    return store.row("SELECT * FROM board_tasks WHERE id = ?", (int(task_id),))


def tasks(store: Store, episode_id: str) -> list[dict]:
    return store.rows("SELECT * FROM board_tasks WHERE episode_id = ? ORDER BY id", (str(episode_id),))


def add_task(store: Store, episode_id: str, measure_id: str, unit: str, unit_kind: str, chain: str, at: str,
             level: str) -> int:
    return store.insert(
        "INSERT INTO board_tasks (episode_id, measure_id, unit, unit_kind, chain, added_at, added_level, state) "
        "VALUES (?,?,?,?,?,?,?, 'open')", (str(episode_id), measure_id, unit, unit_kind, chain, at, level))


def replace_task(store: Store, task_id: int, replaced_by: str, at: str) -> None:
    store.execute("UPDATE board_tasks SET state = 'replaced', replaced_by = ?, ended_at = ? WHERE id = ?",
                  (replaced_by, at, int(task_id)))


def withdraw_task(store: Store, task_id: int, at: str) -> None:
    store.execute("UPDATE board_tasks SET state = 'withdrawn', ended_at = ? WHERE id = ?", (at, int(task_id)))


def restore_task(store: Store, task_id: int, state: str) -> None:
    store.execute("UPDATE board_tasks SET state = ?, replaced_by = NULL, ended_at = NULL WHERE id = ?",
                  (state, int(task_id)))


def set_task_state(store: Store, task_id: int, state: str) -> None:
    store.execute("UPDATE board_tasks SET state = ? WHERE id = ?", (state, int(task_id)))


# ---- events ----------------------------------------------------------------------------------------
def events(store: Store, episode_id: str, task_id: int | None = None) -> list[dict]:
    if task_id is None:
        return store.rows("SELECT * FROM board_events WHERE episode_id = ? ORDER BY id", (str(episode_id),))
    return store.rows("SELECT * FROM board_events WHERE task_id = ? ORDER BY id", (int(task_id),))


def add_event(store: Store, episode_id: str, kind: str, by: str, at: str, task_id: int | None,
              on_behalf_of: str | None, counter: str | None, n: int | None, note: str, ref_event: int | None,
              recorded_at: str) -> int:
    return store.insert(
        "INSERT INTO board_events (episode_id, task_id, kind, at, by, on_behalf_of, counter, n, note, ref_event, "
        "recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (str(episode_id), task_id, kind, at, by, on_behalf_of, counter, n, note or "", ref_event, recorded_at))


def live_event(store: Store, task_id: int, kind: str) -> dict | None:
    """The latest event of `kind` ('check' or 'count') of a task that has not been undone."""
    return store.row(f"SELECT * FROM board_events e WHERE task_id = ? AND kind = ? AND {_LIVE} "
                     "ORDER BY id DESC LIMIT 1", (int(task_id), kind))


def live_counts_between(store: Store, task_id: int, start: str, end: str) -> int:
    return int(store.scalar(f"SELECT COUNT(*) FROM board_events e WHERE task_id = ? AND kind = 'count' "
                            f"AND at >= ? AND at < ? AND {_LIVE}", (int(task_id), start, end), 0))


# ---- temperatures and liaisons -----------------------------------------------------------------------
def add_temperature(store: Store, day: str, temp_c: float, by: str, at: str) -> None:
    store.execute("INSERT INTO board_temperatures (day, temp_c, by, recorded_at) VALUES (?,?,?,?)",
                  (day, temp_c, by, at))


def temperature(store: Store, day: str) -> float | None:
    return store.scalar("SELECT temp_c FROM board_temperatures WHERE day = ? ORDER BY id DESC LIMIT 1", (day,))


def temperatures(store: Store) -> dict[str, float]:
    return {day: t for day, t in store.tuples("SELECT day, temp_c FROM board_temperatures ORDER BY id")}


def liaison_units(store: Store, username: str) -> list[str]:
    return [r[0] for r in store.tuples(
        "SELECT unit FROM board_liaisons WHERE username = ? AND revoked_at IS NULL ORDER BY id", (username,))]


def unit_liaisons(store: Store, unit: str) -> list[str]:
    return [r[0] for r in store.tuples(
        "SELECT username FROM board_liaisons WHERE unit = ? AND revoked_at IS NULL ORDER BY id", (unit,))]


def liaisons(store: Store) -> list[dict]:
    return store.rows("SELECT * FROM board_liaisons WHERE revoked_at IS NULL ORDER BY unit, username")


def add_liaison(store: Store, username: str, unit: str, by: str, at: str) -> None:
    store.execute("INSERT INTO board_liaisons (username, unit, assigned_by, assigned_at) VALUES (?,?,?,?)",
                  (username, unit, by, at))


def revoke_liaison(store: Store, username: str, unit: str, at: str) -> None:
    store.execute("UPDATE board_liaisons SET revoked_at = ? WHERE username = ? AND unit = ? AND revoked_at IS NULL",
                  (at, username, unit))


# ---- meta ------------------------------------------------------------------------------------------
def meta(store: Store, key: str) -> str | None:
    return store.scalar("SELECT value FROM meta WHERE key = ?", (key,))
