"""console.airdata (+ airdata_calc): schema, the GUI's queries, district AQI and the 24-hour rolling AQI."""
from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from console.air import airdata
from console.air.calc import iaqi_array
from console.air.aqi import BREAKPOINTS, hourly_aqi, iaqi
from console.air.aqi_daily import block_aqi_from_concentrations
from console.common.clock import TZ
from console.importers.files import import_file
from tests.helpers import admin_of

UCI = Path(__file__).resolve().parents[2] / "data" / "uci"  # excerpts of the UCI Beijing files (CC BY 4.0)
H = 3600
T0 = int(datetime(2025, 12, 1, tzinfo=TZ).timestamp())
P = ("pm25", "pm10", "so2", "no2", "co", "o3")


def write_obs(tmp_path, rows, name="obs.csv"):
    """rows: (hour offset, station, {pollutant: value})"""
    lines = ["time,station," + ",".join(P)]
    for h, st, conc in rows:
        t = datetime.fromtimestamp(T0 + h * H, TZ).strftime("%Y-%m-%d %H:%M")
        lines.append(f"{t},{st}," + ",".join("" if conc.get(p) is None else str(conc[p]) for p in P))
    f = tmp_path / name
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


def test_schema_registered(store):
    assert store.schema_version >= 3
    for table in ("stations", "observations", "forecasts", "forecast_values", "imports"):
        assert store.has_table(table), table
    assert not store.has_table("no_such_table")


def test_empty_store(store):
    assert airdata.stations(store) == []
    assert airdata.data_range(store) is None
    assert airdata.last_observation_times(store) == {}
    assert airdata.latest_forecast(store) is None and airdata.forecast_for_rules(store) is None
    s = airdata.hourly(store, None)
    assert len(s) == 0 and s.ts.dtype == np.int64 and len(airdata.rolling_24h_aqi(s)) == 0


def test_district_is_aqi_of_mean_concentrations(store, tmp_path):
    # A: PM2.5 150 -> IAQI 200; B: PM2.5 50 -> IAQI ceil(68.75) = 69. Mean of AQIs would be 134.5.
    # District PM2.5 = mean 100 -> IAQI ceil(100 + 50/40 * 25) = ceil(131.25) = 132.
    # PM10 only at A (200 -> IAQI 125): the district mean is over the stations reporting it.
    import_file(store, write_obs(tmp_path, [(0, "A", {"pm25": 150, "pm10": 200}), (0, "B", {"pm25": 50}),
                                            (1, "B", {"pm25": 10})]), admin_of(store))
    a, b = airdata.hourly(store, "A"), airdata.hourly(store, "B")
    assert a.aqi.tolist() == [200.0] and b.aqi.tolist() == [69.0, 15.0]
    d = airdata.hourly(store, None)
    assert d.ts.tolist() == [T0, T0 + H]
    assert d.pm25.tolist() == [100.0, 10.0] and d.pm10[0] == 200.0 and np.isnan(d.pm10[1])
    assert d.aqi.tolist() == [132.0, 15.0]
    assert d.primary == ["pm25", None]
    assert d.station is None and a.station == "A"


def test_hourly_range_and_missing_values(store, tmp_path):
    import_file(store, write_obs(tmp_path, [(h, "A", {"pm25": 10 + h, "o3": None if h == 2 else 50})
                                            for h in range(5)]), admin_of(store))
    s = airdata.hourly(store, "A", T0 + H, T0 + 3 * H)
    assert s.ts.tolist() == [T0 + H, T0 + 2 * H, T0 + 3 * H]
    assert s.pm25.tolist() == [11.0, 12.0, 13.0] and np.isnan(s.o3[1]) and np.isnan(s.co).all()
    assert len(s.primary) == 3
    assert airdata.stations(store) == [airdata.Station("A", "A")]
    assert airdata.data_range(store) == (T0, T0 + 4 * H)
    assert airdata.last_observation_times(store) == {"A": datetime(2025, 12, 1, 4, tzinfo=TZ)}


def test_rolling_24h_validity(store, tmp_path):
    # 30 hours; PM2.5 present on hours 0..18 (19 values), then missing, then 25..29
    rows = [(h, "A", {"pm25": 100}) for h in range(19)] + [(h, "A", {"pm25": 200}) for h in range(25, 30)]
    import_file(store, write_obs(tmp_path, rows), admin_of(store))
    s = airdata.hourly(store, "A")
    roll = airdata.rolling_24h_aqi(s)
    assert np.isnan(roll).all()  # never 20 valid hours in any 24-hour window
    import_file(store, write_obs(tmp_path, [(19, "A", {"pm25": 100})], "one_more.csv"), admin_of(store))
    s = airdata.hourly(store, "A")
    roll = airdata.rolling_24h_aqi(s)
    by_ts = dict(zip(s.ts.tolist(), roll.tolist()))
    assert by_ts[T0 + 19 * H] == 132.0  # 20 hours of 100 -> IAQI 132 (24-h breakpoints)
    # window ending at hour 25 holds hours 2..25: 18 of 100 + 1 of 200 = 19 values -> invalid
    assert np.isnan(by_ts[T0 + 25 * H])
    assert np.isnan(by_ts[T0 + 18 * H])


