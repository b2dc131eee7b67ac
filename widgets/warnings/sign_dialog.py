"""审签: the signer reads the exact proposal version (with its content fingerprint), re-enters their own
username and password, and approves or rejects (a reject needs a reason). The core checks role, order,
password and that the content is still the version shown; a refusal is shown here and nothing is signed."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QWidget,
)

from console import episodes as E
from console.app import ConsoleApp
from console.admin import accounts
from console.plan.catalog import Catalog
from console.plan.levels import NONE
from console.rules.basis_en import basis_line
from console.store.db import Store
from widgets.common.i18n import join_names, lang, level_badge, role_name, unit_name
from widgets.common.login_dialog import _Form
from widgets.common.style import C
from widgets.warnings.notice_dialog import ISSUER_LONG
from widgets.warnings.signoff_panel import clock_text
from widgets.warnings.warn_util import (
    FORM_STYLE,
    OperatorRows,
    current_assessment,
    fmt_time,
    role_holder,
    tr_,
    translate,
)
from widgets.warnings.words import STEP_LABELS, proposal_what, step_label  # noqa: F401 (STEP_LABELS: re-exported)


def proposal_html(store: Store, p: E.Proposal) -> str:
    """The proposal as the signer reads it: every field that goes into its content hash."""
    what = proposal_what(p.kind, p.level)
    rows = [(translate("warnings", "提案"),
             translate("warnings", "#{0} 第 {1} 版 · {2}").format(p.id, p.version, what)),
            (translate("warnings", "级别"), level_badge(p.level)),
            (translate("warnings", "依据"), "<br>".join(escape(basis_line(b, lang())) for b in p.basis)),
            (translate("warnings", "研判级别"), level_badge(p.assessed_level) if p.assessed_level else "—"),
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
        steps.append(f"{i + 1}. {role_holder(store, s.role)} {step_label(s.step)}{consent} — {state}")
    rows.append((translate("warnings", "审签步骤"), "<br>".join(escape(x) for x in steps)))
    rows.append((translate("warnings", "内容指纹"), f"SHA-256 {p.content_hash[:12]}…"))
    html_rows = (translate("warnings", "依据"), translate("warnings", "审签步骤"))
    body = "".join(f"<tr><td style='color:{C.label}; padding:4px 12px 4px 0; white-space:nowrap'><b>{escape(k)}</b></td>"
                   f"<td style='padding:4px 0'>{v if k in html_rows else escape(v)}</td></tr>" for k, v in rows)
    return f"<div style='font-size:14pt'><table>{body}</table></div>"


def context_html(store: Store, p: E.Proposal, catalog: Catalog | None) -> str:
    """What the signer needs beside the proposal: the 3-hour clock, the upper notices with their document
    numbers, the forecast figures behind the basis, and what approval sets in motion."""
    now = store.clock.now()
    rows = []
    clocks = [clock_text(d, now)[0] for d in E.response_deadlines(store) if d.status in ("pending", "overdue")]
    if clocks:
        rows.append((translate("warnings", "3小时响应时限"), "<br>".join(escape(c) for c in clocks)))
    notices = [n for n in E.received_notices(store) if n.level]
    if notices:
        rows.append((translate("warnings", "上级通知"), "<br>".join(escape(translate(
            "warnings", "{0} {1} {2}（{3} 收到）").format(tr_(ISSUER_LONG.get(n.issuer, n.issuer)), level_badge(n.level),
                                                       n.doc_no or translate("warnings", "（无文号）"),
                                                       fmt_time(n.received_at))) for n in notices[-3:])))
    a = current_assessment(store)
    blocks = [b for b in (a.blocks_used or a.blocks) if b.aqi is not None][:7]
    if blocks:
        days = (", " if lang() == "en" else "，").join(
            translate("warnings", "{0} {1}时 {2}").format(f"{b.start:%m-%d}", f"{b.start:%H}", f"{b.aqi:.0f}")
            for b in blocks)
        rows.append((translate("warnings", "预测AQI（24小时）"), escape(days)))
    if catalog is not None and p.level != NONE and p.kind in ("start", "upgrade", "adjust"):
        live = [m for m in catalog.measures_in_force(p.level) if m.replaced_by is None]
        units = sorted({d for m in live for d in m.measure.departments})
        rows.append((translate("warnings", "批准后启动"), escape(translate(
            "warnings", "{0} 项响应措施，分解到 {1} 个责任单位：{2}").format(
                len(live), len(units), join_names(unit_name(u) for u in units)))))
    body = "".join(f"<tr><td style='padding:3px 12px 3px 0; white-space:nowrap'><b>{escape(k)}</b></td>"
                   f"<td style='padding:3px 0'>{v}</td></tr>" for k, v in rows)
    return f"<table>{body}</table>" if rows else ""


class SignDialog(_Form):
    """Sign the waiting step of `pending` (an episodes.PendingSignature). Result in .sign_result (SignResult)."""

    def __init__(self, store: Store | ConsoleApp, pending: E.PendingSignature, parent=None, current_user: str | None = None,
                 catalog: Catalog | None = None):
        app = ConsoleApp.of(store)
        store = app.store
        p = pending.proposal
        super().__init__(self.tr("审签 — 提案 #{0} 第 {1} 版").format(p.id, p.version),
                         self.tr("请完整阅读以下提案。您签署的是此版本（内容指纹 {0}）；提案如被修改，须重新阅读后签署。")
                         .format(p.content_hash[:12]), parent)
        self.app, self.store, self.pending, self.sign_result = app, store, pending, None
        self.shown_hash = p.content_hash  # exactly what is displayed below
        self.setMinimumWidth(860)  # the height follows the screen (widgets/common/fit.py)
        self.setStyleSheet(FORM_STYLE)
        self.text = QTextBrowser()
        self.text.setHtml(proposal_html(store, p))
        self.text.setMinimumHeight(240)
        self.lay.insertWidget(1, self.text, 1)  # between the intro and the form
        self.context = QLabel(context_html(store, p, catalog))
        self.context.setWordWrap(True)
        self.context.setObjectName("signContext")
        self.lay.insertWidget(2, self.context)
        step = step_label(pending.step_name)
        self.role = QComboBox()
        self.role.addItem(self.tr("{0}（第 {1}/{2} 步：{3}）").format(role_name(pending.role), pending.step_index + 1,
                                                                 len(p.steps), step),
                          pending.role)
        self.form.addRow(self.tr("签署角色"), self.role)
        self.signer = OperatorRows(self.form, app, (pending.role,), label=self.tr("签署人（本人账号）"))
        me = self.signer.combo.findData(current_user) if current_user else -1
        self.signer.combo.setCurrentIndex(me)  # the logged-in signer, if they hold the role
        if me < 0:
            self.signer.combo.setEditText("")
        box = QWidget()
        bl = QHBoxLayout(box)
        bl.setContentsMargins(0, 0, 0, 0)
        self.approve = QRadioButton(self.tr("同意") if pending.step_name == "consent"
                                    else self.tr("同意（{0}）").format(step))
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
        self.sign_result = self.app.sign(self.pending.proposal.id, username, self.signer.password.text(),
                                         self.role.currentData(), decision, self.shown_hash,
                                         self.reason.toPlainText()).value
