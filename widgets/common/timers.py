"""Timers that outlive neither their database nor their window.

A view's periodic timer (the minute countdowns, the freshness badges, a drill's tick) must never read a store that
was closed meanwhile (another database opened, a drill over, a test's window gone) nor reach a window that was
closed. Every timer in widgets/ is made here:

- ``GuardedTimer(owner, ms, slot)``: a QTimer owned by `owner` (so it dies with the widget) whose timeout reaches
  `slot` only while ``alive()`` holds — by default while ``owner.store`` exists and is open. The first timeout after
  that stops the timer; it does not call `slot`.
- ``every_minute(owner, slot)``: the minute clock (``MINUTE_MS``, which tests shorten), started.
- ``later(owner, ms, slot)``: one call after `ms`, under the same guard (replaces ``QTimer.singleShot``).
- ``stop_timers(root)``: a window closing retires every guarded timer and stops every scheduler below it; a retired
  timer never calls its slot again, even if something starts it.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

MINUTE_MS = 60_000  # the views' minute clock (tests set a few milliseconds)


def store_open(owner: QObject) -> Callable[[], bool]:
    """alive() for a view: its current ``store`` exists and is not closed (read at each tick: a view may switch)."""

    def alive() -> bool:
        store = getattr(owner, "store", None)
        return store is not None and not getattr(store, "closed", False)

    return alive


class GuardedTimer(QTimer):
    def __init__(self, owner: QObject, interval_ms: int, slot: Callable[[], object], *,
                 alive: Callable[[], bool] | None = None, single_shot: bool = False):
        super().__init__(owner)
        self.setInterval(int(interval_ms))
        self.setSingleShot(single_shot)
        self._slot = slot
        self._alive = alive if alive is not None else store_open(owner)
        self.retired = False
        self.timeout.connect(self.tick)

    def retire(self) -> None:
        """Stop for good (the window closed): the slot is never called again."""
        self.retired = True
        self.stop()

    def tick(self) -> None:
        """What a timeout does (tests call it to act as the timer, without waiting)."""
        if self.retired or not self._alive():
            self.stop()
            return
        self._slot()


def every_minute(owner: QObject, slot: Callable[[], object], *,
                 alive: Callable[[], bool] | None = None) -> GuardedTimer:
    """The view's minute clock, started: `slot` each minute while the view's store is open."""
    timer = GuardedTimer(owner, MINUTE_MS, slot, alive=alive)
    timer.start()
    return timer


def later(owner: QObject, ms: int, slot: Callable[[], object], *,
          alive: Callable[[], bool] | None = None) -> GuardedTimer:
    """`slot` once after `ms`, unless the store closed or the window was closed (or `owner` deleted) meanwhile."""
    timer = GuardedTimer(owner, ms, slot, alive=alive, single_shot=True)
    timer.timeout.connect(timer.deleteLater)
    timer.start()
    return timer


def stop_timers(root: QObject) -> int:
    """A window closing: retire every guarded timer below `root` and shut its schedulers down (waiting for a job
    that is running, e.g. a watch-folder scan, so that none reaches a view afterwards). Returns how many timers
    were running."""
    from widgets.common.scheduling import ManagedScheduler

    running = 0
    for timer in root.findChildren(GuardedTimer):
        running += timer.isActive()
        timer.retire()
    for scheduler in root.findChildren(ManagedScheduler):
        scheduler.stop(wait=True)
    return running
