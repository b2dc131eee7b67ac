"""空气质量: the duty officer's air view — import data, enter a forecast, pick stations (each with its freshness
badge), choose a time range, read the trend plot and export it. An empty database offers the demo data."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
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
from console.common.errors import UserError
from widgets.air.forecast_dialog import ForecastDialog
from widgets.air.freshness_badge import FreshnessBadge
from widgets.air.trend_plot import PRESETS, TrendPlot
from widgets.common.follow import Steps, routed
from widgets.common.i18n import lang
from widgets.common.style import C
from widgets.common.timers import GuardedTimer, every_minute

DISTRICT = None  # key of the district series
BIG = "font-size: 13pt;"


class _StationPanel(QWidget):
    """Checkable station list: 区域 first, then every station with its freshness badge."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setVerticalSpacing(6)
        self.checks: dict[str | None, QCheckBox] = {}
        self.badges: dict[str, FreshnessBadge] = {}

    def rebuild(self, stations, last_times, clock, stale_hours, checked: set) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.checks, self.badges = {}, {}
        rows = [(DISTRICT, self.tr("区域（全部站点）"))] + [(s.code, s.name) for s in stations]
        for r, (key, name) in enumerate(rows):
            box = QCheckBox(name)
            box.setStyleSheet(BIG + ("font-weight: bold;" if key is DISTRICT else ""))
            box.setChecked(key in checked)
            box.toggled.connect(self.changed)
            self.grid.addWidget(box, 2 * r, 0)
            self.checks[key] = box
            if key is not DISTRICT:
                badge = FreshnessBadge(last_times.get(key), clock, stale_hours)
                self.grid.addWidget(badge, 2 * r + 1, 0)
                self.badges[key] = badge
        self.grid.setRowStretch(2 * len(rows), 1)

    def checked(self) -> list:
        return [k for k, box in self.checks.items() if box.isChecked()]


