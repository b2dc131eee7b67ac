"""Plan §1-§2: assessment = warning level + its basis in words.

Readings (PLAN.md, configurable through RuleSettings):
- "lasting N×24 h": some start hour s such that the N blocks [s, s+24), [s+24, s+48), … each exceed the
  threshold; red needs 3 blocks > t200 and at least one of those same 3 blocks > t300. Daily input: blocks are
  calendar days and consecutive means consecutive dates (a missing date breaks the run).
- Hourly input: block AQI = mean of the hourly AQI present; a block with < min_valid_hours values is invalid
  and never counts (the basis names it when it interrupted a chain that would otherwise reach a higher level).
  Comparisons use unrounded means (200.4 > 200); display rounds to integers.
- Scope (§1.3): blocks whose primary pollutant is O3 or dust never count towards a level; PM2.5, PM10, other
  or unknown pollutants do. If counting O3/dust blocks would give a higher level, the O3/dust advisory is
  given instead of that level (a level reached by PM blocks alone stands).
- Only the future is a forecast (§3.2.1 "经预测"): a 24-hour block wholly before `at` (its end <= `at`) is not
  part of the forecast and never triggers a level; the basis says which days were past. A block still running
  at `at` (today's date, the 24 hours around now) is the forecast for that period and counts. Only notices at
  or before `at` count.
- Monitoring data (observed AQI) count only where the plan uses them: while a response is in force,
  "当空气质量监测数据或预测结果达到更高预警等级条件时，应及时调整到相应的预警级别" (§3.2.2(3)). So with a level in
  force, chains of observed blocks (wholly before `at`) continued by forecast blocks that reach a level above
  the one in force give that level (upgrade), labelled 实测/监测 in the basis (reading: the observed past and
  the forecast future form one series, the N×24 hours may span both). Without a response in force, observed
  data never start a warning; the basis says so when they would have met a condition.
- Level in force = max(forecast level, notice level, observed upgrade).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable, Sequence

import numpy as np

from console.common.clock import to_local
from console.plan.levels import (  # noqa: F401  (re-exported)
    LEVEL_CN,
    LEVELS,
    NONE,
    ORANGE,
    RED,
    YELLOW,
    level_cn,
    level_rank,
    level_short,
    max_level,
    parse_level_value,
)
from console.rules.blocks import (  # noqa: F401  (re-exported)
    BLOCK,
    DAILY,
    DUST,
    HOURLY,
    NO_LEVEL_POLLUTANTS,
    O3,
    PM10,
    PM25,
    POLLUTANT_CN,
    Block,
    Forecast,
    ForecastPoint,
    missing_dates,
    parse_aqi,
    parse_pollutant,
    pollutant_counts,
)
from console.rules.chains import (  # noqa: F401  (re-exported)
    Counts,
    Match,
    as_table,
    counts_any_pollutant,
    counts_ignoring_validity,
    counts_strict,
    describe_chain,
    evaluate,
    find_chain,
    fmt_aqi,
)
from console.rules.notices import Notice, notice_basis, notice_level, notices_in_force
from console.rules.table import BlockTable, build_blocks
from console.rules.thresholds import BLOCK_HOURS, Condition, RuleSettings  # noqa: F401  (re-exported)
from console.rules.timing import (
    observed_blocks,
    observed_upgrade,
    past_line,
    split_past,
)

__all__ = [
    "Assessment", "Match", "assess", "evaluate", "find_chain", "describe_chain", "fmt_aqi", "ADVISORY",
    "counts_strict", "counts_any_pollutant", "counts_ignoring_validity",
    # re-exported so callers need only console.rules
    "RuleSettings", "Condition", "BLOCK_HOURS", "Forecast", "ForecastPoint", "Block", "build_blocks",
    "missing_dates", "parse_aqi", "parse_pollutant", "pollutant_counts", "NO_LEVEL_POLLUTANTS", "POLLUTANT_CN",
    "PM25", "PM10", "O3", "DUST", "DAILY", "HOURLY", "LEVELS", "LEVEL_CN", "NONE", "YELLOW", "ORANGE", "RED",
    "level_cn", "level_rank", "level_short", "max_level", "parse_level_value",
]

ADVISORY = {
    O3: ("臭氧(O3)为首要污染物：按预案1.3不发布预警级别。发布健康防护提示（儿童、老年人及呼吸系统、心脑血管"
         "疾病患者减少户外活动，午后至傍晚臭氧高值时段尤应避免），并加强挥发性有机物（VOCs）和氮氧化物（NOx）"
         "排放的日常监管。"),
    DUST: ("沙尘为首要污染物：按预案1.3不发布预警级别。发布健康防护提示（减少户外活动，外出佩戴口罩，关闭门窗），"
           "并视情采取扬尘源管控措施（施工工地、道路、裸土和物料堆场等）。"),
}
_RANGE_CN = {"upper": "上限", "lower": "下限", "mid": "中值"}



@dataclass
class Assessment:
    at: datetime
    level: str
    forecast_level: str
    notice_level: str
    basis: list[str]
    advisory: str | None = None
    advisory_pollutants: tuple[str, ...] = ()
    kind: str | None = None  # daily | hourly | None (no forecast)
    blocks_used: tuple[Block, ...] = ()  # blocks of the chains that gave the forecast level
    matches: tuple[Match, ...] = ()
    blocks: Sequence[Block] = field(default=(), repr=False)  # every candidate forecast block (a BlockTable)
    notices_in_force: tuple[Notice, ...] = ()
    observed_level: str = NONE  # upgrade on monitoring data while a response is in force (§3.2.2(3))
    past_blocks: Sequence[Block] = field(default=(), repr=False)  # forecast blocks wholly before `at`

    @property
    def level_cn(self) -> str:
        return level_cn(self.level)

    def to_dict(self) -> dict:
        return {
            "at": self.at.isoformat(timespec="seconds"),
            "level": self.level,
            "level_name": level_cn(self.level),
            "forecast_level": self.forecast_level,
            "notice_level": self.notice_level,
            "observed_level": self.observed_level,
            "basis": list(self.basis),
            "advisory": self.advisory,
            "advisory_pollutants": list(self.advisory_pollutants),
            "kind": self.kind,
            "blocks_used": [b.to_dict() for b in self.blocks_used],
            "past_blocks": len(self.past_blocks),
            "notices_in_force": [n.to_dict() for n in self.notices_in_force],
        }


def _none_line(blocks: BlockTable, settings: RuleSettings, past: BlockTable) -> str:
    valid = blocks.valid & ~np.isnan(blocks.aqi)
    usable = np.flatnonzero(valid & blocks.counts_for_level)
    if len(usable):
        top = blocks.block(int(usable[np.argmax(blocks.aqi[usable])]))  # the first of equal maxima
        if top.daily:
            return f"未达到预警条件：最高日AQI {fmt_aqi(top.aqi)}（{top.label}）"
        return f"未达到预警条件：最高24小时AQI {fmt_aqi(top.aqi)}（{top.label} 起）"
    if valid.any():
        return "未达到预警条件：各有效24小时的首要污染物均为臭氧或沙尘，不定预警级别"
    if len(blocks):
        return f"未达到预警条件：没有有效的24小时AQI（每24小时至少需要 {settings.min_valid_hours} 个小时值）"
    if len(past):
        return "未达到预警条件：没有评估时刻之后的预测"
    return "未达到预警条件：没有预测数据"


def _invalid_lines(blocks: BlockTable, forecast_level: str, settings: RuleSettings) -> list[str]:
    """Invalid blocks that interrupted a chain which, counted, would have reached a higher level."""
    lenient_level, matches = evaluate(blocks, settings, counts_ignoring_validity)
    if level_rank(lenient_level) <= level_rank(forecast_level):
        return []
    lines, seen = [], set()
    for m in matches:
        for b in m.blocks:
            if not b.valid and b.start not in seen:
                seen.add(b.start)
                lines.append(f"{b.label} 起的24小时仅有 {b.n_hours} 个有效小时值（<{settings.min_valid_hours}），"
                             f"不计入（若计入可达{level_short(lenient_level)}条件）")
    return lines


def _advisory(blocks: BlockTable, forecast_level: str, settings: RuleSettings):
    """O3/dust blocks that would raise the level: advisory text, pollutants, basis lines."""
    all_level, matches = evaluate(blocks, settings, counts_any_pollutant)
    if level_rank(all_level) <= level_rank(forecast_level):
        return None, (), []
    pollutants = tuple(p for p in (O3, DUST) if any(b.primary == p for m in matches for b in m.blocks))
    lines = [f"{'、'.join(POLLUTANT_CN[p] for p in pollutants)}为首要污染物的时段不定预警级别（预案1.3）："
             f"若计入，{describe_chain(m.condition, m.blocks, settings)}，将达到{level_short(all_level)}条件"
             for m in matches]
    return "\n".join(ADVISORY[p] for p in pollutants), pollutants, lines


# ---------------------------------------------------------------- assess
def assess(forecast: Forecast | Sequence[Block] | None, notices: Iterable[Notice] = (),
           at: datetime | None = None, settings: RuleSettings | None = None, *,
           observed: Forecast | Sequence[Block] | None = None, in_force: str = NONE) -> Assessment:
    """Level at `at` = max(level from the forecast, level of upper notices in force, upgrade on monitoring data),
    with basis.

    `forecast` is a Forecast (daily or hourly AQI) or ready-made blocks (e.g. from concentrations); its blocks
    wholly before `at` are the past and trigger nothing. `observed` is monitoring data (same forms); it counts
    only to upgrade the response level `in_force` (§3.2.2(3))."""
    if at is None:
        raise ValueError("assess needs the assessment time `at` (take it from a Clock)")
    at = to_local(at)
    settings = settings or RuleSettings()
    in_force = parse_level_value(in_force)
    notices = list(notices)
    basis: list[str] = []
    if isinstance(forecast, Forecast):
        kind = forecast.kind
        all_blocks = build_blocks(forecast, settings)
    elif forecast is None:
        kind, all_blocks = None, BlockTable.empty()
    else:
        all_blocks = as_table(forecast)
        kind = (DAILY if all_blocks.daily.all() else HOURLY) if len(all_blocks) else None
    blocks, past = split_past(all_blocks, at)

    f_level, matches = evaluate(blocks, settings)
    for m in matches:
        basis.append(f"{level_short(m.level)}：{describe_chain(m.condition, m.blocks, settings)}")
    if not matches:
        basis.append(_none_line(blocks, settings, past))
    if (line := past_line(past, at, settings)) is not None:
        basis.append(line)
    basis += _invalid_lines(blocks, f_level, settings)
    if isinstance(forecast, Forecast):
        gaps = missing_dates(forecast)
        if gaps:
            basis.append(f"预测缺少 {'、'.join(d.strftime('%m-%d') for d in gaps)} 的日AQI，前后日期不按连续计算")
        if forecast.has_ranges:
            basis.append(f"预测AQI以区间给出时按区间{_RANGE_CN[settings.range_bound]}计")
    advisory, pollutants, lines = _advisory(blocks, f_level, settings)
    basis += lines

    o_level, o_matches, lines = observed_upgrade(observed_blocks(observed, at, settings), blocks, f_level,
                                                 in_force, settings)
    basis += lines

    n_level = notice_level(notices, at)
    basis += notice_basis(notices, at)
    level = max_level(f_level, n_level, o_level)
    if level == NONE:
        basis.append("结论：不启动预警（预测与上级通知均未达到预警级别）")
    else:
        upgrade = f"，监测数据升级{level_short(o_level)}" if o_level != NONE else ""
        basis.append(f"结论：{level_cn(level)}（预测{level_short(f_level)}，上级通知{level_short(n_level)}{upgrade}，"
                     "取较高者）")

    used: dict[datetime, Block] = {}
    for m in [*matches, *o_matches]:
        for b in m.blocks:
            used.setdefault(b.start, b)
    return Assessment(
        at=at, level=level, forecast_level=f_level, notice_level=n_level, basis=basis, advisory=advisory,
        advisory_pollutants=pollutants, kind=kind, blocks_used=tuple(used[k] for k in sorted(used)),
        matches=tuple([*matches, *o_matches]), blocks=blocks,
        notices_in_force=tuple(notices_in_force(notices, at).values()), observed_level=o_level,
        past_blocks=past)
