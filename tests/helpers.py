"""Shared test helpers (import as tests.helpers)."""
from __future__ import annotations


ADMIN_PW = "admin-pw-123"


def admin_of(store):
    """The test database's administrator as an authenticated Actor: created by the first-run path on an empty
    database (username "setup-admin"), logged in with its password otherwise. Cached on the store."""
    from console.admin import accounts

    actor = getattr(store, "_test_admin", None)
    if actor is None:
        if accounts.get_user(store, "setup-admin") is None:
            actor = accounts.create_first_admin(store, "setup-admin", "测试管理员", ADMIN_PW)
        else:
            actor = accounts.authenticate(store, "setup-admin", ADMIN_PW)
        store._test_admin = actor
    return actor
