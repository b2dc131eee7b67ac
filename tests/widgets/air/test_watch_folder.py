import shutil
import threading

import pytest
from PySide6.QtCore import QObject, QThread, Slot

from console import changes as C
from console.air import airdata
from console.admin.settings import Settings
from console.app import ConsoleApp
from widgets.air.watch_folder import WatchFolder
from tests.helpers import admin_of


@pytest.fixture
def drop(tmp_path, store):
    folder = tmp_path / "drop"
    folder.mkdir()
    Settings(store).set("watch_folder", str(folder), admin_of(store))
    return folder


@pytest.fixture
def watch(qtbot, store):
    w = WatchFolder(ConsoleApp(store, actor=admin_of(store)), interval_seconds=0.2)
    yield w
    w.stop()


def test_scan_imports_new_files_once(qtbot, store, drop, uci_files, watch):
    shutil.copy(uci_files[0], drop)
    assert watch.run_once() == []  # first sight: not yet known to be completely written
    with qtbot.waitSignal(watch.files_imported) as sig:
        assert watch.run_once() == [uci_files[0].name]
    assert sig.args == [[uci_files[0].name]]
    assert [s.code for s in airdata.stations(store)] == ["Dongsi"]
    with qtbot.assertNotEmitted(watch.files_imported):
        assert watch.run_once() == []  # same file again: nothing new


def test_nothing_is_imported_while_nobody_is_logged_in(qtbot, store, drop, uci_files, watch):
    """Issue 13.4: files are imported as the logged-in duty officer or administrator, never by nobody."""
    shutil.copy(uci_files[0], drop)
    watch.app.set_actor(None)  # the facade's actor: nobody logged in at this seat
    with qtbot.assertNotEmitted(watch.files_imported):
        assert watch.run_once() == [] and watch.run_once() == []
    assert airdata.data_range(store) is None
    watch.app.set_actor(admin_of(store))
    assert watch.run_once() == []  # first sight
    assert watch.run_once() == [uci_files[0].name]
    assert store.audit_records(entity="import")[0]["actor"] == admin_of(store).username


def test_empty_setting_skips(qtbot, store, watch):
    with qtbot.assertNotEmitted(watch.files_imported), qtbot.assertNotEmitted(watch.scan_failed):
        assert watch.run_once() == []


def test_bad_file_reported_with_line(qtbot, store, drop, watch):
    (drop / "bad.csv").write_text("time,station,pm25\n2015-12-01 10:00,A,abc\n", encoding="utf-8")
    watch.run_once()
    with qtbot.waitSignal(watch.scan_failed) as sig:
        watch.run_once()
    assert "bad.csv:2" in sig.args[0] and "pm25" in sig.args[0]
    assert airdata.data_range(store) is None


class _Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.threads = []

    @Slot(list)
    def got(self, names):
        self.threads.append(QThread.currentThread())


def test_file_still_being_written_waits_for_the_next_scan(qtbot, store, drop, watch):
    f = drop / "obs.csv"
    f.write_text("time,station,pm25\n2015-12-01 10:00,A,35\n2015-12-01 11:00,A,3", encoding="utf-8")
    assert watch.run_once() == []
    with open(f, "a", encoding="utf-8") as fh:  # the copy goes on: "3" was the start of "356"
        fh.write("56\n")
    assert watch.run_once() == []  # changed since the last look: still not read
    assert watch.run_once() == ["obs.csv"]
    series = airdata.hourly(store, "A")
    assert list(series.pm25) == [35.0, 356.0]


def test_scheduler_job_runs_on_a_worker_and_signals_the_gui_thread(qtbot, store, drop, uci_files, watch):
    job_threads = []
    original = watch.run_once

    def spy():
        job_threads.append(threading.current_thread())
        return original()

    watch.run_once = spy
    receiver = _Receiver()
    watch.files_imported.connect(receiver.got)
    shutil.copy(uci_files[1], drop)
    with qtbot.waitSignal(watch.files_imported, timeout=10_000):
        watch.start()
    qtbot.waitUntil(lambda: bool(receiver.threads))
    assert job_threads and job_threads[0] is not threading.main_thread()
    assert receiver.threads[0] is QThread.currentThread()  # delivered (queued) in the GUI thread
    assert watch.running
    watch.stop()
    assert not watch.running
    assert [s.code for s in airdata.stations(store)] == ["Tiantan"]


def test_a_scan_on_a_worker_reaches_the_views_through_the_change_route(qtbot, monkeypatch, store, catalog, drop,
                                                                        uci_files, tmp_path):
    """The scan imports through the seat's facade on its own connection; its Changes come back to the GUI thread
    and through the facade to the store's listeners, so the window applies them like any other import."""
    from PySide6.QtCore import QSettings

    from widgets.main_window import MainWindow

    w = MainWindow(store, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.set_current_user(admin_of(store))
    page = w.air  # built now: it follows the window's route (it re-reads nothing by itself)
    assert airdata.data_range(store) is None and "Dongsi" not in page.stations_panel.checks
    applied = []
    original = w.apply_changes
    monkeypatch.setattr(w, "apply_changes", lambda changes: (applied.append(changes), original(changes)))
    watch = WatchFolder(w.app, interval_seconds=3600)
    shutil.copy(uci_files[0], drop)
    names = []
    for _ in range(2):  # first sight, then the import: each scan on a thread of its own, as the scheduler's job
        t = threading.Thread(target=lambda: names.append(watch.run_once()))
        t.start()
        t.join()
    assert names == [[], [uci_files[0].name]]
    assert applied == []  # nothing reached the window from the worker thread itself
    qtbot.waitUntil(lambda: any(c.touches(C.AIR) for c in applied))
    qtbot.waitUntil(lambda: "Dongsi" in page.stations_panel.checks)  # the air page reloaded by the route
