"""The drill runner off the GUI thread (issue 12.5): creating the drill database, advancing the simulated clock,
copying trainee actions into the log, scoring and the report all run in one worker thread, one call after the
other, so the runner's own database connection is only ever used by one thread at a time. The GUI reads the drill
database through a connection of its own (DrillsPage.store). Results come back to the GUI thread as queued
signals (widgets.common.ops.BackgroundOp).

A drill reminder shown on the desktop is sent from the GUI thread: the worker asks for it and waits for the
answer (deliver_from_worker), because the notifier is a QObject living there."""
from __future__ import annotations

import threading
import time
from typing import Any, Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QThreadPool,
    Signal,
)

from widgets.common.ops import BackgroundOp

DESKTOP_WAIT_S = 15


class DrillWorker(QObject):
    """submit(fn) runs fn() on the drill's worker thread after every call submitted before it."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one call at a time, in the order submitted
        self.pool.setExpiryTimeout(-1)  # and always the same thread
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> BackgroundOp:
        self._pending += 1

        def done(result) -> None:
            self._pending -= 1
            if on_done is not None:
                on_done(result)

        def failed(exc) -> None:
            self._pending -= 1
            if on_error is None:
                raise exc
            on_error(exc)

        return BackgroundOp(self, lambda _job: fn(), on_done=done, on_error=failed, pool=self.pool)

    def drain(self, timeout_s: float = 60) -> bool:
        """Wait (GUI events still handled, user input held back) until every submitted call has ended and its
        result been handed over. True when idle."""
        deadline = time.monotonic() + timeout_s
        while self.busy and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)
            self.pool.waitForDone(5)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        return not self.busy


class GuiCall(QObject):
    """Run a function on the GUI thread for a worker and hand its result back (the worker waits)."""

    _request = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._request.connect(self._serve, Qt.ConnectionType.QueuedConnection)

    def __call__(self, fn: Callable, *args, timeout_s: float = DESKTOP_WAIT_S):
        if QThread.currentThread() is self.thread():
            return fn(*args)
        box = {"fn": fn, "args": args, "done": threading.Event()}
        self._request.emit(box)
        if not box["done"].wait(timeout_s):
            raise TimeoutError("the GUI thread did not answer in time")
        if "error" in box:
            raise box["error"]
        return box["result"]

    def _serve(self, box: dict) -> None:
        try:
            box["result"] = box["fn"](*box["args"])
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting worker
            box["error"] = exc
        finally:
            box["done"].set()
