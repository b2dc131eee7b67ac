"""空气质量: the duty officer's air view — import data, enter a forecast, pick stations (each with its freshness
badge), choose a time range, read the trend plot and export it. An empty database offers the demo data."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.admin.settings import Settings
from console.air import airdata
from console.app import ConsoleApp
from console.common.clock import Clock
from widgets.air.air_actions import AirActions
from widgets.air.station_panel import BIG, DISTRICT, StationPanel
from widgets.air.trend_plot import PRESETS, TrendPlot
from widgets.common.follow import Steps
from widgets.common.style import C
from widgets.common.timers import GuardedTimer, every_minute


class AirPage(QWidget, AirActions):
    """The page (its actions: widgets.air.air_actions). In the main window (`in_steps`) it is built over event-loop
    turns: the shell and the station list at once, the trend plot on the next turn, then the span and one curve per
    turn; whatever needs the plot earlier builds it at once (`plot`), `finish_steps()` completes the rest."""

    data_changed = Signal()

    def __init__(self, store, catalog=None, clock: Clock | None = None, actor=None, parent=None,
                 in_steps: bool = False):
        super().__init__(parent)
        self.app = ConsoleApp.of(store, catalog)  # every write goes through the seat's facade
        self.store, self.catalog = self.app.store, catalog
        self.clock = clock or self.store.clock
        if actor is not None:
            self.app.set_actor(actor)
        self.preset = "7d"
        self._cache: dict = {}
        self._station_names: dict = {}
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(self.tr("空气质量"))
        title.setObjectName("pageTitle")
        head.addWidget(title)
        self.range_label = QLabel()
        self.range_label.setStyleSheet(f"font-size: 12pt; color: {C.slate};")
        head.addWidget(self.range_label, 1, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight)
        lay.addLayout(head)

        self.empty_banner = self._make_empty_banner()
        lay.addWidget(self.empty_banner)

        bar = QHBoxLayout()
        self.import_button = QPushButton(self.tr("导入数据…"))
        self.import_button.clicked.connect(self.choose_and_import)
        self.forecast_button = QPushButton(self.tr("录入预报…"))
        self.forecast_button.clicked.connect(self.enter_forecast)
        self.export_button = QPushButton(self.tr("导出图片…"))
        self.export_button.clicked.connect(self.export_image)
        for b in (self.import_button, self.forecast_button, self.export_button):
            b.setStyleSheet(BIG)
            b.setMinimumHeight(38)
            bar.addWidget(b)
        bar.addSpacing(24)
        bar.addWidget(QLabel(self.tr("时间范围：")))
        self.preset_group = QButtonGroup(self)
        self.preset_buttons: dict[str, QPushButton] = {}
        names = {"72h": self.tr("72小时"), "7d": self.tr("7天"), "30d": self.tr("30天"),
                 "season": self.tr("秋冬季"), "all": self.tr("全部")}
        for key in PRESETS:
            b = QPushButton(names[key])
            b.setCheckable(True)
            b.setMinimumHeight(38)
            b.setStyleSheet("QPushButton { font-size: 13pt; padding: 6px 12px; }"
                            f"QPushButton:checked {{ background: {C.selected_bg}; color: white; font-weight: bold; }}")
            if key == "season":
                b.setToolTip(self.tr("最近一个秋冬季：10月1日至次年3月31日"))
            b.clicked.connect(lambda _=False, k=key: self.click_preset(k))
            self.preset_group.addButton(b)
            self.preset_buttons[key] = b
            bar.addWidget(b)
        bar.addStretch(1)
        lay.addLayout(bar)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"font-size: 12pt; color: {C.ok};")
        self.status.hide()
        lay.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        head_st = QLabel(self.tr("站点与数据时效"))
        head_st.setStyleSheet("font-size: 13pt; font-weight: bold;")
        ll.addWidget(head_st)
        self.stations_panel = StationPanel()
        self.stations_panel.changed.connect(self._sync_series)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.stations_panel)
        ll.addWidget(scroll, 1)
        self.station_rolling = QCheckBox(self.tr("各站点也显示24小时滑动AQI"))
        self.station_rolling.toggled.connect(self._replot)
        ll.addWidget(self.station_rolling)
        split.addWidget(left)
        self._plot: TrendPlot | None = None  # pyqtgraph's widget: made in a turn of its own, placed in the next
        self._unplaced: TrendPlot | None = None  # (made, not yet in its place)
        self._intervals = None  # the warnings shaded on the plot, kept until it is built
        self.plot_frame = QFrame()  # the plot's place meanwhile: the first paint shows the plot's area, then the plot
        self.plot_frame.setObjectName("plotFrame")
        self.plot_frame.setStyleSheet("QFrame#plotFrame { background: white; }")
        split.addWidget(self.plot_frame)
        split.setStretchFactor(1, 1)
        left.setMinimumWidth(250)
        split.setSizes([290, 1040])
        self.body = split
        lay.addWidget(split, 1)

        self._loaded = (0, 0)
        self._steps = Steps(self, alive=lambda: not getattr(self.store, "closed", False))  # a re-read or replot in parts, one per event-loop turn
        self._reloading = False  # those steps are a whole reload (labels, extent, forecast still to come)
        self._ticks = Steps(self, alive=lambda: not getattr(self.store, "closed", False))  # curves of further ticks
        self._moving = GuardedTimer(self, 150, self._view_moved, single_shot=True)  # pan/zoom settles, then read

        self._badge_timer = every_minute(self, self.refresh_badges)
        if in_steps:  # (the main window) the page's shell now, its curves on the next event-loop turns
            self._first_read_in_steps()
        else:
            self.reload()

    @property
    def plot(self) -> TrendPlot:
        """The trend plot; asked for before the page's steps made it, it is made now."""
        if self._plot is None:
            self._place_plot()
        return self._plot

    @property
    def plot_built(self) -> bool:
        return self._plot is not None

    def _place_plot(self) -> None:
        """The trend plot (made now if it was not yet) in the place held by `plot_frame` (same index, size and
        stretch in the splitter)."""
        plot, self._unplaced = self._unplaced or TrendPlot(), None
        self.body.replaceWidget(1, plot)
        self.body.setStretchFactor(1, 1)
        self.plot_frame.deleteLater()
        self.plot_frame = None
        self._plot = plot
        plot.view_box.sigXRangeChanged.connect(lambda *_: self._moving.start())
        if self._intervals is not None:
            plot.set_warning_intervals(*self._intervals)

    def finish_steps(self) -> None:
        """What the page still has to build or read in steps (the plot, a read's labels and curves), now: for
        whoever needs the page whole at once."""
        self._steps.finish()
        self.plot  # noqa: B018 (made now if no read was under way)

    def _make_empty_banner(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("emptyBanner")
        frame.setStyleSheet(f"QFrame#emptyBanner {{ background: {C.banner_bg}; border: 2px solid {C.banner_border}; "
                            "border-radius: 6px; }"
                            "QLabel { border: none; }")
        fl = QVBoxLayout(frame)
        text = QLabel(self.tr("数据库中还没有空气质量数据。请导入监测数据文件（CSV / XLSX），"
                              "或先加载演示数据，看一次真实的冬季重污染过程。"))
        text.setWordWrap(True)
        text.setStyleSheet("font-size: 14pt;")
        fl.addWidget(text)
        row = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("加载演示数据（北京2015-16冬季真实观测）"))
        self.demo_button.setStyleSheet("font-size: 14pt; font-weight: bold; padding: 8px 18px;")
        self.demo_button.clicked.connect(self.load_demo)
        row.addWidget(self.demo_button)
        row.addStretch(1)
        fl.addLayout(row)
        return frame

    # ---- data ---------------------------------------------------------------------------------
    def set_actor(self, actor) -> None:
        """Imports and forecasts are made as the logged-in Actor (its role is checked in each import's
        transaction); None: nobody is logged in, nothing is imported (the watch folder waits too)."""
        self.app.set_actor(actor)  # (the watch folder imports as the facade's actor too)

    @property
    def actor(self):
        """The logged-in Actor of this seat (the facade's); None: imports wait for a login."""
        return self.app.actor

    def is_empty(self) -> bool:
        return airdata.data_range(self.store) is None

    def reload(self) -> None:
        """Re-read stations, freshness, forecast and series from the store (after imports and settings), now."""
        self._steps.cancel()
        self._reloading = True
        for _ in self._reload_steps():
            pass

    def reload_in_steps(self) -> None:
        """The same re-read, one part per event-loop turn (stations and labels, then one curve at a time): how the
        window applies a change of the air data, so that 13 curves re-read after an import never hold the GUI
        thread at once. A reload or preset asked for meanwhile supersedes it."""
        self._reloading = True
        self._steps.start(self._reload_steps())

    def _first_read_in_steps(self) -> None:
        """The first read when the page is opened (issue 12.5): the empty-data banner or the body and the station
        list now, so that the first paint shows the right shell (the plot's place held by an empty frame); the
        trend plot on the next event-loop turn, then the span, the labels and one curve per turn, so that
        building, painting and reading never hold the GUI thread at once."""
        self._reloading = True
        steps = self._reload_steps()
        next(steps, None)
        self._steps.start(steps)

    def _settle(self) -> None:
        """Before another span or replot: a reload under way completes (its labels, extent and forecast); a replot
        under way is dropped (the new one reads its curves)."""
        if self._reloading:
            self._steps.finish()
        self._steps.cancel()

    def _reload_steps(self):
        self._cache = {}
        extent = airdata.data_range(self.store)
        empty = extent is None
        self.empty_banner.setVisible(empty)
        self.body.setVisible(not empty)
        self.export_button.setEnabled(not empty)
        for b in self.preset_buttons.values():
            b.setEnabled(not empty)
        settings = Settings(self.store)
        stations = airdata.stations(self.store)
        self._station_names = {s.code: s.name for s in stations}
        checked = set(self.stations_panel.checked()) if self.stations_panel.checks else {DISTRICT}
        self.stations_panel.rebuild(stations, airdata.last_observation_times(self.store), self.clock,
                                    settings.get("stale_data_hours"), checked)
        yield  # (the first read stops here: the page's first paint)
        if self._plot is None:  # pyqtgraph's widget (40-150 ms): made in a turn of its own, off screen; placed in
            self._unplaced = self._unplaced or TrendPlot()  # the next, so that its first paint follows a short turn
            yield
        if self._plot is None:
            self._place_plot()  # (its first paint, then its contents on the next turn)
            yield
        self.plot.set_thresholds((settings.get("aqi_t1"), settings.get("aqi_t2"), settings.get("aqi_t3")))
        if empty:
            self.range_label.setText("")
            self.plot.clear_series()
            self._reloading = False
            return
        fmt = "%Y-%m-%d %H:%M"
        self.range_label.setText(self.tr("数据：{0} 至 {1}（{2} 个站点）").format(
            airdata.local(extent[0]).strftime(fmt), airdata.local(extent[1]).strftime(fmt), len(stations)))
        self.plot.set_extent(*extent)
        self.plot.set_forecast(airdata.latest_forecast(self.store))
        yield
        self._preset_view(self.preset)
        self._reloading = False  # (from here on it is a replot)
        yield from self._replot_steps()
        # the latest hour, before anyone touches the mouse (now, when the data end before the span shown)
        self.plot.show_readout(extent[1] if extent[1] >= self._loaded[0] else self.clock.now().timestamp())

    def _wanted(self) -> tuple[int, int]:
        """The span to hold in memory: the visible range and half its width either side (panning stays smooth),
        never more — start-up and refreshes cost the same with one year of data or twenty."""
        (x0, x1), _ = self.plot.view_box.viewRange()
        pad = (x1 - x0) / 2
        return int(x0 - pad), int(x1 + pad)

    def _series(self, key, rolling: bool = True):
        """(series, 24-hour rolling AQI or None) of key over at least the visible range (read from the store on a
        miss). Stations without their rolling AQI come as a min/max envelope over long ranges."""
        lo, hi = self._loaded
        hit = self._cache.get((key, rolling))
        if hit is None or hit[0] > lo or hit[1] < hi or hit[1] - hit[0] > 4 * (hi - lo):  # missing, or far too wide
            s, roll = airdata.view_series(self.store, key, lo, hi, rolling)
            hit = self._cache[(key, rolling)] = (lo, hi, s, roll)
        return hit[2], hit[3]

    def _view_moved(self) -> None:
        """After panning or zooming: read more only when the view leaves the span held in memory."""
        (x0, x1), _ = self.plot.view_box.viewRange()
        lo, hi = self._loaded
        if x0 < lo or x1 > hi or (x1 - x0) * 4 < hi - lo:  # left the span, or zoomed far in: read again
            self._loaded = self._wanted()
            self._replot()

    def _sync_series(self) -> None:
        """After a station is ticked or unticked: add or remove only its curves (ticking all stations one by one
        costs one curve each, not a redraw of all per tick). A read under way completes first (its span)."""
        if self._reloading:
            self._steps.finish()
        checked = self.stations_panel.checked()
        shown = self.plot.shown_keys()
        for key in shown:
            if key not in checked:
                self.plot.remove_series(key)
        missing = [key for key in checked if key not in shown]
        if missing and not self._ticks.running:  # one tick: its curve now; more ticks in the same event-loop
            self._add(missing[0])  # turn (select all, a script): one curve per turn after it (issue 12.5)
            self._ticks.start(self._tick_steps())
        elif not missing and self.plot.crosshair.isVisible():
            self.plot.show_readout(self.plot.crosshair.value())

    def _tick_steps(self):
        while True:
            yield
            missing = [key for key in self.stations_panel.checked() if key not in self.plot.shown_keys()]
            if not missing:
                break
            self._add(missing[0])
        if self.plot.crosshair.isVisible():
            self.plot.show_readout(self.plot.crosshair.value())

    def _add(self, key) -> None:
        show_rolling = key is DISTRICT or self.station_rolling.isChecked()
        series, rolling = self._series(key, show_rolling)
        label = self.tr("区域") if key is DISTRICT else self._station_names.get(key, key)
        colour = list(self._station_names).index(key) if key in self._station_names else None
        self.plot.add_series(key, label, series, rolling if show_rolling else None, colour)

    def _replot(self) -> None:
        self._settle()
        for _ in self._replot_steps():
            pass

    def _replot_steps(self):
        """Clear the curves, then read and add one checked series per step."""
        self.plot.clear_series()
        for key in self.stations_panel.checked():
            yield
            if key in self.stations_panel.checked() and key not in self.plot.shown_keys():  # (ticked meanwhile)
                self._add(key)
        if self.plot.crosshair.isVisible():
            self.plot.show_readout(self.plot.crosshair.value())

    def _preset_view(self, key: str) -> None:
        self.preset = key
        self.preset_buttons[key].setChecked(True)
        self.plot.set_now(self.clock.now().timestamp())  # presets end at now, wherever the data end
        self._moving.stop()
        self.plot.apply_preset(key)
        self._loaded = self._wanted()

    def set_preset(self, key: str) -> None:
        """Show a preset span now (curves included)."""
        self._settle()
        self._preset_view(key)
        self._replot()

    def click_preset(self, key: str) -> None:
        """A preset button: the span at once, its curves read one per event-loop turn."""
        self._settle()
        self._preset_view(key)
        self._steps.start(self._replot_steps())

    def set_warning_intervals(self, intervals) -> None:
        """[(start_ts, end_ts, level_code)] where a warning was in force (fed by the episodes view); kept until the
        plot is made when it is not yet."""
        self._intervals = (intervals, self.catalog.levels)
        if self._plot is not None:
            self._plot.set_warning_intervals(*self._intervals)

    def refresh_badges(self) -> None:
        for badge in self.stations_panel.badges.values():
            badge.refresh()
