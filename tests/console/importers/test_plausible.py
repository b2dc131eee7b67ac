"""Issue 13.8: implausible observations are refused — values beyond the physical and instrument limits, times
before 2000 or more than a day ahead of the store's clock — naming file and line, and nothing is stored.
Forecasts may lie ahead."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from console.air import airdata
from console.common.clock import TZ, FixedClock
from console.common.errors import DataError
from console.importers.files import import_file
from console.importers.observations import LIMITS
from console.store.db import Store
from tests.helpers import admin_of

NOW = datetime(2026, 12, 3, 10, tzinfo=TZ)
HEADER = "time,station,pm25,pm10,so2,no2,co,o3\n"


@pytest.fixture
def clocked(tmp_path):
    s = Store(tmp_path / "c.sqlite3", FixedClock(NOW))
    yield s
    s.close()


def write(path, text):
    path.write_text(text, "utf-8")
    return path


def refused(store, path) -> list[str]:
    with pytest.raises(DataError) as err:
        import_file(store, path, admin_of(store))
    assert airdata.data_range(store) is None and airdata.stations(store) == []  # nothing stored
    return str(err.value).splitlines()


def test_absurd_values_are_refused_by_line(clocked, tmp_path):
    f = write(tmp_path / "v.csv", HEADER +
              "2026-12-01 08:00,A,1e308,150,10,40,1.2,30\n"
              "2026-12-01 09:00,A,80,150,10,40,1.2,30\n"
              "2026-12-01 10:00,A,80,99999,10,40,1.2,30\n"
              "2026-12-01 11:00,A,80,150,10,40,1.2,-3\n"
              "2026-12-01 12:00,A,80,150,10,40,1.2,2500\n")
    assert refused(clocked, f) == [
        f"{f}:2: pm25 超出仪器与物理上限 2000，不可信 beyond the plausible maximum 2000: 1e308",
        f"{f}:4: pm10 超出仪器与物理上限 10000，不可信 beyond the plausible maximum 10000: 99999",
        f"{f}:5: o3 浓度无效 invalid concentration: -3 (须为 ≥ 0 的有限数 must be finite, ≥ 0)",
        f"{f}:6: o3 超出仪器与物理上限 2000，不可信 beyond the plausible maximum 2000: 2500"]


def test_values_at_the_limits_are_accepted(clocked, tmp_path):
    lim = LIMITS
    f = write(tmp_path / "ok.csv", HEADER + f"2026-12-01 08:00,A,{lim['pm25']:g},{lim['pm10']:g},{lim['so2']:g},"
                                            f"{lim['no2']:g},{lim['co']:g},{lim['o3']:g}\n")
    assert import_file(clocked, f, admin_of(clocked)).new == 1


def test_co_in_ug_is_limited_in_ug(clocked, tmp_path):
    f = write(tmp_path / "co.csv", HEADER + "2026-12-01 08:00,A,80,150,10,40,1e9,30\n")
    with pytest.raises(DataError) as err:
        import_file(clocked, f, admin_of(clocked), co_ug=True)
    assert "co 超出仪器与物理上限 150000" in str(err.value) and ":2:" in str(err.value)
    hint = write(tmp_path / "co2.csv", HEADER + "2026-12-01 08:00,A,80,150,10,40,1200,30\n")
    assert "--co-ug" in refused(clocked, hint)[0]  # plausible in µg/m³: the unit hint, not the limit


@pytest.mark.parametrize("when", ["0001-01-01 00:00", "1999-12-31 23:00", "9999-12-31 23:00", "2099-01-01 00:00"])
def test_implausible_times_are_refused(clocked, tmp_path, when):
    f = write(tmp_path / "t.csv", HEADER + "2026-12-01 08:00,A,80,150,10,40,1.2,30\n"
                                           f"{when},A,80,150,10,40,1.2,30\n")
    (line,) = refused(clocked, f)
    assert line.startswith(f"{f}:3: 观测时间不可信 implausible observation time {when}")


def test_a_day_ahead_is_the_edge(clocked, tmp_path):
    edge = NOW + timedelta(days=1)
    late = edge + timedelta(hours=1)
    f = write(tmp_path / "e.csv", HEADER + f"{edge:%Y-%m-%d %H:%M},A,80,150,10,40,1.2,30\n"
                                           f"{late:%Y-%m-%d %H:%M},A,80,150,10,40,1.2,30\n")
    (line,) = refused(clocked, f)
    assert line.startswith(f"{f}:3: ") and "more than a day ahead of now" in line
    ok = write(tmp_path / "e2.csv", HEADER + f"{edge:%Y-%m-%d %H:%M},A,80,150,10,40,1.2,30\n"
                                             "2000-01-01 00:00,A,80,150,10,40,1.2,30\n")
    assert import_file(clocked, ok, admin_of(clocked)).new == 2


def test_forecasts_may_lie_ahead(clocked, tmp_path):
    f = write(tmp_path / "fc.csv", "date,aqi\n2027-01-10,180\n2027-01-11,210\n")
    res = import_file(clocked, f, admin_of(clocked))
    assert res.forecast_id is not None and len(airdata.get_forecast(clocked, res.forecast_id).points) == 2
