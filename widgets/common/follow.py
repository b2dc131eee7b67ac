"""After a view's own action: who re-reads what.

In the main window every commit of the seat's store reaches the views it touches through one route — the store's
commit report, queued to ``MainWindow.apply_changes`` — whether the commit came from this page's dialog, a worker
or another seat. A view there re-reads nothing itself after its action (it would read twice, and its neighbours'
refreshes are decided by the change, not by the page). A view on its own (a drill's embedded page, a dialog or page
built by a test) has no such route: it applies its action's ``Done.changes`` itself.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from console.changes import Changes
from widgets.common.timers import GuardedTimer


def routed(app) -> bool:
    """True when a window applies every commit of this facade's store to the views (MainWindow sets it)."""
    return bool(getattr(app, "views_follow_commits", False))


def after_action(view, changes: Changes | None) -> None:
    """The view's own action committed `changes` (None: not known, e.g. an accepted dialog): re-read only when no
    window routes commits; then only when something was committed (a cancelled dialog reads nothing)."""
    if routed(view.app):
        return
    if changes is None or changes:
        view.refresh()


class Steps(QObject):
    """Runs a generator one step per event-loop turn (a zero-interval timer), so a long re-read never holds the
    GUI thread for all of its steps at once. Starting again drops the steps not yet run; ``finish()`` runs what
    is left now. `alive()` false (the view's database was closed meanwhile): the remaining steps are dropped."""

    def __init__(self, parent=None, alive=lambda: True):
        super().__init__(parent)
        self._gen = None
        self._alive = alive
        # (alive is checked by _next, which drops the steps; a closing window retires the timer)
        self._timer = GuardedTimer(self, 0, self._next, alive=lambda: True, single_shot=True)

    @property
    def running(self) -> bool:
        return self._gen is not None

    def start(self, gen) -> None:
        self._gen = gen
        self._timer.start()

    def cancel(self) -> None:
        self._gen = None
        self._timer.stop()

    def finish(self) -> None:
        gen, self._gen = self._gen, None
        self._timer.stop()
        for _ in gen or ():
            pass

    def _next(self) -> None:
        if self._gen is None:
            return
        if not self._alive():
            self._gen = None
            return
        try:
            next(self._gen)
        except StopIteration:
            self._gen = None
            return
        self._timer.start()
