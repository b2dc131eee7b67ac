"""Episodes: tables (schema step 4), record types and row loaders.

Every table here is append-only: SQLite triggers refuse UPDATE and DELETE, so a correction is always a new
record (a new proposal version, a withdrawal, a later summary record…). State is derived from the records.

"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from console.common.clock import parse_local, to_iso, to_local
from console.common.errors import UserError
from console.store import proposals as repo
from console.plan import names

if TYPE_CHECKING:  # pragma: no cover
    from console.plan.catalog import Catalog
    from console.store.db import Store


# ---- vocabulary ----------------------------------------------------------------------------------
START, UPGRADE, DOWNGRADE, LIFT, END = "start", "upgrade", "downgrade", "lift", "end"
KINDS = (START, UPGRADE, DOWNGRADE, LIFT, END)
KIND_CN = {START: "启动", UPGRADE: "升级", DOWNGRADE: "降级", LIFT: "解除", END: "终止响应"}
APPROVE, REJECT = "approve", "reject"
STEP_CN = {"approve": "批准", "review": "审核", "consent": "同意（高于评估级别）"}
SOURCES = ("notice", "forecast")
PENDING, APPROVED, REJECTED, WITHDRAWN = "pending", "approved", "rejected", "withdrawn"
STATUS_CN = {PENDING: "待审签", APPROVED: "已批准", REJECTED: "已退回", WITHDRAWN: "已撤回"}
OPEN, IN_FORCE, ENDED = "open", "in_force", "ended"
#: Times entered by hand may run a little ahead of the clock (different watches); beyond this they are refused.
FUTURE_TOLERANCE = timedelta(minutes=5)


# ---- small helpers -------------------------------------------------------------------------------
def now(store: Store) -> datetime:
    return to_local(store.clock.now())


def ts(value: datetime | None) -> str | None:
    return None if value is None else to_iso(value)


def dt(value: str | None) -> datetime | None:
    return None if value is None else parse_local(value)


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def setting(store: Store, name: str):
    from console.admin.settings import Settings  # late: settings imports store
    return Settings(store).get(name)


def default_catalog() -> Catalog:
    return names.default_catalog()


def role_cn(role: str, cat: Catalog | None = None) -> str:
    """The role's one display name from the plan (console.plan.names)."""
    return names.role_name(role, "zh", cat or default_catalog())


def need_text(value: str | None, field_name: str) -> str:
    v = (value or "").strip()
    if not v:
        raise UserError(f"{field_name}: 不能为空 must not be empty")
    return v


def not_future(store: Store, when: datetime, field_name: str) -> datetime:
    when = to_local(when)
    if when > now(store) + FUTURE_TOLERANCE:
        raise UserError(f"{field_name}: 不能晚于当前时间 cannot be in the future ({when:%Y-%m-%d %H:%M})")
    return when


# ---- record types --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    step: str  # review | approve | consent
    role: str
    consent: bool = False  # this approval also records the district leader's consent to raising the level

    def to_dict(self) -> dict:
        return {"step": self.step, "role": self.role, "consent": self.consent}


@dataclass(frozen=True)
class Signature:
    id: int
    proposal_version_id: int
    proposal_id: int
    step: int
    step_name: str
    role: str
    username: str
    display_name: str
    decision: str
    content_hash: str
    reason: str
    signed_at: datetime


@dataclass(frozen=True)
class Proposal:
    """The current version of a proposal. `id` is stable across versions; `version_id` names this version."""
    id: int
    version_id: int
    version: int
    episode_id: int
    kind: str
    level: str
    basis: tuple[str, ...]
    area: str
    start_time: datetime | None
    reason: str
    assessed_level: str | None
    improvement_hours: float | None
    steps: tuple[Step, ...]
    content_hash: str
    created_at: datetime
    created_by: str
    status: str = PENDING
    signatures: tuple[Signature, ...] = ()
    closed_reason: str = ""

    @property
    def next_step(self) -> int | None:
        """Index of the step waiting for a signature (None unless pending)."""
        if self.status != PENDING:
            return None
        return len(self.signatures)

    @property
    def waiting_since(self) -> datetime:
        return self.signatures[-1].signed_at if self.signatures else self.created_at

    def content(self) -> dict:
        return proposal_content(self.id, self.version, self.episode_id, self.kind, self.level, list(self.basis),
                                self.area, self.start_time, self.reason, self.assessed_level,
                                self.improvement_hours, [s.to_dict() for s in self.steps])


def proposal_content(root_id, version, episode_id, kind, level, basis, area, start_time, reason,
                     assessed_level, improvement_hours, steps) -> dict:
    return {"id": root_id, "version": version, "episode_id": episode_id, "kind": kind, "level": level,
            "basis": list(basis), "area": area, "start_time": ts(start_time), "reason": reason,
            "assessed_level": assessed_level, "improvement_hours": improvement_hours, "steps": steps}


