"""响应时限与待审签: the 3-hour response-start clock(s) with a countdown (red under 30 minutes or overdue), and
the proposals waiting for a signature — for whom (role and, from the settings, the person) and since when."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from console import episodes as E
from console.admin.settings import Settings
from console.store.db import Store
from widgets.common.alert_banner import format_duration
from widgets.common.i18n import level_word
from widgets.common.style import C
from widgets.warnings.warn_util import fmt_time, role_holder, translate
from widgets.warnings.words import proposal_what, step_label

URGENT = timedelta(minutes=30)
_BOX = "font-size: 14pt; padding: 8px 10px; border-radius: 4px;"
CALM, WARN, ALARM, DONE = (f"{_BOX} background: {C.calm_bg}; color: {C.calm_fg};",
                           f"{_BOX} background: {C.warn_bg}; color: {C.warn_fg};",
                           f"{_BOX} background: {C.alarm}; color: white; font-weight: bold;",
                           f"{_BOX} background: {C.done_bg}; color: {C.ok};")


def clock_text(d: E.ResponseDeadline, now: datetime) -> tuple[str, str]:
    """(text, style) of one response-start clock."""
    t = d.trigger
    src = (translate("warnings", "上级预警通知") if t.source == "notice"
           else translate("warnings", "预测达到预警条件"))
    head = translate("warnings", "{0}预警触发（{1}，{2}）").format(level_word(t.level), src, fmt_time(t.at))
    if d.status in ("met", "missed"):
        word = translate("warnings", "按时") if d.status == "met" else translate("warnings", "超时")
        return (translate("warnings", "【已启动】{0}：已于 {1} 启动响应（{2}）").format(
            head, fmt_time(d.met_at), word),
                DONE if d.status == "met" else WARN)
    if d.status == "closed":
        return translate("warnings", "{0}：过程已结束，无需启动").format(head), DONE
    left = d.remaining(now)
    if left.total_seconds() < 0:
        late = (format_duration(-left.total_seconds()) if left.total_seconds() <= -60
                else translate("warnings", "不到1分钟"))  # never "已超时 0分钟"
        return (translate("warnings", "【已超时】{0}：须于 {1} 前启动响应 — 已超时 {2}").format(
            head, fmt_time(d.due_at), late), ALARM)
    return (translate("warnings", "【计时中】{0}：须于 {1} 前启动响应 — 剩余 {2}").format(
        head, fmt_time(d.due_at), format_duration(left.total_seconds())), ALARM if left < URGENT else WARN)


def pending_text(store: Store, ps: E.PendingSignature, now: datetime) -> str:
    p = ps.proposal
    what = proposal_what(p.kind, p.level)
    step = step_label(ps.step_name)
    return translate("warnings",
                     "提案 #{0}（第 {1} 版）{2}\n等待 {3} {4}（第 {5}/{6} 步）· 自 {7} 起，已等待 {8}").format(
        p.id, p.version, what, role_holder(store, ps.role), step, ps.step_index + 1, len(p.steps),
        fmt_time(ps.since), format_duration((now - ps.since).total_seconds()))


class SignoffPanel(QFrame):
    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("signoffPanel")
        self.setStyleSheet(f"QFrame#signoffPanel {{ background: white; border: 1px solid {C.border}; border-radius: 6px; }}")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 12)
        t1 = QLabel(self.tr("响应时限"))
        t1.setStyleSheet("font-size: 15pt; font-weight: bold;")
        lay.addWidget(t1)
        self.clocks_box = QVBoxLayout()
        lay.addLayout(self.clocks_box)
        t2 = QLabel(self.tr("待审签"))
        t2.setStyleSheet("font-size: 15pt; font-weight: bold; margin-top: 6px;")
        lay.addWidget(t2)
        self.pending_box = QVBoxLayout()
        lay.addLayout(self.pending_box)
        self.clock_labels: list[QLabel] = []
        self.pending_labels: list[QLabel] = []

    def _fill(self, box: QVBoxLayout, items: list[tuple[str, str]]) -> list[QLabel]:
        while box.count():
            w = box.takeAt(0).widget()
            if w is not None:  # gone at once: a label left until deleteLater ran was painted over the panel
                w.hide()
                w.setParent(None)
                w.deleteLater()
        labels = []
        for text, style in items:
            lab = QLabel(text)
            lab.setWordWrap(True)
            lab.setStyleSheet(style)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(lab)
            labels.append(lab)
        return labels

    def set_state(self, deadlines: list[E.ResponseDeadline], pending: list[E.PendingSignature],
                  now: datetime) -> None:
        clocks = [clock_text(d, now) for d in deadlines]
        if not clocks:
            hours = float(Settings(self.store).get("response_start_hours"))
            clocks = [(self.tr("未触发：收到上级预警或预测达到黄色及以上时开始计时，{0} 小时内须启动响应").format(
                f"{hours:g}"), CALM)]
        self.clock_labels = self._fill(self.clocks_box, clocks)
        items = [(pending_text(self.store, ps, now), WARN) for ps in pending]
        if not items:
            items = [(self.tr("没有等待签署的提案"), CALM)]
        self.pending_labels = self._fill(self.pending_box, items)

    def clock_texts(self) -> list[str]:
        return [lab.text() for lab in self.clock_labels]

    def pending_texts(self) -> list[str]:
        return [lab.text() for lab in self.pending_labels]
