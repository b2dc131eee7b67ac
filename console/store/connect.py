"""Open the console's database, whichever it is: a SQLite file (one seat, the default) or a PostgreSQL URL
(several seats on one server). Every caller (GUI, CLI, watch folder) opens it here."""
from __future__ import annotations

import os
from pathlib import Path

from console.store.postgres import PostgresBackend, is_url, redact

#: The environment variable a seat may keep its database URL in (never a password: use libpq's password file)
DB_ENV = "HAIMEN_CONSOLE_DB"


def default_target():
    from console.common import paths

    return os.environ.get(DB_ENV) or paths.default_db_path()


def PgStore(url: str, clock=None, *, readonly: bool = False, seat: str | None = None):  # noqa: N802
    """A Store on a PostgreSQL database (one seat of several)."""
    from console.store.db import Store

    return Store(redact(url), clock, readonly=readonly, backend=PostgresBackend(url, readonly=readonly, seat=seat))


def open_store(target=None, clock=None, *, readonly: bool = False, seat: str | None = None):
    """target: a file path, a ``postgresql://`` URL, or None for the default (HAIMEN_CONSOLE_DB or the data folder)."""
    target = default_target() if target in (None, "") else target
    if is_url(str(target)):
        return PgStore(str(target), clock, readonly=readonly, seat=seat)
    from console.store.db import Store

    return Store(Path(target), clock, readonly=readonly)


def describe(target) -> str:
    """The target for messages and the status bar (a URL without its password)."""
    from console.store.postgres import redact

    return redact(str(target)) if is_url(str(target)) else str(target)
