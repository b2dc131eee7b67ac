"""Warning bulletins (plan §3.2.2 (5)): the six required fields plus health advice; validated; published only
when the level's sign-off is complete; never edited: a change is an Update that references the previous
publication, a lift is a Cancel. Plain-text export; a drill database marks every text 【演练 DRILL】.

Validation (UX point 4):
- every required field must be filled (the message names the empty ones);
- the start time may lie in the past by at most PAST_TOLERANCE (2 h, a constant: a bulletin is written right
  after sign-off, and an older start time means the bulletin is stale or mistyped);
- a level other than the level in force (or, when given, the current assessment's level) needs a written
  reason. Even with a reason a warning is only published at the level whose sign-off is complete.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from console.admin import session
from console.admin.session import Actor
from console.common import atomic
from console.common.clock import parse_local, to_iso, to_local
from console.common.errors import UserError
from console.episodes import ENDED, IN_FORCE, Episode, get_episode, level_changes
from console.episodes.records import dt, dumps, now
from console.plan.levels import NONE, level_cn, level_rank
from console.store import publications as repo
from console.store.audit import anchor_text
from console.store.db import Store

PAST_TOLERANCE = timedelta(hours=2)
DRILL_MARK = "【演练 DRILL】"
ISSUER_NAME = "海门区重污染天气应急指挥部办公室（区生态环境局）"
ALERT, UPDATE, CANCEL = "Alert", "Update", "Cancel"
MSG_CN = {ALERT: "发布", UPDATE: "更新", CANCEL: "解除"}
#: (attribute, label) of the six fields the plan requires, in the plan's order.
REQUIRED = (("pollution_degree", "污染程度"), ("pollution_area", "污染范围"), ("primary_pollutant", "首要污染物"),
            ("level", "预警级别"), ("start_time", "启动时间"), ("response_area", "应急响应地区"))
REQUIRED_LIFT = (("level", "预警级别"), ("start_time", "解除时间"), ("response_area", "应急响应地区"))


@dataclass(frozen=True)
class Bulletin:
    level: str
    pollution_degree: str = ""
    pollution_area: str = ""
    primary_pollutant: str = ""
    start_time: datetime | None = None  # 启动时间 (for a lift: 解除时间)
    response_area: str = ""
    health_advice: str = ""
    reason: str = ""  # written reason when the level differs from the level in force / the assessment
    lift: bool = False  # a lift notice: published as a CAP Cancel

    def to_dict(self) -> dict:
        d = asdict(self)
        d["start_time"] = to_iso(self.start_time) if self.start_time else None
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Bulletin:
        return cls(**{**d, "start_time": parse_local(d["start_time"]) if d.get("start_time") else None})


@dataclass(frozen=True)
class Publication:
    id: int
    episode_id: int
    msg_type: str  # Alert | Update | Cancel
    identifier: str
    references_id: int | None
    level: str
    bulletin: Bulletin
    sent: datetime
    published_by: str
    drill: bool


def is_drill(store: Store) -> bool:
    """A drill database carries meta 'drill' = '1' (set by the drills module)."""
    return repo.drill_mark(store) == "1"


def health_advice(level: str, catalog=None) -> str:
    """The plan's 健康防护 measures in force at `level` (cumulative; a tightened one replaces the weaker)."""
    from console.episodes.records import default_catalog
    cat = catalog or default_catalog()
    items = [mf.measure.text for mf in cat.measures_in_force(level)
             if mf.measure.category == "health" and mf.replaced_by is None]
    return "\n".join(f"{i}. {t}" for i, t in enumerate(items, 1))


def draft(store: Store, *, pollution_degree: str = "", pollution_area: str = "", primary_pollutant: str = "",
          catalog=None) -> Bulletin:
    """A warning bulletin prefilled from the level in force (level, start time, response area, advice)."""
    from console.admin.settings import Settings
    ep = _episode(store, None)
    level = ep.level if ep else NONE
    return Bulletin(level=level, pollution_degree=pollution_degree, pollution_area=pollution_area,
                    primary_pollutant=primary_pollutant, start_time=ep.level_since if ep else None,
                    response_area=Settings(store).get("response_area"),
                    health_advice=health_advice(level, catalog) if level != NONE else "")


