"""Episodes: read-only queries (state, level in force, deadlines, pending signatures, summaries).

Nothing here writes. Times default to store.clock.now().
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Iterator

from console.common.clock import to_local
from console.common.errors import UserError
from console.episodes.records import (
    ENDED,
    IN_FORCE,
    OPEN,
    PENDING,
    Consultation,
    Episode,
    JointAssessment,
    LevelChange,
    Proposal,
    ReceivedNotice,
    Step,
    Trigger,
    consultation_from,
    default_catalog,
    dt,
    joint_from,
    level_change_from,
    notice_from,
    now,
    proposals,
    setting,
    trigger_from,
)
from console.plan.levels import NONE, level_rank, max_level
from console.store import episodes as repo

if TYPE_CHECKING:  # pragma: no cover
    from console.plan.catalog import Catalog
    from console.store.db import Store


# ---- episodes and levels ---------------------------------------------------------------------------
def level_changes(store: Store, episode_id: int | None = None) -> list[LevelChange]:
    return sorted((level_change_from(r) for r in repo.level_changes(store, episode_id)), key=lambda c: (c.at, c.id))


def triggers(store: Store, episode_id: int) -> list[Trigger]:
    return sorted((trigger_from(r) for r in repo.triggers(store, episode_id)), key=lambda t: (t.at, t.id))


def get_episode(store: Store, episode_id: int) -> Episode:
    e = repo.episode(store, episode_id)
    if e is None:
        raise UserError(f"过程 episode {episode_id}: 不存在 not found")
    changes = level_changes(store, episode_id)
    end = repo.episode_end(store, episode_id)
    last = changes[-1] if changes else None
    if end:
        status, level, since = ENDED, NONE, None
    elif last and last.level != NONE:
        status, level, since = IN_FORCE, last.level, last.at
    else:
        status, level, since = OPEN, NONE, None
    return Episode(
        id=e["id"], opened_at=dt(e["opened_at"]), opened_by=e["opened_by"], status=status, level=level,
        level_since=since, highest_level=max_level(*(c.level for c in changes)),
        ended_at=dt(end["at"]) if end else None, end_kind=end["kind"] if end else None,
        summary_due_at=dt(end["summary_due_at"]) if end else None, triggers=tuple(triggers(store, e["id"])))


def episodes(store: Store) -> list[Episode]:
    return [get_episode(store, eid) for eid in repo.episode_ids(store)]


def current_episode(store: Store) -> Episode | None:
    """The open (not ended) episode, if any. There is at most one."""
    found = repo.open_episode_id(store)
    return get_episode(store, found) if found is not None else None


def latest_episode(store: Store) -> Episode | None:
    found = repo.latest_episode_id(store)
    return get_episode(store, found) if found is not None else None


def level_in_force(store: Store, at: datetime | None = None) -> tuple[str, datetime | None]:
    """(level, since) at `at` (default now). ("none", time of the lift/end) or ("none", None) if never."""
    at = to_local(at) if at is not None else now(store)
    known = [c for c in level_changes(store) if c.at <= at]
    if not known:
        return NONE, None
    return known[-1].level, known[-1].at


def level_intervals(store: Store) -> list[tuple[datetime, datetime | None, str]]:
    """[(start, end or None while still in force, level)] for shading the trend plot; no gaps for 'none'."""
    out: list[tuple[datetime, datetime | None, str]] = []
    changes = level_changes(store)
    for i, c in enumerate(changes):
        if c.level == NONE:
            continue
        end = changes[i + 1].at if i + 1 < len(changes) else None
        out.append((c.at, end, c.level))
    return out


def plot_intervals(store: Store, until: datetime | None = None) -> list[tuple[float, float, str]]:
    """level_intervals as epoch seconds for the trend plot; a level still in force ends at `until` (now)."""
    end_now = (to_local(until) if until is not None else now(store)).timestamp()
    return [(a.timestamp(), b.timestamp() if b else max(end_now, a.timestamp()), lv)
            for a, b, lv in level_intervals(store)]


# ---- sign-off chains ---------------------------------------------------------------------------------
def approver_role(level: str, cat: Catalog | None = None) -> str:
    """The role whose approval makes `level` take effect (the last 'approve' step of its chain)."""
    steps = (cat or default_catalog()).signoff[level]
    approvals = [s["role"] for s in steps if s["step"] == "approve"]
    return approvals[-1] if approvals else steps[-1]["role"]


def signoff_chain(level: str, cat: Catalog | None = None) -> list[Step]:
    return [Step(s["step"], s["role"]) for s in (cat or default_catalog()).signoff[level]]


@dataclass(frozen=True)
class PendingSignature:
    """A proposal waiting for `role` since `since`. Unpacks as (proposal, role, since)."""
    proposal: Proposal
    role: str
    since: datetime
    step_index: int
    step_name: str

    @property
    def key(self) -> str:
        """Stable per proposal version and step: a revision starts a new key (old reminders stop)."""
        return f"signoff:{self.proposal.version_id}:{self.step_index}"

    def __iter__(self) -> Iterator:
        return iter((self.proposal, self.role, self.since))


def pending_signatures(store: Store) -> list[PendingSignature]:
    out = []
    for p in proposals(store):
        if p.status == PENDING:
            i = p.next_step
            out.append(PendingSignature(p, p.steps[i].role, p.waiting_since, i, p.steps[i].step))
    return sorted(out, key=lambda ps: ps.since)


def open_proposals(store: Store, episode_id: int) -> list[Proposal]:
    return [p for p in proposals(store, episode_id) if p.status == PENDING]


# ---- notices -------------------------------------------------------------------------------------------
def received_notices(store: Store, episode_id: int | None = None) -> list[ReceivedNotice]:
    return sorted((notice_from(r) for r in repo.notices(store, episode_id)), key=lambda n: (n.received_at, n.id))


def unacknowledged_notices(store: Store) -> list[ReceivedNotice]:
    return [n for n in received_notices(store) if n.acknowledged_at is None]


def upper_notices(store: Store) -> list:
    """Every upper notice received, as console.notices.Notice (input for console.rules.assess)."""
    return [n.to_notice() for n in received_notices(store)]


def upper_issuers(store: Store, episode_id: int) -> dict[str, ReceivedNotice]:
    """Issuers that issued a warning in this episode -> their latest notice in it."""
    latest: dict[str, ReceivedNotice] = {}
    warned: set[str] = set()
    for n in received_notices(store, episode_id):
        latest[n.issuer] = n
        if n.action != "lift":
            warned.add(n.issuer)
    return {i: latest[i] for i in latest if i in warned}


# ---- deadlines -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ResponseDeadline:
    """The 3-hour response-start clock of one trigger (plan §3.2.2 (1))."""
    trigger: Trigger
    due_at: datetime
    met_at: datetime | None  # when a level >= the trigger's came into force
    status: str  # pending | overdue | met | missed | closed (episode ended in time without needing it)

    @property
    def key(self) -> str:
        return f"response:{self.trigger.id}"

    def remaining(self, at: datetime) -> timedelta:
        return self.due_at - to_local(at)


def response_deadlines(store: Store, episode_id: int | None = None) -> list[ResponseDeadline]:
    """Every trigger's deadline in the episode (default: the current one, else the latest)."""
    ep = get_episode(store, episode_id) if episode_id is not None else (current_episode(store)
                                                                         or latest_episode(store))
    if ep is None:
        return []
    changes = level_changes(store, ep.id)
    t_now = now(store)
    out = []
    for t in ep.triggers:
        before = [c for c in changes if c.at <= t.at]
        if before and level_rank(before[-1].level) >= level_rank(t.level):
            met = t.at
        else:
            met = next((c.at for c in changes if c.at > t.at and level_rank(c.level) >= level_rank(t.level)), None)
        if met is not None:
            status = "met" if met <= t.due_at else "missed"
        elif ep.status == ENDED:  # ended without a response: late, or closed before the deadline (no need)
            status = "missed" if ep.ended_at > t.due_at else "closed"
        else:
            status = "overdue" if t_now > t.due_at else "pending"
        out.append(ResponseDeadline(t, t.due_at, met, status))
    return out


