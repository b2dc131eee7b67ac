"""What every tab of 减排核查 shares: the seat's facade, the actor logged in (set by the page), one way to act and
one way to say no (each tab defines its own refresh(), called after an action). The tabs of kept documents (每日报送,
应急总结汇总) also share their bar (a choice of documents, the act that keeps one, XLSX and PDF export) and the
export itself. Its own strings are translated in the context "ReductionTab"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from console.app import ConsoleApp
from console.common.errors import UserError
from widgets.common.follow import after_action
from widgets.common.i18n import lang, user_text


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

    # ---- the tabs of kept documents (a daily report, an episode summary) ----------------------------------------
    def _document_bar(self, caption: str, act_text: str, act) -> tuple[QHBoxLayout, QPushButton]:
        """'<caption> [documents ▾] [act] [导出 XLSX…] [导出 PDF…]': sets self.which (its change shows the choice
        with self.show_selected()), self.btn_xlsx and self.btn_pdf (self.export(kind)); returns the bar and its
        act button."""
        bar = QHBoxLayout()
        bar.addWidget(QLabel(caption))
        self.which = QComboBox()
        self.which.currentIndexChanged.connect(lambda _i: self.show_selected())
        bar.addWidget(self.which, 1)
        act_button = QPushButton(act_text)
        act_button.clicked.connect(lambda: act())
        self.btn_xlsx = QPushButton(QCoreApplication.translate("ReductionTab", "导出 XLSX…"))
        self.btn_xlsx.clicked.connect(lambda: self.export("xlsx"))
        self.btn_pdf = QPushButton(QCoreApplication.translate("ReductionTab", "导出 PDF…"))
        self.btn_pdf.clicked.connect(lambda: self.export("pdf"))
        for b in (act_button, self.btn_xlsx, self.btn_pdf):
            bar.addWidget(b)
        return bar, act_button

    def _keep_document(self, operation, *args, data_of=lambda rid: rid):
        """Keep the document shown (operation: a facade method returning the new record's id), then show the kept
        one (the choice whose data is data_of(id)); a refusal is shown. Returns the id, None when refused."""
        if not self._logged_in():
            return None
        try:
            rid = operation(*args, actor=self.actor).value
        except UserError as exc:
            self._error(user_text(exc))
            return None
        self.refresh()
        self.which.setCurrentIndex(self.which.findData(data_of(rid)))
        self.changed.emit()
        return rid

    def _export_document(self, doc, kind: str, path, writer, dialog_title: str, name: str):
        """Write doc as XLSX or PDF (kind) with writer: a module offering write_xlsx(doc, path, lang),
        to_html(doc, lang) and title(doc, lang). path None: ask where (name proposed). Returns the path written,
        None when cancelled or refused (the refusal shown)."""
        if doc is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, dialog_title, f"{name}.{kind}",
                                                  "Excel (*.xlsx)" if kind == "xlsx" else "PDF (*.pdf)")
            if not path:
                return None
        try:
            if kind == "xlsx":
                return writer.write_xlsx(doc, path, lang())
            from console.admin.session import is_drill
            from widgets.common.pdf_export import html_to_pdf

            html_to_pdf(writer.to_html(doc, lang()), path, title=writer.title(doc, lang()), creator="haimen-console",
                        drill=is_drill(self.store))  # a drill's document carries the drill watermark
            return path
        except UserError as exc:
            self._error(user_text(exc))
            return None
