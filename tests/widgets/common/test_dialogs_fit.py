"""Every dialog fits a 1366×768 screen (task bar 40 px) with all its buttons inside the screen and visible."""
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

from console import episodes as E
from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.measures import board, exemptions
from console.measures.status import status
from console.rules.assessment import assess
from console.rules.notices import Notice
from widgets.common import fit
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"
SCREEN = QRect(0, 0, 1366, 768 - 40)


@pytest.fixture
def st(store, catalog, monkeypatch):
    monkeypatch.setattr(fit, "available_area", lambda _w: SCREEN)
    store.clock = FixedClock(T0)
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "leader": ["district_leader"],
                        "admin": ["admin"], "zj": ["liaison"]}.items():
        accounts.create_user(store, admin_of(store), name, name.title(), roles, PW)
    E.receive_notice(store, actor_of(store, "duty"), "city", "issue", "red", "通环〔2025〕1号", T0)
    E.propose(store, actor_of(store, "duty"), "start", "red", ["红色：预测 12-03 起连续72小时日AQI>200"], "海门区全域", T0,
              assessed_level="red")
    board.activate(store, "2025-12-02-01", "red", T0, admin_of(store), catalog=catalog)
    exemptions.grant(store, "E1", "企业1", "民生", ["生态环境局"], "2025-12-01", actor_of(store, "duty", password=PW))
    return store


def _dialogs(st, catalog):
    from widgets.air.forecast_dialog import ForecastDialog
    from widgets.common.about_dialog import AboutDialog
    from widgets.common.ack_dialog import AckDialog
    from widgets.common.crash_dialog import CrashDialog
    from widgets.common.login_dialog import CreateAdminDialog, LoginDialog
    from widgets.measures.board_dialogs import (
        LiaisonDialog,
        TaskActionDialog,
        TemperatureDialog,
    )
    from widgets.measures.ledger_page import GrantDialog, RevokeDialog
    from widgets.settings.setup_dialog import FirstRunDialog
    from widgets.settings.users_panel import PasswordDialog, UserDialog
    from widgets.warnings.amend_dialog import AmendDialog
    from widgets.warnings.bulletin_dialog import BulletinDialog
    from widgets.warnings.consultation_dialog import ConsultationDialog
    from widgets.warnings.joint_assessment_dialog import JointAssessmentDialog
    from widgets.warnings.notice_dialog import NoticeDialog
    from widgets.warnings.proposal_dialog import ProposalDialog
    from widgets.warnings.sign_dialog import SignDialog
    from widgets.warnings.summary_dialog import SummaryDialog

    pending = E.pending_signatures(st)[0]
    task = status(st, "2025-12-02-01", T0, catalog=catalog)[0]
    orange = assess(None, [Notice(T0, "city", "issue", "orange", "通环〔2025〕3号")], T0)
    return {
        "about": lambda: AboutDialog(), "crash": lambda: CrashDialog("Traceback\n" * 200, "/tmp/console.log"),
        "login": lambda: LoginDialog(st, None, "值班登录", "登录"), "create_admin": lambda: CreateAdminDialog(st),
        "first_run": lambda: FirstRunDialog(st), "user": lambda: UserDialog(st, "admin"),
        "password": lambda: PasswordDialog(st, "admin", "duty"),
        "forecast": lambda: ForecastDialog(st, FixedClock(T0), "duty"),
        "ack": lambda: AckDialog(st, E.unacknowledged_notices(st)[0], "duty"),
        "notice": lambda: NoticeDialog(st, "duty"), "consultation": lambda: ConsultationDialog(st, "duty"),
        "joint": lambda: JointAssessmentDialog(st, "duty"), "summary": lambda: SummaryDialog(st, "duty"),
        "proposal": lambda: ProposalDialog(st, "start", orange, "duty"),
        "amend": lambda: AmendDialog(st, pending.proposal, "duty"), "sign": lambda: SignDialog(st, pending),
        "bulletin": lambda: BulletinDialog(st, None, "duty"),
        "task": lambda: TaskActionDialog(st, task, "check", "duty", catalog),
        "temperature": lambda: TemperatureDialog(st, "duty"),
        "liaison": lambda: LiaisonDialog(st, ["住建局"], catalog),
        "grant": lambda: GrantDialog(st, catalog, "duty"),
        "revoke": lambda: RevokeDialog(st, exemptions.list_exemptions(st)[0], catalog, "duty"),
    }


def test_every_dialog_fits_1366x768_with_its_buttons_visible(qtbot, st, catalog):
    too_big = []
    for name, make in _dialogs(st, catalog).items():
        dlg = make()
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        frame = dlg.frameGeometry()
        if not SCREEN.contains(frame):
            too_big.append(f"{name}: window {frame.getRect()} outside {SCREEN.getRect()}")
        buttons = [b for box in dlg.findChildren(QDialogButtonBox) for b in box.findChildren(QAbstractButton)
                   if b.isVisibleTo(dlg)]
        if not buttons:
            too_big.append(f"{name}: no buttons found")
        for b in buttons:
            r = QRect(b.mapTo(dlg, QPoint(0, 0)), b.size())
            if not dlg.rect().contains(r) or b.visibleRegion().isEmpty():
                too_big.append(f"{name}: button {b.text()!r} at {r.getRect()} not inside {dlg.rect().getRect()}")
        dlg.close()
    assert not too_big, "\n".join(too_big)
