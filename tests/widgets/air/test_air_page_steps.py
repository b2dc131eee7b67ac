"""Issue 12.5: 空气质量 opened in the main window is built over event-loop turns — its shell and station list, then the
trend plot (pyqtgraph's widget) in a turn of its own, then the span and one curve per turn — and whatever touches
the page before those steps end gets the page whole (the plot made, the read completed)."""
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QFrame

from console.common.clock import TZ
from tests.helpers import admin_of
from widgets.air.trend_plot import TrendPlot
from widgets.main_window import MainWindow


def _window(qtbot, store, catalog, tmp_path):
    w = MainWindow(store, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.set_current_user(admin_of(store))
    return w


def _opened(qtbot, store, catalog, tmp_path):
    """The window shown, 空气质量 just opened: the page's first turn has run, nothing after it."""
    w = _window(qtbot, store, catalog, tmp_path)
    w.resize(1300, 800)
    w.show()
    qtbot.waitUntil(lambda: not w.starting)
    w.show_section("air")
    page = w.air
    assert not page.plot_built and page._steps.running
    return w, page


def test_the_plot_is_made_in_its_own_turn_and_the_first_paint_holds_its_place(qtbot, air_store, catalog, tmp_path):
    w = _window(qtbot, air_store, catalog, tmp_path)
    w.resize(1300, 800)
    w.show()
    qtbot.waitUntil(lambda: not w.starting)
    seen = []

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            page = w.pages.built("air")
            if event.type() == QEvent.Type.Paint and page is not None and obj is page and not seen:
                place = page.body.widget(1)
                seen.append((type(place), place.width(), place.height()))
            return False

    watcher = FirstPaint()
    qapp = QApplication.instance()
    qapp.installEventFilter(watcher)
    w.show_section("air")
    page = w.air
    frame = page.body.widget(1)
    assert isinstance(frame, QFrame) and not page.plot_built  # the constructor made the place, not the plot
    assert page.stations_panel.checks and page.body.isVisibleTo(page)
    try:
        qtbot.waitUntil(lambda: bool(seen))
    finally:
        qapp.removeEventFilter(watcher)
    kind, width, height = seen[0]
    # the first paint: the plot's area laid out (empty, or the plot when its turn came first), never a page without it
    assert kind in (QFrame, TrendPlot) and width > 300 and height > 300
    qtbot.waitUntil(lambda: page.plot_built)
    assert page._steps.running  # the plot's turn came before the span and the curves
    assert page.body.widget(1) is page.plot and page.body.count() == 2
    qtbot.waitUntil(lambda: page.plot.width() > 0)
    assert abs(page.plot.width() - width) <= 2  # the same place: nothing jumps when the plot comes
    qtbot.waitUntil(lambda: not page._steps.running)
    assert page.plot.shown_keys() == [None] and page.range_label.text().startswith("数据：")
    assert page.preset_buttons["7d"].isChecked()


def test_a_page_of_its_own_is_whole_at_once(qtbot, air_store, catalog):
    from widgets.air.air_page import AirPage

    page = AirPage(air_store, catalog, actor=admin_of(air_store))
    qtbot.addWidget(page)
    assert page.plot_built and isinstance(page.body.widget(1), TrendPlot) and not page._steps.running
    assert page.plot.shown_keys() == [None]


def _preset(page):
    page.set_preset("all")
    return lambda: page.preset == "all" and page.preset_buttons["all"].isChecked()


def _tick(page):
    page.stations_panel.checks["Dongsi"].setChecked(True)
    return lambda: "Dongsi" in page.plot.shown_keys()


def _intervals(page):
    start = datetime(2015, 11, 29, 12, tzinfo=TZ).timestamp()
    page.set_warning_intervals([(start, start + 86400, "red")])
    assert not page.plot_built  # kept for the plot; it does not make the plot before its turn
    return lambda: [tuple(i.getRegion()) for i in page.plot._shade_items if hasattr(i, "getRegion")] == [
        (start, start + 86400)]


def _reload(page):
    page.reload()
    return lambda: True


def _reload_in_steps(page):  # how a commit reaches the page (MainWindow.apply_changes)
    page.reload_in_steps()
    assert not page.plot_built
    return lambda: False  # (waits for the steps to end)


def _rolling(page):
    page.station_rolling.setChecked(True)
    return lambda: True


@pytest.mark.parametrize("call", [_preset, _tick, _intervals, _reload, _reload_in_steps, _rolling])
def test_a_call_before_the_steps_end_gets_the_page_whole(qtbot, air_store, catalog, tmp_path, call):
    _w, page = _opened(qtbot, air_store, catalog, tmp_path)
    check = call(page)
    if page._steps.running:
        qtbot.waitUntil(lambda: not page._steps.running)
    qtbot.waitUntil(lambda: not page._ticks.running)
    assert page.plot_built and page.body.widget(1) is page.plot and page.body.count() == 2
    assert None in page.plot.shown_keys() and page.range_label.text().startswith("数据：")
    assert check() or call is _reload_in_steps
    assert page.plot.data_end() is not None  # the span was read


def test_export_before_the_steps_end_shows_the_curves(qtbot, air_store, catalog, tmp_path, monkeypatch):
    _w, page = _opened(qtbot, air_store, catalog, tmp_path)
    target = tmp_path / "trend.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PNG"))
    assert page.export_image() == str(target)
    assert not page._steps.running and page.plot.shown_keys() == [None]  # finished before the grab
    qtbot.waitUntil(lambda: not page.export_op.running)
    assert QImage(str(target)).width() > 300



def test_the_plot_is_made_in_one_turn_placed_in_the_next_and_filled_after(qtbot, air_store, catalog, tmp_path):
    """Its creation (the long part) and its first paint never in one turn: made off screen, then put in place."""
    w = _window(qtbot, air_store, catalog, tmp_path)
    w.show_section("air")
    page = w.air
    frame = page.body.widget(1)
    page._steps._timer.stop()  # the event-loop turns, one by one
    page._steps._next()
    assert isinstance(page._unplaced, TrendPlot) and not page.plot_built and page.body.widget(1) is frame
    page._steps._next()
    assert page.plot_built and page.body.widget(1) is page.plot and page._unplaced is None
    assert page.range_label.text() == "" and page.plot.data_end() is None  # its contents on the next turn
    page._steps._next()
    assert page.range_label.text().startswith("数据：") and page.plot.data_end() is not None
    page._steps.finish()
    assert page.plot.shown_keys() == [None]
