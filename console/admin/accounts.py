"""People and roles. Passwords are stored as salted scrypt hashes; signing re-checks the password.

Every change of an account is made by an authenticated administrator (an Actor, see console.admin.session),
checked inside its transaction; the one exception is the first administrator of an empty database
(create_first_admin). Repeated wrong passwords lock the account for a while (settings lockout_attempts,
lockout_minutes); an administrator can unlock it.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import timedelta

from console.admin import session
from console.admin.session import Actor  # noqa: F401  (accounts.Actor: the acting account)
from console.common.clock import parse_local, to_iso, to_local
from console.common.errors import UserError
from console.store import accounts as repo
from console.store.db import Store

ROLE_CODES = ("duty_officer", "deputy_head", "bureau_head", "district_leader", "liaison", "admin")
_N, _R, _P = 2**14, 8, 1
WRONG = "用户名或密码错误 wrong username or password"


@dataclass(frozen=True)
class User:
    username: str
    display_name: str
    roles: tuple[str, ...]
    active: bool
    locked_until: object = None  # datetime while locked out, else None

    def has_role(self, role: str) -> bool:
        return self.active and role in self.roles


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    dk = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${dk.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        _, n, r, p, salt, dk = stored.split("$")
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                             p=int(p), dklen=len(dk) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), dk)


def _row_to_user(row: dict) -> User:
    locked = row.get("locked_until")
    return User(row["username"], row["display_name"], tuple(json.loads(row["roles"])), bool(row["active"]),
                parse_local(locked) if locked else None)


def list_users(store: Store) -> list[User]:
    return [_row_to_user(r) for r in repo.all_users(store)]


def get_user(store: Store, username: str) -> User | None:
    row = repo.user_row(store, username)
    return _row_to_user(row) if row else None


def has_admin(store: Store) -> bool:
    return any(u.has_role("admin") for u in list_users(store))


def holders(store: Store, role: str) -> list[User]:
    """Active accounts holding `role` (the names shown for a role come from these, never from a default)."""
    return [u for u in list_users(store) if u.has_role(role)]


# Names the audit records the console's own work under (automatic checks, deliveries, drill automation): no
# person may hold one, or a person's actions could not be told from the console's.
RESERVED_NAMES = frozenset({session.SYSTEM_ACTOR, session.DRILL_ACTOR, "?"})


def _validate_new(username: str, display_name: str, roles: list[str], password: str) -> str:
    username = username.strip()
    problems = []
    if not username:
        problems.append("用户名 username: 不能为空 must not be empty")
    elif username.lower() in RESERVED_NAMES:
        problems.append(f"用户名 username: “{username}”为系统保留名，审计记录中代表控制台自身的操作 is reserved "
                        "(the audit records the console's own actions under it)")
    if not display_name.strip():
        problems.append("姓名 display name: 不能为空 must not be empty")
    bad = [r for r in roles if r not in ROLE_CODES]
    if bad or not roles:
        problems.append(f"角色 roles: 无效 invalid {', '.join(bad) or '（未选择 none）'}")
    if len(password) < 6:
        problems.append("密码 password: 至少 6 位 at least 6 characters")
    if problems:
        raise UserError("；".join(problems))
    return username


def _insert(store: Store, actor_name: str, username: str, display_name: str, roles: list[str], password: str):
    if get_user(store, username):
        raise UserError(f"用户名 username: {username!r} 已存在 already exists")
    repo.insert_user(store, username, display_name.strip(), json.dumps(roles), hash_password(password),
                     to_iso(store.clock.now()))
    store.audit(actor_name, "user.create", "user", username, {"display_name": display_name, "roles": roles})


def create_first_admin(store: Store, username: str, display_name: str, password: str) -> Actor:
    """First run: on a database without any account, create the administrator (audited). Returns the new
    administrator as the acting Actor (they just set their password). Refused once any account exists."""
    username = _validate_new(username, display_name, ["admin"], password)
    with store.transaction():
        taken = repo.count_users(store) > 0  # read inside the write: two first-run seats cannot both pass
        if not taken:
            _insert(store, username, username, display_name, ["admin"], password)
            store.audit(username, "session.first_run", "user", username, {})
    if taken:
        raise session.refusal(store, username, "已有账户：新账户须由管理员创建 accounts exist already: an "
                                               "administrator creates new ones", ["admin"])
    return session.issue_verified(username, display_name.strip(), ("admin",), session.FIRST_RUN)


def create_user(store: Store, actor: Actor, username: str, display_name: str, roles: list[str],
                password: str) -> User:
    username = _validate_new(username, display_name, roles, password)
    with session.authorized(store, actor, "admin"):
        _insert(store, actor.username, username, display_name, roles, password)
    return get_user(store, username)


def _lock_settings(store: Store) -> tuple[int, int]:
    from console.admin.settings import Settings  # late: settings is a sibling with its own store imports
    s = Settings(store)
    return int(s.get("lockout_attempts")), int(s.get("lockout_minutes"))


def authenticate(store: Store, username: str, password: str, role: str | None = None) -> Actor:
    """The account as an authenticated Actor, if the password is right (and they hold `role`, if given).
    Otherwise UserError. After `lockout_attempts` wrong passwords in a row the account is locked for
    `lockout_minutes` (audited); a locked account is refused without looking at the password."""
    row = repo.user_row(store, username)
    now = to_local(store.clock.now())
    if row and row.get("locked_until") and parse_local(row["locked_until"]) > now:
        until = parse_local(row["locked_until"])
        raise UserError(f"账号“{username}”因多次密码错误已锁定至 {until:%m-%d %H:%M}，请稍后再试或请管理员解锁 "
                        f"account locked after repeated wrong passwords until {until:%H:%M}")
    if not row or not check_password(password, row["pw_hash"]) or not row["active"]:
        if row and row["active"]:
            _count_failure(store, row, now)
        raise UserError(WRONG)
    if row.get("failed_logins"):
        with store.transaction():
            repo.set_failures(store, username, 0, None)
    user = _row_to_user(row)
    if role and not user.has_role(role):
        raise UserError(f"{user.display_name} 不具备“{session.role_names([role])}”角色 does not hold role {role}")
    return session.issue_verified(user.username, user.display_name, user.roles, session.PASSWORD)


def _count_failure(store: Store, row: dict, now) -> None:
    attempts, minutes = _lock_settings(store)
    with store.transaction():
        failed = (repo.user_row(store, row["username"]) or row).get("failed_logins", 0) + 1
        if failed >= attempts:
            until = now + timedelta(minutes=minutes)
            repo.set_failures(store, row["username"], 0, to_iso(until))
            store.audit(row["username"], "user.locked", "user", row["username"],
                        {"failed_logins": failed, "locked_until": to_iso(until)})
        else:
            repo.set_failures(store, row["username"], failed, row.get("locked_until"))


def unlock(store: Store, actor: Actor, username: str) -> User:
    """An administrator lifts a lockout (audited)."""
    with session.authorized(store, actor, "admin"):
        if get_user(store, username) is None:
            raise UserError(f"用户名 username: {username!r} 不存在 does not exist")
        repo.set_failures(store, username, 0, None)
        store.audit(actor.username, "user.unlock", "user", username, {})
    return get_user(store, username)


def update_user(store: Store, actor: Actor, username: str, *, display_name: str | None = None,
                roles: list[str] | None = None, active: bool | None = None) -> User:
    """Change a user's name, roles or active flag (the row changes; the audit record keeps old and new)."""
    with session.authorized(store, actor, "admin"):
        old = get_user(store, username)
        if old is None:
            raise UserError(f"用户名 username: {username!r} 不存在 does not exist")
        new_roles = list(old.roles) if roles is None else list(roles)
        bad = [r for r in new_roles if r not in ROLE_CODES]
        if bad or not new_roles:
            raise UserError(f"角色 roles: 无效 invalid {', '.join(bad) or '（未选择 none）'}")
        name = old.display_name if display_name is None else display_name.strip()
        if not name:
            raise UserError("姓名 display name: 不能为空 must not be empty")
        is_active = old.active if active is None else bool(active)
        if old.has_role("admin") and ("admin" not in new_roles or not is_active):
            others = [u for u in list_users(store) if u.username != username and u.has_role("admin")]
            if not others:
                raise UserError("不能移除最后一位管理员 cannot remove the last administrator")
        repo.update_user(store, username, name, json.dumps(new_roles), is_active)
        store.audit(actor.username, "user.update", "user", username, {
            "old": {"display_name": old.display_name, "roles": list(old.roles), "active": old.active},
            "new": {"display_name": name, "roles": new_roles, "active": is_active}})
    return get_user(store, username)


def set_password(store: Store, actor: Actor, username: str, password: str) -> None:
    """An administrator sets a new password (the user's signatures so far stay valid and recorded)."""
    if len(password) < 6:
        raise UserError("密码 password: 至少 6 位 at least 6 characters")
    with session.authorized(store, actor, "admin"):
        if get_user(store, username) is None:
            raise UserError(f"用户名 username: {username!r} 不存在 does not exist")
        repo.set_pw_hash(store, username, hash_password(password))
        repo.set_failures(store, username, 0, None)
        store.audit(actor.username, "user.password", "user", username, {})