def draft_lift(store: Store, episode_id: int | None = None) -> Bulletin:
    """A lift bulletin for an ended episode: the level lifted and the time it was lifted."""
    from console.admin.settings import Settings
    ep = _episode(store, episode_id)
    changes = level_changes(store, ep.id) if ep else []
    lifted = next((c.level for c in reversed(changes) if c.level != NONE), NONE)
    return Bulletin(level=lifted, start_time=ep.ended_at if ep else None,
                    response_area=Settings(store).get("response_area"), lift=True,
                    pollution_degree="空气质量已改善", health_advice="")


def validate(store: Store, bulletin: Bulletin, *, assessment_level: str | None = None) -> list[str]:
    """Problems that block publishing ([] = none)."""
    problems = []
    required = REQUIRED_LIFT if bulletin.lift else REQUIRED
    empty = [label for attr, label in required if _empty(getattr(bulletin, attr))]
    if not bulletin.lift and not bulletin.health_advice.strip():
        empty.append("健康防护提示")
    if empty:
        problems.append(f"以下必填项为空 required field(s) empty: {'、'.join(empty)}")
    elif bulletin.level == NONE:
        problems.append("预警级别 level: 不能为“无预警” must be yellow, orange or red")
    if bulletin.start_time is not None and to_local(bulletin.start_time) < now(store) - PAST_TOLERANCE:
        problems.append(f"启动时间 {to_local(bulletin.start_time):%Y-%m-%d %H:%M} 早于当前时间超过 "
                        f"{PAST_TOLERANCE.total_seconds() / 3600:g} 小时 start time too far in the past")
    if not bulletin.lift and not _empty(bulletin.level) and not bulletin.reason.strip():
        ep = _episode(store, None)
        in_force = ep.level if ep else NONE
        if bulletin.level != in_force:
            problems.append(f"预警级别（{level_cn(bulletin.level)}）与当前生效级别（{level_cn(in_force)}）不一致，"
                            "须填写书面理由 level differs from the level in force: a written reason is required")
        if assessment_level is not None and level_rank(assessment_level) != level_rank(bulletin.level):
            problems.append(f"预警级别（{level_cn(bulletin.level)}）与当前评估（{level_cn(assessment_level)}）不一致，"
                            "须填写书面理由 level differs from the assessment: a written reason is required")
    return problems


def publish(store: Store, episode: Episode | int | None, bulletin: Bulletin, actor: Actor, *,
            assessment_level: str | None = None) -> Publication:
    """Record a publication by the duty officer. Alert the first time, Update after that (referencing the
    previous one), Cancel for a lift. Refused unless the level's sign-off is complete (or, for a lift, the lift's)."""
    # every check below reads the state this publication is about to change
    with session.authorized(store, actor, "duty_officer"):
        actor = actor.username  # the name recorded below
        problems = validate(store, bulletin, assessment_level=assessment_level)
        if problems:
            raise UserError("不能发布 cannot publish: " + "；".join(problems))
        ep = _episode(store, episode.id if isinstance(episode, Episode) else episode)
        if ep is None:
            raise UserError("没有重污染过程 no episode")
        previous = publications(store, ep.id)
        if bulletin.lift:
            if ep.status != ENDED:
                raise UserError("预警尚未经审签解除，不能发布解除信息 the lift is not signed off yet")
            if not previous:
                raise UserError("本过程没有已发布的预警，无需发布解除 nothing was published to cancel")
            if previous[-1].msg_type == CANCEL:
                raise UserError("解除信息已发布 the cancel was already published")
            msg_type = CANCEL
        else:
            if ep.status != IN_FORCE or ep.level != bulletin.level:
                raise UserError(f"{level_cn(bulletin.level)}审签未完成，不能发布（当前生效：{level_cn(ep.level)}）"
                                f" sign-off for {bulletin.level} is not complete")
            msg_type = UPDATE if previous else ALERT
        sent = now(store)
        pid = repo.next_id(store)
        drill = is_drill(store)
        identifier = f"{'DRILL-' if drill else ''}HMSTHJ-{sent:%Y%m%d%H%M%S}-{pid:04d}"
        b = replace(bulletin, reason=bulletin.reason.strip())
        repo.add(store, {
            "id": pid, "episode_id": ep.id, "msg_type": msg_type, "identifier": identifier,
            "references_id": previous[-1].id if previous else None, "level": b.level, "fields": dumps(b.to_dict()),
            "sent": to_iso(sent), "published_by": actor, "drill": int(drill)})
        store.audit(actor, "bulletin.publish", "publication", pid, {
            "episode_id": ep.id, "msg_type": msg_type, "identifier": identifier, "level": b.level,
            "references": previous[-1].identifier if previous else None, "drill": drill})
    return get_publication(store, pid)


