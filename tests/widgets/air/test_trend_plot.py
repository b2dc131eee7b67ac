from datetime import datetime

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from console.air import airdata
from console.air.aqi import CATEGORIES
from console.common.clock import TZ
from widgets.air.trend_plot import BAND_ALPHA, HOUR, SHADE_ALPHA, THRESHOLD_RGB, TrendPlot, season_bounds

T0 = int(datetime(2015, 11, 1, tzinfo=TZ).timestamp())


def synthetic(hours=24 * 40, start=T0, peak=420.0):
    ts = np.arange(hours, dtype=np.int64) * HOUR + start
    x = np.arange(hours)
    aqi = 40 + (peak - 40) * (0.5 + 0.5 * np.sin(x / 60.0)) ** 3
    pm25 = aqi * 0.8
    nan = np.full(hours, np.nan)
    return airdata.Series(ts, aqi, pm25, pm25 * 1.3, nan, nan.copy(), nan.copy(), nan.copy(),
                          ["pm25" if a > 50 else None for a in aqi], "S1")


@pytest.fixture
def plot(qtbot):
    p = TrendPlot()
    qtbot.addWidget(p)
    p.resize(1000, 620)
    return p


def _blend(rgb, alpha):
    a = alpha / 255
    return tuple(round(255 * (1 - a) + c * a) for c in rgb)


def _has_colour(img: QImage, rgb, tol=3, step=2) -> int:
    hits = 0
    for y in range(0, img.height(), step):
        for x in range(0, img.width(), step):
            c = img.pixelColor(x, y)
            if abs(c.red() - rgb[0]) <= tol and abs(c.green() - rgb[1]) <= tol and abs(c.blue() - rgb[2]) <= tol:
                hits += 1
    return hits


def test_screenshot_shows_bands_threshold_lines_and_shading(qtbot, plot, tmp_path, catalog):
    s = synthetic()
    plot.add_series("S1", "站点一", s, airdata.rolling_24h_aqi(s))
    plot.set_extent(int(s.ts[0]), int(s.ts[-1]))
    plot.set_warning_intervals([(T0 + 200 * HOUR, T0 + 300 * HOUR, "orange")], catalog.levels)
    plot.apply_preset("all")
    plot.show()
    qtbot.waitExposed(plot)
    path = tmp_path / "trend.png"
    assert plot.export_png(str(path))
    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert img.width() >= 900 and img.height() >= 450
    assert _has_colour(img, THRESHOLD_RGB, tol=0, step=1) > 300  # three dashed lines across the plot
    for cat in CATEGORIES[:4]:  # the faint bands up to 中度 are always in view (y from 0 to > 300)
        assert _has_colour(img, _blend(cat.rgb, BAND_ALPHA)) > 50, cat.name_zh
    orange = catalog.levels["orange"].rgb
    shaded_on_white = _blend(orange, SHADE_ALPHA)
    # the shade lies over a category band: look for orange tint blended twice, roughly
    assert any(_has_colour(img, _blend(orange, SHADE_ALPHA + extra), tol=25) > 50 for extra in (0, 20, 40)) \
        or _has_colour(img, shaded_on_white, tol=25) > 50


def test_every_curve_downsamples_and_clips(plot):
    s = synthetic()
    plot.add_series(None, "区域", s, airdata.rolling_24h_aqi(s))
    plot.add_series("S1", "站点一", s)
    items = [c for c in plot.plot_item.listDataItems() if c.xData is not None and len(c.xData)]
    assert len(items) == 3
    for c in items:
        assert c.opts["autoDownsample"] and c.opts["downsampleMethod"] == "peak" and c.opts["clipToView"]
        assert c.opts["pen"].isCosmetic()
    plot.set_fast_rendering(False)
    assert not any(c.opts["clipToView"] for c in items)


def test_presets_change_the_x_range(plot):
    s = synthetic(hours=24 * 200)
    plot.add_series(None, "区域", s)
    plot.set_extent(int(s.ts[0]), int(s.ts[-1]))
    widths = {}
    for key in ("72h", "7d", "30d", "all"):
        plot.apply_preset(key)
        (x0, x1), _ = plot.view_box.viewRange()
        widths[key] = x1 - x0
        assert x1 >= s.ts[-1]
    assert widths["72h"] == pytest.approx(73 * HOUR, rel=0.05)
    assert widths["7d"] == pytest.approx(7 * 24 * HOUR, rel=0.05)
    assert widths["30d"] == pytest.approx(30 * 24 * HOUR, rel=0.05)
    assert widths["all"] == pytest.approx(200 * 24 * HOUR, rel=0.05)
    start, end = plot.apply_preset("season")
    assert datetime.fromtimestamp(start, TZ) == datetime(2015, 10, 1, tzinfo=TZ)


