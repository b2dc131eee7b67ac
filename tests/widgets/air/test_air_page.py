from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from console.air import airdata
from console.common.clock import TZ, FixedClock
from widgets.air.air_page import AirPage
from widgets.main_window import MainWindow
from tests.helpers import admin_of

LAST_EXCERPT_HOUR = datetime(2015, 12, 5, 23, tzinfo=TZ)


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(("info", a[1], a[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(("warning", a[1], a[2])))
    return shown


def _page(qtbot, store, catalog, clock=None):
    page = AirPage(store, catalog, clock or FixedClock(datetime(2026, 11, 29, 8, tzinfo=TZ)), admin_of(store))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    return page


def test_empty_database_offers_the_demo(qtbot, store, catalog):
    page = _page(qtbot, store, catalog)
    assert page.empty_banner.isVisibleTo(page) and not page.body.isVisibleTo(page)
    assert page.demo_button.text() == "加载演示数据（北京2015-16冬季真实观测）"
    with qtbot.waitSignal(page.data_changed):
        qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert not page.empty_banner.isVisibleTo(page) and page.body.isVisibleTo(page)
    assert [s.name for s in airdata.stations(store)] == ["东四", "官园", "天坛", "万寿西宫"]
    assert len(page.stations_panel.badges) == 4
    assert all(b.stale for b in page.stations_panel.badges.values())  # 2016 data, 2026 clock: plainly stale
    labels = [label.text for _s, label in page.plot.legend.items]
    assert any(t.startswith("预报 12-15 17:00 发布（演示") for t in labels)
    assert page.plot.readout.text().startswith("2016-12-31 23:00")  # the latest hour is read out at once
    assert page.preset == "all" and page.preset_buttons["all"].isChecked()
    (x0, x1), _ = page.plot.view_box.viewRange()
    now = page.clock.now().timestamp()
    assert x0 <= airdata.data_range(store)[0] and x1 >= now  # the years-old demo and the gap up to now


def test_import_real_files_summary_and_station_picker(qtbot, store, catalog, uci_files, messages):
    page = _page(qtbot, store, catalog)
    with qtbot.waitSignal(page.data_changed):
        op = page.import_files([str(f) for f in uci_files])
    results, errors = op.result
    assert not errors
    assert all(r.rows + r.empty == 11 * 24 and r.new == r.rows for r in results)
    kind, title, text = messages[-1]
    assert kind == "info" and title == "导入完成" and "PRSA_Data_Dongsi_excerpt.csv" in text
    assert set(page.stations_panel.checks) == {None, "Dongsi", "Tiantan"}
    assert page.stations_panel.checked() == [None]  # the district by default
    curves = lambda: [c for c in page.plot.plot_item.listDataItems() if c.name() and "AQI" in c.name()]  # noqa: E731
    assert [c.name() for c in curves()] == ["区域 逐时AQI", "区域 24小时滑动AQI"]
    page.stations_panel.checks["Tiantan"].setChecked(True)
    assert [c.name() for c in curves()][-1] == "天坛 逐时AQI"
    page.station_rolling.setChecked(True)
    assert "天坛 24小时滑动AQI" in [c.name() for c in curves()]
    assert "2015-11-25 00:00 至 2015-12-05 23:00" in page.range_label.text()


def test_bad_file_lists_problems_and_stores_nothing(qtbot, store, catalog, tmp_path, messages):
    bad = tmp_path / "bad.csv"
    bad.write_text("time,station,pm25\n2015-12-01 10:00,A,-3\n2015-12-01 11:30,A,20\n", encoding="utf-8")
    page = _page(qtbot, store, catalog)
    with qtbot.assertNotEmitted(page.data_changed):
        op = page.import_files([str(bad)])
        qtbot.waitUntil(lambda: not op.running)
    results, errors = op.result
    assert results == [] and len(errors) == 1
    kind, title, text = messages[-1]
    assert kind == "warning" and title == "导入失败"
    assert "bad.csv:2" in text and "bad.csv:3" in text and "未导入" in text
    assert airdata.data_range(store) is None and page.empty_banner.isVisibleTo(page)


def test_presets_and_export(qtbot, air_store, catalog, tmp_path, monkeypatch):
    page = _page(qtbot, air_store, catalog)
    page.show()
    qtbot.waitExposed(page)
    widths = {}
    for key in ("72h", "7d", "all"):
        qtbot.mouseClick(page.preset_buttons[key], Qt.MouseButton.LeftButton)
        (x0, x1), _ = page.plot.view_box.viewRange()
        widths[key] = x1 - x0
        assert page.preset_buttons[key].isChecked()
    assert widths["72h"] < widths["7d"] < widths["all"]
    target = tmp_path / "趋势"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PNG"))
    path = page.export_image()
    assert path == str(target) + ".png"
    qtbot.waitUntil(lambda: not page.export_op.running)  # compressed and written on a worker
    img = QImage(path)
    assert img.width() > 600 and img.height() > 300
    assert "已导出" in page.status.text()
    assert not list(tmp_path.glob(".趋势*"))  # written whole: no temporary file left beside it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "无此目录" / "x.png"), ""))
    failures = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: failures.append(a[1:3]))
    page.export_image()
    qtbot.waitUntil(lambda: not page.export_op.running)
    assert failures and failures[0][0] == "导出失败" and "无此目录" in failures[0][1]


def test_badges_follow_the_clock_and_the_setting(qtbot, air_store, catalog):
    clock = FixedClock(LAST_EXCERPT_HOUR + timedelta(hours=1))
    page = _page(qtbot, air_store, catalog, clock)
    badges = page.stations_panel.badges
    assert not any(b.stale for b in badges.values())
    assert "2015-12-05 23:00" in badges["Dongsi"].text()
    clock.advance(timedelta(hours=2))
    page.refresh_badges()
    assert all(b.stale for b in badges.values())


def test_warning_shading_fed_by_the_caller(qtbot, air_store, catalog):
    page = _page(qtbot, air_store, catalog)
    start = datetime(2015, 11, 29, 12, tzinfo=TZ).timestamp()
    page.set_warning_intervals([(start, start + 86400 * 2, "orange"), (start + 86400 * 2, start + 86400 * 4, "red")])
    labels = [label.text for _s, label in page.plot.legend.items]
    assert [t for t in labels if t.endswith("（阴影）")] == [f"{catalog.levels[c].name_zh}（阴影）" for c in ("orange", "red")]
    regions = [i for i in page.plot._shade_items if hasattr(i, "getRegion")]
    assert [tuple(r.getRegion()) for r in regions] == [(start, start + 86400 * 2), (start + 86400 * 2, start + 86400 * 4)]
    assert regions[1].brush.color().getRgb()[:3] == catalog.levels["red"].rgb
    page.set_warning_intervals([])
    assert page.plot._shade_items == []


def test_main_window_has_the_air_page_and_offers_demo(qtbot, store, catalog, tmp_path, messages):
    w = MainWindow(store, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show_section("air")
    assert w.stack.currentWidget() is w.air
    assert w.demo_offer.isVisibleTo(w)
    # issue 13.4: data is loaded only by a logged-in duty officer or administrator
    qtbot.mouseClick(w.air.demo_button, Qt.MouseButton.LeftButton)
    assert messages[-1][1] == "请先登录" and w.air.is_empty() and w.demo_offer.isVisibleTo(w)
    w.set_current_user(admin_of(store))
    qtbot.mouseClick(w.air.demo_button, Qt.MouseButton.LeftButton)
    assert not w.demo_offer.isVisibleTo(w)
    about = [a for a in w.menuBar().actions() if a.text() == "关于"]
    assert len(about) == 1


def test_trend_reads_only_the_visible_range(qtbot, store, catalog, tmp_path):
    """Issue 15: with a year of data, 7天 reads about three weeks (the view and half its width either side),
    全部 reads the daily aggregates (one min/max pair per day, every day of the data), and panning back in time
    at 7天 reads the newly visible span hour by hour."""
    start = datetime(2025, 11, 1, tzinfo=TZ)
    lines = ["time,station,pm25,pm10"]
    for h in range(24 * 365):
        t = start + timedelta(hours=h)
        lines.append(f"{t:%Y-%m-%d %H:%M},A,{50 + h % 97},{80 + h % 89}")
    f = tmp_path / "year.csv"
    f.write_text("\n".join(lines) + "\n", "utf-8")
    now = start + timedelta(days=366)
    from console.importers.files import import_file

    import_file(store, f, admin_of(store))
    page = _page(qtbot, store, catalog, FixedClock(now))
    page.set_preset("7d")
    held = len(page._series(None)[0])
    assert 0 < held <= 14 * 24 + 1
    page.set_preset("all")
    days = page._series(None)[0]
    assert days.step == 12 * 3600 and len(days) == 2 * 365
    assert days.ts[0] == start.timestamp() and days.ts[-1] == (start + timedelta(days=364, hours=12)).timestamp()
    page.set_preset("7d")
    x0, x1 = (now - timedelta(days=200)).timestamp(), (now - timedelta(days=193)).timestamp()
    page.plot.view_box.setXRange(x0, x1, padding=0)
    page._view_moved()
    series = page._series(None)[0]
    assert series.ts[0] <= x0 and series.ts[-1] >= x1 and len(series) <= 14 * 24 + 1 and series.step == 3600


def _cancel_button(page):
    from PySide6.QtWidgets import QPushButton

    return page.import_dialog.findChild(QPushButton)


def test_import_runs_on_a_worker_thread_with_a_progress_dialog(qtbot, store, catalog, uci_files, messages,
                                                                monkeypatch):
    import threading

    from console.importers import files as importers

    real, threads = importers.import_file, []

    def spy(st, path, actor, **kw):
        threads.append((threading.get_ident(), st is store))
        return real(st, path, actor, **kw)

    monkeypatch.setattr(importers, "import_file", spy)
    page = _page(qtbot, store, catalog)
    op = page.import_files([str(uci_files[0])])
    assert op.running and not page.import_button.isEnabled()  # returned at once: the work is on the worker
    assert page.import_dialog.maximum() == 1 and _cancel_button(page).text() == "取消"
    qtbot.waitUntil(lambda: not op.running)
    assert threads and all(t != threading.get_ident() and not same for t, same in threads)  # own connection
    assert airdata.data_range(store) is not None and page.import_button.isEnabled()
    assert messages[-1][:2] == ("info", "导入完成")


def test_cancelled_import_stores_nothing(qtbot, store, catalog, uci_files, messages, monkeypatch):
    import threading

    from console.importers import files as importers

    real, inside, go = importers.import_file, threading.Event(), threading.Event()

    def slow(st, path, actor, **kw):
        result = real(st, path, actor, **kw)  # written, not yet committed
        inside.set()
        go.wait(10)
        return result

    monkeypatch.setattr(importers, "import_file", slow)
    page = _page(qtbot, store, catalog)
    with qtbot.assertNotEmitted(page.data_changed):
        op = page.import_files([str(f) for f in uci_files])
        qtbot.waitUntil(inside.is_set)
        qtbot.mouseClick(_cancel_button(page), Qt.MouseButton.LeftButton)
        go.set()
        qtbot.waitUntil(lambda: not op.running)
    assert op.result is None and op.partial == ([], [])
    assert airdata.data_range(store) is None and airdata.stations(store) == []
    assert "导入已取消" in page.status.text() and page.import_button.isEnabled()
    assert not any(kind == "info" for kind, *_ in messages)


def test_main_window_opens_the_air_page_shell_first_then_its_curves_one_per_turn(qtbot, air_store, catalog,
                                                                                  tmp_path):
    """Issue 12.5: opening 空气质量 builds the page and its station list at once, and reads the curves on the next
    event-loop turns (building, first paint and reading never in one piece); a direct AirPage reads them now."""
    w = MainWindow(air_store, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show_section("air")
    page = w.air
    assert page.body.isVisibleTo(page) and not page.empty_banner.isVisibleTo(page)
    assert len(page.stations_panel.checks) == len(airdata.stations(air_store)) + 1
    assert page._steps.running and not page.plot_built  # the plot, then the curves come next
    qtbot.waitUntil(lambda: not page._steps.running)
    assert page.plot.shown_keys() == [None]  # the district, ticked by default
    assert page.range_label.text().startswith("数据：")
    direct = _page(qtbot, air_store, catalog)
    assert not direct._steps.running and direct.plot.shown_keys() == [None]


def test_ticking_many_stations_at_once_adds_one_curve_per_turn(qtbot, air_store, catalog):
    """Issue 12.5: one tick shows its curve at once; ticks made in the same event-loop turn (all stations in one go)
    add the first curve now and one more per turn, never all the reads in one piece; unticking removes at once."""
    page = _page(qtbot, air_store, catalog)
    page.show()
    stations = [k for k in page.stations_panel.checks if k is not None]
    assert len(stations) >= 2
    for key in stations:
        page.stations_panel.checks[key].setChecked(True)
    assert page.plot.shown_keys() == [None, stations[0]] and page._ticks.running
    qtbot.waitUntil(lambda: not page._ticks.running)
    assert sorted(page.plot.shown_keys(), key=str) == sorted([None] + stations, key=str)
    page.stations_panel.checks[stations[-1]].setChecked(False)
    assert stations[-1] not in page.plot.shown_keys()
