"""The air repository's batched writes (console.store.air, issue 15.4): observations written as multi-row
VALUES statements of OBS_BATCH rows plus the rest row by row, the district's sums one row per day — the same
rows stored as one statement per row would store, on both backends."""
from __future__ import annotations

import numpy as np

from console.air import daily
from console.air.hoursums import SUMS_WIDTH, DayGrid
from console.store import air as repo

T0 = 1_700_000_000 // 3600 * 3600


def _rows(n: int, source: str, shift: float = 0.0) -> list[tuple]:
    return [("A" if i % 2 else "B", T0 + (i // 2) * 3600, 10.5 + i + shift, None, 7.0, 30.0, 0.8, 20.0,
             40 + i % 90, "pm25" if i % 3 else None, source) for i in range(n)]


def _stored(store) -> list[tuple]:
    return [tuple(r) for r in store.tuples(
        "SELECT station, ts, pm25, pm10, so2, no2, co, o3, aqi, primary_pollutant, source_file FROM observations "
        "ORDER BY station, ts")]


def test_observations_are_written_in_batches_and_the_rest(store):
    n = 2 * repo.OBS_BATCH + 5  # two whole statements and five single rows
    rows = _rows(n, "a.csv")
    with store.transaction():
        repo.upsert_observations(store, iter(r[:-1] for r in rows), "a.csv")
    assert _stored(store) == sorted(rows)


def test_a_batch_replaces_stored_rows_and_adds_new_ones(store):
    with store.transaction():
        repo.upsert_observations(store, [r[:-1] for r in _rows(repo.OBS_BATCH + 3, "a.csv")], "a.csv")
    again = _rows(3 * repo.OBS_BATCH, "b.csv", shift=0.25)  # the first rows again (changed), then new ones
    with store.transaction():
        repo.upsert_observations(store, [r[:-1] for r in again], "b.csv")
    assert _stored(store) == sorted(again)


def test_day_sums_round_trip_and_add(store):
    """Hours added to the stored days come back as rows (ts, stations, sums and counts) of the hours with a
    station row; a second change adds to the first; days not touched are not written."""
    table = np.zeros((3, SUMS_WIDTH + 1))
    table[:, 0] = [T0, T0 + 3600, T0 + 5 * 86400]
    table[:, 1] = [2, 1, 1]
    table[:, 2::2] = 0.1  # the sums
    table[:, 3::2] = 1  # the counts (whole numbers)
    with store.transaction():
        daily.store_hour_rows(store, table)
    got = daily.district_sums(store, 0, 2**40)
    assert got.tolist() == table.tolist()
    grid = DayGrid.covering(T0, T0 + 3600, lambda a, b: repo.day_sums(store, a, b))
    change = table[:1].copy()
    change[0, 1:] = 1.0
    written = grid.add(change)
    assert [d for d, _ in written] == [T0 // 86400 * 86400]
    with store.transaction():
        repo.put_day_sums(store, written)
    got = daily.district_sums(store, 0, 2**40)
    assert got[0, 1] == 3 and got[0, 2] == 0.1 + 1.0 and got[1:].tolist() == table[1:].tolist()
    means = DayGrid.stored(T0, T0, lambda a, b: repo.day_sums(store, a, b)).means(T0, T0)
    assert means.shape == (1, 8) and means[0, 1] == (0.1 + 1.0) / 2
