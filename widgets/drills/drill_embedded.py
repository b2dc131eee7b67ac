"""The 演练 page's embedded pages: the live 预警与审签 and 响应措施 pages on the drill's database (widgets.drills.
drill_pages), built when their tab is first shown, re-read as the simulated clock moves, and what a trainee records
on them copied into the drill's log by the runner on the page's worker. A mixin of DrillsPage (widgets.drills.
drills_page), which holds the runner, the drill store, the worker, the tabs and their hosts (drills_ui)."""
from __future__ import annotations

from widgets.common.timers import stop_timers
from widgets.drills.drill_pages import DrillBoardPage, DrillWarningsPage, participants_line


class EmbeddedPages:
    def _embed(self) -> None:
        """The live 预警与审签 and 响应措施 pages on this drill's database (replacing the previous drill's), each
        built when its tab is first shown — in trainee mode the 预警与审签 page at once (its next action is shown
        on the control tab)."""
        self._unembed()
        for strip in self.account_strips:
            strip.setText(participants_line(self.runner, self.store))
            strip.setVisible(self.trainees)
        if self.trainees:
            self._embed_page(0)

    def _embed_page(self, i: int):
        """The embedded page i (0 预警与审签, 1 响应措施) of the running drill, built on first use."""
        if self.runner is None or self.store is None or i not in (0, 1):
            return None
        page = (self.warnings, self.board)[i]
        if page is not None:
            return page
        page = (DrillWarningsPage, DrillBoardPage)[i](self.runner, self.store, self.catalog)
        self.stacks[i].addWidget(page)
        self.stacks[i].setCurrentWidget(page)
        page.set_locked(not self.trainees or self.result is not None or self._finishing)
        page.publish_refused = self._publish_refused
        if i == 0:
            self.warnings = page
            page.changed.connect(self._trainee_acted)
        else:
            self.board = page
            page.changed.connect(lambda _changes: self._trainee_acted())
        return page

    def _unembed(self) -> None:
        for page in (self.warnings, self.board):
            if page is not None:
                stop_timers(page)
                page.setParent(None)
                page.deleteLater()
        self.warnings = self.board = None

    def _trainee_acted(self) -> None:
        """A trainee recorded something on an embedded page: every view re-read, and into the log (the runner
        copies it from the audit trail on its worker)."""
        if self.runner is None:
            return
        runner = self.runner
        self.worker.submit(lambda: (runner.journal(), len(runner.log))[1],
                           on_done=lambda n: self._logged(runner, n))
        self.refresh()
        for page in (self.warnings, self.board):
            if page is not None:
                page.refresh()

    def _publish_refused(self, by: str, message: str) -> None:
        """A trainee's publication refused for its content: recorded by the runner (on its worker)."""
        runner = self.runner
        if runner is not None:
            self.worker.submit(lambda: (runner.publish_refused(by, message), len(runner.log))[1],
                               on_done=lambda n: self._logged(runner, n))

    def _logged(self, runner, n: int) -> None:
        if runner is self.runner:
            self._append_new(n)

    def _refresh_embedded(self) -> None:
        """Re-read the embedded page in view (the simulated clock moves; the scenario adds data); in trainee mode
        the 预警与审签 page always (its next action is shown on the control tab)."""
        if self.runner is None:
            return
        current = self.tabs.currentIndex()
        if self.warnings is not None and (current == 1 or self.trainees):
            self.warnings.refresh()
        if self.board is not None and current == 2:
            self.board.refresh()
