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


USER_PW = "secret1"


def actor_of(store, username: str, *roles: str, display_name: str | None = None, password: str = USER_PW):
    """`username` as an authenticated Actor, as the login (accounts.authenticate) gives it, without paying for a
    password hash in every test: the login itself is tested in tests/console/admin. If the account does not
    exist it is created first by the test administrator with `roles` (default: duty officer) and `password`.
    The core re-reads the account inside every write, so disabling it or changing its roles still counts."""
    from console.admin import accounts, session

    user = accounts.get_user(store, username)
    if user is None:
        user = accounts.create_user(store, admin_of(store), username, display_name or username,
                                    list(roles or ("duty_officer",)), password)
    return session.issue_verified(user.username, user.display_name, user.roles, session.PASSWORD)
