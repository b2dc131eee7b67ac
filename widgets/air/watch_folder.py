"""The watch folder: an APScheduler QtScheduler interval job imports the files the city centre drops into the
folder named by the setting "watch_folder" (skipped while it is empty).

The job runs on the scheduler's worker thread with its own database connection (SQLite WAL lets it write while
the window reads), importing through the seat's facade (ConsoleApp) as its logged-in actor. It never touches a
widget: results reach the GUI only through queued signals (ARCHITECTURE rule 4) — ``committed(Changes)``, which the
facade reports on the GUI thread so the views follow the import like any other change (MainWindow.apply_changes),
then ``files_imported(list)`` and ``scan_failed(str)``.
"""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from console.admin.settings import Settings
from console.app import ConsoleApp
from console.changes import Changes
from console.common.clock import Clock
from console.common.errors import UserError
from widgets.common.scheduling import ManagedScheduler

log = logging.getLogger("console.gui.watch")
JOB_ID = "watch_folder"


class WatchFolder(QObject):
    files_imported = Signal(list)  # [str]: names of the files imported in one scan
    scan_failed = Signal(str)      # a message for the status bar / log
    committed = Signal(object)     # Changes of a scan's commits, reported by the seat's facade (GUI thread)

    def __init__(self, app: ConsoleApp, clock: Clock | None = None, interval_seconds: float = 60, parent=None):
        super().__init__(parent)
        self.app = app  # the seat's facade: its logged-in actor imports (None: wait for a login), its store's
        # listeners hear of the commits (the worker thread opens its own connection to the same database)
        self.clock = clock or app.store.clock
        self.interval_seconds = interval_seconds
        self._lock = threading.Lock()
        self._seen: dict[Path, tuple[int, int]] = {}  # file -> (size, mtime) at the last scan
        self.scheduler: ManagedScheduler | None = None
        self.committed.connect(self._report)  # queued when emitted by the worker: runs in this object's thread

    @property
    def actor(self):
        """The logged-in Actor the files are imported as (the facade's); None: nothing is imported."""
        return self.app.actor

    @Slot(object)
    def _report(self, changes: Changes) -> None:
        self.app.report_changes(changes)

    # ---- lifecycle ------------------------------------------------------------------------------
    def start(self) -> None:
        if self.scheduler is not None:
            return
        self.scheduler = ManagedScheduler(self)
        self.scheduler.add_job(self.run_once, "interval", seconds=self.interval_seconds, id=JOB_ID,
                               max_instances=1, coalesce=True)
        self.scheduler.add_job(self.run_once, id=JOB_ID + "_first")  # no trigger: once, as soon as started
        self.scheduler.start()

    def stop(self) -> None:
        """Shut the scheduler down and wait for a running scan to finish."""
        if self.scheduler is None:
            return
        sched, self.scheduler = self.scheduler, None
        sched.stop(wait=True)

    @property
    def running(self) -> bool:
        return self.scheduler is not None and self.scheduler.running  # (a closing window stops the scheduler)

    # ---- the job (worker thread) ---------------------------------------------------------------
    def run_once(self) -> list[str]:
        """Scan once; emits files_imported(names) when files were imported and scan_failed(message) for each
        file that was refused (it is tried again next time). Safe on any thread; returns the imported names."""
        if not self._lock.acquire(blocking=False):
            return []
        try:
            return self._scan()
        except UserError as exc:  # e.g. the folder does not exist
            log.warning("watch folder: %s", exc)
            self.scan_failed.emit(str(exc))
            return []
        except Exception as exc:  # noqa: BLE001  (the job must survive; the user sees why)
            log.exception("watch folder scan failed")
            self.scan_failed.emit(str(exc))
            return []
        finally:
            self._lock.release()

    def _settled(self, path: Path) -> bool:
        """A file is imported once its size and mtime are the same as at the previous scan: a file the city
        centre is still copying in is never read half-written."""
        try:
            st = path.stat()
        except OSError:
            return False
        sig = (st.st_size, st.st_mtime_ns)
        previous = self._seen.get(path)
        self._seen[path] = sig
        return previous == sig

    def _scan(self) -> list[str]:
        if self.actor is None:  # imports are made only as a logged-in duty officer or admin
            log.info("watch folder: nobody logged in, scan skipped")
            return []

        store = self.app.store.reopen(self.clock)
        try:
            folder = str(Settings(store).get("watch_folder") or "").strip()
            if not folder:
                return []
            done = self.app.on_store(store).scan_watch_folder(Path(folder), self._settled)
        finally:
            store.close()
        self.committed.emit(done.changes)  # before files_imported: the views follow, then the status line
        results = done.value
        names = [Path(r.path).name for r in results if r.ok]
        for r in results:
            if not r.ok:
                log.warning("watch folder: %s", r.message)
                self.scan_failed.emit(r.message)
        if names:
            log.info("watch folder: imported %s", names)
            self.files_imported.emit(names)
        return names
