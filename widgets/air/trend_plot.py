"""AQI trend plot: hourly AQI and 24-hour rolling AQI per station and for the district, the latest forecast
(dashed), AQI category bands, the trigger lines, warning shading, a local-time date axis and a crosshair readout.

The widget only draws what it is given (duck-typed ``Series`` from console.air.airdata: numpy arrays ``ts`` (unix
seconds, hourly), ``aqi``, ``pm25`` … ``o3``, list ``primary``). It never queries the database.
Big series stay smooth: every curve downsamples by peak and clips to the view; pens are 1-px cosmetic.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from console.air.aqi import CATEGORIES, POLLUTANT_LABELS, POLLUTANTS, category
from console.common.clock import TZ
from widgets.common import png
from widgets.common.i18n import category_name, level_name
from widgets.common.style import C

HOUR = 3600
DAY = 24 * HOUR
UTC_OFFSET = -8 * HOUR  # pyqtgraph's convention (like time.timezone): Asia/Shanghai is UTC+8
BAND_ALPHA = 42         # category colour bands: a faint background
SHADE_ALPHA = 70        # warning-level shading
THRESHOLD_RGB = (25, 25, 25)
NOW_RGB = (183, 28, 28)
GAP_RGB = (200, 200, 200)
GAP_S = 3 * HOUR  # data older than this at "now": the span up to now is shaded as a gap
#: Month ticks of a months-wide axis.
MONTHS = (QT_TRANSLATE_NOOP("TrendPlot", "1月"), QT_TRANSLATE_NOOP("TrendPlot", "2月"),
          QT_TRANSLATE_NOOP("TrendPlot", "3月"), QT_TRANSLATE_NOOP("TrendPlot", "4月"),
          QT_TRANSLATE_NOOP("TrendPlot", "5月"), QT_TRANSLATE_NOOP("TrendPlot", "6月"),
          QT_TRANSLATE_NOOP("TrendPlot", "7月"), QT_TRANSLATE_NOOP("TrendPlot", "8月"),
          QT_TRANSLATE_NOOP("TrendPlot", "9月"), QT_TRANSLATE_NOOP("TrendPlot", "10月"),
          QT_TRANSLATE_NOOP("TrendPlot", "11月"), QT_TRANSLATE_NOOP("TrendPlot", "12月"))
DISTRICT_RGB = (0, 0, 0)
FORECAST_RGB = (20, 60, 200)
# Line colours for stations: dark, saturated, none equal to an AQI category or warning level colour.
STATION_RGBS = ((0, 114, 178), (120, 60, 150), (0, 128, 110), (150, 75, 0), (90, 90, 90), (200, 50, 120),
                (60, 110, 30), (30, 60, 120), (170, 110, 40), (100, 40, 40), (0, 90, 160), (130, 130, 0))
PRESETS = ("72h", "7d", "30d", "season", "all")
PRESET_SPANS = {"72h": 72 * HOUR, "7d": 7 * DAY, "30d": 30 * DAY}
Y_TOP = 520


@dataclass
class _Shown:
    key: str | None
    label: str
    series: object
    hourly: pg.PlotDataItem
    rolling: pg.PlotDataItem | None
    rolling_values: np.ndarray | None


def _fmt_time(ts: float) -> str:
    return datetime.fromtimestamp(ts, TZ).strftime("%Y-%m-%d %H:%M")


def _fmt_conc(p: str, v: float) -> str:
    return f"{POLLUTANT_LABELS[p]} {v:.1f}" if p == "co" else f"{POLLUTANT_LABELS[p]} {v:.0f}"


def _primary_label(raw) -> str:
    if not raw:
        return "—"
    items = raw if isinstance(raw, (list, tuple)) else str(raw).replace(";", ",").split(",")
    return "、".join(POLLUTANT_LABELS.get(p.strip(), p.strip()) for p in items if p and p.strip())


def hourly_grid(ts: np.ndarray, *values: np.ndarray, step: int = HOUR) -> tuple[np.ndarray, ...]:
    """(x, y…) on a regular grid of `step` seconds (hourly; half a bucket for an envelope), nan where a point is
    absent — so a gap in the data is a gap in the line (connect='finite'), never a straight line drawn across
    missing days."""
    ts = np.asarray(ts, dtype=np.int64)
    if len(ts) < 2 or int(ts[-1] - ts[0]) == (len(ts) - 1) * step:
        return (ts.astype(np.float64), *(np.asarray(v, dtype=np.float64) for v in values))
    slot = (ts - ts[0]) // step
    x = ts[0] + np.arange(int(slot[-1]) + 1, dtype=np.float64) * step
    out = []
    for v in values:
        grid = np.full(len(x), np.nan)
        grid[slot] = v
        out.append(grid)
    return (x, *out)


class LocalDateAxis(pg.DateAxisItem):
    """Date axis in Asia/Shanghai with numeric, language-neutral labels (no English month names)."""

    def __init__(self):
        super().__init__(orientation="bottom", utcOffset=UTC_OFFSET)

    def tickStrings(self, values, scale, spacing):
        out = []
        for v in values:
            d = datetime.fromtimestamp(v, TZ)
            if spacing >= 300 * DAY:
                out.append(d.strftime("%Y"))
            elif spacing >= 25 * DAY:
                out.append(d.strftime("%Y-%m") if d.month == 1 or spacing >= 85 * DAY
                           else QCoreApplication.translate("TrendPlot", MONTHS[d.month - 1]))
            elif spacing >= DAY or (d.hour == 0 and d.minute == 0):
                out.append(d.strftime("%m-%d"))
            else:
                out.append(d.strftime("%H:%M"))
        return out


def season_bounds(ts: float) -> tuple[float, float]:
    """秋冬季 (1 Oct – 31 Mar, local time) containing ts, or the last one before it (Apr–Sep)."""
    d = datetime.fromtimestamp(ts, TZ)
    start_year = d.year if d.month >= 10 else d.year - 1
    start = datetime(start_year, 10, 1, tzinfo=TZ)
    end = datetime(start_year + 1, 4, 1, tzinfo=TZ)
    return start.timestamp(), end.timestamp()


class _CategoryBands(pg.GraphicsObject):
    """The six AQI category colours as faint horizontal bands across whatever x range is in view: one item and
    six rectangles per frame (six LinearRegionItems cost twelve extra items)."""

    def __init__(self):
        super().__init__()
        self.setZValue(-100)
        self._rect = QRectF(0, 0, 1, Y_TOP + 80)
        self._brushes = [(cat, pg.mkBrush(*cat.rgb, BAND_ALPHA)) for cat in CATEGORIES]

    def viewRangeChanged(self):
        vb = self.getViewBox()
        if vb is None or not hasattr(vb, "viewRect"):
            return
        r = vb.viewRect()
        self.prepareGeometryChange()
        self._rect = QRectF(r.left(), 0, r.width(), Y_TOP + 80)
        self.update()

    def boundingRect(self):
        return self._rect

    def paint(self, p, *args):
        p.setPen(pg.mkPen(None))
        x, w = self._rect.left(), self._rect.width()
        for cat, brush in self._brushes:
            low = max(cat.aqi_low - 1, 0)
            high = cat.aqi_high if cat.aqi_high is not None else Y_TOP + 80
            p.fillRect(QRectF(x, low, w, high - low), brush)


class TrendPlot(QWidget):
    readout_changed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shown: list[_Shown] = []
        self._extent: tuple[float, float] | None = None
        self._forecast_end: float | None = None
        self._now: float | None = None
        self._now_items: list = []
        self._fast = True
        self._forecast_items: list = []
        self._shade_items: list = []
        self._threshold_items: list = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        axis = LocalDateAxis()
        self.plot_widget = pg.PlotWidget(background="w", axisItems={"bottom": axis})
        self.plot_item = self.plot_widget.getPlotItem()
        self.view_box = self.plot_item.getViewBox()
        self.view_box.setMouseEnabled(x=True, y=False)
        self.view_box.setLimits(yMin=0, yMax=Y_TOP + 80)
        self.plot_item.showGrid(x=True, y=False, alpha=0.25)
        self.plot_item.hideButtons()
        for name in ("left", "bottom"):
            ax = self.plot_item.getAxis(name)
            ax.setTextPen(pg.mkPen(20, 20, 20))
            ax.setPen(pg.mkPen(60, 60, 60))
            font = self.font()
            font.setPointSizeF(11)
            ax.setStyle(tickFont=font)
        self.plot_item.setLabel("left", "AQI", **{"font-size": "12pt", "color": C.axis_ink})
        self.legend = self.plot_item.addLegend(offset=(10, 10), labelTextSize="11pt", labelTextColor=(20, 20, 20),
                                               brush=pg.mkBrush(255, 255, 255, 225), pen=pg.mkPen(150, 150, 150))
        self._add_category_bands()
        self.crosshair = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(40, 40, 40, 160, width=1))
        self.crosshair.setVisible(False)
        self.plot_item.addItem(self.crosshair, ignoreBounds=True)
        lay.addWidget(self.plot_widget, 1)
        self.readout = QLabel(self.tr("将鼠标移到图上查看逐时数值。"))
        self.readout.setObjectName("readout")
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setWordWrap(True)
        self.readout.setMinimumHeight(64)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setFont(self._font(13))
        self.readout.setStyleSheet(f"QLabel#readout {{ background: {C.readout_bg}; border: 1px solid {C.border}; "
                                   "padding: 6px; }")
        lay.addWidget(self.readout)
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.view_box.sigXRangeChanged.connect(lambda *_: self._fit_y())
        self.view_box.sigResized.connect(lambda *_: self._fit_legend())
        self.set_thresholds((150, 200, 300))

    # ---- fixed decorations ------------------------------------------------------------------
    def _add_category_bands(self) -> None:
        self.bands = _CategoryBands()
        self.plot_item.addItem(self.bands, ignoreBounds=True)

    def set_thresholds(self, thresholds: tuple[int, int, int]) -> None:
        """The 150/200/300 trigger lines (values from Settings aqi_t1/t2/t3), dashed and labelled."""
        for item in self._threshold_items:
            self.plot_item.removeItem(item)
        names = (self.tr("持续性阈值"), self.tr("重污染阈值"), self.tr("严重污染阈值"))
        self._threshold_items = []
        for value, name in zip(thresholds, names):
            line = pg.InfiniteLine(pos=value, angle=0, movable=False,
                                   pen=pg.mkPen(*THRESHOLD_RGB, width=2, style=Qt.PenStyle.DashLine),
                                   label=f"AQI {value} {name}",
                                   labelOpts={"position": 0.995, "color": THRESHOLD_RGB, "anchors": [(1, 1), (1, 1)],
                                              "fill": (255, 255, 255, 200)})
            line.label.setFont(self._font(10.5, bold=True))
            line.setZValue(-10)
            self.plot_item.addItem(line, ignoreBounds=True)
            self._threshold_items.append(line)
        self.thresholds = tuple(thresholds)

    def _font(self, size: float, bold: bool = False):
        f = self.font()
        f.setPointSizeF(size)
        f.setBold(bold)
        return f

    # ---- data ---------------------------------------------------------------------------------
    def clear_series(self) -> None:
        for s in self._shown:
            for item in (s.hourly, s.rolling):
                if item is not None:
                    self.plot_item.removeItem(item)
        self._shown = []

    def remove_series(self, key: str | None) -> None:
        """Take one series (its hourly and rolling curves) off the plot; the others stay as drawn."""
        for s in [s for s in self._shown if s.key == key]:
            for item in (s.hourly, s.rolling):
                if item is not None:
                    self.plot_item.removeItem(item)
            self._shown.remove(s)
        self._fit_legend()

    def shown_keys(self) -> list:
        return [s.key for s in self._shown]

    def add_series(self, key: str | None, label: str, series, rolling: np.ndarray | None = None,
                   colour_index: int | None = None) -> None:
        """One hourly curve (and the 24-hour rolling curve when given). key None = the district (black).
        colour_index keeps a station's colour stable while others are toggled (default: order added)."""
        index = len(self._shown) if colour_index is None else colour_index
        rgb = DISTRICT_RGB if key is None else STATION_RGBS[index % len(STATION_RGBS)]
        x, y, roll_y = hourly_grid(series.ts, series.aqi, series.aqi if rolling is None else rolling,
                                   step=getattr(series, "step", HOUR))
        hourly = pg.PlotDataItem(x, y, pen=pg.mkPen(*rgb, 170 if rolling is not None else 255, width=1),
                                 connect="finite", name=self.tr("{0} 逐时AQI").format(label))
        self.plot_item.addItem(hourly)
        self._tune(hourly)  # after addItem: clip-to-view before the item has a ViewBox breaks pyqtgraph 0.14
        roll_item = None
        if rolling is not None:
            roll_item = pg.PlotDataItem(x, roll_y, pen=pg.mkPen(*rgb, width=3),
                                        connect="finite", name=self.tr("{0} 24小时滑动AQI").format(label))
            self.plot_item.addItem(roll_item)
            self._tune(roll_item)
        self._shown.append(_Shown(key, label, series, hourly, roll_item, rolling))
        self._fit_y()

    def _tune(self, item: pg.PlotDataItem) -> None:
        item.setDownsampling(auto=self._fast, method="peak")
        item.setClipToView(self._fast)

    def set_fast_rendering(self, on: bool) -> None:
        """Downsampling + clip-to-view on every curve (on by default; off only for the bench baseline)."""
        self._fast = on
        for s in self._shown:
            for item in (s.hourly, s.rolling):
                if item is not None:
                    self._tune(item)

    def set_extent(self, min_ts: float | None, max_ts: float | None) -> None:
        """The time span of all data in the database (presets end at now when set_now was given, else at its end)."""
        self._extent = None if min_ts is None or max_ts is None else (float(min_ts), float(max_ts))
        self._update_limits()
        self._draw_now()

    def set_now(self, now_ts: float | None) -> None:
        """The clock's now: presets end here (or at the end of a forecast ahead of it), a "现在" line marks it, and
        the span from the last observation to now is shaded as a gap when the data are older than GAP_S."""
        self._now = None if now_ts is None else float(now_ts)
        self._update_limits()
        self._draw_now()

    def _age(self, seconds: float) -> str:
        hours = seconds / HOUR
        if hours < 48:
            return self.tr("{0:.0f} 小时").format(hours)
        return self.tr("{0:.0f} 天").format(hours / 24)

    def _update_limits(self) -> None:
        ends = [e for e in (self._extent[1] if self._extent else None, self._now, self._forecast_end) if e]
        if self._extent:
            self.view_box.setLimits(xMin=self._extent[0] - 7 * DAY, xMax=max(ends) + 14 * DAY)

    def _draw_now(self) -> None:
        for item in self._now_items:
            self.plot_item.removeItem(item)
        self._now_items = []
        if self._now is None:
            return
        line = pg.InfiniteLine(pos=self._now, angle=90, movable=False,
                               pen=pg.mkPen(*NOW_RGB, width=2), label=self.tr("现在 {0}").format(
                                   datetime.fromtimestamp(self._now, TZ).strftime("%m-%d %H:%M")),
                               labelOpts={"position": 0.97, "color": NOW_RGB, "anchors": [(1, 0), (1, 0)],
                                          "fill": (255, 255, 255, 220)})
        line.label.setFont(self._font(10.5, bold=True))
        self.plot_item.addItem(line, ignoreBounds=True)
        self._now_items.append(line)
        last = self.data_end()
        if last is not None and self._now - last > GAP_S:
            gap = pg.LinearRegionItem(values=(last + HOUR, self._now), orientation="vertical", movable=False,
                                      brush=pg.mkBrush(*GAP_RGB, 150), pen=pg.mkPen(None))
            for edge in gap.lines:
                edge.setPen(pg.mkPen(None))
            gap.setZValue(-50)
            text = self.tr("无数据：最新观测 {0}，距今 {1}").format(
                _fmt_time(last), self._age(self._now - last))
            gap.setToolTip(text)
            label = pg.TextItem(text, color=(60, 60, 60), anchor=(1, 1), fill=pg.mkBrush(255, 255, 255, 220))
            label.setFont(self._font(10.5))
            label.setPos(self._now, 12)  # low in the plot: clear of the legend and the trigger-line labels
            self.gap_text = text
            for item in (gap, label):
                self.plot_item.addItem(item, ignoreBounds=True)
                self._now_items.append(item)

    def set_forecast(self, forecast) -> None:
        """The latest forecast (console.airdata.ForecastInfo or None): dashed steps, range shaded."""
        for item in self._forecast_items:
            self.plot_item.removeItem(item)
            self.legend.removeItem(item)
        self._forecast_items = []
        self._forecast_end = None
        if forecast is None or not forecast.points:
            return
        xs, hi, lo = [], [], []
        for start, end, low, high, _primary in forecast.points:
            top = high if high is not None else low
            bottom = low if low is not None else high
            xs += [start, end, np.nan]
            hi += [top, top, np.nan]
            lo += [bottom, bottom, np.nan]
        xs_a = np.array(xs, dtype=np.float64)
        issued = forecast.issued_at.astimezone(TZ).strftime("%m-%d %H:%M")
        issuer = forecast.issuer if len(forecast.issuer) <= 14 else forecast.issuer[:13] + "…"
        name = self.tr("预报 {1} 发布（{0}）").format(issuer, issued)
        pen = pg.mkPen(*FORECAST_RGB, width=3, style=Qt.PenStyle.DashLine)
        upper = pg.PlotDataItem(xs_a, np.array(hi, dtype=np.float64), pen=pen, connect="finite", name=name)
        lower = pg.PlotDataItem(xs_a, np.array(lo, dtype=np.float64),
                                pen=pg.mkPen(*FORECAST_RGB, width=2, style=Qt.PenStyle.DashLine), connect="finite")
        fill = pg.FillBetweenItem(lower, upper, brush=pg.mkBrush(*FORECAST_RGB, 45))
        for item in (fill, lower, upper):
            self.plot_item.addItem(item)
            self._forecast_items.append(item)
        self._forecast_end = float(max(p[1] for p in forecast.points))
        self._update_limits()
        self._fit_y()

    def set_warning_intervals(self, intervals, levels) -> None:
        """Shade where a warning level was in force. intervals: [(start_ts, end_ts, level_code)];
        levels: {code: catalog Level} (colours come from the plan data)."""
        for item in self._shade_items:
            self.plot_item.removeItem(item)
            self.legend.removeItem(item)
        self._shade_items = []
        seen: set[str] = set()
        for start, end, code in intervals:
            lv = levels[code]
            region = pg.LinearRegionItem(values=(start, end), orientation="vertical", movable=False,
                                         brush=pg.mkBrush(*lv.rgb, SHADE_ALPHA), pen=pg.mkPen(None))
            for line in region.lines:
                line.setPen(pg.mkPen(None))
            region.setZValue(-60)
            region.setToolTip(f"{level_name(lv)} {_fmt_time(start)} – {_fmt_time(end)}")
            self.plot_item.addItem(region, ignoreBounds=True)
            self._shade_items.append(region)
            if code not in seen:  # one legend entry per level: a thick sample line in the level colour
                seen.add(code)
                sample = pg.PlotDataItem([], [], pen=pg.mkPen(*lv.rgb, width=10))
                self.legend.addItem(sample, self.tr("{0}（阴影）").format(level_name(lv)))
                self._shade_items.append(sample)
        self._fit_legend()

    # ---- view ---------------------------------------------------------------------------------
    def data_end(self) -> float | None:
        if self._extent:
            return self._extent[1]
        ends = [float(s.series.ts[-1]) for s in self._shown if len(s.series.ts)]
        return max(ends) if ends else None

    def apply_preset(self, key: str) -> tuple[float, float] | None:
        """72h / 7d / 30d / season / all, ending at now (set_now; else at the latest data) — plus the forecast
        ahead of it — so observations, the forecast and the level in force are seen together and stale data
        show as a gap up to now."""
        end = self.data_end()
        if end is None:
            return None
        if self._now is not None:
            end = self._now
        if key in PRESET_SPANS:
            span = PRESET_SPANS[key]
            start = end - span
        elif key == "season":
            start, season_end = season_bounds(end)
            span = season_end - start
            end = min(end, season_end)
        elif key == "all":
            start = self._extent[0] if self._extent else min(float(s.series.ts[0]) for s in self._shown
                                                             if len(s.series.ts))
            span = end - start
        else:
            raise ValueError(f"unknown preset {key!r}")
        if self._forecast_end and self._forecast_end > end:
            end = min(self._forecast_end, end + max(span * 0.5, DAY))
        self.view_box.setXRange(start, end + HOUR, padding=0.01)
        return start, end

    def _fit_legend(self) -> None:
        """The legend in as many columns as the plot's height needs: with many stations, a forecast and the
        warning shading on a 1366×768 screen its last entries are never cut off below the plot."""
        n = len(self.legend.items)
        if not n:
            return
        row = max(1.0, max(label.boundingRect().height() for _sample, label in self.legend.items))
        rows = max(1, int((self.view_box.height() - 24) // row))
        columns = -(-n // rows)
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)

    def _fit_y(self) -> None:
        """y from 0 to a little above the highest visible value (at least the top trigger line), in steps of 50
        so that panning does not rescale (and redraw) on every frame."""
        self._fit_legend()
        (x0, x1), (_y0, y1) = self.view_box.viewRange()
        top = self.thresholds[-1] + 30 if hasattr(self, "thresholds") else 330
        for s in self._shown:
            ts = s.series.ts
            i0, i1 = np.searchsorted(ts, x0), np.searchsorted(ts, x1, side="right")
            if i1 > i0:
                seg = s.series.aqi[i0:i1]
                peak = np.nanmax(seg) if np.isfinite(seg).any() else np.nan
                if np.isfinite(peak):
                    top = max(top, float(peak) * 1.06)
        top = min(float(np.ceil(top / 50.0) * 50), Y_TOP)
        if abs(top - y1) > 1e-6:
            self.view_box.setYRange(0, top, padding=0)

    # ---- crosshair readout ----------------------------------------------------------------------
    def _on_mouse_moved(self, pos) -> None:
        if not self.view_box.sceneBoundingRect().contains(pos) or not self._shown:
            return
        x = self.view_box.mapSceneToView(pos).x()
        self.show_readout(x)

    def show_readout(self, ts: float) -> str:
        hour = round(ts / HOUR) * HOUR
        self.crosshair.setPos(hour)
        self.crosshair.setVisible(True)
        text = self.readout_at(hour)
        self.readout.setText(text)
        self._fit_readout()
        self.readout_changed.emit(text)
        return text

    def _fit_readout(self) -> None:
        self.readout.setMinimumHeight(self.readout.heightForWidth(max(self.readout.width(), 600)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_readout()
        self._fit_legend()

    def readout_at(self, ts: float) -> str:
        """Plain text: the hour, then one line per shown series (AQI, category, primary, concentrations)."""
        hour = int(round(ts / HOUR) * HOUR)
        lines = [_fmt_time(hour)]
        for s in self._shown:
            step = getattr(s.series, "step", HOUR)
            if step > HOUR:  # a min/max envelope: the bucket holding this hour
                lines.append(self._envelope_readout(s, hour, step))
                continue
            idx = int(np.searchsorted(s.series.ts, hour))
            if idx >= len(s.series.ts) or int(s.series.ts[idx]) != hour:
                lines.append(self.tr("{0}：无数据").format(s.label))
                continue
            aqi = float(s.series.aqi[idx])
            if not np.isfinite(aqi):
                lines.append(self.tr("{0}：AQI 缺测").format(s.label))
                continue
            cat = category(aqi)
            parts = [self.tr("{0}：AQI {1:.0f} {2}").format(s.label, aqi, category_name(cat))]
            if aqi > 50:
                parts.append(self.tr("首要污染物 {0}").format(_primary_label(s.series.primary[idx])))
            if s.rolling_values is not None and np.isfinite(s.rolling_values[idx]):
                parts.append(self.tr("24小时滑动 {0:.0f}").format(float(s.rolling_values[idx])))
            conc = [_fmt_conc(p, float(getattr(s.series, p)[idx])) for p in POLLUTANTS
                    if np.isfinite(getattr(s.series, p)[idx])]
            if conc:
                parts.append(" ".join(conc))
            lines.append(" · ".join(parts))
        if self._shown:
            lines[0] += self.tr("（浓度 µg/m³，CO mg/m³）")
        return "\n".join(lines)

    def _envelope_readout(self, s: _Shown, hour: int, step: int) -> str:
        ts = s.series.ts
        i = int(np.searchsorted(ts, hour, side="right")) - 1
        i -= i % 2  # the bucket's first point (its lowest hour), then its highest
        if i < 0 or i + 1 >= len(ts) or hour >= ts[i] + 2 * step:
            return self.tr("{0}：无数据").format(s.label)
        low, high = float(s.series.aqi[i]), float(s.series.aqi[i + 1])
        return self.tr("{0}：{1}–{2} 时段内逐时AQI {3:.0f}–{4:.0f}（放大可看逐时数值）").format(
            s.label, _fmt_time(ts[i]), _fmt_time(ts[i] + 2 * step - HOUR), low, high)

    # ---- export -------------------------------------------------------------------------------
    def plot_image(self) -> QImage:
        """The plot as it is shown, painted from its scene into an image (issue 12.5). `QWidget.grab` would first
        lay out every widget of the window still waiting for it (a hidden 3,000-row table's data() was called
        from inside the first grab: 170 ms); painting the scene touches only the plot's own items."""
        view = self.plot_widget
        area = view.viewport().rect()
        ratio = view.devicePixelRatioF()
        image = QImage(area.size() * ratio, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(view.backgroundBrush().color())
        painter = QPainter(image)
        try:
            painter.setRenderHints(view.renderHints())  # as the view paints itself
            view.render(painter, QRectF(0, 0, area.width(), area.height()), area)
        finally:
            painter.end()
        return image

    def export_png(self, path: str) -> bool:
        """The plot as it is shown, as a PNG file, now (False: the file could not be written)."""
        try:
            png.write(png.pixels(self.plot_image()), path)
        except OSError:
            return False
        return True

    def export_png_in_background(self, path: str, on_done, on_error):
        """The same file, with only the grab on the GUI thread: compressing and writing run on a worker
        (on_done(path) / on_error(exc) come back on the GUI thread). Returns the BackgroundOp."""
        from widgets.common.ops import BackgroundOp

        px = png.pixels(self.plot_image())
        return BackgroundOp(self, lambda _job: png.write(px, path), on_done=on_done, on_error=on_error)
