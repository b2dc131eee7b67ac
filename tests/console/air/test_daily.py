"""console.air.daily: the daily aggregates a long trend range is read from (issue 15.2) — kept by the import in
its transaction, filled by the schema step for data already stored, and what the 全部 view draws."""
from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest

from console.air import airdata, daily
from console.common.clock import TZ
from console.importers.files import import_file
from console.store import air as repo
from console.store import db as db_mod
from console.store import schema
from console.store.db import Store
from tests.helpers import admin_of

H = 3600
T0 = int(datetime(2022, 3, 1, tzinfo=TZ).timestamp())
P = ("pm25", "pm10", "so2", "no2", "co", "o3")


def write_obs(path, hours, stations=("A", "B"), first=0, scale=1.0, gap=()):
    """Hourly rows from T0 + first hours: a slow sine per station (hours in `gap` left out)."""
    lines = ["time,station," + ",".join(P)]
    for h in range(first, first + hours):
        if h in gap:
            continue
        t = datetime.fromtimestamp(T0 + h * H, TZ).strftime("%Y-%m-%d %H:%M")
        for k, st in enumerate(stations):
            v = scale * (90 + 60 * np.sin(h / 40 + k) + 20 * np.sin(h / 7))
            lines.append(f"{t},{st},{v:.1f},{v * 1.5:.1f},8,40,0.9,{30 + h % 24 * 4}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def expected_days(store, series):
    """Per local day: (hours, min, max, sum of hourly AQI[, min, max of the rolling AQI]) from the hours."""
    s = airdata.hourly(store, None if series == "" else series)
    roll = airdata.rolling_24h_aqi(s)
    out: dict = {}
    for t, a, r in zip(s.ts.tolist(), s.aqi.tolist(), roll.tolist()):
        d = out.setdefault(daily.day_start(t), [0, [], []])
        if a == a:
            d[0] += 1
            d[1].append(a)
        if r == r:
            d[2].append(r)
    res = {}
    for day, (n, a, r) in out.items():
        agg = (n, min(a), max(a), sum(a))
        if series == "":
            agg += (min(r), max(r)) if r else (None, None)
        res[day] = agg
    return res


def stored_days(store, series):
    rows = repo.days(store, series, 0, 2**40)
    res = {}
    for day, n, lo, hi, total, rlo, rhi in rows.tolist():
        agg = (int(n), lo, hi, total)
        if series == "":
            agg += (None if rlo != rlo else rlo, None if rhi != rhi else rhi)
        res[int(day)] = agg
    return res


def assert_days_match(store, series=("", "A", "B")):
    for name in series:
        want, got = expected_days(store, name), stored_days(store, name)
        assert sorted(got) == sorted(want), name
        for day in want:
            assert got[day] == pytest.approx(want[day]), (name, datetime.fromtimestamp(day, TZ))


def test_day_start_is_local_midnight():
    t = int(datetime(2023, 5, 6, 7, tzinfo=TZ).timestamp())
    assert daily.day_start(t) == int(datetime(2023, 5, 6, tzinfo=TZ).timestamp())
    assert daily.day_start(int(datetime(2023, 5, 6, 23, tzinfo=TZ).timestamp())) == daily.day_start(t)


def test_import_keeps_the_aggregates(store, tmp_path):
    import_file(store, write_obs(tmp_path / "a.csv", 24 * 20, gap=range(100, 130)), admin_of(store))
    assert_days_match(store)
    # a second file replaces days 5-7 (new values) and fills the gap: those days, and the rolling AQI of the
    # day after each (its first windows reach back), follow
    import_file(store, write_obs(tmp_path / "b.csv", 24 * 3 + 40, first=24 * 4 + 4, scale=2.5), admin_of(store))
    assert_days_match(store)
    # a station's hours alone (the district follows, the other station's rows stay)
    import_file(store, write_obs(tmp_path / "c.csv", 30, stations=("B",), first=24 * 19, scale=0.3), admin_of(store))
    assert_days_match(store)


def test_an_import_refused_leaves_no_aggregate(store, tmp_path):
    bad = write_obs(tmp_path / "bad.csv", 48)
    bad.write_text(bad.read_text("utf-8") + "2022-03-05 01:00,A,oops,1,1,1,1,1\n", encoding="utf-8")
    with pytest.raises(Exception):
        import_file(store, bad, admin_of(store))
    assert len(repo.days(store, "", 0, 2**40)) == 0 and len(repo.days(store, "A", 0, 2**40)) == 0


def test_long_ranges_come_from_the_days_short_ones_from_the_hours(store, tmp_path):
    hours = 24 * 400
    import_file(store, write_obs(tmp_path / "a.csv", hours, stations=("A",)), admin_of(store))
    full = airdata.hourly(store, None)
    full_roll = airdata.rolling_24h_aqi(full)
    lo, hi = T0, T0 + (hours - 1) * H
    env, roll = airdata.view_series(store, None, lo, hi)
    assert env.step >= 12 * H and len(env) == len(roll) <= 2 * airdata.ENVELOPE_BUCKETS
    bucket = 2 * env.step
    for i in range(0, len(env), 2):
        inside = (full.ts >= env.ts[i]) & (full.ts < env.ts[i] + bucket)
        assert env.aqi[i] == np.nanmin(full.aqi[inside]) and env.aqi[i + 1] == np.nanmax(full.aqi[inside])
        assert roll[i] == np.nanmin(full_roll[inside]) and roll[i + 1] == np.nanmax(full_roll[inside])
    few, _ = airdata.daily_envelope(store, None, lo, hi, buckets=50)
    assert len(few) <= 100 and few.aqi.max() == np.nanmax(full.aqi) and few.aqi.min() == np.nanmin(full.aqi)
    station, station_roll = airdata.view_series(store, "A", lo, hi, rolling=False)
    assert station_roll is None and station.step >= 12 * H
    assert station.aqi.max() == np.nanmax(airdata.hourly(store, "A").aqi)
    # zoomed in to a year or less: the hours themselves
    year, roll = airdata.view_series(store, None, lo, lo + 300 * 24 * H)
    assert year.step == H and len(year) == 300 * 24 + 1 and len(roll) == len(year)


def _step_of_air_daily() -> int:
    return next(v for v, steps in schema.MIGRATIONS.items()
                if any(isinstance(s, str) and "CREATE TABLE air_daily" in s for s in steps))


def test_the_schema_step_fills_the_aggregates_of_an_existing_database(backend, tmp_path, monkeypatch):
    """A database written by the program before the step (observations, no air_daily) upgrades on open: the
    step fills every station's and the district's days from the hours stored."""
    step = _step_of_air_daily()
    assert step <= schema.latest()
    older = {v: s for v, s in schema.MIGRATIONS.items() if v < step}
    path = tmp_path / "old.sqlite3"
    with monkeypatch.context() as m:
        m.setattr(db_mod, "MIGRATIONS", older)
        m.setattr(db_mod, "latest", lambda: step - 1)
        with Store(path) as old:
            assert not old.has_table("air_daily") and old.schema_version == step - 1
            rows = []
            for h in range(24 * 9):
                for k, st in enumerate(("A", "B")):
                    v = 80 + 70 * np.sin(h / 11 + k)
                    rows.append((st, T0 + h * H, v, None, None, None, None, None, int(v), "pm25"))
            with old.transaction():
                repo.add_stations(old, [("A", "A", None), ("B", "B", None)])
                repo.upsert_observations(old, rows, "x.csv")
    with Store(path) as upgraded:
        assert upgraded.schema_version == schema.latest() and upgraded.has_table("air_daily")
        assert_days_match(upgraded)
        assert len(stored_days(upgraded, "")) == 9 and len(stored_days(upgraded, "A")) == 9


def test_an_empty_database_gets_the_table_empty(store):
    assert store.has_table("air_daily") and len(repo.days(store, "", 0, 2**40)) == 0


def _no_district_read(monkeypatch):
    def refuse(*_a, **_k):
        raise AssertionError("the district's hours were read from the table")
    monkeypatch.setattr(repo, "district_hours", refuse)


def test_a_new_file_gives_the_district_days_from_its_own_rows(store, tmp_path, monkeypatch):
    """Hours written by a file next to stored ones (the day before, another station): the days come from the
    file's rows plus the stored rows around them, not from a read of the district's hours — and match them."""
    import_file(store, write_obs(tmp_path / "a.csv", 24 * 3 + 5, stations=("A", "B")), admin_of(store))
    import_file(store, write_obs(tmp_path / "z.csv", 24 * 9, stations=("Z",), scale=0.7), admin_of(store))
    with monkeypatch.context() as m:
        _no_district_read(m)
        import_file(store, write_obs(tmp_path / "b.csv", 24 * 4, stations=("A", "B"), first=24 * 3 + 5, scale=1.8),
                    admin_of(store))
        # a correction of hours already stored (every stored row of the span is in the file): the same path
        import_file(store, write_obs(tmp_path / "c.csv", 30, stations=("B",), first=40, scale=2.2), admin_of(store))
    assert_days_match(store, ("", "A", "B", "Z"))


def test_a_file_with_holes_over_stored_hours_reads_the_station_days_from_the_table(store, tmp_path, monkeypatch):
    """Stored rows inside the file's span that the file does not hold: the stations' days are read from the
    table; the district's hours still come from the stored hour sums (never from the stations' rows)."""
    import_file(store, write_obs(tmp_path / "a.csv", 24 * 6), admin_of(store))
    calls = []
    real = repo.refresh_station_days
    monkeypatch.setattr(repo, "refresh_station_days", lambda *a, **k: calls.append(a) or real(*a, **k))
    with monkeypatch.context() as m:
        _no_district_read(m)
        import_file(store, write_obs(tmp_path / "b.csv", 24 * 4, first=12, scale=3.0, gap=range(30, 70)),
                    admin_of(store))
    assert sorted(c[1] for c in calls) == ["A", "B"]
    assert_days_match(store)


def test_aqi_only_rows_and_padded_station_names_keep_the_days(store, tmp_path, monkeypatch):
    lines = ["time,station,pm25,aqi"]
    for h in range(60):
        t = datetime.fromtimestamp(T0 + h * H, TZ).strftime("%Y-%m-%d %H:%M")
        lines.append(f"{t},A,{40 + h},")
        lines.append(f"{t},{' B' if h % 2 else 'B'},,{50 + h % 30}")  # B: only the AQI given
    path = tmp_path / "mixed.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with monkeypatch.context() as m:
        _no_district_read(m)
        import_file(store, path, admin_of(store))
    assert_days_match(store)
