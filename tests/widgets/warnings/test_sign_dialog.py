"""审签对话框: shows the exact version signed; password re-entered; reject needs a reason; refusals signed nothing."""
from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialog

from console import episodes as E
from console.admin import accounts
from console.common.clock import TZ, FixedClock
from widgets.warnings.sign_dialog import SignDialog
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"], "leader": ["district_leader"],
                        "admin": ["admin"]}.items():
        accounts.create_user(store, admin_of(store), name, name.title(), roles, PW)
    E.propose(store, actor_of(store, "duty"), "start", "red", ["红色：预测 12-03 起连续72小时日AQI>200"], "海门区全域", T0,
              assessed_level="red")
    return store


def dialog(qtbot, st):
    d = SignDialog(st, E.pending_signatures(st)[0])
    qtbot.addWidget(d)
    return d


def test_shows_the_exact_version_and_fingerprint(qtbot, st):
    d = dialog(qtbot, st)
    p = E.pending_signatures(st)[0].proposal
    text = d.text.toPlainText()
    assert f"#{p.id} 第 1 版" in text and p.content_hash[:12] in text and "连续72小时日AQI>200" in text
    assert "海门区全域" in text and "◀ 待签署" in text
    assert d.role.count() == 1 and d.role.currentData() == "bureau_head"
    assert d.shown_hash == p.content_hash


def test_approve_binds_the_hash_shown(qtbot, st):
    d = dialog(qtbot, st)
    d.fill("head", PW)
    d._try_accept()
    assert d.result() == QDialog.DialogCode.Accepted
    sig = d.sign_result.signature
    assert sig.username == "head" and sig.content_hash == d.shown_hash and sig.step_name == "review"


def test_wrong_password_signs_nothing(qtbot, st):
    d = dialog(qtbot, st)
    d.fill("head", "nope-nope")
    d._try_accept()
    assert d.result() != QDialog.DialogCode.Accepted and d.sign_result is None
    assert "用户名或密码错误" in d.error.text()
    assert E.pending_signatures(st)[0].proposal.signatures == ()


def test_reject_needs_a_reason_then_records_it(qtbot, st):
    d = dialog(qtbot, st)
    d.fill("head", PW, E.REJECT)
    d._try_accept()
    assert "退回须填写理由" in d.error.text() and E.pending_signatures(st)
    d.fill("head", PW, E.REJECT, "依据不足，请补充会商结论")
    d._try_accept()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.sign_result.proposal.status == E.REJECTED and E.pending_signatures(st) == []


def test_revised_proposal_must_be_read_again(qtbot, st):
    d = dialog(qtbot, st)
    p = E.pending_signatures(st)[0].proposal
    E.revise_proposal(st, actor_of(st, "duty"), p.id, area="海门区城区")
    d.fill("head", PW)
    d._try_accept()
    assert "提议内容已变更" in d.error.text()


def test_admin_cannot_sign_in_a_role_they_do_not_hold(qtbot, st):
    d = dialog(qtbot, st)
    d.fill("admin", PW)
    d._try_accept()
    assert "不具备" in d.error.text() and "管理员" in d.error.text()


def test_explains_itself_and_preselects_the_logged_in_signer(qtbot, st, catalog):
    E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "red", "通环〔2025〕7号", T0)
    d = SignDialog(st, E.pending_signatures(st)[0], None, "head", catalog)
    qtbot.addWidget(d)
    ctx = d.context.text()
    assert "通环〔2025〕7号" in ctx and "3小时响应时限" in ctx and "剩余" in ctx
    live = [m for m in catalog.measures_in_force("red") if m.replaced_by is None]
    assert f"{len(live)} 项响应措施" in ctx and "住房和城乡建设局" in ctx
    assert d.signer.username() == "head"  # logged in as the bureau head, who signs this step
    other = SignDialog(st, E.pending_signatures(st)[0], None, "duty", catalog)
    qtbot.addWidget(other)
    assert other.signer.combo.currentText() == ""  # the duty officer cannot sign it: nobody preselected


def test_one_term_and_no_doubled_consent_wording(qtbot, st):
    d = dialog(qtbot, st)
    assert "评估级别" not in d.text.toPlainText()
    assert "同意（同意" not in d.approve.text()
