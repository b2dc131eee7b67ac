"""Python's cyclic garbage collector runs on the GUI thread only (the pattern qutebrowser uses).

The collector runs on whichever thread happens to allocate when a generation passes its threshold. A Qt object
left in a reference cycle — a dialog and the lambda that holds it, a page whose callbacks hold the page — can then
be destroyed on a worker thread (an import, a PDF, the drill runner), which Qt does not allow ("QBasicTimer::start:
Timers cannot be started from another thread", at worst a crash). So the automatic collector is switched off and a
timer on the GUI thread collects whatever generation has passed its threshold, once a second."""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """Installed by install(app): lives as long as the application (its parent)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int | None:
        """Collect the oldest generation whose count passed its threshold (as the automatic collector would);
        returns the generation collected, or None."""
        counts = gc.get_count()
        if counts[0] <= self.threshold[0]:
            return None
        gen = 2 if counts[2] > self.threshold[2] else 1 if counts[1] > self.threshold[1] else 0
        gc.collect(gen)
        return gen

    def stop(self) -> None:
        """The automatic collector back as it was (after a last collection here)."""
        self.timer.stop()
        gc.collect()
        if self.was_enabled:
            gc.enable()


def install(app: QObject) -> GuiThreadCollector:
    """The application's collector (one per application: a second call returns the first)."""
    found = app.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(app)