def content_hash(content: dict) -> str:
    """sha256 of the canonical JSON of a proposal version: what a signer reads is what they sign."""
    return hashlib.sha256(dumps(content).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Trigger:
    id: int
    episode_id: int
    source: str
    level: str
    at: datetime
    due_at: datetime
    notice_id: int | None
    recorded_by: str


@dataclass(frozen=True)
class ReceivedNotice:
    id: int
    episode_id: int | None
    issuer: str
    action: str
    level: str | None
    doc_no: str | None
    received_at: datetime
    recorded_by: str
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None

    def to_notice(self):
        from console.rules.notices import Notice
        return Notice(self.received_at, self.issuer, self.action, self.level, self.doc_no)


@dataclass(frozen=True)
class LevelChange:
    id: int
    episode_id: int
    level: str
    at: datetime
    proposal_id: int | None
    kind: str


@dataclass(frozen=True)
class JointAssessment:
    id: int
    episode_id: int
    at: datetime
    ecology_by: str
    meteorology_by: str
    below_hours: float
    conclusion: str
    recorded_by: str


@dataclass(frozen=True)
class Consultation:
    id: int
    episode_id: int | None
    at: datetime
    participants: tuple[str, ...]
    forecast: str
    conclusion: str
    next_at: datetime | None
    recorded_by: str


@dataclass(frozen=True)
class Episode:
    id: int
    opened_at: datetime
    opened_by: str
    status: str  # open | in_force | ended
    level: str  # level in force now ("none" when open or ended)
    level_since: datetime | None
    highest_level: str
    ended_at: datetime | None = None
    end_kind: str | None = None
    summary_due_at: datetime | None = None
    triggers: tuple[Trigger, ...] = field(default=(), repr=False)


# ---- loaders -------------------------------------------------------------------------------------
def trigger_from(r: dict) -> Trigger:
    return Trigger(r["id"], r["episode_id"], r["source"], r["level"], dt(r["at"]), dt(r["due_at"]),
                   r["notice_id"], r["recorded_by"])


def notice_from(r: dict) -> ReceivedNotice:
    return ReceivedNotice(r["id"], r["episode_id"], r["issuer"], r["action"], r["level"], r["doc_no"],
                          dt(r["received_at"]), r["recorded_by"], r.get("ack_by"), dt(r.get("ack_at")))


def signature_from(r: dict) -> Signature:
    return Signature(r["id"], r["proposal_id"], r["root_id"], r["step"], r["step_name"], r["role"], r["username"],
                     r["display_name"], r["decision"], r["content_hash"], r["reason"], dt(r["signed_at"]))


def level_change_from(r: dict) -> LevelChange:
    return LevelChange(r["id"], r["episode_id"], r["level"], dt(r["at"]), r["proposal_id"], r["kind"])


def joint_from(r: dict) -> JointAssessment:
    return JointAssessment(r["id"], r["episode_id"], dt(r["at"]), r["ecology_by"], r["meteorology_by"],
                           r["below_hours"], r["conclusion"], r["recorded_by"])


def consultation_from(r: dict) -> Consultation:
    return Consultation(r["id"], r["episode_id"], dt(r["at"]), tuple(json.loads(r["participants"])), r["forecast"],
                        r["conclusion"], dt(r["next_at"]), r["recorded_by"])


def proposal_from(store: Store, version_row: dict) -> Proposal:
    r = version_row
    root = r["root_id"]
    sigs = tuple(signature_from(s) for s in repo.signatures(store, r["id"]))
    closure = repo.closure(store, root)
    steps = tuple(Step(s["step"], s["role"], bool(s.get("consent"))) for s in json.loads(r["steps"]))
    if closure:
        status = closure["status"]
    elif any(s.decision == REJECT for s in sigs):
        status = REJECTED
    elif len(sigs) == len(steps):
        status = APPROVED
    else:
        status = PENDING
    return Proposal(
        id=root, version_id=r["id"], version=r["version"], episode_id=r["episode_id"], kind=r["kind"],
        level=r["level"], basis=tuple(json.loads(r["basis"])), area=r["area"], start_time=dt(r["start_time"]),
        reason=r["reason"], assessed_level=r["assessed_level"], improvement_hours=r["improvement_hours"],
        steps=steps, content_hash=r["content_hash"], created_at=dt(r["created_at"]), created_by=r["created_by"],
        status=status, signatures=sigs, closed_reason=closure["reason"] if closure else "")


def get_proposal(store: Store, proposal_id: int) -> Proposal:
    """The current (latest) version of a proposal. UserError if there is none."""
    found = repo.latest_version(store, proposal_id)
    if found is None:
        raise UserError(f"提议 proposal {proposal_id}: 不存在 not found")
    return proposal_from(store, found)


def proposal_versions(store: Store, proposal_id: int) -> list[Proposal]:
    """Every version, oldest first (older versions show the signatures they had before being voided)."""
    return [proposal_from(store, r) for r in repo.versions(store, proposal_id)]


def proposals(store: Store, episode_id: int | None = None) -> list[Proposal]:
    """Current version of every proposal (of one episode, if given), oldest first."""
    return [proposal_from(store, r) for r in repo.current_versions(store, episode_id)]
