"""修改/撤回提案: a pending (or returned) proposal is never edited in place — a change is a new version with a
new hash, and every signature already given to the earlier version is void; withdrawing closes it with a
written reason. The duty officer identifies with username and password."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit

from console import episodes as E
from console.app import ConsoleApp
from console.common.errors import UserError
from console.plan.levels import LEVEL_CODES
from console.store.db import Store
from widgets.common.i18n import level_badge, role_name
from widgets.common.login_dialog import _Form
from widgets.warnings.warn_util import FORM_STYLE, OperatorRows


class AmendDialog(_Form):
    """Result: .proposal (the new version, or the withdrawn proposal)."""

    def __init__(self, store: Store | ConsoleApp, proposal: E.Proposal, current_user: str | None = None, parent=None):
        app = ConsoleApp.of(store)
        store = app.store
        signed = len(proposal.signatures)
        intro = self.tr("提案 #{0}（第 {1} 版）{2}。").format(proposal.id, proposal.version, level_badge(proposal.level))
        if signed:
            intro += self.tr("已有 {0} 个签署；修改后这些签署作废，须重新审签。").format(signed)
        super().__init__(self.tr("修改或撤回提案"), intro, parent)
        self.app, self.store, self.original, self.proposal = app, store, proposal, None
        self.setMinimumWidth(720)
        self.setStyleSheet(FORM_STYLE)
        self.action = QComboBox()
        self.action.addItem(self.tr("修改（生成新版本）"), "revise")
        self.action.addItem(self.tr("撤回"), "withdraw")
        self.form.addRow(self.tr("操作"), self.action)
        self.has_level = proposal.level in LEVEL_CODES
        self.level = QComboBox()
        for code in LEVEL_CODES:
            self.level.addItem(level_badge(code), code)
        if self.has_level:
            self.level.setCurrentIndex(self.level.findData(proposal.level))
            self.form.addRow(self.tr("预警级别"), self.level)
        self.basis = QPlainTextEdit("\n".join(proposal.basis))
        self.basis.setMinimumHeight(110)
        self.form.addRow(self.tr("依据（每行一条）"), self.basis)
        self.area = QLineEdit(proposal.area)
        self.form.addRow(self.tr("应急响应地区"), self.area)
        self.reason = QPlainTextEdit(proposal.reason)
        self.reason.setFixedHeight(70)
        self.form.addRow(self.tr("理由（撤回时必填）"), self.reason)
        note = QLabel(self.tr("已发布或已生效的内容不能修改；变化以新的提案或更新发布。"))
        note.setWordWrap(True)
        note.setObjectName("hint")
        self.form.addRow("", note)
        self.operator = OperatorRows(self.form, app, ("duty_officer",), current_user, role_name("duty_officer"))
        self.finish_layout()

    def attempt(self) -> None:
        user = self.operator.check()
        self.username = user.username
        if self.action.currentData() == "withdraw":
            self.proposal = self.app.withdraw_proposal(self.original.id, self.reason.toPlainText(), actor=user).value
            return
        basis = [line.strip() for line in self.basis.toPlainText().splitlines() if line.strip()]
        if not basis:
            raise UserError(self.tr("依据：不能为空"))
        kw = {"basis": basis, "area": self.area.text(), "reason": self.reason.toPlainText()}
        if self.has_level:
            kw["level"] = self.level.currentData()
        self.proposal = self.app.revise_proposal(self.original.id, actor=user, **kw).value
