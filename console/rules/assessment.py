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
- All forecast points given are used (the forecast is the one issued at or before `at`); only notices at or
  before `at` count. Level in force = max(forecast level, notice level).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable, Iterable, Sequence

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
    build_blocks,
    missing_dates,
    parse_aqi,
    parse_pollutant,
    pollutant_counts,
)
from console.rules.notices import Notice, notice_basis, notice_level, notices_in_force
from console.rules.thresholds import BLOCK_HOURS, Condition, RuleSettings  # noqa: F401  (re-exported)

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


@dataclass(frozen=True)
class Match:
    """A condition of `level` that holds on `blocks` (the earliest chain)."""

    level: str
    condition: Condition
    blocks: tuple[Block, ...]


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
    blocks: tuple[Block, ...] = field(default=(), repr=False)  # every candidate block
    notices_in_force: tuple[Notice, ...] = ()

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
            "basis": list(self.basis),
            "advisory": self.advisory,
            "advisory_pollutants": list(self.advisory_pollutants),
            "kind": self.kind,
            "blocks_used": [b.to_dict() for b in self.blocks_used],
            "notices_in_force": [n.to_dict() for n in self.notices_in_force],
        }


# ---------------------------------------------------------------- the engine
Counts = Callable[[Block], bool]


def counts_strict(b: Block) -> bool:
    """Valid and led by a pollutant that carries a level."""
    return b.valid and b.counts_for_level


def counts_any_pollutant(b: Block) -> bool:
    return b.valid


def counts_ignoring_validity(b: Block) -> bool:
    return b.counts_for_level


def _longest_run(chain, peak: float) -> int:
    """The longest run of consecutive blocks in `chain` with AQI > peak."""
    best = run = 0
    for b in chain:
        run = run + 1 if b.aqi > peak else 0
        best = max(best, run)
    return best


def find_chain(blocks: Sequence[Block], cond: Condition, settings: RuleSettings,
               counts: Counts = counts_strict) -> tuple[Block, ...] | None:
    """Earliest chain of cond.blocks consecutive blocks (start, start+24h, …) that satisfies `cond`."""
    index = {b.start: b for b in blocks}
    above = settings.threshold(cond.above)
    peak = None if cond.peak_above is None else settings.threshold(cond.peak_above)
    for b0 in sorted(blocks, key=lambda b: b.start):
        chain = []
        for i in range(cond.blocks):
            b = index.get(b0.start + i * BLOCK)
            if b is None or b.aqi is None or not counts(b) or not b.aqi > above:
                break
            chain.append(b)
        else:
            if peak is None or _longest_run(chain, peak) >= cond.peak_blocks:
                return tuple(chain)
    return None


def evaluate(blocks: Sequence[Block], settings: RuleSettings,
             counts: Counts = counts_strict) -> tuple[str, list[Match]]:
    """Highest level whose condition holds (and every condition of that level that holds)."""
    for level in (RED, ORANGE, YELLOW):
        matches = [Match(level, c, chain) for c in settings.conditions(level)
                   if (chain := find_chain(blocks, c, settings, counts)) is not None]
        if matches:
            return level, matches
    return NONE, []


# ---------------------------------------------------------------- words
def fmt_aqi(value: float, above: float | None = None) -> str:
    """Integer, half up; with decimals only when rounding would hide an exceedance (200.4 shown > 200)."""
    for places in (0, 1, 2):
        text = str(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))
        if above is None or float(text) > above:
            return text
    return repr(value)


def _span(b: Block, n: int) -> str:
    if n > 1:
        return f"{b.label} 起连续{n * BLOCK_HOURS}小时日AQI"
    return f"{b.label} 日AQI" if b.daily else f"{b.label} 起24小时日AQI"


