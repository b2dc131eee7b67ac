"""The district's per-hour sums (table district_hour_sums, issue 15): kept by every import from its own rows as
changes (new values less the stored values they replace), filled by the schema step for data already stored —
always equal to a recomputation from the stations' rows, whatever the order of the imports, with corrections,
overlaps, gaps, AQI-only rows and chunked (streamed) files; and the district's hours read from them are those
the trend computes from the rows (SQL AVG per column)."""
from __future__ import annotations

import math
import sys
from datetime import datetime

import numpy as np
import pytest

from console.air import airdata, daily
from console.air.hoursums import WIDTH
from console.common.clock import TZ
from console.importers import files, stream
from console.importers.files import import_file
from console.store import air as repo
from console.store import db as db_mod
from console.store import schema
from console.store.db import Store
from tests.console.air.test_daily import assert_days_match
from tests.helpers import admin_of

H = 3600
T0 = int(datetime(2023, 1, 10, tzinfo=TZ).timestamp())
P = ("pm25", "pm10", "so2", "no2", "co", "o3")


def _when(h: int) -> str:
    return datetime.fromtimestamp(T0 + h * H, TZ).strftime("%Y-%m-%d %H:%M")


def write(path, stations, hours, scale=1.0, decimals=1, aqi_only=(), holes=()):
    """Rows of the stations over the hours: values with decimals (sums not exact in binary), some NA cells;
    hours in aqi_only carry only an AQI (no concentration), cells in holes (hour, pollutant) are NA."""
    lines = ["time,station," + ",".join(P) + ",aqi"]
    for h in hours:
        for k, st in enumerate(stations):
            if h in aqi_only:
                lines.append(f"{_when(h)},{st},NA,NA,NA,NA,NA,NA,{40 + (h * 3 + k) % 120}")
                continue
            v = scale * (70 + 50 * math.sin(h / 9 + k) + 13 * math.sin(h / 3.7))
            cells = [f"{v:.{decimals}f}", f"{v * 1.4:.{decimals}f}", "7.3", f"{30 + (h + k) % 17}.1",
                     f"{0.7 + (h % 5) / 10:.2f}", f"{20 + (h * 7 + k) % 90}"]
            for p in range(6):
                if (h + k, p) in holes:
                    cells[p] = "NA"
            lines.append(f"{_when(h)},{st}," + ",".join(cells) + ",")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def recomputed(store) -> dict[int, tuple]:
    """Per hour from the stations' rows: (rows, then per column of OBS_NUMERIC its exact sum and count)."""
    cols = ", ".join(repo.OBS_NUMERIC)
    out: dict[int, list] = {}
    for row in store.tuples(f"SELECT ts, {cols} FROM observations"):
        hour = out.setdefault(int(row[0]), [0] + [[] for _ in range(WIDTH)])
        hour[0] += 1
        for k, v in enumerate(row[1:]):
            if v is not None:
                hour[1 + k].append(float(v))
    return {ts: (h[0], *[x for vals in h[1:] for x in (math.fsum(vals), len(vals))]) for ts, h in out.items()}


def stored(store) -> dict[int, tuple]:
    rows = daily.district_sums(store, 0, 2**40)
    return {int(r[0]): tuple(r[1:].tolist()) for r in rows}


