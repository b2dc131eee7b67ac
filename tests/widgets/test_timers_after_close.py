"""No page's timer outlives its window or its database: after the window is closed (and then its store), events
processed past every interval raise nothing ("Cannot operate on a closed database") and run no page's slot."""
from PySide6.QtCore import QSettings

from console.store.db import Store
from widgets.common import timers
from widgets.common.timers import GuardedTimer
from widgets.main_window import SECTIONS, MainWindow


def _window_with_every_page(qtbot, store, catalog, tmp_path):
    w = MainWindow(store, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    for key in SECTIONS:
        w.show_section(key)  # builds the page (and its timers)
    return w


def test_closing_the_window_retires_every_timer_then_closing_the_store_raises_nothing(
        qtbot, tmp_path, catalog, monkeypatch):
    monkeypatch.setattr(timers, "MINUTE_MS", 5)
    store = Store(tmp_path / "w.sqlite3")
    w = _window_with_every_page(qtbot, store, catalog, tmp_path)
    minute = [t for t in w.findChildren(GuardedTimer) if t.interval() == 5]
    assert len(minute) >= 3  # warnings, air badges, daily report at least
    qtbot.waitUntil(lambda: all(t.isActive() for t in minute), timeout=2000)
    w.warnings.timer.tick()  # while open, a tick reads the store as usual
    calls = []
    monkeypatch.setattr(type(w.warnings), "refresh", lambda self: calls.append(self))
    w.close()
    assert not any(t.isActive() for t in w.findChildren(GuardedTimer))
    qtbot.wait(40)  # many intervals with the store still open: no page ticks any more
    assert calls == []
    store.close()
    qtbot.wait(40)  # and with it closed: nothing reads it (an exception in a slot fails the test)


def test_pages_left_over_after_their_store_closed_stop_their_own_timers(qtbot, tmp_path, catalog, monkeypatch):
    """The store closes while the window stays (a drill's database gone, another database opened)."""
    monkeypatch.setattr(timers, "MINUTE_MS", 5)
    store = Store(tmp_path / "w.sqlite3")
    w = _window_with_every_page(qtbot, store, catalog, tmp_path)
    minute = [t for t in w.findChildren(GuardedTimer) if t.interval() == 5]
    store.close()
    qtbot.waitUntil(lambda: not any(t.isActive() for t in minute), timeout=2000)
    qtbot.wait(40)
    w.close()
