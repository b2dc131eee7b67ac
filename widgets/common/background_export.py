"""Write an export file on a worker thread (its own database connection) while the window stays responsive: the
button is disabled until the file is written; a failure comes back to the GUI thread as a message.

Any writer that touches no widget may go through here: XLSX/CSV built from the store, and PDFs painted with
QTextDocument/QPainter on a QPdfWriter or QPrinter (Qt allows painting on those off the GUI thread); print
preview, a dialog, stays on the GUI thread."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from widgets.common.ops import BackgroundOp


def export_in_background(parent, store, write: Callable, path: str | Path, *, button=None,
                         on_error: Callable[[Exception], None], on_done: Callable[[Path], None] | None = None
                         ) -> BackgroundOp:
    """Run write(worker_store, path) off the GUI thread; returns the op (its result is what write returned)."""
    if button is not None:
        button.setEnabled(False)

    def ended(callback, arg) -> None:
        if button is not None:
            button.setEnabled(True)
        if callback is not None:
            callback(arg)

    return BackgroundOp(parent, lambda job: write(job.store, path), store=store,
                        on_done=lambda result: ended(on_done, result), on_error=lambda exc: ended(on_error, exc))
