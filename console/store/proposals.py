"""Repository of proposals (every version, append-only), their closures (withdrawn) and the signatures on them.
Plain functions over the Store's portable helpers, returning rows as dicts; the sign-off rules live in
console/episodes/signoff.py and console/episodes/records.py. Writes run inside the caller's transaction."""
from __future__ import annotations

from console.store.db import Store

_PROPOSAL_COLS = ("id", "root_id", "version", "episode_id", "kind", "level", "basis", "area", "start_time",
                  "reason", "assessed_level", "improvement_hours", "steps", "content_hash", "created_at",
                  "created_by")
_SIGNATURE_COLS = ("proposal_id", "root_id", "step", "step_name", "role", "username", "display_name", "decision",
                   "content_hash", "reason", "signed_at")
#: the current (highest) version of each proposal
_CURRENT = ("SELECT p.* FROM proposals p JOIN (SELECT root_id, MAX(version) AS v FROM proposals GROUP BY root_id) m "
            "ON p.root_id = m.root_id AND p.version = m.v")


# ---- proposal versions ----------------------------------------------------------------------------------
def next_proposal_id(store: Store) -> int:
    """The id the next version row gets (a new proposal's root id is its first version's id)."""
    return int(store.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM proposals"))


def add_version(store: Store, row: dict) -> int:
    """Insert one proposal version; `row` holds exactly the proposals columns (its id included)."""
    if set(row) != set(_PROPOSAL_COLS):
        raise ValueError(f"proposal row: columns {sorted(set(row) ^ set(_PROPOSAL_COLS))} wrong")
    marks = ", ".join("?" for _ in _PROPOSAL_COLS)
    return store.insert(f"INSERT INTO proposals ({', '.join(_PROPOSAL_COLS)}) VALUES ({marks})",
                        tuple(row[c] for c in _PROPOSAL_COLS))


def latest_version(store: Store, root_id: int) -> dict | None:
    return store.row("SELECT * FROM proposals WHERE root_id = ? ORDER BY version DESC LIMIT 1", (int(root_id),))


def version(store: Store, version_id: int) -> dict | None:
    """One proposal version by its row id (signatures.proposal_id)."""
    return store.row("SELECT * FROM proposals WHERE id = ?", (int(version_id),))


def versions(store: Store, root_id: int) -> list[dict]:
    """Every version of one proposal, oldest first."""
    return store.rows("SELECT * FROM proposals WHERE root_id = ? ORDER BY version", (int(root_id),))


def current_versions(store: Store, episode_id: int | None = None) -> list[dict]:
    """The current version of every proposal (of one episode, if given), oldest proposal first."""
    if episode_id is None:
        return store.rows(_CURRENT + " ORDER BY p.root_id")
    return store.rows(_CURRENT + " WHERE p.episode_id = ? ORDER BY p.root_id", (int(episode_id),))


def roots(store: Store, episode_id: int) -> list[int]:
    """The ids of the episode's proposals, oldest first."""
    return [r[0] for r in store.tuples("SELECT DISTINCT root_id FROM proposals WHERE episode_id = ? "
                                       "ORDER BY root_id", (int(episode_id),))]


# ---- closures (withdrawn) -----------------------------------------------------------------------------------
def closure(store: Store, root_id: int) -> dict | None:
    return store.row("SELECT * FROM proposal_closures WHERE root_id = ?", (int(root_id),))


def closures(store: Store, episode_id: int) -> list[dict]:
    return store.rows("SELECT * FROM proposal_closures WHERE root_id IN "
                      "(SELECT root_id FROM proposals WHERE episode_id = ?) ORDER BY id", (int(episode_id),))


def add_closure(store: Store, root_id: int, status: str, reason: str, by: str, at: str) -> int:
    return store.insert("INSERT INTO proposal_closures (root_id, status, reason, by, at) VALUES (?, ?, ?, ?, ?)",
                        (root_id, status, reason, by, at))


# ---- signatures -----------------------------------------------------------------------------------------------
def signatures(store: Store, version_id: int) -> list[dict]:
    """The signatures on one proposal version, in step order."""
    return store.rows("SELECT * FROM signatures WHERE proposal_id = ? ORDER BY step", (int(version_id),))


def signature(store: Store, signature_id: int) -> dict | None:
    return store.row("SELECT * FROM signatures WHERE id = ?", (int(signature_id),))


def add_signature(store: Store, row: dict) -> int:
    """Insert one signature; `row` holds exactly the signatures columns (not the id). A second signature on
    the same version and step violates UNIQUE (proposal_id, step): the Store raises ConflictError."""
    if set(row) != set(_SIGNATURE_COLS):
        raise ValueError(f"signature row: columns {sorted(set(row) ^ set(_SIGNATURE_COLS))} wrong")
    marks = ", ".join("?" for _ in _SIGNATURE_COLS)
    return store.insert(f"INSERT INTO signatures ({', '.join(_SIGNATURE_COLS)}) VALUES ({marks})",
                        tuple(row[c] for c in _SIGNATURE_COLS))
