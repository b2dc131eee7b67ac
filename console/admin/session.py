"""Who is acting: an authenticated Actor, and the role check every state change makes inside its transaction.

An Actor is obtained only through:
- accounts.authenticate(store, username, password): the password was verified (login, CLI --as with password);
- accounts.create_first_admin(...): the first-run setup of an empty database (no account yet), audited;
- drill_automation(store): the drill runner's own scripted steps, only on a drill database, audited;
- system_automation(): the console's own scheduled work (the automatic meter checks), recorded as
  "system"; it passes only an `authorized` block that names the role "system" explicitly.
Anything else (a bare name, an Actor built by hand) is refused. `authorized(store, actor, *roles)` opens the
write transaction and, inside it, re-reads the account (still there, still active, still holding a role): a
refusal is recorded on the audit trail (action auth.refused) and raised as a UserError; nothing is changed.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, field

from console.common.errors import UserError
from console.plan import names
from console.store import accounts as repo

_KEY = object()  # only this module (and accounts, through issue_verified()) builds Actors
PASSWORD, FIRST_RUN, DRILL, SYSTEM = "password", "first_run", "drill_automation", "system_automation"
SYSTEM_ACTOR = "system"  # the name automatic work is recorded under (as console/alerts records deliveries)
SYSTEM_ROLE = "system"
DRILL_ACTOR = "drill"  # the same name as the drill runner's own automation records (console.drills.common.ACTOR)


@dataclass(frozen=True)
class Actor:
    username: str
    display_name: str
    roles: tuple[str, ...]
    how: str = PASSWORD
    _key: object = field(default=None, repr=False, compare=False)

    def __post_init__(self):
        if self._key is not _KEY:
            raise TypeError("Actor: obtain one through accounts.authenticate() (or the first-run / drill constructors)")

    @property
    def active(self) -> bool:
        return True

    def has_role(self, role: str) -> bool:
        return role in self.roles

    def __str__(self) -> str:
        return self.username


def issue_verified(username: str, display_name: str, roles, how: str) -> Actor:
    """Only for accounts.authenticate / create_first_admin, after they verified the password (or set it)."""
    return Actor(username, display_name, tuple(roles), how, _KEY)


def is_drill(store) -> bool:
    return repo.is_drill_database(store)


def drill_automation(store) -> Actor:
    """The drill runner's own scripted steps (creating the scenario's accounts, its settings, its faults).
    Only on a drill database; audited."""
    if not is_drill(store):
        raise UserError("演练自动操作只能用于演练数据库 drill automation is only allowed on a drill database")
    with store.transaction():
        store.audit(DRILL_ACTOR, "session.drill_automation", "account", DRILL_ACTOR, {})
    return issue_verified(DRILL_ACTOR, "演练导演", ("admin", "duty_officer"), DRILL)


def system_automation() -> Actor:
    """The console acting by itself (the automatic meter checks). It holds only the role "system",
    which no account holds, so it can do only what a core function explicitly authorizes for it."""
    return issue_verified(SYSTEM_ACTOR, "系统自动", (SYSTEM_ROLE,), SYSTEM)


def refusal(store, who: str, message: str, roles=()) -> UserError:
    """Record a refused attempt (its own transaction) and return the error to raise."""
    with store.transaction():
        store.audit(who or "?", "auth.refused", "account", who or "?", {"reason": message, "roles": list(roles)})
    return UserError(message)


class _Denied(Exception):
    pass


def denied(actor, message: str) -> Exception:
    """A finer refusal decided inside an `authorized` block (e.g. a liaison ticking another unit's task):
    `raise session.denied(actor, "…")` rolls the transaction back and records it like a role refusal."""
    return _Denied(getattr(actor, "username", str(actor)), message)


def user_of(store, actor):
    """Inside an `authorized` block: the acting account as it is now (roles re-read), or the drill automation
    itself, as an Actor (.username, .display_name, .roles, .has_role())."""
    if isinstance(actor, Actor) and actor.how in (DRILL, SYSTEM):
        return actor
    row = repo.user_row(store, actor.username)
    return issue_verified(row["username"], row["display_name"], json.loads(row["roles"]), actor.how)


def role_names(roles) -> str:
    """Roles in words, from the plan (data/plan.json)."""
    return names.role_names(roles)


def check(store, actor, roles) -> None:
    """Inside a transaction: raise _Denied unless `actor` is an authenticated Actor holding one of `roles`."""
    if not isinstance(actor, Actor):
        raise _Denied(str(actor), f"未经认证的操作人“{actor}”：须先以本人账号和密码登录 "
                                  f"unauthenticated actor {actor!r}: log in with your own password")
    if actor.how == DRILL:
        if not is_drill(store):
            raise _Denied(actor.username, "演练自动操作只能用于演练数据库 drill automation only in a drill database")
        return
    if actor.how == SYSTEM:
        if SYSTEM_ROLE not in roles:
            raise _Denied(actor.username, "系统自动操作不能执行此操作 the system may not do this by itself")
        return
    row = repo.user_row(store, actor.username)
    if row is None or not row["active"]:
        raise _Denied(actor.username, f"账号“{actor.username}”不存在或已停用 account missing or disabled")
    held = set(json.loads(row["roles"]))
    if roles and not held & set(roles):
        raise _Denied(actor.username, f"{row['display_name']}（{actor.username}）不具备{role_names(roles)}角色，"
                                      f"不能执行此操作 does not hold role {'/'.join(roles)}")


@contextmanager
def authorized(store, actor, *roles):
    """The write transaction of one state change, opened only for an actor holding one of `roles`."""
    try:
        with store.transaction() as conn:
            check(store, actor, roles)
            yield conn
    except _Denied as d:
        who, message = d.args
        raise refusal(store, who, message, roles) from None
