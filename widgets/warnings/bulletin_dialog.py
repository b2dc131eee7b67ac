"""发布预警信息: the bulletin with the six fields the plan requires (污染程度、污染范围、首要污染物、预警级别、启动时间、
应急响应地区) plus health advice prefilled from the level; preview; refused with the empty field named; publish
(Alert, then Update; a lift is a Cancel); export of the published record as text, CAP 1.2 XML and PDF.
A published warning is never edited here: publishing again makes an Update that references it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
)

from console import episodes as E
from console.app import ConsoleApp
from console.admin.settings import Settings
from console.common.errors import UserError
from console.episodes import bulletin as B
from console.episodes import cap
from console.plan.levels import LEVEL_CODES, NONE
from console.rules.assessment import POLLUTANT_CN, Assessment
from console.store.db import Store
from widgets.common.i18n import level_badge, user_text
from widgets.common.login_dialog import _Form
from widgets.warnings.bulletin_pdf import write_pdf
from widgets.warnings.warn_util import (
    FORM_STYLE,
    OperatorRows,
    datetime_edit,
    from_qdatetime,
)

#: HJ 633-2012 categories by daily AQI, for prefilling 污染程度.
DEGREES = ((300, "严重污染"), (200, "重度污染"), (150, "中度污染"), (100, "轻度污染"), (50, "良"), (0, "优"))


def degree_for(aqi: float | None) -> str:
    if aqi is None:
        return ""
    return next(name for low, name in DEGREES if aqi > low or low == 0)


class BulletinDialog(_Form):
    """Prefilled from bulletin.draft (or draft_lift after the response ended) and the current assessment."""

    published = Signal(object)  # the Publication just recorded

    def __init__(self, store: Store | ConsoleApp, assessment: Assessment | None = None, current_user: str | None = None,
                 parent=None):
        app = ConsoleApp.of(store)
        store = app.store
        ep = E.current_episode(store) or E.latest_episode(store)
        lift = bool(ep and ep.status == E.ENDED)
        title = self.tr("发布解除信息") if lift else self.tr("发布预警信息")
        super().__init__(title, self.tr("以下六项及健康防护提示均为必填；发布后不得修改，变更以“更新”发布，解除以“解除”发布。"),
                         parent)
        self.app, self.store, self.assessment, self.publication, self.lift = app, store, assessment, None, lift
        self.setMinimumWidth(900)  # the height follows the screen (widgets/common/fit.py)
        self.setStyleSheet(FORM_STYLE)
        previous = B.publications(store, ep.id) if ep else []
        self.publication = previous[-1] if previous else None
        draft = self._draft()
        self.degree = QLineEdit(draft.pollution_degree)
        self.area = QLineEdit(draft.pollution_area)
        self.area.setPlaceholderText(self.tr("例如：海门区全域"))
        self.pollutant = QLineEdit(draft.primary_pollutant)
        self.level = QComboBox()
        for code in LEVEL_CODES:
            self.level.addItem(level_badge(code), code)
        if draft.level != NONE:
            self.level.setCurrentIndex(self.level.findData(draft.level))
        else:
            self.level.setCurrentIndex(-1)
        self.start_time = datetime_edit(draft.start_time or store.clock.now())
        self.response_area = QLineEdit(draft.response_area)
        self.advice = QPlainTextEdit(draft.health_advice)
        self._auto_advice = draft.health_advice
        self.level.currentIndexChanged.connect(self._level_changed)
        self.advice.setFixedHeight(110)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("级别与生效级别或研判不一致时必填"))
        self.fields = {"pollution_degree": self.degree, "pollution_area": self.area,
                       "primary_pollutant": self.pollutant, "response_area": self.response_area}
        self.form.addRow(self.tr("污染程度"), self.degree)
        self.form.addRow(self.tr("污染范围"), self.area)
        self.form.addRow(self.tr("首要污染物"), self.pollutant)
        self.form.addRow(self.tr("预警级别"), self.level)
        self.form.addRow(self.tr("解除时间") if self.lift else self.tr("启动时间"), self.start_time)
        self.form.addRow(self.tr("应急响应地区"), self.response_area)
        if not self.lift:
            self.form.addRow(self.tr("健康防护提示"), self.advice)
        self.form.addRow(self.tr("说明/理由"), self.reason)
        self.operator = OperatorRows(self.form, app, ("duty_officer",), current_user, self.tr("发布人（值班员）"))
        self.preview = QTextBrowser()
        self.preview.setStyleSheet("font-size: 12pt;")
        self.preview.setMinimumHeight(150)
        self.lay.addWidget(self.preview, 1)
        row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("预览"))
        self.preview_button.clicked.connect(self.update_preview)
        self.export_text_button = QPushButton(self.tr("导出文本…"))
        self.export_text_button.clicked.connect(lambda: self._export("txt"))
        self.export_cap_button = QPushButton(self.tr("导出 CAP XML…"))
        self.export_cap_button.clicked.connect(lambda: self._export("xml"))
        self.export_pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.export_pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.published_label = QLabel()
        self.published_label.setObjectName("ok")
        self.published_label.setWordWrap(True)  # "已发布：HMSTHJ-…" on its own line, never cut by the buttons
        self.published_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.preview_button)
        row.addStretch(1)
        for b in (self.export_text_button, self.export_cap_button, self.export_pdf_button):
            row.addWidget(b)
        self.lay.addLayout(row)
        self.lay.addWidget(self.published_label)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("发布"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("关闭"))
        self.finish_layout()
        self._show_publication()
        self.update_preview()
        for edit in (self.degree, self.area, self.pollutant, self.response_area, self.reason):
            edit.textChanged.connect(self.update_preview)
        self.advice.textChanged.connect(self.update_preview)
        self.level.currentIndexChanged.connect(self.update_preview)
        self.start_time.dateTimeChanged.connect(self.update_preview)

    def _draft(self) -> B.Bulletin:
        if self.lift:
            return B.draft_lift(self.store)
        a = self.assessment
        blocks = [b for b in (a.blocks_used if a else ()) if b.aqi is not None]
        top = max(blocks, key=lambda b: b.aqi) if blocks else None
        pollutants = sorted({b.primary for b in blocks if b.primary}, key=str)
        return B.draft(self.store, pollution_degree=degree_for(top.aqi if top else None),
                       pollution_area=Settings(self.store).get("response_area") if top else "",
                       primary_pollutant="、".join(POLLUTANT_CN.get(p, p) for p in pollutants))

    def _level_changed(self) -> None:
        """Health advice follows the level unless the user has edited it."""
        level = self.level.currentData()
        if level and self.advice.toPlainText() == self._auto_advice:
            self._auto_advice = B.health_advice(level)
            self.advice.setPlainText(self._auto_advice)

    def bulletin(self) -> B.Bulletin:
        return B.Bulletin(
            level=self.level.currentData() or NONE, pollution_degree=self.degree.text(),
            pollution_area=self.area.text(), primary_pollutant=self.pollutant.text(),
            start_time=from_qdatetime(self.start_time.dateTime()), response_area=self.response_area.text(),
            health_advice="" if self.lift else self.advice.toPlainText(), reason=self.reason.text(),
            lift=self.lift)

    def update_preview(self) -> None:
        if self.publication is not None and not self.buttons.button(self.buttons.StandardButton.Ok).isEnabled():
            return  # showing what was just published
        self.preview.setPlainText(B.preview_text(self.store, self.bulletin()))

    def _show_publication(self) -> None:
        pub = self.publication
        for b in (self.export_text_button, self.export_cap_button, self.export_pdf_button):
            b.setEnabled(pub is not None)
        if pub is not None:
            self.published_label.setText(self.tr("已发布：{0}（{1}，{2}）").format(
                pub.identifier, B.MSG_CN[pub.msg_type], f"{pub.sent:%m-%d %H:%M}"))

    def _try_accept(self) -> None:
        """Publish and stay open (to export what was published); 关闭 closes."""
        try:
            self.attempt()
        except UserError as exc:
            self.show_error(user_text(exc))
            return
        self.error.hide()
        self.buttons.button(self.buttons.StandardButton.Ok).setEnabled(False)
        self.published.emit(self.publication)

    def attempt(self) -> None:
        """Publish. Validation problems are shown in the dialog (the empty field named); nothing is recorded."""
        b = self.bulletin()
        level = self.assessment.level if self.assessment and not self.lift else None
        problems = B.validate(self.store, b, assessment_level=level)
        if problems:
            raise UserError("；".join(problems))
        user = self.operator.check()
        self.publication = self.app.publish(b, assessment_level=level, actor=user).value
        self.username = user.username
        self._show_publication()
        self.preview.setPlainText(B.publication_text(self.store, self.publication))

    # ---- exports of the published record -----------------------------------------------------------------
    def export_text(self, path: str | Path) -> Path:
        return B.export_text(self.store, self._published(), path)

    def export_cap(self, path: str | Path) -> Path:
        return cap.export_cap(self.store, self._published(), path)

    def export_pdf(self, path: str | Path) -> Path:
        write_pdf(self.store, self._published(), path)
        return Path(path)

    def _published(self) -> B.Publication:
        if self.publication is None:
            raise UserError(self.tr("尚未发布：请先发布，再导出已发布的信息"))
        return self.publication

    def _export(self, ext: str) -> None:
        folder = Settings(self.store).get("export_folder") or str(Path.home())
        name = f"{self.publication.identifier}.{'cap.xml' if ext == 'xml' else ext}" if self.publication else ""
        filters = {"txt": self.tr("文本 (*.txt)"), "xml": self.tr("CAP XML (*.xml)"), "pdf": self.tr("PDF (*.pdf)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出"), str(Path(folder) / name), filters[ext])
        if not path:
            return
        if ext == "pdf":
            self.export_pdf_in_background(path)
            return
        try:
            done = {"txt": self.export_text, "xml": self.export_cap}[ext](path)
        except (UserError, OSError) as exc:
            self.show_error(user_text(exc))
            return
        self.published_label.setText(self.tr("已导出：{0}").format(done))

    def export_pdf_in_background(self, path: str | Path):
        """The 导出 PDF button: the PDF painted on a worker thread (its own connection); the button is disabled until
        the file is written. Returns the BackgroundOp (its result is the path)."""
        from widgets.common.background_export import export_in_background

        pub = self._published()

        def shown(done: Path) -> None:
            self.published_label.setText(self.tr("已导出：{0}").format(done))

        self.pdf_op = export_in_background(self, self.store, lambda st, p: (write_pdf(st, pub, p), Path(p))[1],
                                           path, button=self.export_pdf_button, on_done=shown,
                                           on_error=lambda exc: self.show_error(user_text(exc)))
        return self.pdf_op
