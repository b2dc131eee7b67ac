"""预警与审签: the level in force (banner), the current assessment and its basis, the 3-hour clock(s), who must
sign what, the ONE next action as a big button, the secondary actions, and the episode's timeline.

Where the forecast trigger is recorded: refresh() — run on show, after every action on this page, every
minute, whenever the main window tells it that data changed and when someone logs in — re-assesses and, when
the forecast alone reaches yellow or above, calls episodes.forecast_reached() (idempotent: it records a trigger
only when no running clock already covers that level) as the logged-in Actor (set_actor) when that account is a
duty officer or an administrator (the core checks the role again); so the 3-hour clock starts as soon as a
forecast crosses the line. New forecast data only comes in through such a person (imports wait for a login), so
the clock starts while that person is logged in; otherwise it starts when one logs in. Upper notices start
their clock inside episodes.receive_notice()."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console import episodes as E
from console.air.airdata import latest_forecast
from console.app import ConsoleApp
from console.common.errors import UserError
from console.episodes import bulletin as B
from console.episodes import workflow as W
from console.plan.catalog import Catalog
from console.plan.levels import NONE, level_rank
from console.store.db import Store
from widgets.common.alert_banner import AlertBanner
from widgets.common.flow_layout import FlowLayout, flow_policy
from widgets.common.follow import after_action
from widgets.common.style import C
from widgets.common.timers import every_minute
from widgets.warnings import next_step
from widgets.warnings.assessment_panel import AssessmentPanel
from widgets.warnings.signoff_panel import SignoffPanel
from widgets.warnings.timeline_view import TimelineView
from widgets.warnings.warn_util import current_assessment

log = logging.getLogger("console.gui.warnings")
BIG = ("QPushButton#nextAction { font-size: 19pt; font-weight: bold; padding: 14px 22px; color: white; "
       f"background: {C.action}; border: none; border-radius: 6px; text-align: left; }}"
       f"QPushButton#nextAction:hover {{ background: {C.action_hover}; }}"
       f"QPushButton#nextAction:disabled {{ background: {C.disabled_bg}; color: {C.disabled_fg}; }}")
SECONDARY = "QPushButton { font-size: 12pt; padding: 8px 12px; }"


class WarningsPage(QWidget):
    changed = Signal()  # something was recorded: other pages may refresh

    def __init__(self, store: Store | ConsoleApp, catalog: Catalog, parent=None):
        super().__init__(parent)
        self.app = ConsoleApp.of(store, catalog)  # every write goes through the seat's facade
        self.store, self.catalog = self.app.store, catalog
        self.current_user: str | None = None  # last duty officer who acted here (preselected, never the password)
        self.run_dialog = lambda dialog: dialog.exec()  # tests replace this to fill and accept dialogs
        self.assessment = None
        self.next_key = "none"
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        self.banner = AlertBanner(catalog)
        outer.addWidget(self.banner)

        self.next_button = QPushButton()
        self.next_button.setObjectName("nextAction")
        self.next_button.setStyleSheet(BIG)
        self.next_button.setMinimumHeight(64)
        self.next_button.clicked.connect(self.do_next)
        self.next_hint = QLabel()
        self.next_hint.setWordWrap(True)
        self.next_hint.setStyleSheet(f"font-size: 12pt; color: {C.text_soft};")
        outer.addWidget(self.next_button)
        outer.addWidget(self.next_hint)

        actions = QWidget()  # the secondary actions wrap onto a second line when narrow (English at 1366×768)
        row = FlowLayout(actions)
        flow_policy(actions)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("notice", self.tr("录入上级通知")), ("consultation", self.tr("记录会商")),
                          ("joint", self.tr("记录联合研判")), ("propose", self.tr("拟定提案")),
                          ("amend", self.tr("修改/撤回提案")),
                          ("publish", self.tr("发布/导出预警信息")), ("lift", self.tr("终止/解除")),
                          ("summary", self.tr("总结报送"))):
            b = QPushButton(text)
            b.setStyleSheet(SECONDARY)
            b.clicked.connect(getattr(self, f"open_{key}"))
            row.addWidget(b)
            self.buttons[key] = b
        outer.addWidget(actions)

        body = QHBoxLayout()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 6, 0)
        self.assessment_panel = AssessmentPanel(catalog)
        self.signoff_panel = SignoffPanel(self.store)
        ll.addWidget(self.assessment_panel)
        ll.addWidget(self.signoff_panel)
        ll.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(left)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(scroll, 11)
        self.timeline = TimelineView(self.store, catalog)
        body.addWidget(self.timeline, 9)
        outer.addLayout(body, 1)

        # the minute clock: the countdowns move; a page left over after its store closed (a window closed at the
        # end of a test, an embedded drill page) stays still (widgets/common/timers)
        self.timer = every_minute(self, self.refresh)
        self.refresh()

    # ---- state -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.store.closed:  # the database was closed (another one opened) while the minute timer was pending
            self.timer.stop()
            return
        now = self.store.clock.now()
        self.assessment = a = current_assessment(self.store)
        self._sync_forecast_trigger(a.forecast_level, now)
        level, since = E.level_in_force(self.store, now)
        self.banner.set_state(level, since, now, B.is_drill(self.store))
        self.assessment_panel.set_assessment(a, latest_forecast(self.store), now)
        ep = E.current_episode(self.store) or E.latest_episode(self.store)
        self.signoff_panel.set_state(E.response_deadlines(self.store), E.pending_signatures(self.store), now)
        self.timeline.load(ep.id if ep else None)
        self.next_key, label, hint = self._next_action()
        self.next_button.setText(label)
        self.next_button.setEnabled(self.next_key not in W.IDLE)
        self.next_hint.setText(hint)
        cur = E.current_episode(self.store)
        self.buttons["joint"].setEnabled(cur is not None)
        self.buttons["amend"].setEnabled(bool(E.pending_signatures(self.store)))
        self.buttons["lift"].setEnabled(cur is not None)
        self.buttons["lift"].setText(self.tr("提议解除") if cur and cur.status == E.IN_FORCE else self.tr("终止响应"))
        self.buttons["summary"].setEnabled(E.summaries_status(self.store) is not None)
        published = ep is not None and bool(B.publications(self.store, ep.id))
        self.buttons["publish"].setEnabled(ep is not None and (ep.status != E.OPEN or published))

    def set_actor(self, actor) -> None:
        """The person logged in at this console (an authenticated Actor, or None): preselected in the dialogs,
        and the one a forecast trigger is recorded by."""
        self.app.set_actor(actor)  # the seat's facade (the main window's own, already set there)
        self.current_user = actor.username if actor is not None else None
        self.refresh()  # a trigger that waited for a login is recorded now

    def _sync_forecast_trigger(self, forecast_level: str, now) -> None:
        """The forecast reached yellow+: start the 3-hour clock (no-op when a running clock covers it), recorded
        by the logged-in duty officer or administrator; with nobody such logged in it waits for one."""
        if forecast_level == NONE:
            return
        actor = self.app.actor
        if actor is None or not any(actor.has_role(r) for r in E.TRIGGER_ROLES):
            return
        try:
            t = self.app.forecast_reached(forecast_level, at=now, actor=actor).value
        except UserError as exc:  # e.g. a read-only database, an account disabled since: shown from the record
            log.warning("forecast trigger not recorded: %s", exc)
            return
        if t is not None:
            self.changed.emit()

    def _next_action(self) -> tuple[str, str, str]:
        """(code, button text, hint) of the one obvious next step: the core decides (workflow.next_action), the
        words are the interface's (next_step.words)."""
        n = W.next_action(self.store, self.assessment)
        label, hint = next_step.words(self.store, n)
        return n.code, label, hint

    # ---- actions -----------------------------------------------------------------------------------------
    def do_next(self) -> None:
        key = self.next_key
        if key == "ack":
            self.open_ack()
        elif key == "sign":
            self.open_sign()
        elif key.startswith("propose_"):
            self.open_propose(key.removeprefix("propose_"))
        elif key in ("publish", "publish_cancel"):
            self.open_publish()
        elif key == "summary":
            self.open_summary()

    def _run(self, dialog) -> bool:
        accepted = self.run_dialog(dialog) == QDialog.DialogCode.Accepted
        user = getattr(dialog, "username", None)
        if user and getattr(dialog, "role_is_duty", True):
            self.current_user = user
        after_action(self, getattr(dialog, "changes", None))  # in the window the commit's change refreshes this page
        self.changed.emit()
        return accepted

    def open_ack(self) -> bool:
        from widgets.common.ack_dialog import AckDialog
        unacked = E.unacknowledged_notices(self.store)
        return bool(unacked) and self._run(AckDialog(self.app, unacked[0], self.current_user, self))

    def open_sign(self, proposal_id: int | None = None) -> bool:
        """The sign dialog of the first proposal waiting (or of `proposal_id`, its current version)."""
        from widgets.warnings.sign_dialog import SignDialog
        pending = [ps for ps in E.pending_signatures(self.store) if proposal_id in (None, ps.proposal.id)]
        if not pending:
            return False
        d = SignDialog(self.app, pending[0], self, self.current_user, self.catalog)
        d.role_is_duty = False
        return self._run(d)

    def open_propose(self, kind: str | None = None) -> bool:
        from widgets.warnings.proposal_dialog import ProposalDialog
        ep = E.current_episode(self.store)
        if kind is None:
            kind = E.START if ep is None or ep.status == E.OPEN else (
                E.UPGRADE if level_rank(self.assessment.level) > level_rank(ep.level) else E.DOWNGRADE)
        return self._run(ProposalDialog(self.app, kind, self.assessment, self.current_user, self))

    def open_amend(self) -> bool:
        from widgets.warnings.amend_dialog import AmendDialog
        pending = E.pending_signatures(self.store)
        return bool(pending) and self._run(AmendDialog(self.app, pending[0].proposal, self.current_user, self))

    def open_lift(self) -> bool:
        ep = E.current_episode(self.store)
        return ep is not None and self.open_propose(E.LIFT if ep.status == E.IN_FORCE else E.END)

    def open_publish(self) -> bool:
        from widgets.warnings.bulletin_dialog import BulletinDialog
        return self._run(BulletinDialog(self.app, self.assessment, self.current_user, self))

    def open_notice(self) -> bool:
        from widgets.warnings.notice_dialog import NoticeDialog
        return self._run(NoticeDialog(self.app, self.current_user, self))

    def open_consultation(self) -> bool:
        from widgets.warnings.consultation_dialog import ConsultationDialog
        return self._run(ConsultationDialog(self.app, self.current_user, self))

    def open_joint(self) -> bool:
        from widgets.warnings.joint_assessment_dialog import JointAssessmentDialog
        return self._run(JointAssessmentDialog(self.app, self.current_user, self))

    def open_summary(self) -> bool:
        from widgets.warnings.summary_dialog import SummaryDialog
        return self._run(SummaryDialog(self.app, self.current_user, self))

    def showEvent(self, event) -> None:
        self.refresh()
        super().showEvent(event)