def test_rolling_24h_missing_where_particulates_lack_hours():
    """Issue 14.7: a span where O3, NO2, CO run on but PM2.5/PM10 start later: no rolling AQI from the gases."""
    n = 60
    ts = T0 + np.arange(n, dtype=np.int64) * H
    full = np.full(n, 40.0)
    pm = np.where(np.arange(n) >= 20, 180.0, np.nan)  # particulates from hour 20 on
    s = airdata.Series(ts, full, pm, pm * 1.3, full / 4, full, full / 40, full, [None] * n)
    roll = airdata.rolling_24h_aqi(s)
    assert np.isnan(roll[:39]).all()  # the windows ending before hour 39 hold < 20 hours of PM
    assert (roll[39:] > 200).all()  # 20+ hours of PM2.5 180 µg/m³: heavy pollution, not the gases' ~30
    one_missing = s.pm10.copy()
    one_missing[30:45] = np.nan  # PM10 short in windows 30..63 while PM2.5 is complete from hour 39 on
    s2 = airdata.Series(ts, full, pm, one_missing, full / 4, full, full / 40, full, [None] * n)
    assert np.isnan(airdata.rolling_24h_aqi(s2)[39:]).all()


def test_rolling_24h_without_particulates_uses_the_gases():
    n = 30
    ts = T0 + np.arange(n, dtype=np.int64) * H
    nan, gas = np.full(n, np.nan), np.full(n, 60.0)
    s = airdata.Series(ts, gas, nan, nan, gas, gas, gas / 60, gas, [None] * n)  # a station without PM analysers
    roll = airdata.rolling_24h_aqi(s)
    assert np.isnan(roll[:5]).all() and np.isfinite(roll[19:]).all()  # O3 and the 20-hour gas means


def test_rolling_aqi_only_series_is_mean_of_hourly_aqi():
    ts = T0 + np.arange(30, dtype=np.int64) * H
    nan = np.full(30, np.nan)
    aqi = np.arange(30, dtype=float) + 100
    s = airdata.Series(ts, aqi, nan, nan, nan, nan, nan, nan, [None] * 30)
    roll = airdata.rolling_24h_aqi(s)
    assert np.isnan(roll[:19]).all()
    assert roll[19] == pytest.approx(np.mean(aqi[:20]))
    assert roll[29] == pytest.approx(np.mean(aqi[6:30]))


def test_iaqi_array_matches_scalar():
    for (p, period), bps in BREAKPOINTS.items():
        values = sorted({*bps, *(b + d for b in bps for d in (-1e-9, 1e-9, 0.37, 1)), bps[-1] * 1.5, 0.0})
        values = [v for v in values if v >= 0]
        got = iaqi_array(p, np.array(values), period)
        want = [iaqi(p, v, period) for v in values]
        assert [None if np.isnan(g) else int(g) for g in got] == want, (p, period)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def beijing(request, tmp_path_factory):
    """Two real stations, one winter (a few thousand rows each), imported once per module on each backend (the
    tests using it are marked own_backends: this fixture carries the backend)."""
    from console.store.connect import PgStore
    from console.store.db import Store

    tmp = tmp_path_factory.mktemp("bj")
    if request.param == "postgres":
        store = PgStore(request.getfixturevalue("pg_cluster").new_database())
    else:
        store = Store(tmp / "bj.sqlite3")
    import gzip

    for st in ("Dongsi", "Tiantan"):
        (src,) = UCI.glob(f"PRSA_Data_{st}_*.csv.gz")
        lines = gzip.decompress(src.read_bytes()).decode("utf-8").splitlines(keepends=True)
        keep = [lines[0]] + [ln for ln in lines[1:] if ",2015,12," in ln or ",2016,1," in ln]
        (tmp / f"{st}.csv").write_text("".join(keep), encoding="utf-8")
        import_file(store, tmp / f"{st}.csv", admin_of(store))
    yield store
    store.close()


def _conc(series, i):
    return {p: (None if np.isnan(v) else float(v)) for p, v in ((p, getattr(series, p)[i]) for p in P)}


@pytest.mark.own_backends
@pytest.mark.parametrize("station", ["Dongsi", None])
def test_real_data_matches_scalar_engine(beijing, station):
    s = airdata.hourly(beijing, station)
    assert len(s) > 1400
    for i in range(len(s)):
        r = hourly_aqi(_conc(s, i))
        assert (None if np.isnan(s.aqi[i]) else s.aqi[i]) == r.aqi
    roll = airdata.rolling_24h_aqi(s)
    index = {t: i for i, t in enumerate(s.ts.tolist())}
    for i in random.Random(7).sample(range(len(s)), 300):
        t = int(s.ts[i])
        hours = [None if (j := index.get(t - k * H)) is None else _conc(s, j) for k in range(23, -1, -1)]
        res = block_aqi_from_concentrations(hours)
        particulates_short = res.valid_hours["pm25"] < 20 or res.valid_hours["pm10"] < 20
        want = None if particulates_short else res.aqi  # issue 14.7: never from the gases alone
        assert (None if np.isnan(roll[i]) else roll[i]) == want