# ---- joint assessments and consultations -----------------------------------------------------------------
def joint_assessments(store: Store, episode_id: int) -> list[JointAssessment]:
    return sorted((joint_from(r) for r in repo.joint_assessments(store, episode_id)), key=lambda j: (j.at, j.id))


def consultations(store: Store, episode_id: int | None = None) -> list[Consultation]:
    return sorted((consultation_from(r) for r in repo.consultations(store, episode_id)), key=lambda c: (c.at, c.id))


def next_consultation(store: Store) -> datetime | None:
    """The next consultation time set by the latest consultation (None if none was set)."""
    found = consultations(store)
    return found[-1].next_at if found else None


# ---- summaries (§6.2) ---------------------------------------------------------------------------------------
def summary_units(store: Store, cat: Catalog | None = None) -> list[str]:
    """Participating units: the catalog's departments, then the towns (the editable setting)."""
    units = list((cat or default_catalog()).departments)
    for t in setting(store, "towns"):
        if t not in units:
            units.append(t)
    return units


@dataclass(frozen=True)
class SummaryRecord:
    unit: str
    received_at: datetime
    by: str
    recorded_by: str


@dataclass(frozen=True)
class SummaryStatus:
    episode_id: int
    ended_at: datetime
    due_at: datetime
    units: tuple[str, ...]
    received: dict[str, SummaryRecord] = field(default_factory=dict)

    @property
    def missing(self) -> list[str]:
        return [u for u in self.units if u not in self.received]

    @property
    def late(self) -> list[str]:
        return [u for u in self.units if u in self.received and self.received[u].received_at > self.due_at]

    def overdue(self, at: datetime) -> list[str]:
        """Units still missing after the due time."""
        return self.missing if to_local(at) > self.due_at else []


def summaries_status(store: Store, episode_id: int | None = None) -> SummaryStatus | None:
    """Who has and hasn't sent the summary for an ended episode (default: the latest ended one)."""
    if episode_id is None:
        episode_id = repo.latest_ended_episode_id(store)
        if episode_id is None:
            return None
    ep = get_episode(store, episode_id)
    if ep.status != ENDED:
        return None
    received: dict[str, SummaryRecord] = {}
    for r in repo.summaries(store, episode_id):
        # A later record for the same unit is a correction of the earlier one.
        received[r["unit"]] = SummaryRecord(r["unit"], dt(r["received_at"]), r["by"], r["recorded_by"])
    end = repo.episode_end(store, episode_id)
    units = json.loads(end["units"]) if end and end["units"] else summary_units(store)
    return SummaryStatus(episode_id, ep.ended_at, ep.summary_due_at, tuple(units), received)
