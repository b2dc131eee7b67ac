"""console.importers: observations (generic, UCI, XLSX, GBK/BOM), all-or-nothing checks, idempotence, audited
corrections, forecasts (file and typed in), the watch folder. Real SQLite, real UCI data."""
from __future__ import annotations

import gzip
import json
import sys
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pytest

from console.air import airdata
from console.air.aqi import hourly_aqi
from console.common.clock import TZ
from console.common.errors import DataError, UserError
from console.importers import files
from console.importers.files import import_file, scan_watch_folder
from console.importers.forecast import FieldError, add_forecast
from tests.helpers import admin_of

UCI = Path(__file__).resolve().parents[2] / "data" / "uci"  # excerpts of the UCI Beijing files (CC BY 4.0)
DONGSI = UCI / "PRSA_Data_Dongsi_excerpt.csv.gz"


def uci_slice(tmp_path, station="Dongsi", rows=3000, name=None) -> Path:
    (src,) = UCI.glob(f"PRSA_Data_{station}_*.csv.gz")
    lines = gzip.decompress(src.read_bytes()).decode("utf-8").splitlines(keepends=True)
    out = tmp_path / (name or f"{station}_slice.csv.gz")
    out.write_bytes(gzip.compress("".join(lines[:rows + 1]).encode("utf-8")))
    return out


def write(path: Path, text: str, encoding="utf-8", bom=False) -> Path:
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
    return path


def count(store, table="observations") -> int:
    return store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def ts(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=TZ).timestamp())


GOOD = "time,station,pm25,pm10,so2,no2,co,o3\n" \
       "2025-12-01 08:00,A,120,150,10,40,1.2,30\n" \
       "2025-12-01 09:00,A,130,155,NA,41,1.1,31\n" \
       "2025-12-01 08:00,B,80,,10,40,0.9,30\n"


# ---------------------------------------------------------------- UCI layout
def test_uci_slice_imports_with_co_in_ug_and_hourly_aqi(store, tmp_path):
    f = uci_slice(tmp_path)
    res = import_file(store, f, admin_of(store))
    assert res.new == res.rows > 2900 and res.replaced == res.unchanged == 0
    assert res.stations_added == ["Dongsi"]
    assert [s.name for s in airdata.stations(store)] == ["东四"]
    first = store.conn.execute("SELECT ts, pm25, co, o3, aqi, primary_pollutant FROM observations "
                               "WHERE station='Dongsi' ORDER BY ts LIMIT 1").fetchone()
    # 2013-03-01 00:00 Beijing: PM2.5 9, CO 300 µg/m³ -> 0.3 mg/m³, O3 89
    assert first[0] == ts("2013-03-01 00:00")
    assert first[1:4] == (9.0, 0.3, 89.0)
    for row in store.conn.execute("SELECT pm25, pm10, so2, no2, co, o3, aqi, primary_pollutant FROM observations "
                                  "ORDER BY ts LIMIT 500"):
        r = hourly_aqi(dict(zip(("pm25", "pm10", "so2", "no2", "co", "o3"), row[:6])))
        assert row[6] == r.aqi
        assert row[7] == (",".join(r.primary) if r.aqi and r.aqi > 50 else None)


def test_whole_uci_file(store):
    """A whole file in the UCI layout as published (gzip; this excerpt keeps Mar–Apr 2013 and Nov 2015–Jan 2016)."""
    res = import_file(store, DONGSI, admin_of(store))
    assert res.rows + res.empty == 3216
    assert airdata.data_range(store) == (ts("2013-03-01 00:00"), ts("2016-01-31 23:00"))
    assert airdata.last_observation_times(store)["Dongsi"] == datetime(2016, 1, 31, 23, tzinfo=TZ)


def test_reimport_same_file_changes_nothing(store, tmp_path):
    f = uci_slice(tmp_path, rows=500)
    first = import_file(store, f, admin_of(store))
    audits = len(store.audit_records())
    again = import_file(store, f, admin_of(store))
    assert (again.new, again.replaced, again.unchanged) == (0, 0, first.rows)
    assert again.already_imported and not again.changed
    assert len(store.audit_records()) == audits and len(store.audit_records(entity="import")) == 1
    assert count(store, "imports") == 1
    assert store.verify_audit().ok


