"""The scalar block builder and chain finder the console used before issue 15 (Python over every hour), kept
only as the test oracle for the vectorised console.rules.blocks / console.rules.chains."""
from __future__ import annotations

import math
from collections import Counter
from typing import Sequence

from console.plan.levels import NONE, ORANGE, RED, YELLOW
from console.rules.blocks import BLOCK, DAILY, HOUR, Block, Forecast, resolve_aqi
from console.rules.thresholds import BLOCK_HOURS, Condition, RuleSettings

_PRECEDENCE = ("pm25", "pm10", "so2", "no2", "co", "o3", "dust")


def build_blocks(forecast: Forecast, settings: RuleSettings) -> list[Block]:
    if forecast.kind == DAILY:
        return [Block(p.time, p.time + BLOCK, resolve_aqi(p.aqi, settings.range_bound), BLOCK_HOURS, True,
                      p.primary, daily=True) for p in forecast.points]
    by_hour = {p.time: p for p in forecast.points}
    if not by_hour:
        return []
    first, last = forecast.points[0].time, forecast.points[-1].time
    blocks = []
    s = first
    while s <= last:
        pts = [by_hour[t] for t in (s + i * HOUR for i in range(BLOCK_HOURS)) if t in by_hour]
        values = [resolve_aqi(p.aqi, settings.range_bound) for p in pts]
        aqi = round(math.fsum(values) / len(values), 9) if values else None
        blocks.append(Block(s, s + BLOCK, aqi, len(values), len(values) >= settings.min_valid_hours,
                            _block_primary([p.primary for p in pts])))
        s += HOUR
    return blocks


def _block_primary(primaries):
    counts = Counter(p for p in primaries if p is not None)
    if not counts:
        return None
    top = max(counts.values())
    tied = [p for p in counts if counts[p] == top]
    return min(tied, key=lambda p: _PRECEDENCE.index(p) if p in _PRECEDENCE else len(_PRECEDENCE))


def counts_strict(b: Block) -> bool:
    return b.valid and b.counts_for_level


def _longest_run(chain, peak: float) -> int:
    best = run = 0
    for b in chain:
        run = run + 1 if b.aqi > peak else 0
        best = max(best, run)
    return best


def find_chain(blocks: Sequence[Block], cond: Condition, settings: RuleSettings, counts=counts_strict):
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


def evaluate(blocks: Sequence[Block], settings: RuleSettings, counts=counts_strict):
    for level in (RED, ORANGE, YELLOW):
        matches = [(level, c, chain) for c in settings.conditions(level)
                   if (chain := find_chain(blocks, c, settings, counts)) is not None]
        if matches:
            return level, matches
    return NONE, []
