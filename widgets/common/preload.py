"""Import the modules of pages not opened yet, on a worker thread, once the window is up (issue 12.5).

Building a page the first time is mostly importing its modules (the 空气质量 page pulls in pyqtgraph: ~0.3 s; the 演练
page the drill runner: ~0.1 s). Importing is Python work that gives the GIL back every few milliseconds, so done on
a worker after the first paint it costs the GUI thread nothing it would notice; the page itself is still built on the
GUI thread when it is first opened (no widget is made here). A page opened while its module is being imported waits
for that import to finish (Python's import lock), never imports it twice."""
from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger("widgets.preload")


class Preload:
    def __init__(self, modules: list[str]):
        self.modules = list(modules)
        self.thread: threading.Thread | None = None
        self.done = threading.Event()

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=self._run, name="preload-pages")
            self.thread.start()

    def _run(self) -> None:
        try:
            for name in self.modules:
                try:
                    importlib.import_module(name)
                except Exception:  # the page will import it again when opened, and show the error there
                    log.exception("preloading %s failed", name)
        finally:
            self.done.set()

    def join(self, timeout: float | None = None) -> None:
        if self.thread is not None:
            self.thread.join(timeout)