class AirPage(QWidget):
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
        self.stations_panel = _StationPanel()
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
        self.plot = TrendPlot()
        split.addWidget(self.plot)
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
        self.plot.view_box.sigXRangeChanged.connect(lambda *_: self._moving.start())

        self._badge_timer = every_minute(self, self.refresh_badges)
        if in_steps:  # (the main window) the page's shell now, its curves on the next event-loop turns
            self._first_read_in_steps()
        else:
            self.reload()

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

    def _logged_in(self) -> bool:
        if self.actor is not None:
            return True
        QMessageBox.information(self, self.tr("请先登录"),
                                self.tr("导入数据、录入预报和加载演示数据须由值班人员或管理员登录后进行。"))
        return False

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
        list now, so that the first paint shows the right shell; the span, the labels and one curve per
        event-loop turn after it, so that building, painting and reading never hold the GUI thread at once."""
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
        self.plot.set_thresholds((settings.get("aqi_t1"), settings.get("aqi_t2"), settings.get("aqi_t3")))
        stations = airdata.stations(self.store)
        self._station_names = {s.code: s.name for s in stations}
        checked = set(self.stations_panel.checked()) if self.stations_panel.checks else {DISTRICT}
        self.stations_panel.rebuild(stations, airdata.last_observation_times(self.store), self.clock,
                                    settings.get("stale_data_hours"), checked)
        if empty:
            self.range_label.setText("")
            self.plot.clear_series()
            self._reloading = False
            return
        yield
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
        costs one curve each, not a redraw of all per tick)."""
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
        """[(start_ts, end_ts, level_code)] where a warning was in force (fed by the episodes view)."""
        self.plot.set_warning_intervals(intervals, self.catalog.levels)

    def refresh_badges(self) -> None:
        for badge in self.stations_panel.badges.values():
            badge.refresh()

    def _say(self, text: str, ok: bool = True) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"font-size: 12pt; color: {C.ok if ok else C.alarm};")
        self.status.show()

    # ---- actions ------------------------------------------------------------------------------
    def load_demo(self) -> None:
        if not self._logged_in():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.app.load_demo()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("演示数据未能加载"), str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.preset = "all"  # the demo is years old: 全部 shows it and the gap up to now
        self._reread()
        self._say(self.tr("已加载演示数据（北京 2015-16 冬季真实观测，CC BY 4.0，见“关于”）。"))
        self.data_changed.emit()

    def _reread(self) -> None:
        """After this page's own import, forecast or demo: in the main window the commit's change reaches this
        page through the window's route (MainWindow.apply_changes → reload_in_steps), so nothing is read here;
        on its own the page reloads itself."""
        if not routed(self.app):
            self.reload()

    def choose_and_import(self) -> None:
        if not self._logged_in():
            return
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择要导入的数据文件"), "",
                                                self.tr("数据文件 (*.csv *.csv.gz *.gz *.xlsx);;所有文件 (*)"))
        if files:
            self.import_files(files)

    def import_files(self, files):
        """Import the files on a worker thread (each file all-or-nothing, its own transaction) with a progress
        dialog and a cancel button; report problems and a summary when done. Returns the BackgroundOp: its
        ``result`` is (results, errors). Cancelling stops before the current file commits: it stores nothing
        (files finished before stay imported)."""
        from widgets.common.ops import BackgroundOp

        files = [str(f) for f in files]
        app, actor = self.app, self.actor
        self.import_button.setEnabled(False)
        dialog = QProgressDialog(self.tr("正在导入…"), self.tr("取消"), 0, len(files), self)
        dialog.setWindowTitle(self.tr("导入数据"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.import_dialog = dialog

        def progress(done: int, total: int, name: str) -> None:
            dialog.setValue(done)
            dialog.setLabelText(self.tr("正在导入 {0}（第 {1}/{2} 个文件）…").format(name, done + 1, total))

        partial: tuple[list, list] = ([], [])  # what was done so far, also when cancelled
        op = BackgroundOp(self, lambda job: import_in_background(job, app.on_store(job.store), files, actor, partial),
                          store=self.store,
                          on_progress=progress, on_done=lambda r: self._imported(op, *r),
                          on_error=lambda exc: self._import_failed(op, exc),
                          on_cancelled=lambda: self._import_cancelled(op), start=False)
        dialog.canceled.connect(op.cancel)
        op.partial = partial
        self.import_op = op
        op.start()
        return op

    def _import_ended(self) -> None:
        self.import_dialog.close()
        self.import_dialog.deleteLater()
        self.import_button.setEnabled(True)

    def _imported(self, op, results: list, errors: list) -> None:
        self._import_ended()
        if any(r.changed for r in results):
            self._reread()
            self.data_changed.emit()
        summary = "\n".join(r.summary(lang()) for r in results)  # in the window's language
        if errors:
            text = self.tr("以下文件有问题，这些文件的内容均未导入（请改正后重新导入）：") + "\n\n" + "\n\n".join(errors)
            if summary:
                text += "\n\n" + self.tr("已成功导入：") + "\n" + summary
            QMessageBox.warning(self, self.tr("导入失败"), text)
        else:
            QMessageBox.information(self, self.tr("导入完成"), summary)
        if results:
            self._say(self.tr("导入 {0} 个文件，失败 {1} 个。").format(len(results), len(errors)), not errors)

    def _import_cancelled(self, op) -> None:
        self._import_ended()
        results = op.partial[0]
        if any(r.changed for r in results):
            self._reread()
            self.data_changed.emit()
        self._say(self.tr("导入已取消：正在导入的文件未保存任何内容；此前已完成 {0} 个文件。").format(len(results)),
                  False)

    def _import_failed(self, op, exc) -> None:
        self._import_ended()
        QMessageBox.warning(self, self.tr("导入失败"), str(exc))

    def start_watch_folder(self, interval_seconds: float = 60) -> None:
        """Start the watch-folder job (main.py does, tests don't); it stops when the application quits."""
        from PySide6.QtWidgets import QApplication

        from widgets.air.watch_folder import WatchFolder

        self.watch = WatchFolder(self.app, self.clock, interval_seconds, self)  # imports through the facade
        self.watch.files_imported.connect(self.on_watch_imported, Qt.ConnectionType.QueuedConnection)
        self.watch.scan_failed.connect(self.on_watch_failed, Qt.ConnectionType.QueuedConnection)
        QApplication.instance().aboutToQuit.connect(self.watch.stop)
        self.watch.start()

    def on_watch_imported(self, names: list) -> None:
        """Slot for WatchFolder.files_imported (queued from the worker thread; its commits were reported through
        the facade just before, so in the window they reach this page by the change route)."""
        self._reread()
        self._say(self.tr("自动导入：{0}").format("、".join(names)))
        self.data_changed.emit()

    def on_watch_failed(self, message: str) -> None:
        self._say(self.tr("自动导入失败（下次扫描将重试）：{0}").format(message), False)

    def enter_forecast(self) -> None:
        if not self._logged_in():
            return
        dlg = ForecastDialog(self.app, self.clock, self.actor, self)
        if dlg.exec():
            self._reread()
            self._say(self.tr("预报已保存。"))
            self.data_changed.emit()

    def export_image(self) -> str | None:
        """Ask where, then write the trend PNG on a worker (`export_op`); returns the path chosen (None: cancelled)."""
        folder = Settings(self.store).get("export_folder") or str(Path.home())
        name = self.tr("AQI趋势_{0}.png").format(self.clock.now().strftime("%Y%m%d_%H%M"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出趋势图"), str(Path(folder) / name),
                                              self.tr("PNG 图片 (*.png)"))
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        # the grab now; compressing and writing on a worker (the GUI thread is not held up by the PNG encoder)
        self.export_op = self.plot.export_png_in_background(
            path, on_done=lambda _p: self._say(self.tr("已导出：{0}").format(path)),
            on_error=lambda _exc: QMessageBox.warning(self, self.tr("导出失败"),
                                                      self.tr("无法写入文件：{0}").format(path)))
        return path


def import_in_background(job, app: ConsoleApp, files: list, actor, partial: tuple[list, list]
                         ) -> tuple[list, list[str]]:
    """Worker-thread body of AirPage.import_files: each file in its own transaction on the job's connection (`app`:
    the seat's facade on that connection); a cancel seen before the file commits rolls that file back (job.check
    raises inside the transaction). The transaction is opened for the actor: a refusal is audited and reported
    per file."""
    results, errors = partial
    for i, f in enumerate(files):
        job.check()
        job.report(i, len(files), Path(f).name)
        try:
            result = app.import_file(f, actor=actor, check=job.check).value  # cancelled while read: rolled back
        except UserError as exc:
            errors.append(str(exc))
        else:
            results.append(result)
    job.report(len(files), len(files), "")
    return results, errors
