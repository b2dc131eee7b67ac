"""Run a folder's domain tests on both backends: SQLite (a file) and PostgreSQL (the session's throwaway cluster).

A folder opts in with a conftest.py that imports `backend` and `store` from here. The `backend` fixture is
parametrised ["sqlite", "postgres"] and autouse, so every test in the folder runs twice. On PostgreSQL the test
module's `Store` name is replaced by a factory with the same call shape (`Store(path, clock, readonly=...)`) that
opens a PgStore instead: one fresh database per distinct path, so reopening the same path (a "restart", a second
seat) reaches the same database. Tests that are about the SQLite file itself (permissions, the header, PRAGMA, a
subprocess given a file path) carry `@pytest.mark.sqlite_only("reason")` and run on SQLite only.
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
    themselves, e.g. tests/console/store/test_postgres.py): those run once."""
    if "backend" not in metafunc.fixturenames:
        return
    single = metafunc.definition.get_closest_marker("sqlite_only") or \
        metafunc.definition.get_closest_marker("own_backends")
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
def store(backend, request, tmp_path):
    """The shared `store` fixture, on the test's backend."""
    if backend == "postgres":
        s = request.node.pg_factory(tmp_path / "test.sqlite3")
    else:
        from console.store.db import Store

        s = Store(tmp_path / "test.sqlite3")
    yield s
    s.close()