def test_forecast_queries(store):
    from console.importers.forecast import add_forecast

    add_forecast(store, admin_of(store), "市", "2025-12-01 16:00", "hourly",
                 [(datetime(2025, 12, 2, 8), 210, None, "pm25"), ("2025-12-02 09:00", 200, 240, "")])
    info = airdata.latest_forecast(store)
    assert info.kind == "hourly" and [p[1] - p[0] for p in info.points] == [H, H]
    rules = airdata.forecast_for_rules(store)
    assert rules.kind == "hourly" and [p.aqi for p in rules.points] == [210.0, (200.0, 240.0)]
    assert rules.points[0].time == datetime(2025, 12, 2, 8, tzinfo=TZ)


def _sine_rows(hours, stations=("A", "B")):
    rows = []
    for h in range(hours):
        for k, st in enumerate(stations):
            v = 60 + 50 * np.sin(h / 30 + k)
            rows.append((h, st, {"pm25": round(v, 1), "pm10": round(v * 1.4, 1), "no2": 40, "o3": 30}))
    return rows


@pytest.mark.parametrize("station", ["A", None])
def test_view_series_equals_the_full_series_inside_the_range(store, tmp_path, station):
    """Issue 15: the trend reads only the visible range, yet its rolling AQI (23 hours read before the range)
    is what the whole history gives there."""
    import_file(store, write_obs(tmp_path, _sine_rows(24 * 20)), admin_of(store))
    full = airdata.hourly(store, station)
    full_roll = airdata.rolling_24h_aqi(full)
    lo, hi = T0 + 5 * 24 * H, T0 + 9 * 24 * H
    s, roll = airdata.view_series(store, station, lo, hi)
    inside = (full.ts >= lo) & (full.ts <= hi)
    assert s.ts.tolist() == full.ts[inside].tolist() and len(s.primary) == len(s.ts)
    np.testing.assert_array_equal(s.aqi, full.aqi[inside])
    np.testing.assert_array_equal(roll, full_roll[inside])
    assert np.isfinite(roll).all()  # the first hours of the range have complete windows


@pytest.mark.sqlite_only("asserts SQLite's EXPLAIN QUERY PLAN output")
def test_recent_reads_are_served_by_the_primary_key(store, tmp_path):
    """data_range, the latest hour per station and the district's recent hours never scan the table."""
    import_file(store, write_obs(tmp_path, _sine_rows(48)), admin_of(store))
    plans = []
    from console.store import air as repo

    def plan(sql, params=()):
        plans.extend(r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall())

    orig = store.tuples
    try:
        store.tuples = lambda sql, params=(): (plan(sql, params), orig(sql, params))[1]
        assert repo.data_range(store) == (T0, T0 + 47 * H)
        repo.last_times(store)
        repo.district_hours(store, T0 + 40 * H, T0 + 47 * H)
    finally:
        del store.tuples
    scans = [p for p in plans if p.startswith("SCAN observations")]
    assert plans and not scans, plans


def test_long_station_range_is_a_min_max_envelope(store, tmp_path):
    """Issue 15.2: a long range at the plot's resolution — one point pair per bucket, the bucket's exact lowest
    and highest hourly AQI — and full resolution again for a short range or with the rolling AQI."""
    hours = 24 * 120
    import_file(store, write_obs(tmp_path, _sine_rows(hours, ("A",))), admin_of(store))
    full = airdata.hourly(store, "A")
    lo, hi = T0, T0 + (hours - 1) * H
    env, roll = airdata.view_series(store, "A", lo, hi, rolling=False)
    assert roll is None and env.step > H and len(env) <= 2 * airdata.ENVELOPE_BUCKETS
    bucket = 2 * env.step
    for i in range(0, len(env), 2):
        inside = (full.ts >= env.ts[i]) & (full.ts < env.ts[i] + bucket)
        assert env.aqi[i] == np.nanmin(full.aqi[inside]) and env.aqi[i + 1] == np.nanmax(full.aqi[inside])
    assert env.aqi.max() == np.nanmax(full.aqi) and env.aqi.min() == np.nanmin(full.aqi)  # peaks kept
    short, _ = airdata.view_series(store, "A", lo, lo + 30 * 24 * H, rolling=False)
    assert short.step == H and len(short) == 30 * 24 + 1
    with_roll, roll = airdata.view_series(store, "A", lo, hi)
    assert with_roll.step == H and len(roll) == len(with_roll) == hours
