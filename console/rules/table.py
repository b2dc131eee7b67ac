"""24-hour blocks as columns (numpy), built with cumulative sums (issue 15: `assess` in milliseconds).

A BlockTable holds every candidate block of a series, sorted by start, as arrays; it is a Sequence of Block,
each Block made only when asked for (the chains found, the basis), never all 35k of four years.

Times are wall-clock hour numbers in Asia/Shanghai (date.toordinal() * 24 + hour): block arithmetic is the
wall-clock arithmetic of aware datetimes (start + 24 h), and the zone has had no daylight saving since 1991.

Hourly series (build_blocks): a block starts at every hour s from the first to the last value and covers
[s, s+24); its AQI is the mean of the hourly values present (exactly math.fsum(values) / n, rounded to 9 places
so that float noise never pushes a mean over a boundary), `valid` with >= min_valid_hours values (HJ 633 / GB
3095: 20 of 24), its primary pollutant the one most hours name (ties: particulates first, the order of
PRIMARY_PRECEDENCE; names not in it after, by first appearance in the series). Daily series: one block per date.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction
from typing import Iterator, Sequence

import numpy as np

from console.common.clock import TZ, to_local
from console.rules.blocks import (
    DAILY,
    NO_LEVEL_POLLUTANTS,
    PRIMARY_PRECEDENCE,
    Block,
    Forecast,
)
from console.rules.thresholds import BLOCK_HOURS, RuleSettings

_DAYS_TO_HOURS = 24
_DYADIC = 1024  # values that are multiples of 1/1024 (integers, halves, quarters …) sum exactly in int64


def hour_number(t: datetime) -> float:
    """Wall-clock hours since 0001-01-01 in Asia/Shanghai (minutes as a fraction)."""
    t = to_local(t)
    return t.toordinal() * _DAYS_TO_HOURS + t.hour + t.minute / 60 + t.second / 3600


def _when(h: int) -> datetime:
    return datetime.fromordinal(h // _DAYS_TO_HOURS).replace(hour=h % _DAYS_TO_HOURS, tzinfo=TZ)


@dataclass(frozen=True, eq=False)
class BlockTable(Sequence):
    start: np.ndarray  # int64 wall-clock hour numbers, ascending
    aqi: np.ndarray  # float64, nan: no value in the block
    n_hours: np.ndarray  # int64
    valid: np.ndarray  # bool
    primary: np.ndarray  # int64 code into `names`, -1: none
    names: tuple  # pollutant name of each code
    daily: np.ndarray  # bool
    observed: np.ndarray  # bool

    @classmethod
    def empty(cls) -> "BlockTable":
        z = np.zeros(0, dtype=np.int64)
        return cls(z, np.zeros(0), z, z.astype(bool), z, (), z.astype(bool), z.astype(bool))

    @classmethod
    def from_blocks(cls, blocks: Sequence[Block]) -> "BlockTable":
        """Ready-made blocks (e.g. from concentrations), sorted by start."""
        blocks = sorted(blocks, key=lambda b: b.start)
        names = tuple(dict.fromkeys(b.primary for b in blocks if b.primary is not None))
        code = {p: i for i, p in enumerate(names)}
        return cls(np.array([int(hour_number(b.start)) for b in blocks], dtype=np.int64),
                   np.array([np.nan if b.aqi is None else b.aqi for b in blocks], dtype=float),
                   np.array([b.n_hours for b in blocks], dtype=np.int64),
                   np.array([b.valid for b in blocks], dtype=bool),
                   np.array([code.get(b.primary, -1) for b in blocks], dtype=np.int64), names,
                   np.array([b.daily for b in blocks], dtype=bool),
                   np.array([b.observed for b in blocks], dtype=bool))

    # ---- Sequence of Block
    def __len__(self) -> int:
        return len(self.start)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.block(k) for k in range(*i.indices(len(self)))]
        return self.block(int(i))

    def __iter__(self) -> Iterator[Block]:
        return (self.block(k) for k in range(len(self)))

    def block(self, k: int) -> Block:
        if k < 0:
            k += len(self)
        start = _when(int(self.start[k]))
        aqi = round(float(self.aqi[k]), 9)  # idempotent on means already rounded
        code = int(self.primary[k])
        return Block(start, start + timedelta(hours=BLOCK_HOURS), None if aqi != aqi else aqi,
                     int(self.n_hours[k]), bool(self.valid[k]), self.names[code] if code >= 0 else None,
                     daily=bool(self.daily[k]), observed=bool(self.observed[k]))

    # ---- columns
    @property
    def end(self) -> np.ndarray:
        return self.start + BLOCK_HOURS

    @property
    def counts_for_level(self) -> np.ndarray:
        """Not led by a pollutant without a level (O3, dust; plan §1.3)."""
        no_level = np.array([n in NO_LEVEL_POLLUTANTS for n in self.names] + [False], dtype=bool)
        return ~no_level[self.primary]  # code -1 picks the trailing False

    def take(self, mask_or_index) -> "BlockTable":
        s = mask_or_index
        return BlockTable(self.start[s], self.aqi[s], self.n_hours[s], self.valid[s], self.primary[s], self.names,
                          self.daily[s], self.observed[s])

    def as_observed(self) -> "BlockTable":
        return BlockTable(self.start, self.aqi, self.n_hours, self.valid, self.primary, self.names, self.daily,
                          np.ones(len(self), dtype=bool))

    @staticmethod
    def concat(a: "BlockTable", b: "BlockTable") -> "BlockTable":
        """Both tables' blocks, sorted by start (primary codes renumbered onto one list of names)."""
        names = tuple(dict.fromkeys(a.names + b.names))
        remap_b = np.array([names.index(n) for n in b.names] + [-1], dtype=np.int64)
        remap_a = np.array([names.index(n) for n in a.names] + [-1], dtype=np.int64)
        cat = lambda x, y: np.concatenate((x, y))  # noqa: E731
        start = cat(a.start, b.start)
        order = np.argsort(start, kind="stable")
        return BlockTable(start[order], cat(a.aqi, b.aqi)[order], cat(a.n_hours, b.n_hours)[order],
                          cat(a.valid, b.valid)[order], cat(remap_a[a.primary], remap_b[b.primary])[order], names,
                          cat(a.daily, b.daily)[order], cat(a.observed, b.observed)[order])


