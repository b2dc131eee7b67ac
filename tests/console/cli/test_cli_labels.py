"""Issue 14.13 through the CLI: assess, aqi and import take the national monitoring centre's labels."""
from __future__ import annotations

import json

import pytest

from console.cli import main
from console.store.db import Store
from test_cli_import import as_duty

NATIONAL = ["细颗粒物(PM2.5)", "颗粒物(PM10)", "臭氧1小时", "臭氧8小时", "二氧化硫", "二氧化氮", "一氧化碳",
            "细颗粒物（PM2.5）", "颗粒物（ PM10 ）"]


@pytest.mark.no_database
@pytest.mark.parametrize("label", NATIONAL)
def test_assess_accepts_each_national_label(tmp_path, capsys, label):
    f = tmp_path / "f.csv"
    f.write_text(f"date,aqi,primary_pollutant\n2025-12-03,216,{label}\n", encoding="utf-8")
    rc = main(["assess", str(f), "--at", "2025-12-03 08:00", "--json"])
    out, err = capsys.readouterr()
    assert rc == 0, err
    data = json.loads(out)
    o3 = label.startswith("臭氧")
    assert data["forecast_level"] == ("none" if o3 else "yellow")  # plan §1.3: ozone gives an advisory
    assert (data["advisory"] is not None) == o3


@pytest.mark.no_database
def test_assess_refuses_a_contradictory_label_naming_the_line(tmp_path, capsys):
    f = tmp_path / "f.csv"
    f.write_text("date,aqi,primary_pollutant\n2025-12-03,216,细颗粒物(PM10)\n", encoding="utf-8")
    assert main(["assess", str(f), "--at", "2025-12-03 08:00"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and f"{f}:2" in err and "不一致" in err


@pytest.mark.no_database
def test_aqi_reads_national_column_labels(tmp_path, capsys):
    f = tmp_path / "c.csv"
    f.write_text("监测时间,站点,细颗粒物(PM2.5),颗粒物（PM10）,二氧化硫,二氧化氮,一氧化碳,臭氧1小时,臭氧8小时\n"
                 "2024-01-01 08:00,海门,115,150,10,40,1.0,100,90\n", encoding="utf-8")
    assert main(["aqi", str(f), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    # 臭氧8小时 is an 8-hour mean, not the 1-hour concentration the hourly AQI uses: it is not read as o3
    assert row["iaqi"] == {"pm25": 150, "pm10": 100, "so2": 4, "no2": 20, "co": 10, "o3": 32}
    assert row["station"] == "海门" and row["aqi"] == 150


@pytest.mark.no_database
def test_aqi_refuses_one_pollutant_given_twice(tmp_path, capsys):
    f = tmp_path / "c.csv"
    f.write_text("time,pm25,细颗粒物(PM2.5)\n2024-01-01 08:00,115,115\n", encoding="utf-8")
    assert main(["aqi", str(f)]) == 2
    assert "出现两次" in capsys.readouterr().err


def test_forecast_import_stores_national_labels(tmp_path, capsys, monkeypatch, db_arg):
    f = tmp_path / "fc.csv"
    f.write_text("date,aqi,首要污染物\n2025-12-02,210,细颗粒物(PM2.5)\n2025-12-03,160,臭氧8小时\n"
                 "2025-12-04,150,颗粒物（PM10）\n", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    assert main(["import", str(f), "--db", db_arg(db), *as_duty(db, monkeypatch, db_arg)]) == 0, capsys.readouterr().err
    with Store(db) as store:
        got = [r[0] for r in store.conn.execute(
            "SELECT primary_pollutant FROM forecast_values ORDER BY start_ts").fetchall()]
    assert got == ["pm25", "o3", "pm10"]


def test_observation_import_reads_national_primary_labels(tmp_path, capsys, monkeypatch, db_arg):
    f = tmp_path / "obs.csv"
    f.write_text("time,station,aqi,首要污染物\n2025-12-01 08:00,A,160,细颗粒物（PM2.5）\n"
                 "2025-12-01 09:00,A,120,臭氧1小时\n2025-12-01 10:00,A,110,可吸入颗粒物(PM10)\n", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    assert main(["import", str(f), "--db", db_arg(db), "--kind", "observations", *as_duty(db, monkeypatch, db_arg)]) == 0, \
        capsys.readouterr().err
    with Store(db) as store:
        got = [r[0] for r in store.conn.execute("SELECT primary_pollutant FROM observations ORDER BY ts").fetchall()]
    assert got == ["pm25", "o3", "pm10"]
