"""Work off the GUI thread (Anki's QueryOp/CollectionOp): run a function on a worker thread with its own database
connection, report progress, allow cancelling, and hand the result (or the error) back to the GUI thread through a
queued signal. Widgets never touch the database connection of another thread, and no widget is touched off-thread.

    op = BackgroundOp(self, lambda job: importers.import_file(job.store, path, actor, progress=job.report),
                      on_done=self._imported, on_error=self._show_error, store=self.store)

Commits made by the op's own connection are reported to the GUI store's listeners (so views refresh as usual).
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("widgets.ops")
_RUNNING: set = set()  # an op keeps itself alive until its result has been handed over (even without a parent)


class Cancelled(Exception):
    """Raised inside an op by job.check() after the user cancelled it."""


class Job:
    """What the function running in the background sees: its own store, progress, cancellation."""

    def __init__(self, op: "BackgroundOp", store):
        self._op = op
        self.store = store
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._op.progress.emit(int(done), int(total), text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Runner(QRunnable):
    def __init__(self, op: "BackgroundOp"):
        super().__init__()
        self.op = op

    def run(self) -> None:  # worker thread
        op = self.op
        store = None
        try:
            if op.source_store is not None:
                store = op.source_store.reopen()
                store.on_commit(op.committed.emit)
            op.job = Job(op, store)
            if op._cancel_early:
                op.job._cancel.set()
            result = op.fn(op.job)
        except Cancelled:
            op.cancelled_sig.emit()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            log.debug("background op failed", exc_info=True)
            op.failed.emit(exc)
        else:
            op.finished.emit(result)
        finally:
            if store is not None:
                store.close()


class BackgroundOp(QObject):
    """Lives in the GUI thread; its signals are emitted by the worker and delivered here as queued calls, and the
    callbacks (plain functions or lambdas alike) run on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled_sig = Signal()
    progress = Signal(int, int, str)
    committed = Signal(object)

    def __init__(self, parent: QObject | None, fn: Callable[[Job], Any], *, on_done=None, on_error=None,
                 on_progress=None, on_cancelled=None, store=None, pool: QThreadPool | None = None, start: bool = True):
        super().__init__(parent)
        self.fn = fn
        self.source_store = store
        self.job: Job | None = None
        self._cancel_early = False
        self.running = False
        self.result = None
        self._callbacks = {"done": on_done, "error": on_error, "progress": on_progress, "cancelled": on_cancelled}
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)
        self.cancelled_sig.connect(self._on_cancelled)
        self.progress.connect(self._on_progress)
        self.committed.connect(self._on_committed)
        self.pool = pool or QThreadPool.globalInstance()
        if start:
            self.start()

    def start(self) -> None:
        self.running = True
        _RUNNING.add(self)
        self.pool.start(_Runner(self))

    def cancel(self) -> None:
        if self.job is not None:
            self.job._cancel.set()
        else:
            self._cancel_early = True

    # ---- GUI thread ----------------------------------------------------------------------------------
    def _call(self, key: str, *args) -> None:
        if key != "progress":
            _RUNNING.discard(self)
        fn = self._callbacks[key]
        if fn is not None:
            fn(*args)

    def _on_finished(self, result) -> None:
        self.running = False
        self.result = result
        self._call("done", result)

    def _on_failed(self, exc) -> None:
        self.running = False
        if self._callbacks["error"] is None:
            _RUNNING.discard(self)
            raise exc
        self._call("error", exc)

    def _on_cancelled(self) -> None:
        self.running = False
        self._call("cancelled")

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._call("progress", done, total, text)

    def _on_committed(self, changes) -> None:
        if self.source_store is not None:  # the op's commits reach the views like any other commit
            self.source_store._fire(changes)
