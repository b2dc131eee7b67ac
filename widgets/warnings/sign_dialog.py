"""审签: the signer reads the exact proposal version (with its content fingerprint), re-enters their own
username and password, and approves or rejects (a reject needs a reason). The core checks role, order,
password and that the content is still the version shown; a refusal is shown here and nothing is signed."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QWidget,
)

from console import episodes as E
from console.admin import accounts
from console.episodes.records import role_cn
from console.plan.levels import NONE, level_cn
from console.store.db import Store
from widgets.common.login_dialog import _Form
from widgets.warnings.warn_util import FORM_STYLE, OperatorRows, role_holder, translate


def proposal_html(store: Store, p: E.Proposal) -> str:
    """The proposal as the signer reads it: every field that goes into its content hash."""
    what = f"{E.KIND_CN[p.kind]}{level_cn(p.level) if p.level != NONE else ''}"
    rows = [(translate("warnings", "提案"),
             translate("warnings", "#{0} 第 {1} 版 · {2}").format(p.id, p.version, what)),
            (translate("warnings", "级别"), level_cn(p.level)),
            (translate("warnings", "依据"), "<br>".join(escape(b) for b in p.basis)),
            (translate("warnings", "研判级别"), level_cn(p.assessed_level) if p.assessed_level else "—"),
            (translate("warnings", "启动时间"),
             p.start_time.strftime("%Y-%m-%d %H:%M") if p.start_time else "—"),
            (translate("warnings", "响应区域"), p.area)]
    if p.improvement_hours is not None:
        rows.append((translate("warnings", "预测改善持续"),
                     translate("warnings", "{0} 小时").format(f"{p.improvement_hours:g}")))
    if p.reason:
        rows.append((translate("warnings", "书面理由"), p.reason))
    who = accounts.get_user(store, p.created_by)
    rows.append((translate("warnings", "提议人"),
                 f"{who.display_name if who else ''}（{p.created_by}）· {p.created_at:%Y-%m-%d %H:%M}"))
    steps = []
    for i, s in enumerate(p.steps):
        done = next((g for g in p.signatures if g.step == i), None)
        state = (f"✔ {done.display_name} {done.signed_at:%m-%d %H:%M}" if done else
                 (translate("warnings", "◀ 待签署") if i == p.next_step
                  else translate("warnings", "未到")))
        consent = translate("warnings", "（含同意高于研判级别）") if s.consent else ""
        steps.append(f"{i + 1}. {role_holder(store, s.role)} {E.STEP_CN.get(s.step, s.step)}{consent} — {state}")
    rows.append((translate("warnings", "审签步骤"), "<br>".join(escape(x) for x in steps)))
    rows.append((translate("warnings", "内容指纹"), f"SHA-256 {p.content_hash[:12]}…"))
    html_rows = (translate("warnings", "依据"), translate("warnings", "审签步骤"))
    body = "".join(f"<tr><td style='color:#455; padding:4px 12px 4px 0; white-space:nowrap'><b>{escape(k)}</b></td>"
                   f"<td style='padding:4px 0'>{v if k in html_rows else escape(v)}</td></tr>" for k, v in rows)
    return f"<div style='font-size:14pt'><table>{body}</table></div>"


class SignDialog(_Form):
    """Sign the waiting step of `pending` (an episodes.PendingSignature). Result in .sign_result (SignResult)."""

    def __init__(self, store: Store, pending: E.PendingSignature, parent=None):
        p = pending.proposal
        super().__init__(self.tr("审签 — 提案 #{0} 第 {1} 版").format(p.id, p.version),
                         self.tr("请完整阅读以下提案。您签署的是此版本（内容指纹 {0}）；提案如被修改，须重新阅读后签署。")
                         .format(p.content_hash[:12]), parent)
        self.store, self.pending, self.sign_result = store, pending, None
        self.shown_hash = p.content_hash  # exactly what is displayed below
        self.setMinimumWidth(860)  # the height follows the screen (widgets/common/fit.py)
        self.setStyleSheet(FORM_STYLE)
        self.text = QTextBrowser()
        self.text.setHtml(proposal_html(store, p))
        self.text.setMinimumHeight(240)
        self.lay.insertWidget(1, self.text, 1)  # between the intro and the form
        step = E.STEP_CN.get(pending.step_name, pending.step_name)
        self.role = QComboBox()
        self.role.addItem(self.tr("{0}（第 {1}/{2} 步：{3}）").format(role_cn(pending.role), pending.step_index + 1,
                                                                 len(p.steps), step),
                          pending.role)
        self.form.addRow(self.tr("签署角色"), self.role)
        self.signer = OperatorRows(self.form, store, (pending.role,), label=self.tr("签署人（本人账号）"))
        self.signer.combo.setCurrentIndex(-1)
        self.signer.combo.setEditText("")
        box = QWidget()
        bl = QHBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        self.approve = QRadioButton(self.tr("同意（{0}）").format(step))
        self.reject_radio = QRadioButton(self.tr("退回"))
        group = QButtonGroup(self)
        group.addButton(self.approve)
        group.addButton(self.reject_radio)
        self.approve.setChecked(True)
        bl.addWidget(self.approve)
        bl.addWidget(self.reject_radio)
        bl.addStretch(1)
        self.form.addRow(self.tr("签署意见"), box)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("退回时必填：退回理由"))
        self.reason.setFixedHeight(64)
        self.form.addRow(self.tr("理由"), self.reason)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("签署"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("取消"))
        self.finish_layout()

    def fill(self, username: str, password: str, decision: str = E.APPROVE, reason: str = "") -> None:
        self.signer.set_user(username, password)
        (self.approve if decision == E.APPROVE else self.reject_radio).setChecked(True)
        self.reason.setPlainText(reason)

    def attempt(self) -> None:
        username = self.signer.username()
        decision = E.APPROVE if self.approve.isChecked() else E.REJECT
        self.sign_result = E.sign(self.store, self.pending.proposal.id, username, self.signer.password.text(),
                             self.role.currentData(), decision, self.shown_hash, self.reason.toPlainText(),
                             actor=username)