def assert_sums_match(store):
    want, got = recomputed(store), stored(store)
    assert sorted(got) == sorted(want)
    for ts, w in want.items():
        g = got[ts]
        counts_w, counts_g = (w[0],) + w[2::2], (g[0],) + g[2::2]
        assert counts_g == counts_w, _when((ts - T0) // H)
        assert g[1::2] == pytest.approx(w[1::2], rel=1e-12, abs=1e-9), _when((ts - T0) // H)
    # the district's hours read from the sums are the trend's (SQL AVG over the rows), the AQI exactly
    lo, hi = min(want), max(want)
    from_sums, from_rows = daily.district_hours(store, lo, hi), airdata.hourly(store, None, lo, hi)
    assert from_sums.ts.tolist() == from_rows.ts.tolist()
    np.testing.assert_array_equal(from_sums.aqi, from_rows.aqi)
    for p in P:
        np.testing.assert_allclose(getattr(from_sums, p), getattr(from_rows, p), rtol=1e-12, equal_nan=True)
    assert from_sums.primary == from_rows.primary


def _files(tmp_path):
    return {
        "ab": write(tmp_path / "ab.csv", ("A", "B"), range(0, 100), holes={(5, 0), (6, 3), (40, 5)}),
        "c": write(tmp_path / "c.csv", ("C",), range(50, 150), scale=0.6, aqi_only=range(60, 66)),
        # a correction of A and B over stored hours (80-99) and new ones (100-119), the values changed
        "fix": write(tmp_path / "fix.csv", ("A", "B"), range(80, 120), scale=1.7, holes={(85, 1), (90, 2)}),
        # C again over part of its hours, AQI-only where it had values and values where it had only an AQI
        "c2": write(tmp_path / "c2.csv", ("C",), range(55, 70), scale=0.6, decimals=2, aqi_only=range(50, 60)),
        # A alone: some hours as "ab" has them (unchanged when it came first), some new (before everything else)
        "a": write(tmp_path / "a.csv", ("A",), list(range(-20, 0)) + [10, 11, 12], scale=1.0),
    }


ORDERS = [("ab", "c", "fix", "c2", "a"), ("a", "fix", "c2", "ab", "c"), ("c2", "c", "a", "ab", "fix")]


@pytest.mark.parametrize("order", ORDERS, ids=["-".join(o) for o in ORDERS])
def test_the_sums_equal_a_recomputation_after_imports_in_any_order(store, tmp_path, order):
    paths = _files(tmp_path)
    for name in order:
        import_file(store, paths[name], admin_of(store))
        assert_sums_match(store)
    assert_days_match(store, ("", "A", "B", "C"))
    # the last file again writes nothing, the sums stay; the first again puts its values back
    before = stored(store)
    result = import_file(store, paths[order[-1]], admin_of(store))
    assert result.import_id is None and stored(store) == before
    import_file(store, paths[order[0]], admin_of(store))
    assert_sums_match(store)
    assert_days_match(store, ("", "A", "B", "C"))


def test_the_sums_are_kept_a_slice_of_days_at_a_time(store, tmp_path, monkeypatch):
    """An import spanning more than one slice of days (SLICE_DAYS, a year; here one day) reads, adds and writes
    the stored sums slice by slice: the same sums and district days, the day sums of hours at slice edges too."""
    monkeypatch.setattr(daily, "SLICE_DAYS", 1)
    paths = _files(tmp_path)
    for name in ORDERS[0]:
        import_file(store, paths[name], admin_of(store))
        assert_sums_match(store)
    assert_days_match(store, ("", "A", "B", "C"))


def test_a_chunked_import_keeps_the_sums(store, tmp_path):
    """A large file (streamed chunk by chunk in one transaction) over stored hours: the same sums."""
    paths = _files(tmp_path)
    import_file(store, paths["ab"], admin_of(store))
    import_file(store, paths["c"], admin_of(store))
    stream.stream_observations(store, paths["fix"], admin_of(store), chunk_rows=13, steps=sys.modules[files.__name__])
    assert_sums_match(store)
    assert_days_match(store, ("", "A", "B", "C"))


def test_a_refused_import_leaves_the_sums(store, tmp_path):
    import_file(store, write(tmp_path / "ab.csv", ("A", "B"), range(24)), admin_of(store))
    before = stored(store)
    bad = write(tmp_path / "bad.csv", ("A", "B"), range(10, 40), scale=2.0)
    bad.write_text(bad.read_text("utf-8") + f"{_when(50)},A,oops,1,1,1,1,1,\n", encoding="utf-8")
    with pytest.raises(Exception):
        import_file(store, bad, admin_of(store))
    assert stored(store) == before
    assert_sums_match(store)


def test_an_import_reads_the_district_from_the_sums_not_the_rows(store, tmp_path, monkeypatch):
    """With other stations stored over the file's span, the import reads none of their rows: the stored rows it
    reads are those of its own stations (the diff and the values it replaces)."""
    paths = _files(tmp_path)
    import_file(store, paths["ab"], admin_of(store))
    read = []
    real_span, real_numbers = repo.stored_in_span, repo.station_numbers
    monkeypatch.setattr(repo, "stored_in_span", lambda s, st, lo, hi: read.extend(st) or real_span(s, st, lo, hi))
    monkeypatch.setattr(repo, "station_numbers", lambda s, st, lo, hi: read.append(st) or real_numbers(s, st, lo, hi))
    monkeypatch.setattr(repo, "district_hours", lambda *a, **k: pytest.fail("district hours read from the rows"))
    import_file(store, paths["c"], admin_of(store))
    assert read and set(read) == {"C"}
    monkeypatch.undo()
    assert_sums_match(store)


def _step_of_hour_sums() -> int:
    return next(v for v, steps in schema.MIGRATIONS.items()
                if any(isinstance(s, str) and "CREATE TABLE district_hour_sums" in s for s in steps))


def test_the_schema_step_fills_the_sums_of_an_existing_database(backend, tmp_path, monkeypatch):
    """A database written before the step (observations, no sums) upgrades on open: the step fills every hour
    from the rows stored, and the next import adds to them."""
    step = _step_of_hour_sums()
    path = tmp_path / "old.sqlite3"
    paths = _files(tmp_path)
    with monkeypatch.context() as m:
        m.setattr(db_mod, "MIGRATIONS", {v: s for v, s in schema.MIGRATIONS.items() if v < step})
        m.setattr(db_mod, "latest", lambda: step - 1)
        m.setattr(daily, "refresh", lambda *a, **k: None)  # the import of the time: no sums to keep
        with Store(path) as old:
            assert not old.has_table("district_hour_sums")
            import_file(old, paths["ab"], admin_of(old))
            import_file(old, paths["c"], admin_of(old))
    with Store(path) as new:
        assert new.schema_version == schema.latest()
        assert not new.has_table("district_hour_sums")  # step 19: moved to one row per day
        assert_sums_match(new)
        import_file(new, paths["fix"], admin_of(new))
        assert_sums_match(new)


def test_a_file_alone_in_its_span_is_not_counted_back(store, tmp_path, monkeypatch):
    """A whole file finding no stored row within its stations' spans knows what they hold after its write (its
    own rows): the daily aggregates take its rows without counting them in the store; a file with stored rows
    in its span has them counted."""
    counted = []
    real = repo.station_count
    monkeypatch.setattr(repo, "station_count", lambda s, st, lo, hi: counted.append(st) or real(s, st, lo, hi))
    import_file(store, write(tmp_path / "a.csv", ["A"], range(0, 30)), admin_of(store))
    assert counted == []
    import_file(store, write(tmp_path / "gap.csv", ["A"], [40, 41], scale=2.0), admin_of(store))
    assert counted == []  # nothing stored in [40, 41] before: alone again
    import_file(store, write(tmp_path / "over.csv", ["A"], range(20, 50), scale=1.5), admin_of(store))
    assert counted == ["A"]
    assert_sums_match(store)
    assert_days_match(store)
