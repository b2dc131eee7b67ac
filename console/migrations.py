"""Versioned schema. MIGRATIONS[v] moves the database from version v-1 to v; all pending steps are applied
in one transaction on open. Never edit a released step: add a new version.
"""

MIGRATIONS: dict[int, list[str]] = {}

# 1: audit chain, settings, meta
MIGRATIONS[1] = [
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        detail TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )""",
    """CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
    )""",
]

# 2: people and roles (passwords: scrypt, salted)
MIGRATIONS[2] = [
    """CREATE TABLE users (
        username TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        roles TEXT NOT NULL,
        pw_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
    )""",
]

# Later steps live in the modules that own the tables and register themselves here on import
# (console.schema imports them all before a Store opens).


def latest() -> int:
    versions = sorted(MIGRATIONS)
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"schema migrations must be numbered 1..n without gaps, got {versions}")
    return versions[-1]
