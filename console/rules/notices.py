"""Upper-level warning notices (plan §2): the Ministry (长三角区域, via 生态环境部), the province, the city.

A notice of level X from an issuer puts the district at level >= X. Per issuer only the latest notice at or
before the assessment time is in force; a lift (解除) removes that issuer's level. The notice level is the
highest over issuers.

NOTICES.csv: header `time,issuer,action,level[,doc_no]`; issuer ministry|province|city (or 生态环境部/省/市),
action issue|adjust|lift (or 发布/调整/解除), level yellow|orange|red (empty for lift, required otherwise).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterable

from console.common.clock import parse_local, to_local
from console.common.errors import DataError
from console.plan.levels import LEVELS, NONE, level_short, max_level, parse_level_value
from console.rules.forecast_file import Problems, read_table

MINISTRY, PROVINCE, CITY = "ministry", "province", "city"
ISSUERS = (MINISTRY, PROVINCE, CITY)
ISSUER_CN = {MINISTRY: "生态环境部", PROVINCE: "省", CITY: "市"}
ISSUER_EN = {MINISTRY: "Ministry", PROVINCE: "Province", CITY: "City"}
ISSUE, ADJUST, LIFT = "issue", "adjust", "lift"
ACTIONS = (ISSUE, ADJUST, LIFT)
ACTION_CN = {ISSUE: "发布", ADJUST: "调整", LIFT: "解除"}

_ISSUER_ALIASES = {
    MINISTRY: ("ministry", "生态环境部", "部", "国家", "长三角", "长三角区域", "区域"),
    PROVINCE: ("province", "省", "江苏省", "江苏", "省生态环境厅", "省厅"),
    CITY: ("city", "市", "南通市", "南通", "市生态环境局"),
}
_ACTION_ALIASES = {
    ISSUE: ("issue", "发布", "启动"),
    ADJUST: ("adjust", "调整", "升级", "降级"),
    LIFT: ("lift", "解除"),
}


def _lookup(table: dict[str, tuple[str, ...]], text: str, what: str) -> str:
    key = (text or "").strip().lower()
    for canon, aliases in table.items():
        if key in aliases:
            return canon
    raise ValueError(f"unknown {what} {text!r}")


def parse_issuer(text: str) -> str:
    return _lookup(_ISSUER_ALIASES, text, "issuer")


def parse_action(text: str) -> str:
    return _lookup(_ACTION_ALIASES, text, "action")


@dataclass(frozen=True)
class Notice:
    time: datetime
    issuer: str  # ministry | province | city
    action: str  # issue | adjust | lift
    level: str | None = None  # yellow | orange | red; None for lift (a level given on a lift is ignored)
    doc_no: str | None = None

    def __post_init__(self):
        object.__setattr__(self, "time", to_local(self.time))
        if self.issuer not in ISSUERS:
            raise ValueError(f"unknown issuer {self.issuer!r}")
        if self.action not in ACTIONS:
            raise ValueError(f"unknown action {self.action!r}")
        if self.level is not None and (self.level not in LEVELS or self.level == NONE):
            raise ValueError(f"unknown level {self.level!r}")
        if self.action != LIFT and self.level is None:
            raise ValueError(f"{self.action} notice needs a level")

    @property
    def effective_level(self) -> str:
        """The level this notice puts in force ("none" for a lift)."""
        return NONE if self.action == LIFT else self.level  # type: ignore[return-value]

    def describe(self) -> str:
        """'市 2025-12-02 10:00 发布橙色预警（通环〔2025〕1号）'."""
        when = self.time.strftime("%Y-%m-%d %H:%M")
        if self.action == LIFT:
            what = "解除预警"
        elif self.action == ADJUST:
            what = f"调整为{level_short(self.level)}预警"
        else:
            what = f"发布{level_short(self.level)}预警"
        doc = f"（{self.doc_no}）" if self.doc_no else ""
        return f"{ISSUER_CN[self.issuer]} {when} {what}{doc}"

    def describe_en(self) -> str:
        """'City 2025-12-02 10:00 issues an orange warning (通环〔2025〕1号)' (the document number as written)."""
        when = self.time.strftime("%Y-%m-%d %H:%M")
        word = (self.level or "").lower()
        if self.action == LIFT:
            what = "lifts the warning"
        elif self.action == ADJUST:
            what = f"changes the warning to {word}"
        else:
            what = f"issues {'an' if word[:1] in 'aeiou' else 'a'} {word} warning"
        doc = f" ({self.doc_no})" if self.doc_no else ""
        return f"{ISSUER_EN[self.issuer]} {when} {what}{doc}"

    def to_dict(self) -> dict:
        return {"time": self.time.isoformat(timespec="seconds"), "issuer": self.issuer, "action": self.action,
                "level": self.level, "doc_no": self.doc_no}


def _known(notices: Iterable[Notice], at: datetime) -> list[Notice]:
    at = to_local(at)
    # Stable sort: of two notices of one issuer at the same minute, the later in the input wins.
    return sorted((n for n in notices if n.time <= at), key=lambda n: n.time)


def notices_in_force(notices: Iterable[Notice], at: datetime) -> dict[str, Notice]:
    """Per issuer, its latest notice at or before `at` (a lift included: it is what stands for that issuer)."""
    latest: dict[str, Notice] = {}
    for n in _known(notices, at):
        latest[n.issuer] = n
    return {i: latest[i] for i in ISSUERS if i in latest}


def notice_level(notices: Iterable[Notice], at: datetime) -> str:
    """Highest level over issuers in force at `at`; a lift counts as none for its issuer."""
    return max_level(*(n.effective_level for n in notices_in_force(notices, at).values()))


def notice_basis(notices: Iterable[Notice], at: datetime) -> list[str]:
    """Basis lines for the notices: one per issuer that has spoken, and a line for notices after `at`."""
    notices = list(notices)
    at = to_local(at)
    known = _known(notices, at)
    lines = []
    for issuer, n in notices_in_force(notices, at).items():
        text = f"上级通知：{n.describe()}"
        if n.action == LIFT:
            before = [p for p in known if p.issuer == issuer and p.action != LIFT and p.time <= n.time
                      and p is not n]
            if before:
                text += f"（原{level_short(before[-1].level)}预警不再计入）"
        lines.append(text)
    later = len(notices) - len(known)
    if later:
        lines.append(f"上级通知：另有 {later} 条晚于评估时刻 {at:%Y-%m-%d %H:%M} 的通知，未计入")
    return lines


NOTICE_COLUMNS = {
    "time": ("时间",),
    "issuer": ("发布机关", "发布单位"),
    "action": ("动作", "类型"),
    "level": ("级别", "预警级别"),
    "doc_no": ("文号",),
}


def read_notices_csv(path: str | Path) -> list[Notice]:
    """All notices in the file, in file order. Raises DataError naming file and line(s)."""
    columns, rows = read_table(path, NOTICE_COLUMNS)
    missing = [c for c in ("time", "issuer", "action", "level") if c not in columns]
    if missing:
        raise DataError(path, f"缺少列 missing column(s): {', '.join(missing)}", 1)
    problems = Problems(path)
    seen: dict[tuple[str, datetime], int] = {}
    out = []
    for line, row in rows:
        ok = True
        try:
            when = parse_notice_time(row[columns["time"]])
        except ValueError as exc:
            problems.add(line, str(exc))
            ok = False
        try:
            issuer = parse_issuer(row[columns["issuer"]])
        except ValueError:
            problems.add(line, f"发布机关无法识别 unknown issuer: {row[columns['issuer']]!r} "
                               "(ministry/生态环境部, province/省, city/市)")
            ok = False
        try:
            action = parse_action(row[columns["action"]])
        except ValueError:
            problems.add(line, f"通知类型无法识别 unknown action: {row[columns['action']]!r} "
                               "(issue/发布, adjust/调整, lift/解除)")
            ok = False
            action = None
        raw_level = row[columns["level"]]
        level = None
        if raw_level:
            try:
                level = parse_level_value(raw_level, allow_none=False)
            except ValueError:
                problems.add(line, f"预警级别无法识别 unknown level: {raw_level!r} (yellow/orange/red)")
                ok = False
        elif action in (ISSUE, ADJUST):
            problems.add(line, f"{ACTION_CN[action]}通知缺少预警级别 level missing on {action}")
            ok = False
        if action == LIFT:
            level = None
        if ok:
            key = (issuer, when)
            if key in seen:
                problems.add(line, f"同一发布机关同一时间的通知重复（第 {seen[key]} 行已有）"
                                   "duplicate notice: same issuer and time")
                continue
            seen[key] = line
            doc = row[columns["doc_no"]] if "doc_no" in columns else ""
            out.append(Notice(when, issuer, action, level, doc or None))
    problems.raise_if_any()
    return out


def parse_notice_time(text: str) -> datetime:
    """Notice times are minutes ('2025-12-02 10:30'), not only whole hours."""
    if not (text or "").strip():
        raise ValueError("缺少时间 missing time")
    try:
        return parse_local(text)
    except ValueError:
        raise ValueError(f"时间无法解析 cannot parse time (YYYY-MM-DD HH:MM): {text!r}") from None
