"""People and roles. Passwords are stored as salted scrypt hashes; signing re-checks the password."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from console.common.clock import to_iso
from console.common.errors import UserError
from console.store.db import Store

ROLE_CODES = ("duty_officer", "deputy_head", "bureau_head", "district_leader", "liaison", "admin")
_N, _R, _P = 2**14, 8, 1


@dataclass(frozen=True)
class User:
    username: str
    display_name: str
    roles: tuple[str, ...]
    active: bool

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
    return User(row["username"], row["display_name"], tuple(json.loads(row["roles"])), bool(row["active"]))


def list_users(store: Store) -> list[User]:
    return [_row_to_user(r) for r in store.rows("SELECT * FROM users ORDER BY username")]


def get_user(store: Store, username: str) -> User | None:
    rows = store.rows("SELECT * FROM users WHERE username = ?", (username,))
    return _row_to_user(rows[0]) if rows else None


def has_admin(store: Store) -> bool:
    return any(u.has_role("admin") for u in list_users(store))


def create_user(store: Store, actor: str, username: str, display_name: str, roles: list[str],
                password: str) -> User:
    username = username.strip()
    if not username:
        raise UserError("用户名 username: 不能为空 must not be empty")
    if not display_name.strip():
        raise UserError("姓名 display name: 不能为空 must not be empty")
    bad = [r for r in roles if r not in ROLE_CODES]
    if bad or not roles:
        raise UserError(f"角色 roles: 无效 invalid {bad or roles}")
    if len(password) < 6:
        raise UserError("密码 password: 至少 6 位 at least 6 characters")
    with store.transaction() as conn:
        if get_user(store, username):
            raise UserError(f"用户名 username: {username!r} 已存在 already exists")
        conn.execute("INSERT INTO users (username, display_name, roles, pw_hash, active, created_at) "
                     "VALUES (?, ?, ?, ?, 1, ?)",
                     (username, display_name.strip(), json.dumps(roles), hash_password(password),
                      to_iso(store.clock.now())))
        store.audit(actor, "user.create", "user", username, {"display_name": display_name, "roles": roles})
    return get_user(store, username)


def authenticate(store: Store, username: str, password: str, role: str | None = None) -> User:
    """The user, if the password is right (and they hold `role`, if given). Otherwise UserError."""
    rows = store.rows("SELECT * FROM users WHERE username = ?", (username,))
    if not rows or not check_password(password, rows[0]["pw_hash"]) or not rows[0]["active"]:
        raise UserError("用户名或密码错误 wrong username or password")
    user = _row_to_user(rows[0])
    if role and not user.has_role(role):
        raise UserError(f"{user.display_name} 不具备该角色 does not hold role {role}")
    return user


def update_user(store: Store, actor: str, username: str, *, display_name: str | None = None,
                roles: list[str] | None = None, active: bool | None = None) -> User:
    """Change a user's name, roles or active flag (the row changes; the audit record keeps old and new)."""
    old = get_user(store, username)
    if old is None:
        raise UserError(f"用户名 username: {username!r} 不存在 does not exist")
    new_roles = list(old.roles) if roles is None else list(roles)
    bad = [r for r in new_roles if r not in ROLE_CODES]
    if bad or not new_roles:
        raise UserError(f"角色 roles: 无效 invalid {bad or new_roles}")
    name = old.display_name if display_name is None else display_name.strip()
    if not name:
        raise UserError("姓名 display name: 不能为空 must not be empty")
    is_active = old.active if active is None else bool(active)
    if old.has_role("admin") and ("admin" not in new_roles or not is_active):
        others = [u for u in list_users(store) if u.username != username and u.has_role("admin")]
        if not others:
            raise UserError("不能移除最后一位管理员 cannot remove the last administrator")
    with store.transaction() as conn:
        conn.execute("UPDATE users SET display_name = ?, roles = ?, active = ? WHERE username = ?",
                     (name, json.dumps(new_roles), int(is_active), username))
        store.audit(actor, "user.update", "user", username, {
            "old": {"display_name": old.display_name, "roles": list(old.roles), "active": old.active},
            "new": {"display_name": name, "roles": new_roles, "active": is_active}})
    return get_user(store, username)


def set_password(store: Store, actor: str, username: str, password: str) -> None:
    """An administrator sets a new password (the user's signatures so far stay valid and recorded)."""
    if get_user(store, username) is None:
        raise UserError(f"用户名 username: {username!r} 不存在 does not exist")
    if len(password) < 6:
        raise UserError("密码 password: 至少 6 位 at least 6 characters")
    with store.transaction() as conn:
        conn.execute("UPDATE users SET pw_hash = ? WHERE username = ?", (hash_password(password), username))
        store.audit(actor, "user.password", "user", username, {})
