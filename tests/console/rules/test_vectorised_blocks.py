"""Issue 15.3: the vectorised blocks and chains give exactly what the scalar implementation gave (kept as the
oracle in tests/console/rules/oracle.py), on real hours (UCI Dongsi, December 2015) and on random series with
gaps, ranges, ties of primary pollutants and non-integer values."""
from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from console.air.calc import hourly_aqi_arrays
from console.common.clock import TZ
from console.rules.assessment import Condition, Forecast, RuleSettings, assess, evaluate
from console.rules.table import build_blocks
from tests.console.rules import oracle

DATA = Path(__file__).resolve().parents[2] / "data" / "uci_dongsi_2015_12.csv"
T0 = datetime(2015, 12, 1, 0, 0, tzinfo=TZ)
COLUMNS = {"pm25": "PM2.5", "pm10": "PM10", "so2": "SO2", "no2": "NO2", "co": "CO", "o3": "O3"}


def uci_forecast() -> Forecast:
    with DATA.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    conc = {k: np.array([float(r[c]) if r[c] != "NA" else np.nan for r in rows]) for k, c in COLUMNS.items()}
    conc["co"] = conc["co"] / 1000.0
    aqi, primary = hourly_aqi_arrays(conc)
    times = [datetime(int(r["year"]), int(r["month"]), int(r["day"]), int(r["hour"]), tzinfo=TZ) for r in rows]
    return Forecast.hourly([(t, float(a), p.split(",")[0] if p else None)
                            for t, a, p in zip(times, aqi.tolist(), primary) if a == a])


def random_forecast(seed: int) -> Forecast:
    rng = np.random.default_rng(seed)
    hours = int(rng.integers(1, 400))
    kind = rng.integers(0, 4)
    pols = ["pm25", "pm10", "o3", "dust", "so2", None]
    pts = []
    for h in range(hours):
        if rng.random() < (0.25 if seed % 3 == 0 else 0.05):
            continue  # a missing hour
        if kind == 0:
            v = float(rng.integers(0, 500))
        elif kind == 1:
            v = float(rng.uniform(0, 500))  # arbitrary floats: the exact-rational path
        elif kind == 2:
            v = round(float(rng.uniform(100, 320)), 1)  # decimals near the thresholds
        else:
            lo = float(rng.integers(100, 300))
            v = (lo, lo + float(rng.integers(0, 61)))  # ranges
        pts.append((T0 + timedelta(hours=h), v, pols[int(rng.integers(0, len(pols)))]))
    return Forecast.hourly(pts)


def same_blocks(forecast: Forecast, settings: RuleSettings) -> None:
    got = list(build_blocks(forecast, settings))
    want = oracle.build_blocks(forecast, settings)
    assert len(got) == len(want)
    for g, w in zip(got, want):
        assert g == w, (g, w)


def same_levels(forecast: Forecast, settings: RuleSettings) -> None:
    table = build_blocks(forecast, settings)
    level, matches = evaluate(table, settings)
    want_level, want = oracle.evaluate(oracle.build_blocks(forecast, settings), settings)
    assert level == want_level
    assert [(m.level, m.condition, m.blocks) for m in matches] == want


def test_real_hours_give_identical_blocks_and_levels():
    fc = uci_forecast()
    assert len(fc.points) > 700
    for settings in (RuleSettings(), RuleSettings(min_valid_hours=24), RuleSettings(t200=180, t300=250)):
        same_blocks(fc, settings)
        same_levels(fc, settings)
    assert assess(fc, [], T0).level == "red"  # the December 2015 red alerts


@pytest.mark.parametrize("seed", range(60))
def test_random_series_give_identical_blocks_and_levels(seed):
    fc = random_forecast(seed)
    bound = ("upper", "lower", "mid")[seed % 3]
    settings = RuleSettings(range_bound=bound, min_valid_hours=(20, 12, 24)[seed % 3],
                            red=(Condition("t200", 3, peak_above="t300", peak_blocks=1 + seed % 2),))
    same_blocks(fc, settings)
    same_levels(fc, settings)


def test_daily_series_give_identical_blocks():
    rng = np.random.default_rng(3)
    days = [d for d in range(40) if rng.random() > 0.1]
    fc = Forecast.daily([(T0.date() + timedelta(days=d), float(rng.integers(100, 320)),
                          ["pm25", "o3", None][d % 3]) for d in days])
    same_blocks(fc, RuleSettings())
    same_levels(fc, RuleSettings())


def test_blocks_are_made_only_when_asked_for():
    fc = uci_forecast()
    table = build_blocks(fc, RuleSettings())
    assert len(table) == 744 - 0  # one candidate block per hour of the span
    assert table[5] == oracle.build_blocks(fc, RuleSettings())[5]
    assert table[-1].n_hours == 1 and not table[-1].valid
