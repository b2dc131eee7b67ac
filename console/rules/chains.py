"""The engine of plan §3.2.1: chains of consecutive 24-hour blocks over a threshold, and their words.

find_chain / evaluate decide which level's conditions hold on a set of blocks; describe_chain says it
('预测 12-03 08:00 起连续48小时日AQI>200（216、238）'). Blocks may be forecast or observed (实测).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable, Sequence

import numpy as np

from console.plan.levels import NONE, ORANGE, RED, YELLOW
from console.rules.blocks import POLLUTANT_CN, Block
from console.rules.table import BlockTable
from console.rules.thresholds import BLOCK_HOURS, Condition, RuleSettings


@dataclass(frozen=True)
class Match:
    """A condition of `level` that holds on `blocks` (the earliest chain)."""

    level: str
    condition: Condition
    blocks: tuple[Block, ...]


# ---------------------------------------------------------------- the engine (vectorised over all start hours)
Counts = Callable[[BlockTable], np.ndarray]


def counts_strict(t: BlockTable) -> np.ndarray:
    """Valid and led by a pollutant that carries a level."""
    return t.valid & t.counts_for_level


def counts_any_pollutant(t: BlockTable) -> np.ndarray:
    return t.valid


def counts_ignoring_validity(t: BlockTable) -> np.ndarray:
    return t.counts_for_level


def as_table(blocks: BlockTable | Sequence[Block]) -> BlockTable:
    return blocks if isinstance(blocks, BlockTable) else BlockTable.from_blocks(blocks)


def find_chain(blocks: BlockTable | Sequence[Block], cond: Condition, settings: RuleSettings,
               counts: Counts = counts_strict) -> tuple[Block, ...] | None:
    """Earliest chain of cond.blocks consecutive blocks (start, start+24h, …) that satisfies `cond`: for every
    start at once, block i of the chain is looked up at start + 24·i hours (np.searchsorted)."""
    t = as_table(blocks)
    n = len(t)
    if n == 0:
        return None
    above = settings.threshold(cond.above)
    with np.errstate(invalid="ignore"):
        ok = counts(t) & (t.aqi > above)  # nan (no value) is never above
    chain_ok = ok.copy()
    members = [np.arange(n)]
    for i in range(1, cond.blocks):
        target = t.start + i * BLOCK_HOURS
        j = np.minimum(np.searchsorted(t.start, target), n - 1)
        chain_ok &= (t.start[j] == target) & ok[j]
        members.append(j)
    if cond.peak_above is not None:
        peak = settings.threshold(cond.peak_above)
        run = best = np.zeros(n, dtype=np.int64)
        for j in members:  # the longest run of consecutive chain blocks above the peak
            with np.errstate(invalid="ignore"):
                run = np.where(t.aqi[j] > peak, run + 1, 0)
            best = np.maximum(best, run)
        chain_ok &= best >= cond.peak_blocks
    hits = np.flatnonzero(chain_ok)
    if not len(hits):
        return None
    return tuple(t.block(int(j[hits[0]])) for j in members)


def evaluate(blocks: BlockTable | Sequence[Block], settings: RuleSettings,
             counts: Counts = counts_strict) -> tuple[str, list[Match]]:
    """Highest level whose condition holds (and every condition of that level that holds)."""
    t = as_table(blocks)
    for level in (RED, ORANGE, YELLOW):
        matches = [Match(level, c, chain) for c in settings.conditions(level)
                   if (chain := find_chain(t, c, settings, counts)) is not None]
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


def _source(chain: Sequence[Block]) -> tuple[str, Callable[[Block], str]]:
    """'预测' / '监测' / '监测及预测', and how to mark each value (实测 / 预测 only in a mixed chain)."""
    observed = [b.observed for b in chain]
    if not any(observed):
        return "预测", lambda b: ""
    if all(observed):
        return "监测", lambda b: ""
    return "监测及预测", lambda b: "实测" if b.observed else "预测"


def describe_chain(cond: Condition, chain: Sequence[Block], settings: RuleSettings) -> str:
    """'预测 12-03 08:00 起连续48小时日AQI>200（216、238）'; observed blocks: '监测 …' or
    '监测及预测 12-01 起连续72小时日AQI>200（实测216、预测238、预测310）'."""
    above = settings.threshold(cond.above)
    source, mark = _source(chain)
    values = "、".join(mark(b) + fmt_aqi(b.aqi, above) for b in chain)
    text = f"{source} {_span(chain[0], len(chain))}>{fmt_aqi(above)}（{values}）"
    if cond.peak_above is not None:
        peak = settings.threshold(cond.peak_above)
        tops = [b for b in chain if b.aqi > peak]
        text += (f"，其中 {'、'.join(_span(b, 1) for b in tops)}>{fmt_aqi(peak)}"
                 f"（{'、'.join(fmt_aqi(b.aqi, peak) for b in tops)}）")
    primaries = sorted({b.primary for b in chain if b.primary}, key=str)
    if primaries:
        text += f"，首要污染物 {'、'.join(POLLUTANT_CN.get(p, p) for p in primaries)}"
    return text