def test_season_bounds_local_time():
    jan = datetime(2016, 1, 10, tzinfo=TZ).timestamp()
    jun = datetime(2016, 6, 10, tzinfo=TZ).timestamp()
    assert season_bounds(jan) == season_bounds(jun)
    start, end = season_bounds(jan)
    assert datetime.fromtimestamp(start, TZ) == datetime(2015, 10, 1, tzinfo=TZ)
    assert datetime.fromtimestamp(end, TZ) == datetime(2016, 4, 1, tzinfo=TZ)


def test_date_axis_is_local_time(plot):
    axis = plot.plot_item.getAxis("bottom")
    midnight = datetime(2015, 12, 1, tzinfo=TZ).timestamp()
    assert axis.tickStrings([midnight], 1, 6 * HOUR) == ["12-01"]
    assert axis.tickStrings([midnight + 8 * HOUR], 1, 6 * HOUR) == ["08:00"]


def test_forecast_dashed_with_issue_time_in_legend(plot):
    s = synthetic()
    plot.add_series(None, "区域", s)
    end = int(s.ts[-1]) + HOUR
    info = airdata.ForecastInfo(1, datetime(2015, 12, 10, 16, 0, tzinfo=TZ), "南通市环境监测中心站", "daily",
                                [(end, end + 24 * HOUR, 180.0, 230.0, "pm25"),
                                 (end + 24 * HOUR, end + 48 * HOUR, 150.0, 150.0, None)])
    plot.set_forecast(info)
    labels = [label.text for _sample, label in plot.legend.items]
    assert "预报 12-10 16:00 发布（南通市环境监测中心站）" in labels
    plot.set_extent(int(s.ts[0]), int(s.ts[-1]))
    _, shown_end = plot.apply_preset("7d")
    assert shown_end > s.ts[-1]  # the forecast after the last data is in view
    plot.set_forecast(None)
    assert not any("预报" in label.text for _s, label in plot.legend.items)


def test_crosshair_readout_for_a_known_hour(qtbot, plot, air_store):
    """Dongsi 2015-12-01 10:00 in the UCI file: PM2.5 624, PM10 624, SO2 39, NO2 136, CO NA, O3 4."""
    s = airdata.hourly(air_store, "Dongsi")
    plot.add_series("Dongsi", "东四", s)
    hour = datetime(2015, 12, 1, 10, tzinfo=TZ).timestamp()
    text = plot.readout_at(hour + 600)  # snaps to the hour
    assert text.splitlines()[0].startswith("2015-12-01 10:00")
    line = text.splitlines()[1]
    for part in ("东四", "AQI 500", "严重污染", "首要污染物 PM2.5、PM10", "PM2.5 624", "PM10 624", "SO2 39",
                 "NO2 136", "O3 4"):
        assert part in line
    assert "CO" not in line  # missing in the file: not shown as 0
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_extent(int(s.ts[0]), int(s.ts[-1]))
    plot.apply_preset("7d")
    scene_pos = plot.view_box.mapViewToScene(QPointF(hour, 100))
    with qtbot.waitSignal(plot.readout_changed) as sig:
        plot.plot_widget.scene().sigMouseMoved.emit(scene_pos)
    assert "2015-12-01 10:00" in sig.args[0] and plot.readout.text() == sig.args[0]
    assert plot.crosshair.isVisible() and plot.crosshair.value() == hour


def test_readout_says_missing_hours(plot, air_store):
    s = airdata.hourly(air_store, "Dongsi")
    plot.add_series("Dongsi", "东四", s)
    gap = datetime(2015, 12, 2, 3, tzinfo=TZ).timestamp()  # NA in every pollutant column of the file
    assert "东四：无数据" in plot.readout_at(gap)


