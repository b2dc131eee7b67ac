"""录入上级通知: issuer, action, level, document number, received time; recorded, acknowledged, clock started."""
from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialog

from console.admin import accounts
from console import episodes as E
from console.common.clock import TZ, FixedClock
from widgets.warnings.notice_dialog import NoticeDialog
from widgets.warnings.warn_util import to_qdatetime
from tests.helpers import admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    accounts.create_user(store, admin_of(store), "duty", "王值班", ["duty_officer"], PW)
    return store


def test_records_acknowledges_and_starts_the_clock(qtbot, st):
    d = NoticeDialog(st)
    qtbot.addWidget(d)
    assert [d.issuer.itemData(i) for i in range(d.issuer.count())] == ["ministry", "province", "city"]
    d.fill("province", "issue", "orange", "苏大气〔2025〕7号", "duty", PW)
    d.received_at.setDateTime(to_qdatetime(T0 - timedelta(minutes=10)))
    d._try_accept()
    assert d.result() == QDialog.DialogCode.Accepted
    n = d.notice
    assert (n.issuer, n.action, n.level, n.doc_no) == ("province", "issue", "orange", "苏大气〔2025〕7号")
    assert n.received_at == T0 - timedelta(minutes=10) and n.acknowledged_by == "duty"
    (t,) = E.current_episode(st).triggers
    assert t.due_at == T0 + timedelta(hours=3) - timedelta(minutes=10)


def test_lift_disables_the_level(qtbot, st):
    d = NoticeDialog(st)
    qtbot.addWidget(d)
    d.fill("city", "lift", None, "通环〔2025〕9号", "duty", PW)
    assert not d.level.isEnabled()
    d._try_accept()
    assert d.notice.action == "lift" and d.notice.level is None


def test_future_time_refused_in_the_dialog(qtbot, st):
    d = NoticeDialog(st)
    qtbot.addWidget(d)
    d.fill("city", "issue", "red", "x", "duty", PW)
    d.received_at.setDateTime(to_qdatetime(T0 + timedelta(hours=2)))
    d._try_accept()
    assert "不能晚于当前时间" in d.error.text() and E.received_notices(st) == []