def test_correction_replaces_and_is_audited(store, tmp_path):
    import_file(store, write(tmp_path / "a.csv", GOOD), admin_of(store))
    fixed = GOOD.replace("2025-12-01 09:00,A,130,", "2025-12-01 09:00,A,135,")
    res = import_file(store, write(tmp_path / "a2.csv", fixed), admin_of(store))
    assert (res.new, res.replaced, res.unchanged) == (0, 1, 2)
    assert store.conn.execute("SELECT pm25, source_file FROM observations WHERE station='A' AND ts=?",
                              (ts("2025-12-01 09:00"),)).fetchone() == (135.0, "a2.csv")
    rec = store.audit_records(entity="import")[0]
    detail = json.loads(rec["detail"])
    assert rec["actor"] == admin_of(store).username and detail["replaced"] == 1
    assert detail["replaced_first"] == ["A 2025-12-01 09:00: pm25 130→135, aqi 172→179"]
    assert store.verify_audit().ok


# ---------------------------------------------------------------- all or nothing
@pytest.mark.parametrize("row, message", [
    ("2025-12-01 xx:00,A,1,1,1,1,1,1", "时间无法解析 cannot parse time"),
    ("2025-12-01 10:30,A,1,1,1,1,1,1", "whole hour"),
    ("2025-12-01T10:00+05:30,A,1,1,1,1,1,1", "whole hour"),  # an offset that is not whole hours from Beijing time
    ("2025-12-01 10:00,A,-5,1,1,1,1,1", "pm25 浓度无效"),
    ("2025-12-01 10:00,A,1,abc,1,1,1,1", "pm10 不是数字 not a number: 'abc'"),
    ("2025-12-01 08:00,A,1,1,1,1,1,1", "duplicate station-hour A 2025-12-01 08:00 (first at line 2)"),
    ("2025-12-01 10:00,,1,1,1,1,1,1", "missing station"),
    ("2025-12-01 10:00,A,1,1,1,1,300,1", "--co-ug"),
])
def test_bad_row_stores_nothing(store, tmp_path, row, message):
    f = write(tmp_path / "bad.csv", GOOD + row + "\n")
    with pytest.raises(DataError) as err:
        import_file(store, f, admin_of(store))
    assert f"{f}:5: " in str(err.value) and message in str(err.value)
    assert count(store) == 0 and count(store, "imports") == 0 and store.audit_records(entity="import") == []


def test_first_20_problems_listed_in_line_order(store, tmp_path):
    rows = [f"2025-12-02 {h:02d}:00,A,-1,bad,1,1,1,1" for h in range(20)]
    f = write(tmp_path / "many.csv", GOOD + "\n".join(rows) + "\n")
    with pytest.raises(DataError) as err:
        import_file(store, f, admin_of(store))
    lines = str(err.value).splitlines()
    assert lines[0] == f"{f}:5: pm25 浓度无效 invalid concentration: -1 (须为 ≥ 0 的有限数 must be finite, ≥ 0)"
    assert lines[1].startswith(f"{f}:5: pm10 不是数字")
    assert len(lines) == 21 and "40 problems" in lines[-1]
    assert count(store) == 0


@pytest.mark.parametrize("header, message", [
    ("time,station,pm25,nox", "unknown column 'nox'"),
    ("time,pm25", "missing 'station' column"),
    ("when,station,pm25", "unknown column 'when'"),
    ("foo,bar", "unknown column layout"),
    ("time,station,pm25,pm2.5", "same column given twice"),
])
def test_bad_header(store, tmp_path, header, message):
    f = write(tmp_path / "h.csv", header + "\n" + ",".join(["2025-12-01 08:00", "A", "1", "1"][:header.count(",") + 1]) + "\n")
    with pytest.raises(DataError, match=message.replace("(", r"\(").replace(")", r"\)")) as err:
        import_file(store, f, admin_of(store))
    assert str(err.value).startswith(f"{f}:1: ")
    assert count(store) == 0


def test_empty_and_header_only(store, tmp_path):
    with pytest.raises(DataError, match="empty file"):
        import_file(store, write(tmp_path / "e.csv", "\n\n"), admin_of(store))
    with pytest.raises(DataError, match="header only"):
        import_file(store, write(tmp_path / "h.csv", "time,station,pm25\n"), admin_of(store))
    with pytest.raises(DataError, match="file not found"):
        import_file(store, tmp_path / "missing.csv", admin_of(store))


