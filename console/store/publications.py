"""Repository of the warning bulletins published (publications, append-only) and the drill mark they carry.
Plain functions over the Store's portable helpers; the rules live in console/episodes/bulletin.py."""
from __future__ import annotations

from console.store.db import Store

_COLS = ("id", "episode_id", "msg_type", "identifier", "references_id", "level", "fields", "sent", "published_by",
         "drill")


def next_id(store: Store) -> int:
    """The id the next publication gets (it is part of the identifier, so it is chosen before the insert)."""
    return int(store.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM publications"))


def add(store: Store, row: dict) -> int:
    """Insert one publication; `row` holds exactly the publications columns (its id included)."""
    if set(row) != set(_COLS):
        raise ValueError(f"publication row: columns {sorted(set(row) ^ set(_COLS))} wrong")
    marks = ", ".join("?" for _ in _COLS)
    return store.insert(f"INSERT INTO publications ({', '.join(_COLS)}) VALUES ({marks})",
                        tuple(row[c] for c in _COLS))


def publications(store: Store, episode_id: int | None = None) -> list[dict]:
    """Oldest first."""
    if episode_id is None:
        return store.rows("SELECT * FROM publications ORDER BY id")
    return store.rows("SELECT * FROM publications WHERE episode_id = ? ORDER BY id", (int(episode_id),))


def publication(store: Store, publication_id: int) -> dict | None:
    return store.row("SELECT * FROM publications WHERE id = ?", (int(publication_id),))


def drill_mark(store: Store) -> str | None:
    """meta 'drill' ('1' on a drill database, set by console/store/drills.py:mark_drill)."""
    return store.scalar("SELECT value FROM meta WHERE key = 'drill'")
