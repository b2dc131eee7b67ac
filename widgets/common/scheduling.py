"""APScheduler's QtScheduler with a wake-up timer that can be stopped.

Upstream QtScheduler arms QTimer.singleShot, which cannot be cancelled (a shut-down scheduler keeps waking and
logging errors) and must not be started from a worker thread. Here the timer is one QTimer owned by a QObject
in the GUI thread, and every (re)arm is a queued signal. Jobs still run on the scheduler's worker threads: they
must reach widgets only through signals.
"""
from __future__ import annotations

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from console.common.clock import TZ


class _Scheduler(QtScheduler):
    def __init__(self, host: "ManagedScheduler", **options):
        self._host = host
        super().__init__(**options)

    def _start_timer(self, wait_seconds):
        if wait_seconds is not None:
            self._host._timer_request.emit(min(int(wait_seconds * 1000), 2_147_483_647))

    def _stop_timer(self):
        self._host._timer_request.emit(-1)


class ManagedScheduler(QObject):
    _timer_request = Signal(int)  # ms until the scheduler wants to run, -1 = stop

    def __init__(self, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._process)
        self._timer_request.connect(self._on_timer_request)
        self.scheduler: _Scheduler | None = _Scheduler(self, timezone=TZ)

    def add_job(self, func, *args, **kwargs):
        return self.scheduler.add_job(func, *args, **kwargs)

    def start(self) -> None:
        self.scheduler.start()

    @Slot(int)
    def _on_timer_request(self, ms: int) -> None:
        if ms < 0:
            self._timer.stop()
        elif self.scheduler is not None:
            self._timer.start(ms)

    def _process(self) -> None:
        if self.scheduler is not None:
            self.scheduler._process_jobs()  # runs due jobs on the executor and re-arms the timer

    def stop(self, wait: bool = True) -> None:
        """Shut down (waiting for a running job when `wait`); the timer never fires again."""
        if self.scheduler is None:
            return
        sched, self.scheduler = self.scheduler, None
        if sched.running:
            sched.shutdown(wait=wait)
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self.scheduler is not None and self.scheduler.running