def test_kind_mismatch(store, tmp_path):
    with pytest.raises(DataError, match="not forecast"):
        import_file(store, write(tmp_path / "a.csv", GOOD), admin_of(store), kind="forecast")


# ---------------------------------------------------------------- encodings, XLSX, AQI-only
def test_gbk_chinese_headers_and_bom(store, tmp_path):
    text = "时间,站点,PM2.5,PM10\n2025-12-01 08:00,东四,120,150\n2025-12-01 09:00,东四,NA,\n"
    import_file(store, write(tmp_path / "gbk.csv", text, encoding="gbk"), admin_of(store))
    assert [s.code for s in airdata.stations(store)] == ["东四"]
    res = import_file(store, write(tmp_path / "bom.csv", text.replace("东四", "天坛"), bom=True), admin_of(store))
    assert res.new == 1 and res.empty == 1  # the all-missing 09:00 row is skipped
    assert count(store) == 2


def test_aqi_only_rows(store, tmp_path):
    f = write(tmp_path / "aqi.csv", "time,station,aqi,primary_pollutant\n2025-12-01 08:00,海门,168,PM2.5\n"
                                    "2025-12-01 09:00,海门,45,\n")
    import_file(store, f, admin_of(store))
    s = airdata.hourly(store, "海门")
    assert s.aqi.tolist() == [168.0, 45.0] and s.primary == ["pm25", None]
    assert np.isnan(s.pm25).all()
    with pytest.raises(DataError, match="integer 0..500"):
        import_file(store, write(tmp_path / "bad.csv", "time,station,aqi\n2025-12-01 08:00,海门,600\n"), admin_of(store))