def describe_chain(cond: Condition, chain: Sequence[Block], settings: RuleSettings) -> str:
    """'预测 12-03 08:00 起连续48小时日AQI>200（216、238）'."""
    above = settings.threshold(cond.above)
    values = "、".join(fmt_aqi(b.aqi, above) for b in chain)
    text = f"预测 {_span(chain[0], len(chain))}>{fmt_aqi(above)}（{values}）"
    if cond.peak_above is not None:
        peak = settings.threshold(cond.peak_above)
        tops = [b for b in chain if b.aqi > peak]
        text += (f"，其中 {'、'.join(_span(b, 1) for b in tops)}>{fmt_aqi(peak)}"
                 f"（{'、'.join(fmt_aqi(b.aqi, peak) for b in tops)}）")
    primaries = sorted({b.primary for b in chain if b.primary}, key=str)
    if primaries:
        text += f"，首要污染物 {'、'.join(POLLUTANT_CN.get(p, p) for p in primaries)}"
    return text


def _none_line(blocks: Sequence[Block], settings: RuleSettings) -> str:
    valid = [b for b in blocks if b.valid and b.aqi is not None]
    usable = [b for b in valid if b.counts_for_level]
    if usable:
        top = max(usable, key=lambda b: b.aqi)
        if top.daily:
            return f"未达到预警条件：最高日AQI {fmt_aqi(top.aqi)}（{top.label}）"
        return f"未达到预警条件：最高24小时AQI {fmt_aqi(top.aqi)}（{top.label} 起）"
    if valid:
        return "未达到预警条件：各有效24小时的首要污染物均为臭氧或沙尘，不定预警级别"
    if blocks:
        return f"未达到预警条件：没有有效的24小时AQI（每24小时至少需要 {settings.min_valid_hours} 个小时值）"
    return "未达到预警条件：没有预测数据"


def _invalid_lines(blocks: Sequence[Block], forecast_level: str, settings: RuleSettings) -> list[str]:
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


def _advisory(blocks: Sequence[Block], forecast_level: str, settings: RuleSettings):
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
           at: datetime | None = None, settings: RuleSettings | None = None) -> Assessment:
    """Level in force at `at` = max(level from the forecast, level of upper notices in force), with basis.

    `forecast` is a Forecast (daily or hourly AQI) or ready-made blocks (e.g. from concentrations)."""
    if at is None:
        raise ValueError("assess needs the assessment time `at` (take it from a Clock)")
    at = to_local(at)
    settings = settings or RuleSettings()
    notices = list(notices)
    basis: list[str] = []
    if isinstance(forecast, Forecast):
        kind = forecast.kind
        blocks = build_blocks(forecast, settings)
    elif forecast is None:
        kind, blocks = None, []
    else:
        blocks = sorted(forecast, key=lambda b: b.start)
        kind = (DAILY if all(b.daily for b in blocks) else HOURLY) if blocks else None

    f_level, matches = evaluate(blocks, settings)
    for m in matches:
        basis.append(f"{level_short(m.level)}：{describe_chain(m.condition, m.blocks, settings)}")
    if not matches:
        basis.append(_none_line(blocks, settings))
    basis += _invalid_lines(blocks, f_level, settings)
    if isinstance(forecast, Forecast):
        gaps = missing_dates(forecast)
        if gaps:
            basis.append(f"预测缺少 {'、'.join(d.strftime('%m-%d') for d in gaps)} 的日AQI，前后日期不按连续计算")
        if forecast.has_ranges:
            basis.append(f"预测AQI以区间给出时按区间{_RANGE_CN[settings.range_bound]}计")
    advisory, pollutants, lines = _advisory(blocks, f_level, settings)
    basis += lines

    n_level = notice_level(notices, at)
    basis += notice_basis(notices, at)
    level = max_level(f_level, n_level)
    if level == NONE:
        basis.append("结论：不启动预警（预测与上级通知均未达到预警级别）")
    else:
        basis.append(f"结论：{level_cn(level)}（预测{level_short(f_level)}，上级通知{level_short(n_level)}，取较高者）")

    used: dict[datetime, Block] = {}
    for m in matches:
        for b in m.blocks:
            used.setdefault(b.start, b)
    return Assessment(
        at=at, level=level, forecast_level=f_level, notice_level=n_level, basis=basis, advisory=advisory,
        advisory_pollutants=pollutants, kind=kind, blocks_used=tuple(used[k] for k in sorted(used)),
        matches=tuple(matches), blocks=tuple(blocks),
        notices_in_force=tuple(notices_in_force(notices, at).values()))
