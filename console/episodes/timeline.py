"""Episodes: the timeline of one episode, every record in time order, in words, each with the level it concerns
(for the GUI, which colours rows by it, and for exports). `text` is the Chinese line (CLI, exports); `params`
holds the same facts as codes and values, so the interface can say the line in its own language (free text
typed by people — conclusions, reasons, names — is passed on as it was written)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from console.episodes.query import (
    consultations,
    get_episode,
    joint_assessments,
    level_changes,
    received_notices,
)
from console.episodes.records import (
    KIND_CN,
    STEP_CN,
    dt,
    proposal_versions,
    role_cn,
)
from console.plan.levels import NONE, level_cn, level_short
from console.store import episodes as repo
from console.store import proposals as proposals_repo
from console.store import publications as publications_repo

if TYPE_CHECKING:  # pragma: no cover
    from console.store.db import Store

_ISSUER = {"ministry": "生态环境部", "province": "省", "city": "市"}


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    kind: str  # episode | trigger | notice | notice_ack | consultation | proposal | signature | withdrawal |
    #            level | joint_assessment | publication | end | summary
    text: str
    actor: str
    ref: tuple[str, int]  # (table, id)
    level: str | None = None  # the warning level the record concerns (None: none, or not about a level)
    params: dict = field(default_factory=dict, compare=False)  # the facts of `text` as codes/values (per kind)


def timeline(store: Store, episode_id: int) -> list[TimelineEvent]:
    ep = get_episode(store, episode_id)
    ev: list[tuple[datetime, int, TimelineEvent]] = []

    def add(at, kind, text, actor, table, rid, level=None, **params):
        ev.append((at, len(ev), TimelineEvent(at, kind, text, actor, (table, rid),
                                              level if level not in (None, NONE) else None, params)))

    add(ep.opened_at, "episode", "重污染过程开始记录", ep.opened_by, "episodes", ep.id)
    for n in received_notices(store, episode_id):
        add(n.received_at, "notice", f"收到上级通知：{n.to_notice().describe()}", n.recorded_by,
            "notices_received", n.id, n.level, notice=n.to_notice())
        if n.acknowledged_at:
            add(n.acknowledged_at, "notice_ack", f"确认上级通知（{_ISSUER[n.issuer]}）", n.acknowledged_by or "",
                "notice_acks", n.id, issuer=n.issuer)
    for t in ep.triggers:
        src = "收到上级预警通知" if t.source == "notice" else "预测达到预警条件"
        add(t.at, "trigger", f"触发：{src}（{level_short(t.level)}），须于 {t.due_at:%m-%d %H:%M} 前启动响应",
            t.recorded_by, "triggers", t.id, t.level, source=t.source, due_at=t.due_at)
    for c in consultations(store, episode_id):
        nxt = f"；下次会商 {c.next_at:%m-%d %H:%M}" if c.next_at else ""
        add(c.at, "consultation", f"会商（{'、'.join(c.participants)}）：{c.conclusion}{nxt}", c.recorded_by,
            "consultations", c.id, participants=tuple(c.participants), conclusion=c.conclusion, next_at=c.next_at)
    for j in joint_assessments(store, episode_id):
        add(j.at, "joint_assessment", f"联合研判（生态环境局 {j.ecology_by}、气象局 {j.meteorology_by}）：AQI低于"
                                      f"黄色预警条件 {j.below_hours:g} 小时；{j.conclusion}", j.recorded_by,
            "joint_assessments", j.id, ecology_by=j.ecology_by, meteorology_by=j.meteorology_by,
            hours=j.below_hours, conclusion=j.conclusion)
    for root in proposals_repo.roots(store, episode_id):
        for p in proposal_versions(store, root):
            what = level_cn(p.level) if p.level != NONE else ""
            verb = "提议" if p.version == 1 else f"修改提议（第 {p.version} 版，此前签署作废）"
            add(p.created_at, "proposal", f"{verb} #{p.id}：{KIND_CN[p.kind]}{what}", p.created_by,
                "proposals", p.version_id, p.level, id=p.id, version=p.version, proposal_kind=p.kind,
                proposal_level=p.level)
            for s in p.signatures:
                word = STEP_CN.get(s.step_name, s.step_name) if s.decision == "approve" else "退回"
                why = f"：{s.reason}" if s.reason else ""
                add(s.signed_at, "signature", f"{role_cn(s.role)} {s.display_name} {word} #{p.id}"
                                              f"（第 {p.version} 版）{why}", s.username, "signatures", s.id,
                    p.level, id=p.id, version=p.version, role=s.role, name=s.display_name, decision=s.decision,
                    step=s.step_name, reason=s.reason)
    for r in proposals_repo.closures(store, episode_id):
        add(dt(r["at"]), "withdrawal", f"撤回提议 #{r['root_id']}：{r['reason']}", r["by"], "proposal_closures",
            r["id"], id=r["root_id"], reason=r["reason"])
    for c in level_changes(store, episode_id):
        text = f"{level_cn(c.level)}生效" if c.level != NONE else "预警解除"
        add(c.at, "level", text, "", "level_changes", c.id, c.level, new_level=c.level)
    for r in publications_repo.publications(store, episode_id):
        add(dt(r["sent"]), "publication", f"发布{_MSG.get(r['msg_type'], r['msg_type'])}（{level_cn(r['level'])}）"
                                          f" {r['identifier']}", r["published_by"], "publications", r["id"],
            r["level"], msg_type=r["msg_type"], bulletin_level=r["level"], identifier=r["identifier"])
    for r in repo.episode_ends(store, episode_id):
        add(dt(r["at"]), "end", f"过程结束（{KIND_CN[r['kind']]}），各单位总结须于 "
                                f"{dt(r['summary_due_at']):%m-%d %H:%M} 前报送", "", "episode_ends", r["id"],
            end_kind=r["kind"], summary_due_at=dt(r["summary_due_at"]))
    for r in repo.summaries(store, episode_id):
        add(dt(r["received_at"]), "summary", f"收到总结：{r['unit']}", r["recorded_by"], "summaries", r["id"],
            unit=r["unit"])
    return [e for _, _, e in sorted(ev, key=lambda x: (x[0], x[1]))]


_MSG = {"Alert": "预警信息", "Update": "预警更新", "Cancel": "预警解除信息"}
