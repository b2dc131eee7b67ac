"""`python -m console assess`: CSV contract, JSON output, exit code 2 with file:line for bad input."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from console.cli import main

pytestmark = pytest.mark.no_database  # assess reads files only

AT = ["--at", "2025-12-03 12:00"]


def write(path, text, encoding="utf-8", bom=False):
    data = text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return str(path)


def run_json(capsys, argv):
    rc = main(["assess", *argv, "--json"])
    out, err = capsys.readouterr()
    assert rc == 0, err
    return json.loads(out)


def test_daily_with_bom_json(tmp_path, capsys):
    f = write(tmp_path / "f.csv", "date,aqi,primary_pollutant\n2025-12-02,143,pm25\n2025-12-03,216,PM2.5\n"
                                  "2025/12/04,238,细颗粒物\n", bom=True)
    data = run_json(capsys, [f, *AT])
    assert data["level"] == "orange"
    assert data["forecast_level"] == "orange"
    assert data["notice_level"] == "none"
    assert data["advisory"] is None
    assert data["basis"][0] == "橙色：预测 12-03 起连续48小时日AQI>200（216、238），首要污染物 PM2.5"
    assert data["at"] == "2025-12-03T12:00:00+08:00"
    assert [b["label"] for b in data["blocks_used"]] == ["12-03", "12-04"]


def test_gbk_file_and_range(tmp_path, capsys):
    f = write(tmp_path / "f.csv", "date,aqi,primary_pollutant\n2025-12-03,180-230,细颗粒物\n", encoding="gbk")
    data = run_json(capsys, [f, *AT])
    assert data["level"] == "yellow"
    assert "（230）" in data["basis"][0]


def test_hourly_iso_offset_converted_to_local(tmp_path, capsys):
    # 04:00Z is 12:00 in Shanghai; 24 hours at 205 from there, 10 elsewhere
    start = datetime(2025, 12, 3, 0, 0, tzinfo=timezone.utc)
    rows = ["time,aqi"] + [f"{(start + timedelta(hours=h)).isoformat()},{205 if 4 <= h < 28 else 10}"
                           for h in range(48)]
    f = write(tmp_path / "h.csv", "\n".join(rows) + "\n")
    data = run_json(capsys, [f, *AT])
    assert data["level"] == "yellow"
    assert data["basis"][0] == "黄色：预测 12-03 12:00 起24小时日AQI>200（205）"
    assert data["blocks_used"][0]["start"] == "2025-12-03T12:00:00+08:00"


def test_o3_advisory(tmp_path, capsys):
    f = write(tmp_path / "f.csv", "date,aqi,primary_pollutant\n2025-07-01,230,臭氧\n2025-07-02,240,O3\n")
    data = run_json(capsys, [f, "--at", "2025-07-01 08:00"])
    assert data["level"] == "none"
    assert "VOCs" in data["advisory"]


def test_notices_max_rule_and_later_ignored(tmp_path, capsys):
    f = write(tmp_path / "f.csv", "date,aqi\n2025-12-03,216\n")
    n = write(tmp_path / "n.csv", "time,issuer,action,level,doc_no\n"
                                  "2025-12-02 10:00,市,issue,orange,通环〔2025〕1号\n"
                                  "2025-12-03 08:00,province,发布,yellow,\n"
                                  "2025-12-04 09:00,city,lift,,\n"
                                  "2025-12-05 09:00,ministry,issue,red,\n", bom=True)
    data = run_json(capsys, [f, "--notices", n, *AT])
    assert (data["level"], data["forecast_level"], data["notice_level"]) == ("orange", "yellow", "orange")
    assert "上级通知：市 2025-12-02 10:00 发布橙色预警（通环〔2025〕1号）" in data["basis"]
    data = run_json(capsys, [f, "--notices", n, "--at", "2025-12-04 10:00"])
    assert (data["level"], data["notice_level"]) == ("yellow", "yellow")
    data = run_json(capsys, [f, "--notices", n, "--at", "2025-12-05 09:00"])
    assert data["level"] == "red"


def test_readable_output(tmp_path, capsys):
    f = write(tmp_path / "f.csv", "date,aqi\n2025-12-03,216\n")
    assert main(["assess", f, *AT]) == 0
    out = capsys.readouterr().out
    assert "黄色预警（Ⅲ级）" in out and "依据" in out and "黄色：预测 12-03 日AQI>200（216）" in out


def test_at_defaults_to_now(tmp_path, capsys):
    f = write(tmp_path / "f.csv", "date,aqi\n2025-12-03,100\n")
    data = run_json(capsys, [f])
    assert data["level"] == "none" and data["at"].endswith("+08:00")


FORECAST_BAD = [
    ("", 1),
    ("date,aqi\n", 1),
    ("date,value\n2025-12-03,100\n", 1),
    ("aqi\n100\n", 1),
    ("date,aqi\n2025-12-03,100\n2025-12-04,-5\n", 3),
    ("date,aqi\n2025-12-03,abc\n", 2),
    ("date,aqi\n2025-12-03,\n", 2),
    ("date,aqi\n2025-12-03,100\n2025/12/03,120\n", 3),
    ("time,aqi\n2025-12-03 08:00,100\n2025-12-03T00:00:00Z,120\n", 3),  # same instant
    ("time,aqi\n2025-12-03 08:30,100\n", 2),
    ("date,aqi\n03.12.2025,100\n", 2),
    ("date,aqi,primary_pollutant\n2025-12-03,100,foo\n", 2),
    ("date,aqi\n2025-12-03,230-180\n", 2),
]


@pytest.mark.parametrize("text, line", FORECAST_BAD)
def test_bad_forecast_exit_2_with_file_and_line(tmp_path, capsys, text, line):
    f = write(tmp_path / "bad.csv", text)
    rc = main(["assess", f, *AT, "--json"])
    out, err = capsys.readouterr()
    assert rc == 2
    assert out == ""
    assert f"{f}:{line}:" in err


NOTICES_BAD = [
    ("time,issuer,action,level\n2025-12-02 10:00,county,issue,red\n", 2),
    ("time,issuer,action,level\n2025-12-02 10:00,city,stop,red\n", 2),
    ("time,issuer,action,level\n2025-12-02 10:00,city,issue,purple\n", 2),
    ("time,issuer,action,level\n2025-12-02 10:00,city,issue,red\n2025-12-02 11:00,city,adjust,\n", 3),
    ("time,issuer,action,level\nyesterday,city,issue,red\n", 2),
    ("time,issuer,action\n2025-12-02 10:00,city,issue\n", 1),
    ("time,issuer,action,level\n", 1),
]


@pytest.mark.parametrize("text, line", NOTICES_BAD)
def test_bad_notices_exit_2_with_file_and_line(tmp_path, capsys, text, line):
    f = write(tmp_path / "f.csv", "date,aqi\n2025-12-03,216\n")
    n = write(tmp_path / "n.csv", text)
    rc = main(["assess", f, "--notices", n, *AT])
    out, err = capsys.readouterr()
    assert (rc, out) == (2, "")
    assert f"{n}:{line}:" in err


def test_many_problems_listed_up_to_20(tmp_path, capsys):
    rows = "".join(f"2025-12-{d:02d},x{d}\n" for d in range(1, 26))
    f = write(tmp_path / "bad.csv", "date,aqi\n" + rows)
    rc = main(["assess", f, *AT])
    out, err = capsys.readouterr()
    assert (rc, out) == (2, "")
    for line in range(2, 22):
        assert f"{f}:{line}:" in err
    assert f"{f}:22:" not in err
    assert "另有 5 处" in err


def test_unparseable_at(tmp_path, capsys):
    f = write(tmp_path / "f.csv", "date,aqi\n2025-12-03,216\n")
    rc = main(["assess", f, "--at", "tomorrow"])
    out, err = capsys.readouterr()
    assert (rc, out) == (2, "")
    assert "--at" in err


def test_missing_file(tmp_path, capsys):
    rc = main(["assess", str(tmp_path / "nope.csv"), *AT])
    out, err = capsys.readouterr()
    assert (rc, out) == (2, "")
    assert "nope.csv" in err


def test_problems_of_both_files_listed(tmp_path, capsys):
    f = write(tmp_path / "f.csv", "date,aqi\n2025-12-03,abc\n")
    n = write(tmp_path / "n.csv", "time,issuer,action,level\n2025-12-02 10:00,county,issue,red\n")
    rc = main(["assess", f, "--notices", n, *AT])
    out, err = capsys.readouterr()
    assert (rc, out) == (2, "")
    assert f"{f}:2:" in err and f"{n}:2:" in err


def test_hourly_block_mean_exactly_200_is_not_above_despite_float_noise(tmp_path, capsys):
    # these 24 values average exactly 200; a naive float sum gives 200.00000000000003 (> 200)
    values = [243.6, 192.2, 233.0, 217.0, 180.3, 208.8, 238.2, 234.6, 200.5, 208.9, 153.5, 174.3,
              229.7, 191.4, 167.3, 204.9, 220.3, 217.4, 187.5, 193.9, 200.8, 227.8, 202.1, 72.0]
    start = datetime(2025, 12, 3, 0)
    rows = ["time,aqi"] + [f"{start + timedelta(hours=h):%Y-%m-%d %H:%M},{v}" for h, v in enumerate(values)]
    data = run_json(capsys, [write(tmp_path / "h.csv", "\n".join(rows) + "\n"), *AT])
    assert data["forecast_level"] == "none" and data["level"] == "none"
    assert "最高24小时AQI 200（" in data["basis"][0]


def test_past_days_are_not_a_forecast_issue_14_14(tmp_path, capsys):
    f = write(tmp_path / "f.csv", "date,aqi\n2026-01-10,260\n2026-01-11,260\n2026-01-12,260\n")
    data = run_json(capsys, [f, "--at", "2026-02-01 00:00"])
    assert (data["level"], data["forecast_level"]) == ("none", "none")
    assert data["past_blocks"] == 3 and data["blocks_used"] == []
    assert any("01-10、01-11、01-12 已是过去的日期" in line and "不是预测" in line for line in data["basis"])
    assert not any(line.startswith("橙色") for line in data["basis"])


def test_observed_upgrade_needs_a_response_in_force(tmp_path, capsys):
    f = write(tmp_path / "f.csv", "date,aqi\n2026-02-01,310\n")
    o = write(tmp_path / "o.csv", "date,aqi\n2026-01-30,230\n2026-01-31,250\n")
    at = ["--at", "2026-02-01 00:00"]
    data = run_json(capsys, [f, "--observed", o, "--in-force", "yellow", *at])
    assert (data["level"], data["forecast_level"], data["observed_level"]) == ("red", "yellow", "red")
    assert any("按监测数据升级" in line and "实测230" in line for line in data["basis"])
    data = run_json(capsys, [f, "--observed", o, *at])
    assert (data["level"], data["observed_level"]) == ("yellow", "none")
    assert main(["assess", f, "--observed", o, "--in-force", "purple", *at]) == 2
    assert "--in-force" in capsys.readouterr().err
