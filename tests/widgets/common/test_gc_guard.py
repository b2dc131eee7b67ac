"""Python's cyclic collector runs on the GUI thread only (widgets/common/gc_guard.py): a Qt object in a reference
cycle is freed by the GUI thread's timer, never by a worker that happens to allocate."""
import gc
import threading

from PySide6.QtCore import QObject

from widgets.app import make_app
from widgets.common import gc_guard


class _Held(QObject):
    """A QObject in a cycle with a Python object (as a dialog and the lambda that holds it)."""


def _cycle(freed_on: list) -> None:
    obj = _Held()
    box = {"obj": obj}
    obj.box = box  # the cycle: obj -> box -> obj
    obj.destroyed.connect(lambda *_: freed_on.append(threading.get_ident()))


def _allocate_on_a_worker() -> None:
    """Far more container allocations than gen 0's threshold: the automatic collector would run here."""
    def work():
        junk = [[i] for i in range(50 * gc.get_threshold()[0])]
        del junk
    t = threading.Thread(target=work)
    t.start()
    t.join()


def test_the_application_collects_on_the_gui_thread(qapp):
    collector = gc_guard.install(qapp)
    assert make_app([]) is qapp and gc_guard.install(qapp) is collector  # one per application
    assert not gc.isenabled()


def test_a_cycle_holding_a_qt_object_is_freed_on_the_gui_thread_not_on_a_worker(qapp, qtbot):
    gc_guard.install(qapp)
    gc.collect()
    freed_on: list = []
    _cycle(freed_on)
    _allocate_on_a_worker()
    assert freed_on == []  # the worker's allocations did not run the collector
    live = [[i] for i in range(2 * gc.get_threshold()[0])]  # the program goes on allocating
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)  # the GUI thread's timer collects
    del live
    assert freed_on == [threading.main_thread().ident]


def test_check_collects_the_oldest_generation_past_its_threshold(qapp):
    collector = gc_guard.GuiThreadCollector(interval_ms=60_000)
    try:
        gc.collect()
        assert collector.check() is None  # nothing allocated since
        junk = [[i] for i in range(2 * collector.threshold[0])]
        assert collector.check() == 0
        del junk
    finally:
        collector.timer.stop()
        collector.deleteLater()
        gc.disable()  # the application's collector stays in charge
