"""拟定提案: start / upgrade / downgrade / lift / end. The level is preselected from the current assessment and
its basis prefilled; a written reason is required when the level differs from the assessment (the core
enforces it and says so here). The duty officer identifies with username and password."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from console import episodes as E
from console.app import ConsoleApp
from console.admin.settings import Settings
from console.plan.levels import LEVEL_CODES, NONE, level_rank
from console.rules.assessment import Assessment
from console.store.db import Store
from widgets.common.i18n import level_badge, role_name
from widgets.common.login_dialog import _Form
from widgets.common.style import C
from widgets.warnings.warn_util import (
    FORM_STYLE,
    OperatorRows,
    datetime_edit,
    from_qdatetime,
    tr_,
)

TITLES = {E.START: QT_TRANSLATE_NOOP("warnings", "拟定预警提案（启动）"),
          E.UPGRADE: QT_TRANSLATE_NOOP("warnings", "拟定升级提案"),
          E.DOWNGRADE: QT_TRANSLATE_NOOP("warnings", "拟定降级提案"),
          E.LIFT: QT_TRANSLATE_NOOP("warnings", "提议解除预警"), E.END: QT_TRANSLATE_NOOP("warnings", "提议终止应急响应")}


class ProposalDialog(_Form):
    """Result in .proposal (episodes.Proposal) after accept."""

    def __init__(self, store: Store | ConsoleApp, kind: str, assessment: Assessment, current_user: str | None = None,
                 parent=None):
        app = ConsoleApp.of(store)
        store = app.store
        ep = E.current_episode(store)
        in_force = ep.level if ep else NONE
        intro = self.tr("当前研判：{0}；当前生效：{1}。提案须经审签后方生效。").format(
            level_badge(assessment.level), level_badge(in_force))
        super().__init__(tr_(TITLES[kind]), intro, parent)
        self.app, self.store, self.kind, self.assessment, self.proposal = app, store, kind, assessment, None
        self.setMinimumWidth(760)
        self.setStyleSheet(FORM_STYLE)
        self.has_level = kind in (E.START, E.UPGRADE, E.DOWNGRADE)
        self.level = QComboBox()
        for code in LEVEL_CODES:
            self.level.addItem(level_badge(code), code)
        suggested = assessment.level if assessment.level != NONE else "yellow"
        if kind == E.DOWNGRADE and level_rank(suggested) >= level_rank(in_force):
            suggested = LEVEL_CODES[max(0, level_rank(in_force) - 2)]
        self.level.setCurrentIndex(self.level.findData(suggested))
        self.level.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.level.currentIndexChanged.connect(self._level_changed)
        if self.has_level:
            self.form.addRow(self.tr("预警级别"), self.level)
        self.differs = QLabel()
        self.differs.setWordWrap(True)
        self.differs.setStyleSheet(f"color: {C.warn}; font-weight: bold;")
        self.form.addRow("", self.differs)
        self.basis = QPlainTextEdit()
        self.basis.setMinimumHeight(140)
        if self.has_level:
            self.basis.setPlainText("\n".join(assessment.basis))
        else:
            self.basis.setPlaceholderText(self.tr("可留空：自动填入上级解除通知与联合研判结论"))
        self.form.addRow(self.tr("依据（每行一条）"), self.basis)
        self.area = QLineEdit(Settings(store).get("response_area"))
        self.form.addRow(self.tr("应急响应地区"), self.area)
        self.start_time = datetime_edit(store.clock.now())
        self.form.addRow(self.tr("解除/终止时间") if not self.has_level else self.tr("启动时间"), self.start_time)
        self.improvement = QDoubleSpinBox()
        self.improvement.setRange(0, 240)
        self.improvement.setDecimals(0)
        self.improvement.setSuffix(self.tr(" 小时"))
        self.improvement.setValue(float(Settings(store).get("improve_min_hours")))
        if kind == E.DOWNGRADE:
            self.form.addRow(self.tr("预测改善持续"), self.improvement)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(72)
        self.reason.setPlaceholderText(self.tr("级别与研判不一致时必填"))
        self.form.addRow(self.tr("书面理由"), self.reason)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {C.warn};")
        if ep is not None and kind in (E.LIFT, E.END):
            found = E.lift_problems(store, ep.id) if kind == E.LIFT else E.end_problems(store, ep.id)
            if found:
                self.problems.setText(self.tr("尚不满足条件：") + "；".join(found))
                self.form.addRow("", self.problems)
        self.operator = OperatorRows(self.form, app, ("duty_officer",), current_user, self.tr("提议人（值班员）"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("提交审签"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("取消"))
        self.finish_layout()
        self._level_changed()

    def chosen_level(self) -> str | None:
        return self.level.currentData() if self.has_level else None

    def _level_changed(self) -> None:
        lv = self.chosen_level()
        if lv is not None and self.kind != E.DOWNGRADE and lv != self.assessment.level:
            self.differs.setText(self.tr("所选级别与研判（{0}）不一致：须填写书面理由{1}").format(
                level_badge(self.assessment.level),
                self.tr("，并经{0}同意").format(role_name("district_leader")) if level_rank(lv) > level_rank(self.assessment.level) else ""))
            self.differs.show()
        else:
            self.differs.hide()

    def attempt(self) -> None:
        user = self.operator.check()
        basis = [line.strip() for line in self.basis.toPlainText().splitlines() if line.strip()]
        kw = {}
        if self.kind in (E.START, E.UPGRADE):
            kw["assessed_level"] = self.assessment.level
        if self.kind == E.DOWNGRADE:
            kw["improvement_hours"] = self.improvement.value()
        self.proposal = self.app.propose(self.kind, self.chosen_level(), basis, self.area.text(),
                                         from_qdatetime(self.start_time.dateTime()), self.reason.toPlainText(),
                                         actor=user, **kw).value
        self.username = user.username
