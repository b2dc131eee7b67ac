"""widgets/common/timers.py: a guarded timer never reads a closed store nor calls its slot once retired."""
from datetime import datetime

from PySide6.QtCore import QObject

from console.common.clock import TZ, FixedClock
from console.store.db import Store
from widgets.common import timers
from widgets.common.scheduling import ManagedScheduler

T0 = datetime(2026, 1, 5, 8, 0, tzinfo=TZ)


class Owner(QObject):
    def __init__(self, store):
        super().__init__()
        self.store = store
        self.calls = 0

    def read(self):
        self.store.scalar("SELECT COUNT(*) FROM audit")  # raises on a closed database
        self.calls += 1


def test_the_minute_clock_runs_while_the_store_is_open_and_stops_once_it_is_closed(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(timers, "MINUTE_MS", 5)
    store = Store(tmp_path / "t.sqlite3", FixedClock(T0))
    owner = Owner(store)
    timer = timers.every_minute(owner, owner.read)
    qtbot.waitUntil(lambda: owner.calls >= 2, timeout=2000)
    store.close()
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=2000)  # the first tick after the close stops it
    calls = owner.calls
    qtbot.wait(40)  # many intervals: no read of the closed database, no error
    assert owner.calls == calls and not timer.isActive()


def test_a_retired_timer_never_calls_its_slot_even_if_started_again(qtbot, tmp_path):
    store = Store(tmp_path / "t.sqlite3", FixedClock(T0))
    owner = Owner(store)
    root = QObject()
    owner.setParent(root)
    t = timers.GuardedTimer(owner, 1, owner.read)
    t.start()
    assert timers.stop_timers(root) == 1
    assert t.retired and not t.isActive()
    t.start()  # e.g. a late signal restarting it
    qtbot.wait(20)
    assert owner.calls == 0
    store.close()


def test_later_is_skipped_when_the_store_closed_meanwhile(qtbot, tmp_path):
    store = Store(tmp_path / "t.sqlite3", FixedClock(T0))
    owner = Owner(store)
    timers.later(owner, 1, owner.read)
    timers.later(owner, 1, owner.read)
    qtbot.waitUntil(lambda: owner.calls == 2, timeout=2000)
    timers.later(owner, 5, owner.read)
    store.close()
    qtbot.wait(30)
    assert owner.calls == 2


def test_stop_timers_shuts_the_schedulers_below_the_window_down(qtbot):
    root = QObject()
    sched = ManagedScheduler(root)
    sched.add_job(lambda: None, "interval", seconds=60)
    sched.start()
    assert sched.running
    timers.stop_timers(root)
    assert not sched.running
