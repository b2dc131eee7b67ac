"""Exemptions (应急豁免, plan §5): enterprises and sites exempt from the response measures, with reason,
deciding departments and date. A violation revokes the exemption at once and bars a new one for the same
enterprise for 6 months (catalog.deadlines["exemption_ban_months"]); grant() refuses before then, naming the
date it becomes possible. Revocation is an event row plus the revoked_* columns, set once, never edited."""
from __future__ import annotations

import calendar
import json
from dataclasses import dataclass
from datetime import date, datetime

from console.admin import session
from console.admin.session import Actor
from console.common.clock import parse_local, to_iso, to_local
from console.common.errors import UserError
from console.store import exemptions as repo
from console.store.db import Store

DEFAULT_BAN_MONTHS = 6
#: who grants and revokes exemptions (stated in the README's permissions table)
EXEMPTION_ROLES = ("duty_officer", "admin")


@dataclass(frozen=True)
class Exemption:
    id: int
    code: str
    name: str
    reason: str
    departments: tuple[str, ...]
    decided_on: date
    granted_at: datetime
    granted_by: str
    revoked_at: datetime | None
    revoked_by: str | None
    violation: str | None
    banned_until: date | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def add_months(d: date, months: int) -> date:
    """Same day `months` later, clamped to the month's end (08-31 + 6 months = 02-28/29)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _ban_months(catalog) -> int:
    if catalog is None:
        from console.measures.board import default_catalog

        catalog = default_catalog()
    return int(catalog.deadlines.get("exemption_ban_months", DEFAULT_BAN_MONTHS))


def _row(r: dict) -> Exemption:
    return Exemption(r["id"], r["code"], r["name"], r["reason"], tuple(json.loads(r["departments"])),
                     date.fromisoformat(r["decided_on"]), parse_local(r["granted_at"]), r["granted_by"],
                     parse_local(r["revoked_at"]) if r["revoked_at"] else None, r["revoked_by"], r["violation"],
                     date.fromisoformat(r["banned_until"]) if r["banned_until"] else None)


def list_exemptions(store: Store, active_only: bool = False) -> list[Exemption]:
    return [_row(r) for r in repo.exemptions(store, active_only)]


def get_exemption(store: Store, exemption_id: int) -> Exemption:
    row = repo.exemption(store, exemption_id)
    if row is None:
        raise UserError(f"豁免 exemption {exemption_id}: 不存在 does not exist")
    return _row(row)


def exempt_codes(store: Store, at: datetime | None = None) -> set[str]:
    """Codes exempt at `at` (default now): granted by then and not revoked by then."""
    return repo.exempt_codes(store, to_iso(at or store.clock.now()))


def banned_until(store: Store, code: str, on: date | None = None) -> date | None:
    """The date a new exemption becomes possible again for `code`, if a ban is running on `on`."""
    on = on or to_local(store.clock.now()).date()
    latest = repo.latest_ban(store, code.strip())
    if latest and date.fromisoformat(latest) > on:
        return date.fromisoformat(latest)
    return None


def grant(store: Store, code: str, name: str, reason: str, departments: list[str], decided_on: date | str,
          actor: Actor, *, catalog=None) -> Exemption:
    """Exempt an enterprise or site. Refused while an exemption is active or a violation ban is running."""
    code, name, reason = (code or "").strip(), (name or "").strip(), (reason or "").strip()
    depts = [d.strip() for d in departments if d and d.strip()]
    if catalog is not None:
        depts = [catalog.normalise_department(d) for d in depts]
    if not code:
        raise UserError("编号 code: 不能为空 must not be empty")
    if not name:
        raise UserError("名称 name: 不能为空 must not be empty")
    if not reason:
        raise UserError("豁免理由 reason: 不能为空 must not be empty")
    if not depts:
        raise UserError("决定部门 deciding departments: 至少一个 at least one")
    try:
        decided = decided_on if isinstance(decided_on, date) else date.fromisoformat(str(decided_on).strip())
    except ValueError:
        raise UserError(f"决定日期 date {decided_on!r}: 格式应为 YYYY-MM-DD") from None
    if isinstance(decided, datetime):
        decided = to_local(decided).date()
    now = store.clock.now()
    if decided > to_local(now).date():
        raise UserError(f"决定日期 {decided}: 不能晚于今天 cannot be in the future")
    with session.authorized(store, actor, *EXEMPTION_ROLES):
        by = actor.username
        active = [e for e in list_exemptions(store, active_only=True) if e.code == code]
        if active:
            raise UserError(f"{name}（{code}）已享有豁免（{active[0].decided_on} 起）already exempt")
        ban = banned_until(store, code, to_local(now).date())
        if ban:
            raise UserError(f"{name}（{code}）因违规被撤销豁免，{ban:%Y年%m月%d日} 起方可重新申请豁免 "
                            f"barred from exemption until {ban.isoformat()}")
        eid = repo.add_exemption(store, code, name, reason, json.dumps(depts, ensure_ascii=False),
                                 decided.isoformat(), to_iso(now), by)
        detail = {"code": code, "name": name, "reason": reason, "departments": depts, "decided_on": str(decided)}
        repo.add_event(store, eid, "grant", to_iso(now), by, json.dumps(detail, ensure_ascii=False))
        store.audit(by, "exemption.grant", "exemption", eid, detail)
    return get_exemption(store, eid)


def revoke(store: Store, exemption_id: int, violation: str, actor: Actor, *, catalog=None) -> Exemption:
    """A violation: the exemption ends now and the enterprise is barred for the ban period."""
    violation = (violation or "").strip()
    if not violation:
        raise UserError("违规情况 violation: 不能为空 must not be empty")
    now = store.clock.now()
    months = _ban_months(catalog)
    with session.authorized(store, actor, *EXEMPTION_ROLES):
        by = actor.username
        ex = get_exemption(store, exemption_id)
        if not ex.active:
            raise UserError(f"{ex.name}: 豁免已于 {ex.revoked_at:%Y-%m-%d %H:%M} 撤销 already revoked")
        until = add_months(to_local(now).date(), months)
        repo.revoke_exemption(store, ex.id, to_iso(now), by, violation, until.isoformat())
        detail = {"code": ex.code, "name": ex.name, "violation": violation, "banned_until": until.isoformat(),
                  "ban_months": months}
        repo.add_event(store, ex.id, "revoke", to_iso(now), by, json.dumps(detail, ensure_ascii=False))
        store.audit(by, "exemption.revoke", "exemption", ex.id, detail)
    return get_exemption(store, ex.id)
