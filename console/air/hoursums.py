"""Per-hour sums of the rows an import writes: the changes it makes to the district's stored hour sums.

The district's hourly value is the mean over the stations reporting that hour (console.store.air.district_hours,
SQL AVG per column). The table district_day_sums (schema 19; before it district_hour_sums, schema 18, one row
per hour) keeps, per hour, the number of station rows and per column (aqi, pm25 … o3) the sum and count of the
non-NULL values, one row per UTC day (``DayGrid``). ``HourSums`` collects, chunk by chunk as an import parses,
the same figures of the file's rows (memory follows the hours the file spans, not its rows); the import then
subtracts the stored values its rows replace (``subtract_rows``: read over the primary key for the file's own
station-hours), so what is left is the change to add to the table (``table_rows``). The import reads the days
of its span once, adds the change and computes the district's hours from the result (``DayGrid.means``),
whatever the number of stations — nothing is read back.
"""
from __future__ import annotations

import numpy as np

HOUR = 3600
DAY = 86400
OFFSET = 8 * 3600  # Asia/Shanghai (console.air.airdata.OFFSET): local days
WIDTH = 7  # aqi, pm25, pm10, so2, no2, co, o3 — the columns of console.store.air.OBS_NUMERIC


class HourSums:
    """Sums over a dense hourly grid from ``start`` (grown as chunks arrive). ``rows`` per hour; ``sums`` and
    ``counts`` (WIDTH, hours) over the non-nan values; ``per_station``: station -> (rows, first ts, last ts)
    of the file's rows added."""

    def __init__(self):
        self.start: int | None = None
        self.rows = np.zeros(0, dtype=np.int64)
        self.sums = np.zeros((WIDTH, 0))
        self.counts = np.zeros((WIDTH, 0), dtype=np.int64)
        self.per_station: dict[str, tuple[int, int, int]] = {}
        self.days: dict[str, StationDays] = {}
        #: set by a whole-file import that found no stored row within its stations' spans: after its write the
        #: spans hold exactly its rows (else console.air.daily counts them)
        self.alone = False

    def __len__(self) -> int:
        return len(self.rows)

    def add(self, ts: np.ndarray, values: np.ndarray, stations=(), sign: int = 1) -> None:
        """ts: int64 hour starts; values: (WIDTH, len(ts)) float64, nan for missing; stations: (station, rows,
        first ts, last ts) of the rows given (a station may come more than once); sign -1 takes the rows away."""
        for st, n, lo, hi in stations:
            had = self.per_station.get(st)
            self.per_station[st] = (n, lo, hi) if had is None else (had[0] + n, min(had[1], lo), max(had[2], hi))
        if not len(ts):
            return
        self._cover(int(ts.min()), int(ts.max()))
        slot = (ts - self.start) // HOUR
        size = len(self.rows)
        self.rows += sign * np.bincount(slot, minlength=size)
        valid = ~np.isnan(values)
        for k in range(WIDTH):
            ok = valid[k]
            self.counts[k] += sign * np.bincount(slot[ok], minlength=size)
            self.sums[k] += sign * np.bincount(slot[ok], weights=values[k][ok], minlength=size)

    def _cover(self, lo: int, hi: int) -> None:
        if self.start is None:
            self.start = lo
            n = (hi - lo) // HOUR + 1
            self.rows = np.zeros(n, dtype=np.int64)
            self.sums, self.counts = np.zeros((WIDTH, n)), np.zeros((WIDTH, n), dtype=np.int64)
            return
        before = max(0, (self.start - lo) // HOUR)
        after = max(0, (hi - self.start) // HOUR + 1 - len(self.rows))
        if before or after:
            self.rows = np.pad(self.rows, (before, after))
            self.sums = np.pad(self.sums, ((0, 0), (before, after)))
            self.counts = np.pad(self.counts, ((0, 0), (before, after)))
            self.start -= before * HOUR

    def subtract_rows(self, rows: np.ndarray) -> None:
        """Take away stored rows (n, 1 + WIDTH: ts, aqi, pm25 … o3; nan for NULL) that the import replaces."""
        if len(rows):
            self.add(rows[:, 0].astype(np.int64), np.ascontiguousarray(rows[:, 1:].T), sign=-1)

    def changed(self) -> np.ndarray:
        """Indexes (into the grid from ``start``) of the hours whose sums change."""
        if self.start is None:
            return np.zeros(0, dtype=np.int64)
        return np.flatnonzero((self.rows != 0) | (self.counts != 0).any(axis=0) | (self.sums != 0).any(axis=0))

    def column(self, j: int, hours: np.ndarray) -> np.ndarray:
        """Column j of table_rows' order after ts (0 rows, then per column of WIDTH its sum and count) at hours."""
        if j == 0:
            return self.rows[hours]
        k, is_count = divmod(j - 1, 2)
        return (self.counts if is_count else self.sums)[k, hours]

    def release_hours(self) -> None:
        """Drop the hourly grid once added to the stored sums (it is as long as the hours the file spans)."""
        self.rows, self.sums, self.counts = np.zeros(0, dtype=np.int64), np.zeros((WIDTH, 0)), np.zeros((WIDTH, 0))
        self.start = None

    def table_rows(self) -> np.ndarray:
        """The hours whose sums change, as rows (ts, rows, aqi_sum, aqi_n, pm25_sum, pm25_n … o3_n) to add to the
        stored sums (DayGrid.add), all as floats (whole numbers exactly)."""
        if self.start is None:
            return np.zeros((0, 2 + 2 * WIDTH))
        change = (self.rows != 0) | (self.counts != 0).any(axis=0) | (self.sums != 0).any(axis=0)
        hours = np.flatnonzero(change)
        table = np.empty((len(hours), 2 + 2 * WIDTH))
        table[:, 0] = self.start + hours * HOUR
        table[:, 1] = self.rows[hours]
        table[:, 2::2] = self.sums[:, hours].T
        table[:, 3::2] = self.counts[:, hours].T
        return table

    def add_station(self, station: str, ts: np.ndarray, aqi: np.ndarray) -> None:
        """One station's rows (ts, hourly AQI with nan) into its local-day aggregates."""
        self.days.setdefault(station, StationDays()).add(ts, aqi)


#: The per-hour sums are stored one row per UTC day (table district_day_sums, schema 19): the day's 24 hours ×
#: (stations, aqi_n, pm25_n … o3_n) as little-endian int32, then 24 × (aqi_sum, pm25_sum … o3_sum) as
#: little-endian float64 — 2,112 bytes; an import of a span of years reads and writes one row per day instead
#: of one per hour (issue 15.4). In memory a day is (24, SUMS_WIDTH) floats in the order of
#: HourSums.table_rows (stations, aqi_sum, aqi_n, …; whole numbers exact).
SUMS_WIDTH = 1 + 2 * WIDTH
_COUNTS = [0, *range(2, SUMS_WIDTH, 2)]  # stations and the counts, in the in-memory order
_SUMS = list(range(1, SUMS_WIDTH, 2))
_COUNT_BYTES = 24 * len(_COUNTS) * 4
_DAY_BYTES = _COUNT_BYTES + 24 * len(_SUMS) * 8
_COUNT_MAX = 2**31 - 1


def pack_days(grid: np.ndarray) -> bytes:
    """Days' (k, 24, SUMS_WIDTH) sums as the stored bytes, k × _DAY_BYTES (one day: one row's value)."""
    k = len(grid)
    counts = grid[:, :, _COUNTS]
    if counts.size and (counts.max() > _COUNT_MAX or counts.min() < 0):
        raise ValueError("district hour counts out of range")  # cannot happen: counts of stored rows
    data = np.empty((k, _DAY_BYTES), dtype=np.uint8)
    data[:, :_COUNT_BYTES] = counts.astype("<i4").reshape(k, -1).view(np.uint8)
    data[:, _COUNT_BYTES:] = np.ascontiguousarray(grid[:, :, _SUMS], dtype="<f8").reshape(k, -1).view(np.uint8)
    return data.tobytes()


def unpack_days(data: bytes, k: int) -> np.ndarray:
    """The (k, 24, SUMS_WIDTH) sums of k days' stored bytes joined."""
    raw = np.frombuffer(data, dtype=np.uint8).reshape(k, _DAY_BYTES)
    out = np.empty((k, 24, SUMS_WIDTH))
    out[:, :, _COUNTS] = raw[:, :_COUNT_BYTES].copy().view("<i4").reshape(k, 24, len(_COUNTS))
    out[:, :, _SUMS] = raw[:, _COUNT_BYTES:].copy().view("<f8").reshape(k, 24, len(_SUMS))
    return out


class DayGrid:
    """The stored sums of the UTC days [first, first + n·DAY) as one dense (n, 24, SUMS_WIDTH) array."""

    def __init__(self, first: int, days: int, stored):
        """stored: (day start ts, blob) rows of the days held."""
        self.first = first
        self.grid = np.zeros((days, 24, SUMS_WIDTH))
        if stored:  # one decoding of all the days' bytes joined
            at = (np.array([int(day) for day, _ in stored], dtype=np.int64) - first) // DAY
            self.grid[at] = unpack_days(b"".join(bytes(blob) for _, blob in stored), len(stored))

    @classmethod
    def covering(cls, lo: int, hi: int, read) -> DayGrid:
        """The days holding [lo, hi]; read(first day, last day) -> stored (day, blob) rows."""
        first, last = lo // DAY * DAY, hi // DAY * DAY
        return cls(first, (last - first) // DAY + 1, read(first, last))

    @classmethod
    def stored(cls, lo: int, hi: int, read) -> DayGrid:
        """Only the stored days holding hours of [lo, hi] (lo and hi may lie far apart: a grid of the days
        between the first and last stored)."""
        rows = read(lo // DAY * DAY, hi // DAY * DAY)
        if not rows:
            return cls(lo // DAY * DAY, 0, [])
        days = [int(d) for d, _ in rows]
        return cls(min(days), (max(days) - min(days)) // DAY + 1, rows)

    def add(self, table: np.ndarray) -> list[tuple[int, bytes]]:
        """Add HourSums.table_rows() (hours within the grid); returns the (day, bytes) rows of the days changed."""
        if not len(table):
            return []
        ts = table[:, 0].astype(np.int64)
        day, hour = (ts - self.first) // DAY, (ts % DAY) // HOUR
        self.grid[day, hour] += table[:, 1:]  # distinct hours
        return self._days(np.unique(day))

    def add_sums(self, sums: HourSums, hours: np.ndarray) -> list[tuple[int, bytes]]:
        """Add the change of ``sums`` at its grid indexes ``hours`` (HourSums.changed, within this grid) column
        by column (no table of them all); returns the (day, bytes) rows of the days changed."""
        if not len(hours):
            return []
        ts = sums.start + hours.astype(np.int64) * HOUR
        day, hour = (ts - self.first) // DAY, (ts % DAY) // HOUR
        del ts
        for j in range(SUMS_WIDTH):
            self.grid[day, hour, j] += sums.column(j, hours)  # distinct hours
        return self._days(np.unique(day))

    def _days(self, changed: np.ndarray) -> list[tuple[int, bytes]]:
        data, size = pack_days(self.grid[changed]), _DAY_BYTES  # one encoding, cut per day
        return [(self.first + d * DAY, data[k * size:(k + 1) * size]) for k, d in enumerate(changed.tolist())]

    def rows(self, lo: int, hi: int) -> np.ndarray:
        """Rows (ts, stations, aqi_sum, aqi_n … o3_n) of the hours in [lo, hi] with a station row, by ts."""
        flat = self.grid.reshape(-1, SUMS_WIDTH)
        ts = self.first + np.arange(len(flat), dtype=np.int64) * HOUR
        keep = (flat[:, 0] > 0) & (ts >= lo) & (ts <= hi)
        return np.column_stack([ts[keep].astype(np.float64), flat[keep]])

    def means(self, lo: int, hi: int) -> np.ndarray:
        """Per hour in [lo, hi] with a station row: ts and the mean aqi, pm25 … o3 (nan: no value) — what
        console.store.air.district_hours computes from the stations' rows (SQL AVG per column)."""
        flat = self.grid.reshape(-1, SUMS_WIDTH)
        a = max(0, (lo - self.first + HOUR - 1) // HOUR)
        b = min(len(flat), (hi - self.first) // HOUR + 1)
        if a >= b:
            return np.zeros((0, 1 + WIDTH))
        hours = a + np.flatnonzero(flat[a:b, 0] > 0)
        out = np.empty((len(hours), 1 + WIDTH))
        out[:, 0] = self.first + hours * HOUR
        for k in range(WIDTH):  # column by column: no copy of the whole grid
            total, n = flat[hours, 1 + 2 * k], flat[hours, 2 + 2 * k]
            with np.errstate(invalid="ignore", divide="ignore"):
                out[:, 1 + k] = np.where(n > 0, total / np.where(n > 0, n, 1), np.nan)
        return out


class StationDays:
    """Per local day of one station: rows, and the count, sum, lowest and highest of the non-nan AQI — what
    console.store.air.refresh_station_days computes with SQL."""

    def __init__(self):
        self.first: int | None = None  # day number ((ts + OFFSET) // DAY) of index 0
        self.rows = np.zeros(0, dtype=np.int64)
        self.count = np.zeros(0, dtype=np.int64)
        self.sum = np.zeros(0)
        self.low = np.zeros(0)
        self.high = np.zeros(0)

    def copy(self) -> StationDays:
        out = StationDays()
        out.first = self.first
        out.rows, out.count, out.sum = self.rows.copy(), self.count.copy(), self.sum.copy()
        out.low, out.high = self.low.copy(), self.high.copy()
        return out

    def add(self, ts: np.ndarray, aqi: np.ndarray) -> None:
        if not len(ts):
            return
        day = (ts + OFFSET) // DAY
        self._cover(int(day.min()), int(day.max()))
        slot = day - self.first
        size = len(self.rows)
        self.rows += np.bincount(slot, minlength=size)
        ok = ~np.isnan(aqi)
        self.count += np.bincount(slot[ok], minlength=size)
        self.sum += np.bincount(slot[ok], weights=aqi[ok], minlength=size)
        np.fmin.at(self.low, slot[ok], aqi[ok])
        np.fmax.at(self.high, slot[ok], aqi[ok])

    def _cover(self, lo: int, hi: int) -> None:
        if self.first is None:
            self.first = lo
            before, after = 0, hi - lo + 1
        else:
            before = max(0, self.first - lo)
            after = max(0, hi - self.first + 1 - len(self.rows))
            self.first -= before
        if before or after:
            pad = (before, after)
            self.rows, self.count = np.pad(self.rows, pad), np.pad(self.count, pad)
            self.sum = np.pad(self.sum, pad)
            self.low = np.pad(self.low, pad, constant_values=np.nan)
            self.high = np.pad(self.high, pad, constant_values=np.nan)

    def rows_between(self, first_ts: int, end_ts: int) -> list[tuple]:
        """(day start ts, hours, aqi_min, aqi_max, aqi_sum, None, None) of the days with a row starting in
        [first_ts, end_ts) — None for a value of a day without AQI (SQL's NULL)."""
        if self.first is None:
            return []
        a = max(0, (first_ts + OFFSET) // DAY - self.first)
        b = min(len(self.rows), (end_ts + OFFSET - 1) // DAY + 1 - self.first)
        out = []
        for i in range(a, b):
            if self.rows[i]:
                n = int(self.count[i])
                out.append(((self.first + i) * DAY - OFFSET, n, float(self.low[i]) if n else None,
                            float(self.high[i]) if n else None, float(self.sum[i]) if n else None, None, None))
        return out

