"""`python -m console aqi …` end to end through console.cli.main. No Qt."""
from __future__ import annotations

import json

import pytest

from console.cli import main

pytestmark = pytest.mark.no_database  # aqi reads files only

HEADER = "time,station,pm25,pm10,so2,no2,co,o3\n"


def _write(tmp_path, text, name="conc.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _json(capsys, *argv):
    assert main(["aqi", *map(str, argv), "--json"]) == 0
    out = capsys.readouterr().out
    return json.loads(out)


def _fail(capsys, *argv):
    code = main(["aqi", *map(str, argv)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    return captured.err


def test_hourly_json(tmp_path, capsys):
    path = _write(tmp_path, HEADER + (
        "2024-01-01 08:00,海门,36,50,10,40,1.2,100\n"
        "2024-01-01 09:00,海门,75,150,10,40,NA,\n"
        "2024-01-01T02:00:00+00:00,,5,5,5,5,0.1,5\n"
        "2024/01/01 11:00,海门,,,,,,\n"
    ))
    rows = _json(capsys, path)
    assert [r["time"] for r in rows] == ["2024-01-01 08:00", "2024-01-01 09:00", "2024-01-01 10:00", "2024-01-01 11:00"]
    assert rows[0] == {
        "time": "2024-01-01 08:00", "station": "海门", "aqi": 52, "category": "良",
        "primary_pollutant": "pm25",
        "iaqi": {"pm25": 52, "pm10": 50, "so2": 4, "no2": 20, "co": 12, "o3": 32},
    }
    assert rows[1]["primary_pollutant"] == ["pm25", "pm10"]
    assert rows[1]["iaqi"]["co"] is None and rows[1]["iaqi"]["o3"] is None
    assert rows[2]["station"] is None
    assert rows[2]["primary_pollutant"] is None and rows[2]["category"] == "优"
    assert rows[3]["aqi"] is None and rows[3]["category"] is None and rows[3]["primary_pollutant"] is None


def test_hourly_iaqi_only_for_header_pollutants(tmp_path, capsys):
    path = _write(tmp_path, "time,pm2.5,o3,temp\n2024-01-01 08:00,115,100,3.5\n")
    (row,) = _json(capsys, path)
    assert row["iaqi"] == {"pm25": 150, "o3": 32}
    assert row["station"] is None
    assert row["primary_pollutant"] == "pm25" and row["category"] == "轻度污染"


def test_hourly_so2_24h_column(tmp_path, capsys):
    path = _write(tmp_path, "time,so2,so2_24h\n2024-01-01 08:00,900,475\n2024-01-01 09:00,900,\n")
    rows = _json(capsys, path)
    assert rows[0]["iaqi"] == {"so2": 150} and rows[0]["primary_pollutant"] == "so2"
    assert rows[1]["iaqi"] == {"so2": None} and rows[1]["aqi"] is None


def test_co_ug_option(tmp_path, capsys):
    path = _write(tmp_path, "time,co\n2024-01-01 08:00,7500\n")
    assert _json(capsys, path, "--co-ug")[0]["iaqi"] == {"co": 75}
    assert _json(capsys, path)[0]["iaqi"] == {"co": 500}


def test_utf8_bom_file(tmp_path, capsys):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + "2024-01-01 08:00,海门站,75,,,,,\n").encode("utf-8"))
    (row,) = _json(capsys, path)
    assert row["station"] == "海门站" and row["aqi"] == 100


def test_gbk_file_with_chinese_station(tmp_path, capsys):
    path = _write(tmp_path, HEADER + "2024-01-01 08:00,海门区三厂,150,,,,,\n", encoding="gbk")
    (row,) = _json(capsys, path)
    assert row["station"] == "海门区三厂" and row["aqi"] == 200 and row["category"] == "中度污染"


def _day_rows(station, date, pm25, o3=80, hours=range(24)):
    return "".join(f"{date} {h:02d}:00,{station},{pm25},,,,,{o3}\n" for h in hours)


def test_daily_json_groups_station_days_in_order_of_first_appearance(tmp_path, capsys):
    text = HEADER
    a = _day_rows("海门", "2024-01-02", 115).splitlines(keepends=True)
    b = _day_rows("启东", "2024-01-02", 35).splitlines(keepends=True)
    for x, y in zip(a, b):  # interleaved stations
        text += x + y
    text += _day_rows("海门", "2024-01-01", 75)  # an earlier date, appearing last
    text += _day_rows("海门", "2024-01-03", 75, hours=range(19))  # 19 hours only: invalid
    rows = _json(capsys, _write(tmp_path, text), "--daily")
    assert [(r["time"], r["station"]) for r in rows] == [
        ("2024-01-02", "海门"), ("2024-01-02", "启东"), ("2024-01-01", "海门"), ("2024-01-03", "海门"),
    ]
    assert rows[0]["aqi"] == 150 and rows[0]["primary_pollutant"] == "pm25"
    assert rows[0]["iaqi"] == {"pm25": 150, "pm10": None, "so2": None, "no2": None, "co": None, "o3": 40}
    assert rows[1]["aqi"] == 50 and rows[1]["primary_pollutant"] is None and rows[1]["category"] == "优"
    assert rows[2]["aqi"] == 100
    assert rows[3]["iaqi"]["pm25"] is None and rows[3]["aqi"] == 40  # O3: windows 0..13 have >= 6 hours: 14, just enough


def test_daily_table_output(tmp_path, capsys):
    path = _write(tmp_path, HEADER + _day_rows("海门", "2024-01-02", 115) + _day_rows("海门", "2024-01-03", 10, hours=range(5)))
    assert main(["aqi", str(path), "--daily"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "AQI" in lines[0] and "category" in lines[0]
    assert "2024-01-02" in lines[1] and "150" in lines[1] and "轻度污染" in lines[1] and "PM2.5" in lines[1]
    assert "2024-01-03" in lines[2] and "PM2.5" in lines[2] and "O3" in lines[2]  # invalid column


def test_hourly_table_output(tmp_path, capsys):
    path = _write(tmp_path, HEADER + "2024-01-01 08:00,海门,75,150,,,,\n")
    assert main(["aqi", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2024-01-01 08:00" in out and "良" in out and "PM2.5, PM10" in out


def test_missing_time_column(tmp_path, capsys):
    path = _write(tmp_path, "when,pm25\n2024-01-01 08:00,10\n")
    err = _fail(capsys, path)
    assert f"{path}:1:" in err and "time" in err


def test_no_pollutant_column(tmp_path, capsys):
    path = _write(tmp_path, "time,station,temp\n2024-01-01 08:00,海门,3\n")
    err = _fail(capsys, path)
    assert f"{path}:1:" in err and "pollutant" in err


def test_bad_rows_all_reported_with_lines(tmp_path, capsys):
    path = _write(tmp_path, HEADER + (
        "2024-01-01 08:00,海门,10,,,,,\n"      # line 2 ok
        "yesterday,海门,10,,,,,\n"              # line 3 bad time
        "2024-01-01 10:00,海门,-5,,,,,\n"       # line 4 negative
        "\n"                                    # line 5 blank
        "2024-01-01 11:00,海门,10,abc,,,,\n"    # line 6 non-numeric
    ))
    err = _fail(capsys, path)
    assert "3 处数据问题" in err
    assert f"{path}:3: " in err and "yesterday" in err
    assert f"{path}:4: " in err and "negative" in err
    assert f"{path}:6: " in err and "pm10" in err and "abc" in err
    assert f"{path}:2: " not in err


def test_at_most_20_problems(tmp_path, capsys):
    path = _write(tmp_path, "time,pm25\n" + "".join(f"2024-01-01 08:00,x{i}\n" for i in range(30)))
    err = _fail(capsys, path)
    assert f"{path}:21: " in err and f"{path}:22: " not in err
    assert "first 20" in err
    path = _write(tmp_path, "time,pm25\n" + "".join(f"2024-01-01 08:00,x{i}\n" for i in range(20)))
    err = _fail(capsys, path)
    assert "20 处数据问题" in err and "first 20" not in err


def test_daily_duplicate_hour(tmp_path, capsys):
    path = _write(tmp_path, HEADER + "2024-01-01 08:00,海门,10,,,,,\n2024-01-01 08:00,海门,11,,,,,\n"
                  "2024-01-01 08:00,启东,11,,,,,\n2024-01-01 08:30,启东,11,,,,,\n")
    err = _fail(capsys, path, "--daily")
    assert f"{path}:3: " in err and "line 2" in err
    assert f"{path}:5: " in err and f"{path}:4: " not in err


def test_missing_file(tmp_path, capsys):
    err = _fail(capsys, tmp_path / "nope.csv")
    assert "nope.csv" in err


@pytest.mark.parametrize("flag", [[], ["--daily"]])
def test_empty_data_rows_give_empty_list(tmp_path, capsys, flag):
    path = _write(tmp_path, HEADER)
    assert main(["aqi", str(path), "--json", *flag]) == 0
    assert json.loads(capsys.readouterr().out) == []