def test_xlsx_import_and_bad_row(store, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "观测"
    ws.append(["time", "station", "pm25", "pm10"])
    ws.append([datetime(2025, 12, 1, 8), "A", 120, 150.5])
    ws.append([datetime(2025, 12, 1, 9), "A", None, 151])
    good = tmp_path / "good.xlsx"
    wb.save(good)
    res = import_file(store, good, admin_of(store))
    assert res.new == 2
    assert airdata.hourly(store, "A").pm10.tolist() == [150.5, 151.0]
    ws.append([datetime(2025, 12, 1, 10), "A", -1, 3])
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    with pytest.raises(DataError) as err:
        import_file(store, bad, admin_of(store))
    assert str(err.value).startswith(f"{bad}:观测:4: pm25 浓度无效")
    assert count(store) == 2


# ---------------------------------------------------------------- forecasts
FC = "date,aqi,primary_pollutant,issuer,issued_at\n" \
     "2025-12-02,180-230,PM2.5,南通市环境监测中心,2025-12-01 16:00\n" \
     "2025-12-03,250,细颗粒物,南通市环境监测中心,2025-12-01 16:00\n"


def test_forecast_file_range_and_latest(store, tmp_path):
    res = import_file(store, write(tmp_path / "fc.csv", FC), admin_of(store))
    info = airdata.latest_forecast(store)
    assert info.id == res.forecast_id and info.kind == "daily" and info.issuer == "南通市环境监测中心"
    assert info.issued_at == datetime(2025, 12, 1, 16, tzinfo=TZ)
    d2 = ts("2025-12-02 00:00")
    assert info.points == [(d2, d2 + 86400, 180.0, 230.0, "pm25"), (d2 + 86400, d2 + 2 * 86400, 250.0, 250.0, "pm25")]
    rules = airdata.forecast_for_rules(store)
    assert [p.aqi for p in rules.points] == [(180.0, 230.0), 250.0]
    again = import_file(store, write(tmp_path / "fc.csv", FC), admin_of(store))
    assert again.forecast_id is None and not again.changed
    later = FC.replace("2025-12-01 16:00", "2025-12-02 10:00").replace("250", "260")
    res2 = import_file(store, write(tmp_path / "fc2.csv", later), admin_of(store))
    assert airdata.latest_forecast(store).id == res2.forecast_id != res.forecast_id
    # an older forecast imported afterwards does not become the latest
    older = FC.replace("2025-12-01 16:00", "2025-11-30 16:00")
    import_file(store, write(tmp_path / "fc0.csv", older), admin_of(store))
    assert airdata.latest_forecast(store).id == res2.forecast_id


def test_hourly_forecast_and_bad_forecast(store, tmp_path):
    f = write(tmp_path / "h.csv", "time,aqi\n2025-12-02 08:00,210\n2025-12-02 09:00,215\n")
    import_file(store, f, admin_of(store), kind="forecast")
    info = airdata.latest_forecast(store)
    assert info.kind == "hourly" and info.issuer.startswith("未注明") and len(info.points) == 2
    bad = write(tmp_path / "b.csv", "date,aqi,issuer\n2025-12-02,230-180,市\n2025-12-02,600,省\n")
    with pytest.raises(DataError) as err:
        import_file(store, bad, admin_of(store))
    text = str(err.value)
    assert f"{bad}:2: AQI 区间下限大于上限" in text and f"{bad}:3:" in text and "duplicate" in text
    assert "issuer differs" in text and "≤ 500" in text
    assert store.conn.execute("SELECT COUNT(*) FROM forecasts").fetchone()[0] == 1


def test_add_forecast_by_hand(store):
    info = add_forecast(store, admin_of(store), "南通市环境监测中心", "2025-12-01 16:00", "daily",
                        [(date(2025, 12, 2), 180, 230, "PM2.5"), ("2025-12-03", "250", None, None)])
    assert airdata.latest_forecast(store) == info
    assert info.points[1][2:] == (250.0, 250.0, None) and info.source == "manual" and info.entered_by == admin_of(store).username
    rec = store.audit_records(entity="forecast")[0]
    assert rec["action"] == "forecast.add" and rec["actor"] == admin_of(store).username
    with pytest.raises(FieldError) as err:
        add_forecast(store, admin_of(store), " ", "not a time", "daily",
                     [(date(2025, 12, 2), 230, 180, "xx"), (date(2025, 12, 2), -1, None, None)])
    fields = [f for f, _ in err.value.problems]
    assert fields == ["issuer", "issued_at", "values[0].aqi_high", "values[0].primary", "values[1].date",
                      "values[1].aqi_low"]
    assert isinstance(err.value, UserError) and err.value.field == "issuer"
    with pytest.raises(FieldError, match="kind"):
        add_forecast(store, admin_of(store), "市", datetime(2025, 12, 1, 16), "weekly", [(date(2025, 12, 2), 1, 2, None)])
    with pytest.raises(FieldError, match="values: "):
        add_forecast(store, admin_of(store), "市", datetime(2025, 12, 1, 16), "daily", [])
    assert store.conn.execute("SELECT COUNT(*) FROM forecasts").fetchone()[0] == 1


# ---------------------------------------------------------------- watch folder
def test_watch_folder(store, tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    write(drop / "a.csv", GOOD)
    uci_slice(drop, station="Tiantan", rows=100, name="tiantan.csv.gz")
    write(drop / "fc.csv", FC)
    write(drop / "bad.csv", GOOD + "2025-12-01 10:00,A,-5,1,1,1,1,1\n")
    write(drop / "notes.txt", "ignored")
    write(drop / "~$open.xlsx", "excel lock file")
    results = scan_watch_folder(store, drop, admin_of(store))
    assert [(Path(r.path).name, r.ok) for r in results] == [
        ("a.csv", True), ("bad.csv", False), ("fc.csv", True), ("tiantan.csv.gz", True)]
    assert "bad.csv:5:" in results[1].message and results[1].sha256
    assert count(store) == 3 + 100 - results[3].result.empty
    again = scan_watch_folder(store, drop, admin_of(store))
    assert [(Path(r.path).name, r.ok) for r in again] == [("bad.csv", False)]
    assert (drop / "a.csv").exists()  # nothing moved
    with pytest.raises(DataError, match="watch folder does not exist"):
        scan_watch_folder(store, tmp_path / "nope", admin_of(store))


# ---------------------------------------------------------------- demo
def test_demo_loads_once(store):
    from console.air import demo

    assert demo.is_empty(store)
    assert demo.demo_path().stat().st_size < 1_000_000
    res = demo.load_demo(store, admin_of(store))
    assert not demo.is_empty(store) and res.new > 9000
    assert {s.code for s in airdata.stations(store)} == set(demo.DEMO_STATIONS)
    fc = airdata.latest_forecast(store)
    assert "由观测数据回推" in fc.issuer and len(fc.points) == 7
    audits = len(store.audit_records())
    demo.load_demo(store, admin_of(store))
    assert len(store.audit_records()) == audits
    assert "CC BY 4.0" in demo.DEMO_CREDIT and "20170457" in demo.DEMO_CREDIT


def test_reimport_undated_forecast_file_changes_nothing(store, tmp_path):
    from datetime import timedelta

    from console.common.clock import FixedClock

    store.clock = FixedClock(datetime(2025, 12, 1, 8, tzinfo=TZ))
    f = write(tmp_path / "undated.csv", "date,aqi\n2025-12-02,210\n2025-12-03,220\n")
    first = import_file(store, f, admin_of(store))
    audits = count(store, "audit")
    store.clock.advance(timedelta(minutes=5))  # issued_at defaults to the import time, which has moved on
    again = import_file(store, f, admin_of(store))
    assert first.forecast_id is not None and again.forecast_id is None and not again.changed
    assert count(store, "forecasts") == 1 and count(store, "audit") == audits


# ---------------------------------------------------------------- who may import (issue 13.4)
def test_imports_need_an_authenticated_duty_officer_or_admin(store, tmp_path):
    """Observations (whole file and streamed), forecast files and a forecast typed in are made only by an
    authenticated actor holding duty_officer or admin: anyone else is refused inside the transaction, the
    refusal is audited and nothing is stored."""
    from console.admin import accounts
    from console.importers import stream

    admin = admin_of(store)
    accounts.create_user(store, admin, "leader", "王局长", ["bureau_head"], "leader-pw-1")
    accounts.create_user(store, admin, "duty", "值班员", ["duty_officer"], "duty-pw-12")
    leader = accounts.authenticate(store, "leader", "leader-pw-1")
    obs = write(tmp_path / "a.csv", GOOD)
    fc = write(tmp_path / "f.csv", "date,aqi\n2025-12-02,180\n")
    for who in (leader, "duty", None):
        for attempt in (lambda: import_file(store, obs, who), lambda: import_file(store, fc, who),
                        lambda: stream.stream_observations(store, obs, who, steps=sys.modules[files.__name__]),
                        lambda: add_forecast(store, who, "市", "2025-12-01 16:00", "daily",
                                             [(date(2025, 12, 2), 180, None, None)])):
            before = len(store.audit_records(entity="account"))
            with pytest.raises(UserError) as err:
                attempt()
            assert "不具备" in str(err.value) or "未经认证" in str(err.value)
            refused = store.audit_records(entity="account")
            assert len(refused) == before + 1 and refused[0]["action"] == "auth.refused"
    assert count(store) == 0 and count(store, "imports") == 0 and count(store, "forecasts") == 0
    assert store.audit_records(entity="import") == [] and store.audit_records(entity="forecast") == []
    duty = accounts.authenticate(store, "duty", "duty-pw-12")
    assert import_file(store, obs, duty).new == 3 and import_file(store, fc, duty).forecast_id is not None
    assert {r["actor"] for r in store.audit_records(entity="import")} == {"duty"}


def test_header_problems_name_the_accepted_chinese_headers(store, tmp_path):
    """Issue 14.10: Chinese headers are accepted, so a header problem names the Chinese column names too."""
    f = write(tmp_path / "zh.csv", "时间,pm2.5\n2025-12-01 08:00,50\n")
    with pytest.raises(DataError) as err:
        import_file(store, f, admin_of(store))
    assert "缺少站点列" in str(err.value) and "站点/监测点位/点位/站点名称/station/site" in str(err.value)
    f = write(tmp_path / "zh2.csv", "时间,站点,氮氧化物\n2025-12-01 08:00,A,50\n")
    with pytest.raises(DataError) as err:
        import_file(store, f, admin_of(store))
    text = str(err.value)
    assert "未知列 unknown column '氮氧化物'" in text and "没有污染物或空气质量指数列" in text
    assert "可识别的列 accepted columns: 时间/监测时间/time/datetime、站点/" in text and "首要污染物/" in text
    f = write(tmp_path / "fc.csv", "日期,指数\n2025-12-02,180\n")
    with pytest.raises(DataError) as err:
        import_file(store, f, admin_of(store), kind="forecast")
    assert "空气质量指数/aqi" in str(err.value)
    assert count(store) == 0
