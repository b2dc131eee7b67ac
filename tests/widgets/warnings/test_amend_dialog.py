from datetime import datetime, timedelta

from console.admin import accounts
from console import episodes as E
from console.common.clock import TZ, FixedClock
from widgets.warnings.amend_dialog import AmendDialog
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


def _setup(store):
    store.clock = FixedClock(T0)
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "leader": ["district_leader"]}.items():
        accounts.create_user(store, admin_of(store), name, name, roles, PW)
    p = E.propose(store, actor_of(store, "duty"), "start", "red", ["红色：预测"], "海门区全域", T0, assessed_level="red")
    store.clock.advance(timedelta(minutes=10))
    E.sign(store, p.id, "head", PW, "bureau_head", "approve", p.content_hash, actor="head")
    return E.get_proposal(store, p.id)


def test_revise_voids_signatures(qtbot, store):
    p = _setup(store)
    dlg = AmendDialog(store, p)
    qtbot.addWidget(dlg)
    dlg.basis.setPlainText("红色：预测（修正）\n上级通知")
    dlg.operator.set_user("duty", PW)
    dlg._try_accept()
    assert dlg.result() == dlg.DialogCode.Accepted, dlg.error.text()
    new = E.get_proposal(store, p.id)
    assert new.version == 2 and new.content_hash != p.content_hash and new.signatures == ()
    (ps,) = E.pending_signatures(store)
    assert ps.role == "bureau_head"  # the review must be given again


def test_withdraw_needs_reason_and_password(qtbot, store):
    p = _setup(store)
    dlg = AmendDialog(store, p)
    qtbot.addWidget(dlg)
    dlg.action.setCurrentIndex(dlg.action.findData("withdraw"))
    dlg.reason.setPlainText("")
    dlg.operator.set_user("duty", "wrong")
    dlg._try_accept()
    assert dlg.result() != dlg.DialogCode.Accepted and dlg.error.text()
    dlg.operator.set_user("duty", PW)
    dlg._try_accept()
    assert "理由" in dlg.error.text() or "reason" in dlg.error.text()
    dlg.reason.setPlainText("预报更新，条件不再满足")
    dlg._try_accept()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert E.pending_signatures(store) == []
    assert store.verify_audit().ok
