"""Run a folder's domain tests on both backends: SQLite (a file) and PostgreSQL (the session's throwaway cluster).

A folder opts in with a conftest.py that imports `backend` and `store` from here. The `backend` fixture is
parametrised ["sqlite", "postgres"] and autouse, so every test in the folder runs twice. On PostgreSQL the test
module's `Store` name is replaced by a factory with the same call shape (`Store(path, clock, readonly=...)`) that
opens a PgStore instead: one fresh database per distinct path, so reopening the same path (a "restart", a second
seat) reaches the same database. Tests that are about the SQLite file itself (permissions, the header, PRAGMA, a
subprocess given a file path) carry `@pytest.mark.sqlite_only("reason")` and run on SQLite only.

Drills (tests/console/drills/) also import `drill_stores`: on PostgreSQL the drill runner's database (always a
file of its own in the product) is a fresh PostgreSQL database, so a whole drill exercises the core on that backend.
"""
from __future__ import annotations

from pathlib import Path

import pytest

BACKENDS = ["sqlite", "postgres"]


class PgStoreFactory:
    """Stands in for console.store.db.Store: the same path always opens the same PostgreSQL database."""

    def __init__(self, cluster):
        self.cluster = cluster
        self.databases: dict[str, str] = {}

    def url(self, path) -> str:
        key = str(Path(path).resolve())
        if key not in self.databases:
            self.databases[key] = self.cluster.new_database()
        return self.databases[key]

    def __call__(self, path, clock=None, *, readonly: bool = False, **_ignored):
        from console.store.connect import PgStore

        return PgStore(self.url(path), clock, readonly=readonly)


def pytest_generate_tests(metafunc):
    """Both backends, except for tests marked sqlite_only (about the file) or own_backends (they open PostgreSQL
    themselves, e.g. tests/console/store/test_postgres.py) or no_database (a CLI command reading files only): those
    run once."""
    if "backend" not in metafunc.fixturenames:
        return
    single = any(metafunc.definition.get_closest_marker(m) for m in ("sqlite_only", "own_backends", "no_database"))
    metafunc.parametrize("backend", BACKENDS[:1] if single else BACKENDS, indirect=True)


@pytest.fixture(autouse=True)
def backend(request, monkeypatch):
    if request.param == "postgres":
        factory = PgStoreFactory(request.getfixturevalue("pg_cluster"))
        if hasattr(request.module, "Store"):
            monkeypatch.setattr(request.module, "Store", factory)
        request.node.pg_factory = factory
    return request.param


@pytest.fixture
def db_arg(backend, request):
    """What a CLI test passes to `--db` for a database it opened with the module's `Store(path)`: the path on
    SQLite, the URL of the same PostgreSQL database on PostgreSQL."""
    if backend == "postgres":
        return request.node.pg_factory.url
    return str


@pytest.fixture
def store(backend, request, tmp_path):
    """The shared `store` fixture, on the test's backend."""
    if backend == "postgres":
        s = request.node.pg_factory(tmp_path / "test.sqlite3")
    else:
        from console.store.db import Store

        s = Store(tmp_path / "test.sqlite3")
    yield s
    s.close()


class DrillPgStores(PgStoreFactory):
    """console.drills.runner.Store on PostgreSQL. The runner creates `<name>.sqlite3.partial`, marks it, renames
    it to `<name>.sqlite3` and reopens it: both names reach one database, and an empty placeholder file stands in
    for the rename (and for the drill's `db_path`, which the tests only pass back to the runner's Store)."""

    def url(self, path) -> str:
        p = Path(path)
        if p.name.endswith(".partial"):
            p = p.with_name(p.name[:-len(".partial")])
        return super().url(p)

    def __call__(self, path, clock=None, *, readonly: bool = False, **_ignored):
        Path(path).touch(exist_ok=True)
        s = super().__call__(path, clock, readonly=readonly)
        s.path = Path(path)  # the name the drill's log and report show (a PgStore's path is its server URL)
        return s


@pytest.fixture(autouse=True)
def drill_stores(backend, request, monkeypatch):
    """On PostgreSQL, the drill runner opens its drill database there (see DrillPgStores)."""
    if backend == "postgres":
        import console.drills.runner as runner

        factory = DrillPgStores(request.getfixturevalue("pg_cluster"))
        monkeypatch.setattr(runner, "Store", factory)
        return factory
    return None
