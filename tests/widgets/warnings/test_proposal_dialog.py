"""拟定提案: level preselected from the assessment, basis prefilled, the core's refusals shown in the dialog."""
from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialog

from console.admin import accounts
from console import episodes as E
from console.common.clock import TZ, FixedClock
from console.rules.notices import Notice
from console.rules.assessment import assess
from console.admin.settings import Settings
from widgets.warnings.proposal_dialog import ProposalDialog
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    accounts.create_user(store, admin_of(store), "duty", "王值班", ["duty_officer"], PW)
    accounts.create_user(store, admin_of(store), "head", "张局长", ["bureau_head"], PW)
    return store


def orange():
    return assess(None, [Notice(T0, "city", "issue", "orange", "通环〔2025〕3号")], T0)


def make(qtbot, st, kind=E.START, assessment=None):
    d = ProposalDialog(st, kind, assessment or orange())
    qtbot.addWidget(d)
    return d


def test_prefilled_from_the_assessment(qtbot, st):
    Settings(st).set("response_area", "海门区城区", admin_of(st))
    d = make(qtbot, st)
    assert d.chosen_level() == "orange"
    assert "通环〔2025〕3号" in d.basis.toPlainText() and d.area.text() == "海门区城区"
    assert d.differs.isHidden()


def test_other_level_needs_a_reason_error_shown_in_dialog(qtbot, st):
    d = make(qtbot, st)
    d.level.setCurrentIndex(d.level.findData("red"))
    assert not d.differs.isHidden() and "区政府领导同意" in d.differs.text()
    d.operator.set_user("duty", PW)
    d._try_accept()
    assert d.result() != QDialog.DialogCode.Accepted and d.proposal is None
    assert "书面理由" in d.error.text()
    d.reason.setPlainText("上风向城市已启动红色预警，区政府领导电话同意")
    d._try_accept()
    assert d.result() == QDialog.DialogCode.Accepted and d.proposal.level == "red"
    assert d.proposal.steps[-1].consent


def test_operator_must_be_a_duty_officer_with_the_right_password(qtbot, st):
    d = make(qtbot, st)
    d.operator.set_user("duty", "wrong-pass")
    d._try_accept()
    assert "用户名或密码错误" in d.error.text()
    d.operator.set_user("head", PW)
    d._try_accept()
    assert "值班员" in d.error.text() and E.pending_signatures(st) == []


def test_empty_basis_refused_by_the_core(qtbot, st):
    d = make(qtbot, st)
    d.basis.setPlainText("  ")
    d.operator.set_user("duty", PW)
    d._try_accept()
    assert d.error.text() == "依据：不能为空"  # the Chinese part of the core message only


def test_lift_shows_what_is_missing(qtbot, st):
    E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "yellow", "x", T0)
    accounts.create_user(st, admin_of(st), "deputy", "李副局长", ["deputy_head"], PW)
    p = E.propose(st, actor_of(st, "duty"), "start", "yellow", ["b"], "海门区全域", T0, assessed_level="yellow")
    E.sign(st, p.id, "deputy", PW, "deputy_head", "approve", p.content_hash)
    d = make(qtbot, st, E.LIFT, assess(None, [], T0))
    assert "联合研判" in d.problems.text() and d.chosen_level() is None
    d.operator.set_user("duty", PW)
    d._try_accept()
    assert "不能解除" in d.error.text()
