"""Issue 14.13: pollutant labels as the national monitoring centre (and HJ 633) write them are accepted."""
from __future__ import annotations

import pytest

from console.common.errors import DataError
from console.rules.blocks import parse_pollutant
from console.rules.forecast_file import read_forecast_csv
from console.rules.pollutants import parse_pollutant_label


@pytest.mark.parametrize("label, key, period", [
    # the national real-time release / daily report labels, half-width and full-width brackets, spaces
    ("细颗粒物(PM2.5)", "pm25", None),
    ("细颗粒物（PM2.5）", "pm25", None),
    ("细颗粒物 ( PM2.5 )", "pm25", None),
    ("细颗粒物（ＰＭ２．５）", "pm25", None),
    ("颗粒物(PM10)", "pm10", None),
    ("颗粒物（PM10）", "pm10", None),
    ("可吸入颗粒物(PM10)", "pm10", None),
    ("可吸入颗粒物", "pm10", None),
    ("臭氧1小时", "o3", "1h"),
    ("臭氧8小时", "o3", "8h"),
    ("臭氧 8 小时", "o3", "8h"),
    ("臭氧(O3)", "o3", None),
    ("二氧化硫", "so2", None),
    ("二氧化氮", "no2", None),
    ("一氧化碳", "co", None),
    # HJ 633-2012 Table 1 names
    ("二氧化硫（SO2）24小时平均", "so2", "24h"),
    ("二氧化氮（NO2）1小时平均", "no2", "1h"),
    ("一氧化碳（CO）24小时平均", "co", "24h"),
    ("臭氧（O3）8小时滑动平均", "o3", "8h"),
    ("颗粒物（粒径小于等于10μm）24小时平均", "pm10", "24h"),
    ("颗粒物（粒径小于等于2.5µm）24小时平均", "pm25", "24h"),
    # codes of the real-time release files
    ("PM2.5", "pm25", None), ("pm2_5", "pm25", None), ("PM₂.₅", "pm25", None), ("PM2.5_24h", "pm25", "24h"),
    ("PM10", "pm10", None), ("O3", "o3", None), ("O₃", "o3", None), ("O3_8h", "o3", "8h"), ("o3-1h", "o3", "1h"),
    ("O3(8h)", "o3", "8h"), ("SO2", "so2", None), ("NO2", "no2", None), ("CO", "co", None),
    ("沙尘", "dust", None), ("浮尘", "dust", None),
    ("", None, None), ("—", None, None), ("无", None, None),
])
def test_official_labels(label, key, period):
    assert parse_pollutant_label(label) == (key, period)
    assert parse_pollutant(label) == key


@pytest.mark.parametrize("label, words", [
    ("细颗粒物(PM10)", "不一致"),        # the two parts name different pollutants
    ("颗粒物", "PM2.5 或 PM10"),          # ambiguous without its bracket
    ("PM3", "无法识别"),
    ("臭氧(O3)x", "无法识别"),
    ("8小时", "无法识别"),
])
def test_bad_labels_are_refused_with_a_reason(label, words):
    with pytest.raises(ValueError, match=words):
        parse_pollutant(label)


def test_forecast_file_takes_every_national_label(tmp_path):
    labels = ["细颗粒物(PM2.5)", "颗粒物（PM10）", "臭氧1小时", "臭氧8小时", "二氧化硫", "二氧化氮", "一氧化碳"]
    rows = [f"2025-12-{i + 1:02d},120,{lab}" for i, lab in enumerate(labels)]
    path = tmp_path / "f.csv"
    path.write_text("date,aqi,首要污染物\n" + "\n".join(rows) + "\n", encoding="utf-8")
    fc = read_forecast_csv(path)
    assert [p.primary for p in fc.points] == ["pm25", "pm10", "o3", "o3", "so2", "no2", "co"]


def test_forecast_file_names_line_of_a_contradictory_label(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("date,aqi,primary_pollutant\n2025-12-01,120,PM2.5\n2025-12-02,130,细颗粒物(PM10)\n",
                    encoding="utf-8")
    with pytest.raises(DataError) as info:
        read_forecast_csv(path)
    assert f"{path}:3" in str(info.value) and "不一致" in str(info.value)