def _pub_from(r: dict) -> Publication:
    import json
    return Publication(r["id"], r["episode_id"], r["msg_type"], r["identifier"], r["references_id"], r["level"],
                       Bulletin.from_dict(json.loads(r["fields"])), dt(r["sent"]), r["published_by"],
                       bool(r["drill"]))


def publications(store: Store, episode_id: int | None = None) -> list[Publication]:
    return [_pub_from(r) for r in repo.publications(store, episode_id)]


def get_publication(store: Store, publication_id: int) -> Publication:
    found = repo.publication(store, publication_id)
    if found is None:
        raise UserError(f"发布记录 publication {publication_id}: 不存在 not found")
    return _pub_from(found)


# ---- text export -------------------------------------------------------------------------------------------
def headline(b: Bulletin, msg_type: str = ALERT) -> str:
    if b.lift or msg_type == CANCEL:
        return f"海门区解除重污染天气{level_cn(b.level)}"
    return f"海门区{'更新' if msg_type == UPDATE else '发布'}重污染天气{level_cn(b.level)}"


def field_lines(b: Bulletin) -> list[str]:
    when = f"{to_local(b.start_time):%Y年%m月%d日 %H:%M}" if b.start_time else ""
    if b.lift:
        lines = [f"预警级别：解除{level_cn(b.level)}", f"解除时间：{when}", f"应急响应地区：{b.response_area}"]
        if b.pollution_degree:
            lines.insert(0, f"污染程度：{b.pollution_degree}")
    else:
        lines = [f"污染程度：{b.pollution_degree}", f"污染范围：{b.pollution_area}",
                 f"首要污染物：{b.primary_pollutant}", f"预警级别：{level_cn(b.level)}", f"启动时间：{when}",
                 f"应急响应地区：{b.response_area}"]
    if b.reason:
        lines.append(f"说明：{b.reason}")
    return lines


def bulletin_text(b: Bulletin, *, drill: bool = False, msg_type: str = ALERT, identifier: str | None = None,
                  sent: datetime | None = None, references: str | None = None) -> str:
    out = [DRILL_MARK + "本信息为演练，不是真实预警"] if drill else []
    out.append(headline(b, msg_type))
    if identifier:
        out.append(f"编号：{identifier}" + (f"　发布时间：{to_local(sent):%Y-%m-%d %H:%M}" if sent else ""))
    if references:
        out.append(f"（本信息{'解除' if msg_type == CANCEL else '更新'}编号 {references} 的预警信息）")
    out += field_lines(b)
    if b.health_advice.strip() and not b.lift:
        out += ["健康防护提示：", b.health_advice.strip()]
    out.append(f"发布单位：{ISSUER_NAME}")
    if drill:
        out.append(DRILL_MARK)
    return "\n".join(out) + "\n"


def preview_text(store: Store, b: Bulletin) -> str:
    return bulletin_text(b, drill=is_drill(store), msg_type=CANCEL if b.lift else ALERT)


def publication_text(store: Store, pub: Publication) -> str:
    ref = get_publication(store, pub.references_id).identifier if pub.references_id else None
    return bulletin_text(pub.bulletin, drill=pub.drill or is_drill(store), msg_type=pub.msg_type,
                         identifier=pub.identifier, sent=pub.sent, references=ref)


def export_text(store: Store, pub: Publication, path: str | Path) -> Path:
    p = Path(path)
    atomic.write_text(p, publication_text(store, pub) + anchor_text(store) + "\n")
    return p


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _episode(store: Store, episode_id: int | None) -> Episode | None:
    if episode_id is not None:
        return get_episode(store, episode_id)
    from console.episodes import current_episode, latest_episode
    return current_episode(store) or latest_episode(store)
