"""Drill reminders on the real desktop (issue 19.11): trainees practise with the notifications they will see in
a real episode. Every title carries 【演练】 (the drill database marks it, console.alerts.notifications); a
notifier of its own keeps drill notifications apart from the live ones (replacing in place never mixes them).
On by default in trainee mode; a checkbox on the 演练 page otherwise."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox

from widgets.common.notifier import APP_NAME, Notifier
from widgets.drills.drill_worker import GuiCall

DRILL_APP_NAME = f"{APP_NAME}（演练）"


class DrillDesktop(QObject):
    clicked = Signal(str, str)  # item key on the drill store, action

    def __init__(self, parent=None, notifier_factory=None):
        super().__init__(parent)
        self.box = QCheckBox(self.tr("演练提醒发到桌面"))
        self.box.setToolTip(self.tr("演练中的提醒以真实桌面通知弹出，标题带【演练】；学员自行处置时默认开启"))
        self._factory = notifier_factory or (lambda: Notifier(parent=self, app_name=DRILL_APP_NAME))
        self.notifier: Notifier | None = None
        self._gui = GuiCall(self)

    def attach(self, runner) -> None:
        """Give the runner a desktop channel when the box is ticked (at the start of a drill). The runner works on
        a worker thread: the notification is sent from the GUI thread while the worker waits for the answer."""
        runner.desktop = self.deliver_from_worker if self.box.isChecked() else None

    def deliver_from_worker(self, slot, title: str):
        try:
            return self._gui(self.deliver, slot, title)
        except TimeoutError as exc:
            return "drill-log", False, str(exc)

    def deliver(self, slot, title: str):
        if self.notifier is None:
            self.notifier = self._factory()
            self.notifier.activated.connect(self.clicked.emit)
        return self.notifier.deliver(slot, title)

    def close(self) -> None:
        if self.notifier is not None:
            self.notifier.close()
        self.notifier = None
