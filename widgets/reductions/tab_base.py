"""What every tab of 减排核查 shares: the seat's facade, the actor logged in (set by the page), one way to act and
one way to say no (each tab defines its own refresh(), called after an action). Its own strings are translated in
the context "ReductionTab"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from console.app import ConsoleApp
from console.common.errors import UserError
from widgets.common.follow import after_action
from widgets.common.i18n import user_text


class ReductionTab(QWidget):
    changed = Signal()

    def __init__(self, store, catalog=None, parent=None):
        super().__init__(parent)
        self.app = ConsoleApp.of(store, catalog)  # every change goes through the seat's facade
        self.store, self.catalog = self.app.store, catalog
        self.actor = None  # the logged-in Actor (the page sets it); every change is made in that person's name

    def _error(self, message: str) -> None:
        QMessageBox.warning(self, QCoreApplication.translate("ReductionTab", "无法完成"), message)

    def _logged_in(self) -> bool:
        if self.actor is None:
            self._error(QCoreApplication.translate(
                "ReductionTab", "请先在窗口底部“登录”值班账户：每项修改都以登录人的名义记入审计。"))
            return False
        return True

    def _do(self, operation, *args, **kw):
        """operation: a method of the seat's facade (self.app), run as the logged-in actor; a refusal is shown."""
        if not self._logged_in():
            return None
        try:
            result = operation(*args, actor=self.actor, **kw).value
        except UserError as exc:
            self._error(user_text(exc))
            return None
        after_action(self, None)  # in the window the commit's change refreshes the 减排核查 page
        self.changed.emit()
        return result
