"""Schema step 6: response-measure boards (附件2 tasks, check-offs, recurring counts), the emission-reduction
ledger (应急减排清单) and exemptions (应急豁免). Imported by console.board, console.ledger and
console.exemptions, so importing any of them registers the step.

Append-only where it is history: board_events, board_temperatures, ledger_updates and exemption_events are
never updated or deleted; the state columns beside them (board_tasks.state, boards.closed_at, exemptions.revoked_at)
are changed only in the same transaction as the event row that explains the change.
"""
from console.migrations import MIGRATIONS

MIGRATIONS[6] = [
    """CREATE TABLE boards (
        episode_id TEXT PRIMARY KEY,
        level TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        opened_by TEXT NOT NULL,
        closed_at TEXT,
        closed_by TEXT
    )""",
    """CREATE TABLE board_tasks (
        id INTEGER PRIMARY KEY,
        episode_id TEXT NOT NULL REFERENCES boards(episode_id),
        measure_id TEXT NOT NULL,
        unit TEXT NOT NULL,
        unit_kind TEXT NOT NULL CHECK (unit_kind IN ('department', 'town')),
        chain TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_level TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('open', 'done', 'replaced', 'withdrawn')),
        replaced_by TEXT,
        ended_at TEXT,
        UNIQUE (episode_id, measure_id, unit)
    )""",
    "CREATE INDEX board_tasks_episode ON board_tasks(episode_id)",
    """CREATE TABLE board_events (
        id INTEGER PRIMARY KEY,
        episode_id TEXT NOT NULL,
        task_id INTEGER REFERENCES board_tasks(id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        on_behalf_of TEXT,
        counter TEXT,
        n INTEGER,
        note TEXT NOT NULL DEFAULT '',
        ref_event INTEGER REFERENCES board_events(id),
        recorded_at TEXT NOT NULL
    )""",
    "CREATE INDEX board_events_task ON board_events(task_id)",
    "CREATE INDEX board_events_episode ON board_events(episode_id)",
    """CREATE TABLE board_temperatures (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL,
        temp_c REAL NOT NULL,
        by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    )""",
    """CREATE TABLE board_liaisons (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL,
        unit TEXT NOT NULL,
        assigned_by TEXT NOT NULL,
        assigned_at TEXT NOT NULL,
        revoked_at TEXT
    )""",
    """CREATE TABLE ledger_entries (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        town TEXT NOT NULL,
        industry TEXT NOT NULL,
        grade TEXT NOT NULL,
        leading INTEGER NOT NULL,
        values_json TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL,
        update_id INTEGER NOT NULL
    )""",
    """CREATE TABLE ledger_updates (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        source TEXT NOT NULL,
        added INTEGER NOT NULL,
        changed INTEGER NOT NULL,
        removed INTEGER NOT NULL,
        detail TEXT NOT NULL
    )""",
    """CREATE TABLE ledger_society (
        pollutant TEXT PRIMARY KEY,
        total_tpa REAL NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
    )""",
    """CREATE TABLE exemptions (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        reason TEXT NOT NULL,
        departments TEXT NOT NULL,
        decided_on TEXT NOT NULL,
        granted_at TEXT NOT NULL,
        granted_by TEXT NOT NULL,
        revoked_at TEXT,
        revoked_by TEXT,
        violation TEXT,
        banned_until TEXT
    )""",
    "CREATE INDEX exemptions_code ON exemptions(code)",
    """CREATE TABLE exemption_events (
        id INTEGER PRIMARY KEY,
        exemption_id INTEGER NOT NULL REFERENCES exemptions(id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        detail TEXT NOT NULL
    )""",
]
