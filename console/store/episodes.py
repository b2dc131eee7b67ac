"""Repository of the episodes' own records (schema step 4, append-only): episodes, triggers, upper notices
received and their acknowledgements, level changes, episode ends, consultations, joint assessments, summaries.
Proposals and signatures are in console/store/proposals.py, publications in console/store/publications.py.

Plain functions over the Store's portable helpers, returning rows as dicts; the rules live in console/episodes/.
Writes run inside the caller's transaction (one state change = one transaction + one audit record).
"""
from __future__ import annotations

from console.store.db import Store


def _add(store: Store, table: str, row: dict) -> int:
    """INSERT one row (columns named by the fixed keys the functions below pass); returns the new id."""
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    return store.insert(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))


def _where_episode(sql: str, episode_id: int | None, order: str = "") -> tuple[str, tuple]:
    if episode_id is None:
        return sql + order, ()
    return f"{sql} WHERE episode_id = ?{order}", (int(episode_id),)


# ---- episodes and their ends ----------------------------------------------------------------------
def episode(store: Store, episode_id: int) -> dict | None:
    return store.row("SELECT * FROM episodes WHERE id = ?", (int(episode_id),))


def episode_ids(store: Store) -> list[int]:
    return [r[0] for r in store.tuples("SELECT id FROM episodes ORDER BY id")]


def open_episode_id(store: Store) -> int | None:
    """The newest episode that has not ended."""
    return store.scalar("SELECT id FROM episodes WHERE id NOT IN (SELECT episode_id FROM episode_ends) "
                        "ORDER BY id DESC LIMIT 1")


def latest_episode_id(store: Store) -> int | None:
    return store.scalar("SELECT id FROM episodes ORDER BY id DESC LIMIT 1")


def add_episode(store: Store, opened_at: str, opened_by: str) -> int:
    return _add(store, "episodes", {"opened_at": opened_at, "opened_by": opened_by})


def episode_end(store: Store, episode_id: int) -> dict | None:
    return store.row("SELECT * FROM episode_ends WHERE episode_id = ?", (int(episode_id),))


def episode_ends(store: Store, episode_id: int) -> list[dict]:
    return store.rows("SELECT * FROM episode_ends WHERE episode_id = ? ORDER BY id", (int(episode_id),))


def latest_ended_episode_id(store: Store) -> int | None:
    return store.scalar("SELECT episode_id FROM episode_ends ORDER BY episode_id DESC LIMIT 1")


def add_episode_end(store: Store, episode_id: int, at: str, proposal_id: int, kind: str, units_json: str,
                    summary_due_at: str) -> int:
    return _add(store, "episode_ends", {"episode_id": episode_id, "at": at, "proposal_id": proposal_id,
                                        "kind": kind, "units": units_json, "summary_due_at": summary_due_at})


# ---- level changes and triggers ---------------------------------------------------------------------
def level_changes(store: Store, episode_id: int | None = None) -> list[dict]:
    return store.rows(*_where_episode("SELECT * FROM level_changes", episode_id, " ORDER BY at, id"))


def add_level_change(store: Store, episode_id: int, level: str, at: str, proposal_id: int | None,
                     kind: str) -> int:
    return _add(store, "level_changes", {"episode_id": episode_id, "level": level, "at": at,
                                         "proposal_id": proposal_id, "kind": kind})


def triggers(store: Store, episode_id: int) -> list[dict]:
    return store.rows("SELECT * FROM triggers WHERE episode_id = ? ORDER BY at, id", (int(episode_id),))


def trigger(store: Store, trigger_id: int) -> dict | None:
    return store.row("SELECT * FROM triggers WHERE id = ?", (int(trigger_id),))


def add_trigger(store: Store, episode_id: int, source: str, level: str, at: str, due_at: str,
                notice_id: int | None, recorded_at: str, recorded_by: str) -> int:
    return _add(store, "triggers", {"episode_id": episode_id, "source": source, "level": level, "at": at,
                                    "due_at": due_at, "notice_id": notice_id, "recorded_at": recorded_at,
                                    "recorded_by": recorded_by})


# ---- upper notices received ---------------------------------------------------------------------------
def notices(store: Store, episode_id: int | None = None) -> list[dict]:
    """Every notice received (of one episode, if given) with its acknowledgement (ack_by, ack_at or None)."""
    sql = ("SELECT n.*, a.by AS ack_by, a.at AS ack_at FROM notices_received n "
           "LEFT JOIN notice_acks a ON a.notice_id = n.id")
    if episode_id is None:
        return store.rows(sql + " ORDER BY n.received_at, n.id")
    return store.rows(sql + " WHERE n.episode_id = ? ORDER BY n.received_at, n.id", (int(episode_id),))


def add_notice(store: Store, episode_id: int | None, issuer: str, action: str, level: str | None,
               doc_no: str | None, received_at: str, recorded_at: str, recorded_by: str) -> int:
    return _add(store, "notices_received", {
        "episode_id": episode_id, "issuer": issuer, "action": action, "level": level, "doc_no": doc_no,
        "received_at": received_at, "recorded_at": recorded_at, "recorded_by": recorded_by})


def add_notice_ack(store: Store, notice_id: int, by: str, at: str) -> int:
    return _add(store, "notice_acks", {"notice_id": notice_id, "by": by, "at": at})


# ---- consultations and joint assessments ------------------------------------------------------------------
def consultations(store: Store, episode_id: int | None = None) -> list[dict]:
    return store.rows(*_where_episode("SELECT * FROM consultations", episode_id, " ORDER BY at, id"))


def consultation(store: Store, consultation_id: int) -> dict | None:
    return store.row("SELECT * FROM consultations WHERE id = ?", (int(consultation_id),))


def add_consultation(store: Store, episode_id: int | None, at: str, participants_json: str, forecast: str,
                     conclusion: str, next_at: str | None, recorded_at: str, recorded_by: str) -> int:
    return _add(store, "consultations", {
        "episode_id": episode_id, "at": at, "participants": participants_json, "forecast": forecast,
        "conclusion": conclusion, "next_at": next_at, "recorded_at": recorded_at, "recorded_by": recorded_by})


def joint_assessments(store: Store, episode_id: int) -> list[dict]:
    return store.rows("SELECT * FROM joint_assessments WHERE episode_id = ? ORDER BY at, id", (int(episode_id),))


def joint_assessment(store: Store, joint_id: int) -> dict | None:
    return store.row("SELECT * FROM joint_assessments WHERE id = ?", (int(joint_id),))


def add_joint_assessment(store: Store, episode_id: int, at: str, ecology_by: str, meteorology_by: str,
                         below_hours: float, conclusion: str, recorded_at: str, recorded_by: str) -> int:
    return _add(store, "joint_assessments", {
        "episode_id": episode_id, "at": at, "ecology_by": ecology_by, "meteorology_by": meteorology_by,
        "below_hours": below_hours, "conclusion": conclusion, "recorded_at": recorded_at,
        "recorded_by": recorded_by})


# ---- summaries (§6.2) -----------------------------------------------------------------------------------------
def summaries(store: Store, episode_id: int) -> list[dict]:
    """In the order recorded (a later record for the same unit corrects an earlier one)."""
    return store.rows("SELECT * FROM summaries WHERE episode_id = ? ORDER BY id", (int(episode_id),))


def add_summary(store: Store, episode_id: int, unit: str, received_at: str, by: str, recorded_at: str,
                recorded_by: str) -> int:
    return _add(store, "summaries", {"episode_id": episode_id, "unit": unit, "received_at": received_at,
                                     "by": by, "recorded_at": recorded_at, "recorded_by": recorded_by})
