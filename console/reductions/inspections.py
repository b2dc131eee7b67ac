"""Inspections to closure (issue 18.3; 40 CFR 51.152 "inspection of sources to ascertain compliance"): a check flag
or a planned spot check becomes a task for a town or department; the finding (compliant or not, notes, photos and
files), the rectification and the closing are events; a confirmed violation offers the plan's consequences
(§5, §7.6): the exemption revoked with the ban (console/measures/exemptions) and the grade lowered one step on the
reduction list — each recorded once, with its own event and audit record.

States: open → closed (finding: compliant) or open → violation (finding: not compliant) → rectified (at least one
rectification) → closed. Files are kept in the database with their SHA-256, which every event and audit record
that mentions them carries.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.admin import session
from console.common import attachments
from console.common.clock import parse_local, to_iso
from console.common.errors import DataError, UserError
from console.measures import exemptions, ledger
from console.reductions.meters import WRITE_ROLES
from console.store import ledger as ledger_repo
from console.store import reductions as repo
from console.store.db import Store

FINDING_ROLES = (*WRITE_ROLES, "liaison")       # inspectors of towns and departments record what they found
# consequences change the exemptions and the list: the same roles as those (console/measures/exemptions, ledger)
DECISION_ROLES = ("duty_officer", "admin")
OPEN, VIOLATION, RECTIFIED, CLOSED = "open", "violation", "rectified", "closed"
STATE_ZH = {OPEN: "待核查", VIOLATION: "违规待整改", RECTIFIED: "已整改待结案", CLOSED: "已结案"}
MAX_FILE_BYTES = attachments.MAX_FILE_BYTES
GRADES = ("A", "B", "C", "D")


@dataclass(frozen=True)
class Event:
    kind: str
    at: datetime
    by: str
    detail: dict


@dataclass(frozen=True)
class Inspection:
    id: int
    code: str
    source: str
    flag_id: int | None
    assignee: str
    assignee_kind: str
    reason: str
    created_at: datetime
    created_by: str
    events: tuple[Event, ...]

    @property
    def state(self) -> str:
        state = OPEN
        for e in self.events:
            if e.kind == "finding":
                state = CLOSED if e.detail["compliant"] else VIOLATION
            elif e.kind == "rectification":
                state = RECTIFIED
            elif e.kind == "close":
                state = CLOSED
        return state

    @property
    def violation(self) -> bool:
        return any(e.kind == "finding" and not e.detail["compliant"] for e in self.events)

    def done(self, kind: str) -> bool:
        return any(e.kind == kind for e in self.events)

    @property
    def rectify_by(self) -> datetime | None:
        """The rectification deadline set with the confirmed violation, or its latest extension (None: compliant,
        no finding yet, or a finding recorded before deadlines existed)."""
        f = next((e for e in self.events if e.kind == "finding" and not e.detail["compliant"]), None)
        if f is None or not f.detail.get("rectify_by"):
            return None
        ext = [e for e in self.events if e.kind == "deadline_extended"]  # the latest extension wins
        return parse_local((ext[-1] if ext else f).detail["rectify_by"])

    def rectification_overdue(self, now: datetime) -> bool:
        """A confirmed violation with no rectification recorded by its deadline."""
        return self.state == VIOLATION and self.rectify_by is not None and now > self.rectify_by

    def files(self) -> list[dict]:
        """Every file attached to the events: {name, sha256, size, event, at}, in the order recorded."""
        return [{**f, "event": e.kind, "at": e.at} for e in self.events for f in e.detail.get("files", ())]


def _get(store: Store, inspection_id: int) -> Inspection:
    r = repo.inspection(store, inspection_id)
    if r is None:
        raise UserError(f"核查任务 inspection {inspection_id}: 不存在 does not exist")
    events = tuple(Event(e["kind"], parse_local(e["at"]), e["by"], json.loads(e["detail"]))
                   for e in repo.inspection_events(store, r["id"]))
    return Inspection(r["id"], r["code"], r["source"], r["flag_id"], r["assignee"], r["assignee_kind"], r["reason"],
                      parse_local(r["created_at"]), r["created_by"], events)


def get(store: Store, inspection_id: int) -> Inspection:
    return _get(store, inspection_id)


def all_inspections(store: Store) -> list[Inspection]:
    return [_get(store, r["id"]) for r in repo.inspections(store)]


def _assignee_kind(store: Store, assignee: str, catalog) -> str:
    from console.admin.settings import Settings

    if assignee in Settings(store).get("towns"):
        return "town"
    if catalog is None:
        from console.plan import catalog as catalog_mod

        catalog = catalog_mod.load()
    if catalog.normalise_department(assignee) in catalog.departments:
        return "department"
    raise UserError(f"承办单位 assignee {assignee!r}: 不是区镇或部门 not a town or department")


def create(store: Store, actor, code: str, assignee: str, reason: str = "", *, flag_id: int | None = None,
           catalog=None) -> Inspection:
    """A task for `assignee` (a town or department) to inspect firm `code`: from check flag `flag_id`, or a
    planned spot check (no flag; then the reason is required)."""
    code, assignee, reason = (code or "").strip(), (assignee or "").strip(), (reason or "").strip()
    if code not in {e.code for e in ledger.entries(store)}:
        raise UserError(f"企业编号 {code!r}: 不在应急减排清单中 not on the emission-reduction list")
    kind = _assignee_kind(store, assignee, catalog)
    if kind == "department" and catalog is not None:
        assignee = catalog.normalise_department(assignee)
    if flag_id is not None:
        f = repo.flag(store, flag_id)
        if f is None or f["code"] != code:
            raise UserError(f"问题 flag {flag_id}: 不存在或不属于 {code} does not exist for this firm")
        reason = reason or json.loads(f["detail"]).get("text", f["kind"])
    elif not reason:
        raise UserError("抽查理由 reason: 不能为空 must not be empty")
    with session.authorized(store, actor, *WRITE_ROLES):
        if flag_id is not None:
            sent = [i for i in all_inspections(store) if i.flag_id == flag_id and i.state != CLOSED]
            if sent:
                raise UserError(f"该问题已派发核查任务 {sent[0].id}（{sent[0].assignee}，{STATE_ZH[sent[0].state]}）"
                                f"already sent to inspection {sent[0].id}")
        iid = repo.add_inspection(store, code, "flag" if flag_id is not None else "spot", flag_id, assignee, kind,
                                  reason, to_iso(store.clock.now()), actor.username)
        store.audit(actor.username, "inspection.create", "inspection", iid, {
            "code": code, "assignee": assignee, "flag_id": flag_id, "reason": reason})
    return _get(store, iid)


def _event(store: Store, actor, ins: Inspection, kind: str, detail: dict, files=()) -> Inspection:
    now = to_iso(store.clock.now())
    for a in files:
        repo.put_file(store, a.sha256, a.name, a.size, a.b64)
    detail = {**detail, "files": [a.ref() for a in files]}
    repo.add_inspection_event(store, ins.id, kind, now, actor.username, json.dumps(detail, ensure_ascii=False))
    store.audit(actor.username, f"inspection.{kind}", "inspection", ins.id, {"code": ins.code, **detail})
    return _get(store, ins.id)


def _own_unit(store: Store, actor, ins: Inspection) -> None:
    """A liaison (without a duty room role) records only for the towns or departments he is liaison of."""
    if set(actor.roles) & set(WRITE_ROLES):
        return
    from console.measures.board import liaison_units

    units = liaison_units(store, actor.username)
    if ins.assignee not in units:
        raise UserError(f"核查任务 {ins.id} 由{ins.assignee}承办，{actor.display_name}是{'、'.join(units) or '其他单位'}"
                        f"的联络员 this task belongs to another unit")


def record_finding(store: Store, actor, inspection_id: int, compliant: bool, notes: str, files=(), *,
                   rectify_by: datetime | None = None) -> Inspection:
    """The finding; a violation gets a rectification deadline: `rectify_by` for this case, or the setting
    `rectification_hours` after now."""
    notes = (notes or "").strip()
    if not notes:
        raise UserError("核查情况 notes: 不能为空 must not be empty")
    data = attachments.read(files)
    with session.authorized(store, actor, *FINDING_ROLES):
        ins = _get(store, inspection_id)
        _own_unit(store, actor, ins)
        if ins.state != OPEN:
            raise UserError(f"核查任务 {ins.id}: 已记录核查结果（{STATE_ZH[ins.state]}）a finding is already recorded")
        detail = {"compliant": bool(compliant), "notes": notes}
        if not compliant:
            detail["rectify_by"] = to_iso(_deadline(store, rectify_by))
        return _event(store, actor, ins, "finding", detail, data)


def _deadline(store: Store, rectify_by: datetime | None) -> datetime:
    from console.admin.settings import Settings

    now = store.clock.now()
    if rectify_by is None:
        return now + timedelta(hours=float(Settings(store).get("rectification_hours")))
    if rectify_by <= now:
        raise UserError(f"整改期限 rectify by {to_iso(rectify_by)}: 应晚于现在 must be later than now")
    return rectify_by


def extend_deadline(store: Store, actor, inspection_id: int, rectify_by: datetime, reason: str) -> Inspection:
    """A later rectification deadline for a confirmed violation not yet rectified, with the reason: by a duty
    officer or an administrator (checked inside the transaction), one event and one audit record carrying the old
    and the new deadline. The overdue marks and the reminder 违规整改逾期 follow the new deadline."""
    reason = (reason or "").strip()
    if not reason:
        raise UserError("延期理由 reason: 不能为空 must not be empty")
    if rectify_by is None:
        raise UserError("整改期限 rectify by: 须填写新的期限 the new deadline is required")
    with session.authorized(store, actor, *DECISION_ROLES):
        ins = _get(store, inspection_id)
        old = ins.rectify_by
        if ins.state != VIOLATION or old is None:
            raise UserError(f"核查任务 {ins.id}: 只有确认违规且尚未整改的任务可延长整改期限（现为{STATE_ZH[ins.state]}）"
                            f"only a confirmed violation not yet rectified has a deadline to extend")
        if rectify_by <= old:
            raise UserError(f"整改期限 rectify by {to_iso(rectify_by)}: 应晚于原期限 {to_iso(old)} "
                            f"must be later than the current deadline")
        new = _deadline(store, rectify_by)
        return _event(store, actor, ins, "deadline_extended",
                      {"rectify_by": to_iso(new), "from": to_iso(old), "reason": reason})


def record_rectification(store: Store, actor, inspection_id: int, notes: str, files=()) -> Inspection:
    notes = (notes or "").strip()
    if not notes:
        raise UserError("整改情况 notes: 不能为空 must not be empty")
    data = attachments.read(files)
    with session.authorized(store, actor, *FINDING_ROLES):
        ins = _get(store, inspection_id)
        _own_unit(store, actor, ins)
        if ins.state not in (VIOLATION, RECTIFIED):
            raise UserError(f"核查任务 {ins.id}: 只有确认违规的任务才需要整改（现为{STATE_ZH[ins.state]}）"
                            f"rectification only after a confirmed violation")
        return _event(store, actor, ins, "rectification", {"notes": notes}, data)


def close(store: Store, actor, inspection_id: int, notes: str = "") -> Inspection:
    with session.authorized(store, actor, *WRITE_ROLES):
        ins = _get(store, inspection_id)
        if ins.state != RECTIFIED:
            raise UserError(f"核查任务 {ins.id}: 整改记录之后才能结案（现为{STATE_ZH[ins.state]}）"
                            f"close only after a rectification is recorded")
        return _event(store, actor, ins, "close", {"notes": (notes or "").strip()})


def lower_grade(grade: str) -> str | None:
    """The next lower performance grade, or None when already the lowest (D)."""
    i = GRADES.index(grade)
    return GRADES[i + 1] if i + 1 < len(GRADES) else None


def apply_consequences(store: Store, actor, inspection_id: int, *, revoke_exemption: bool, downgrade: bool,
                       catalog=None) -> Inspection:
    """After a confirmed violation: revoke the firm's exemption (6-month ban, console.measures.exemptions) and/or
    lower its grade one step on the reduction list. Each is done at most once per inspection; one transaction."""
    if not (revoke_exemption or downgrade):
        raise UserError("请至少选择一项处理 choose at least one consequence")
    with session.authorized(store, actor, *DECISION_ROLES):
        ins = _get(store, inspection_id)
        if not ins.violation:
            raise UserError(f"核查任务 {ins.id}: 未确认违规，不能处理 no confirmed violation")
        finding = next(e for e in ins.events if e.kind == "finding")
        violation = f"核查任务 {ins.id}：{finding.detail['notes']}"
        if revoke_exemption:
            if ins.done("exemption_revoked"):
                raise UserError(f"核查任务 {ins.id}: 已撤销豁免 exemption already revoked")
            active = [x for x in exemptions.list_exemptions(store, active_only=True) if x.code == ins.code]
            if not active:
                raise UserError(f"{ins.code}: 没有生效的豁免 no active exemption")
            ex = exemptions.revoke(store, active[0].id, violation, actor, catalog=catalog)
            ins = _event(store, actor, ins, "exemption_revoked", {
                "exemption_id": ex.id, "banned_until": ex.banned_until.isoformat()})
        if downgrade:
            if ins.done("grade_lowered"):
                raise UserError(f"核查任务 {ins.id}: 已降级 grade already lowered")
            row = next((r for r in ledger_repo.entries(store) if r["code"] == ins.code), None)
            if row is None:
                raise UserError(f"{ins.code}: 不在应急减排清单中 not on the list")
            new = lower_grade(row["grade"])
            if new is None:
                raise UserError(f"{ins.code}: 绩效等级已是 D 级，不能再降 already at the lowest grade")
            now = to_iso(store.clock.now())
            uid = ledger_repo.add_update(store, now, actor.username, f"inspection:{ins.id}", 0, 1, 0, json.dumps(
                {"changed": [ins.code], "grade": [row["grade"], new], "inspection": ins.id}, ensure_ascii=False))
            ledger_repo.put_entry(store, (row["code"], row["name"], row["kind"], row["town"], row["industry"], new,
                                          row["leading"], row["values_json"], row["active"], now, uid))
            ins = _event(store, actor, ins, "grade_lowered", {"from": row["grade"], "to": new, "ledger_update": uid})
    return ins


def file_bytes(store: Store, sha256: str) -> bytes | None:
    """A kept file's bytes (None when not kept); refused when they no longer match the hash."""
    b64 = repo.file_content(store, sha256)
    return None if b64 is None else attachments.checked(sha256, b64)