def test_presets_end_at_now_with_forecast_shading_and_the_gap(qtbot, plot, catalog, tmp_path):
    """Issue 14.6: data 12 days old, a red warning in force and a forecast just entered: every preset ends at now
    (or the forecast's end), so all three are in view, and the stale span up to now is a visible gap."""
    s = synthetic(hours=24 * 30)
    last = int(s.ts[-1])
    now = last + 12 * 24 * HOUR
    plot.add_series(None, "区域", s, airdata.rolling_24h_aqi(s))
    info = airdata.ForecastInfo(1, datetime.fromtimestamp(now - HOUR, TZ), "市站", "daily",
                                [(now + HOUR, now + 25 * HOUR, 260.0, 300.0, "pm25"),
                                 (now + 25 * HOUR, now + 49 * HOUR, 220.0, 240.0, "pm25")])
    plot.set_forecast(info)
    plot.set_warning_intervals([(last - 2 * 24 * HOUR, now, "red")], catalog.levels)
    plot.set_extent(int(s.ts[0]), last)
    plot.set_now(now)
    for key in ("72h", "7d", "30d", "season", "all"):
        start, end = plot.apply_preset(key)
        (x0, x1), _ = plot.view_box.viewRange()
        assert x0 <= now <= x1 and x1 >= now + 24 * HOUR, key  # now and the forecast's first day in view
        assert end > now
    start, _ = plot.apply_preset("7d")
    assert start == pytest.approx(now - 7 * 24 * HOUR)  # not the last observation's week
    assert "最新观测" in plot.gap_text and "12 天" in plot.gap_text
    plot.resize(1000, 620)
    plot.show()
    qtbot.waitExposed(plot)
    plot.apply_preset("30d")
    qtbot.wait(50)
    img = plot.plot_widget.grab().toImage()
    img.save(str(tmp_path / "now.png"))
    assert _has_colour(img, (183, 28, 28), tol=10) > 20  # the "现在" line


def test_without_now_presets_still_end_at_the_data(plot):
    s = synthetic(hours=24 * 10)
    plot.add_series(None, "区域", s)
    plot.set_extent(int(s.ts[0]), int(s.ts[-1]))
    _, end = plot.apply_preset("72h")
    assert end == s.ts[-1]


def test_envelope_series_draws_and_reads_out_its_bucket(plot):
    ts = T0 + np.arange(0, 40 * 24 * HOUR, 6 * HOUR, dtype=np.int64)  # buckets of 12 h: (low, high) pairs
    aqi = np.where(np.arange(len(ts)) % 2 == 0, 80.0, 240.0)
    nan = np.full(len(ts), np.nan)
    env = airdata.Series(ts, aqi, nan, nan, nan, nan, nan, nan, [None] * len(ts), "S1", 6 * HOUR)
    plot.add_series("S1", "站点一", env)
    x, _y = plot._shown[0].hourly.getData()
    assert len(x) == len(ts)  # no hourly grid of nans between the points
    text = plot.readout_at(T0 + 15 * HOUR)
    assert "站点一：2015-11-01 12:00–2015-11-01 23:00 时段内逐时AQI 80–240" in text


def test_a_long_legend_takes_more_columns_instead_of_being_cut(qtbot, plot, catalog):
    """Issue 14.10: with the district, several stations and the warning shading on a short plot, every legend
    entry stays inside the plot (the legend grows columns)."""
    s = synthetic()
    plot.add_series(None, "区域", s, airdata.rolling_24h_aqi(s))
    for k in range(6):
        plot.add_series(f"S{k}", f"站点{k}", s, None, k)
    plot.set_warning_intervals([(T0, T0 + 86400, "orange"), (T0 + 86400, T0 + 2 * 86400, "red")], catalog.levels)
    plot.show()
    plot.resize(900, 330)
    qtbot.waitUntil(lambda: plot.legend.columnCount > 1)
    qtbot.wait(50)
    legend = plot.legend.mapRectToScene(plot.legend.boundingRect())
    view = plot.view_box.sceneBoundingRect()
    assert legend.bottom() <= view.bottom() + 1 and len(plot.legend.items) == 10
    plot.resize(900, 1000)
    qtbot.waitUntil(lambda: plot.legend.columnCount == 1)


def test_png_export_paints_the_plot_from_its_scene_as_shown(qtbot, plot, tmp_path):
    """Issue 12.5: the PNG is painted from the plot's scene (no `QWidget.grab`, which first lays out whatever else
    of the window waits for it); the file still holds the plot as shown: the plot's size on screen, the same
    pixels as a grab of it, not blank."""
    from widgets.common import png

    s = synthetic()
    plot.add_series("S1", "站点一", s, airdata.rolling_24h_aqi(s))
    plot.set_extent(int(s.ts[0]), int(s.ts[-1]))
    plot.apply_preset("all")
    plot.show()
    qtbot.waitExposed(plot)
    path = tmp_path / "trend.png"
    assert plot.export_png(str(path))
    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    shown = plot.plot_widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert (img.width(), img.height()) == (shown.width(), shown.height())
    assert img.width() >= 900 and img.height() >= 450
    ours, theirs = png.pixels(img).data, png.pixels(shown).data
    differ = sum(1 for a, b in zip(ours[::97], theirs[::97]) if abs(a - b) > 40)
    assert differ < len(ours[::97]) * 0.01  # the same picture (antialiasing may differ by a shade)
    assert len(set(ours[::31])) > 20  # not blank: bands, curve, axes