def _primary_codes(primaries: list) -> tuple[np.ndarray, tuple]:
    """Codes ordered for the tie-break: PRIMARY_PRECEDENCE first, other names after by first appearance."""
    present = set(primaries)
    names = tuple(p for p in PRIMARY_PRECEDENCE if p in present)
    names += tuple(dict.fromkeys(p for p in primaries if p is not None and p not in names))
    code = {p: i for i, p in enumerate(names)}
    code[None] = -1
    return np.array([code[p] for p in primaries], dtype=np.int64), names


def _resolved(forecast: Forecast, bound: str) -> np.ndarray:
    values = [p.aqi for p in forecast.points]
    if not forecast.has_ranges:
        return np.array(values, dtype=float)
    pick = {"upper": lambda lo, hi: hi, "lower": lambda lo, hi: lo, "mid": lambda lo, hi: (lo + hi) / 2}[bound]
    return np.array([pick(*v) if isinstance(v, tuple) else v for v in values], dtype=float)


def _window(cum: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    return cum[hi] - cum[lo]


def _window_means(values: np.ndarray, at_hour: np.ndarray, span: int, lo, hi, n) -> np.ndarray:
    """Per block: math.fsum(values in it) / n, bit for bit, nan without values; rounded to 9 places where
    float noise could matter.

    Values that are multiples of 1/1024 (integer AQI, halves of a range's mid …) are summed exactly in int64;
    their means are multiples of 1/(1024·n), at least 1.7e-6 apart and from any integer or one-decimal
    threshold, so rounding to 9 places changes no comparison, and it is left to BlockTable.block (the value a
    Block shows is round(mean, 9) as before). Other floats are summed exactly as fractions and rounded here:
    there the rounding is what keeps 24 values averaging 200 from being > 200."""
    scaled = values * _DYADIC
    exact_int = bool(np.all(scaled == np.rint(scaled))) and float(np.abs(scaled).sum()) < 2.0 ** 52
    if exact_int:  # the usual case (integer AQI): the int64 sums are exact, as fsum is
        grid = np.zeros(span, dtype=np.int64)
        grid[at_hour] = np.rint(scaled).astype(np.int64)
        cum = np.concatenate(([0], np.cumsum(grid)))
        sums = _window(cum, lo, hi).astype(float) / _DYADIC  # exact: a power of two
    else:  # any other floats: exact rational sums (Python ints), correctly rounded like fsum
        ratios = [Fraction(v) for v in values.tolist()]
        den = max((r.denominator for r in ratios), default=1)
        grid = [0] * span
        for h, r in zip(at_hour.tolist(), ratios):
            grid[h] = r.numerator * (den // r.denominator)
        cum, acc = [0], 0
        for g in grid:
            acc += g
            cum.append(acc)
        sums = np.array([(cum[b] - cum[a]) / den for a, b in zip(lo.tolist(), hi.tolist())], dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = sums / n
    if exact_int:
        return means
    return np.array([round(m, 9) for m in means.tolist()], dtype=float)  # Python's round, as before


def build_blocks(forecast: Forecast, settings: RuleSettings) -> BlockTable:
    """All candidate blocks of the series, ordered by start."""
    pts = forecast.points
    if not pts:
        return BlockTable.empty()
    codes, names = _primary_codes([p.primary for p in pts])
    values = _resolved(forecast, settings.range_bound)
    hours = np.array([p.time.toordinal() * _DAYS_TO_HOURS + p.time.hour for p in pts], dtype=np.int64)
    if forecast.kind == DAILY:
        k = len(pts)
        return BlockTable(hours, values, np.full(k, BLOCK_HOURS, dtype=np.int64), np.ones(k, dtype=bool), codes,
                          names, np.ones(k, dtype=bool), np.zeros(k, dtype=bool))
    first = int(hours[0])
    at_hour = hours - first
    span = int(at_hour[-1]) + 1  # blocks start at every hour from the first value to the last
    lo = np.arange(span)
    hi = np.minimum(lo + BLOCK_HOURS, span)
    has = np.zeros(span, dtype=np.int64)
    has[at_hour] = 1
    n = _window(np.concatenate(([0], np.cumsum(has))), lo, hi)
    aqi = _window_means(values, at_hour, span, lo, hi, n)
    # primary: the code named by most hours of the block; argmax takes the first (= highest precedence) of ties
    if names:
        counts = np.zeros((len(names), span + 1), dtype=np.int64)
        for c in range(len(names)):
            grid = np.zeros(span, dtype=np.int64)
            grid[at_hour[codes == c]] = 1
            counts[c, 1:] = np.cumsum(grid)
        per_block = counts[:, hi] - counts[:, lo]
        primary = np.where(per_block.max(axis=0) > 0, per_block.argmax(axis=0), -1)
    else:
        primary = np.full(span, -1, dtype=np.int64)
    return BlockTable(first + lo, aqi, n, n >= settings.min_valid_hours, primary, names,
                      np.zeros(span, dtype=bool), np.zeros(span, dtype=bool))
