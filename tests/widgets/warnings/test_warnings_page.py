"""预警与审签 page: a red episode walked through the page's dialogs with four accounts; the forecast trigger;
what the next action is in each state."""
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialog

from console import episodes as E
from console.admin import accounts
from console.admin.settings import Settings
from console.common.clock import TZ, FixedClock
from console.importers.forecast import add_forecast
from widgets.warnings.warnings_page import WarningsPage
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"
PEOPLE = {"duty": ("王值班", ["duty_officer"]), "deputy": ("李副局长", ["deputy_head"]),
          "head": ("张局长", ["bureau_head"]), "leader": ("姜静", ["district_leader"])}


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    for name, (display, roles) in PEOPLE.items():
        accounts.create_user(store, admin_of(store), name, display, roles, PW)
    Settings(store).set("bureau_head", "张局长", admin_of(store))
    return store


@pytest.fixture
def page(qtbot, st, catalog):
    p = WarningsPage(st, catalog)
    qtbot.addWidget(p)
    return p


def drive(page, *fillers):
    """Run the page's next dialogs through `fillers` (fill the fields; the filler's return is ignored) and
    press OK the way a user does. Returns the dialogs."""
    seen, queue = [], list(fillers)

    def run(dialog):
        seen.append(dialog)
        queue.pop(0)(dialog)
        dialog._try_accept()
        return dialog.result()

    page.run_dialog = run
    return seen


def test_full_red_path_four_accounts(page, st):
    assert page.next_key == "none" and page.banner.level == "none"
    # 1. The duty officer enters the city's red warning: the 3-hour clock starts, the assessment is red.
    seen = drive(page, lambda d: d.fill("city", "issue", "red", "通环〔2025〕1号", "duty", PW))
    assert page.open_notice() and seen[0].notice.acknowledged_by == "duty"
    assert page.assessment.level == "red" and page.next_key == "propose_start"
    assert "拟定红色预警提案" in page.next_button.text()
    assert "剩余 3小时0分" in page.signoff_panel.clock_texts()[0]
    assert any("上级通知" in line for line in page.assessment.basis)
    # 2. He proposes red (preselected, basis prefilled from the assessment).
    st.clock.advance(timedelta(minutes=20))
    page.refresh()
    dialogs = drive(page, lambda d: d.operator.set_user("duty", PW))
    page.do_next()
    prop = dialogs[0]
    assert prop.chosen_level() == "red" and "上级通知" in prop.basis.toPlainText()
    assert prop.result() == QDialog.DialogCode.Accepted and prop.proposal.level == "red"
    assert page.next_key == "sign" and "张局长" in page.next_button.text()
    assert "等待 生态环境局主要负责人（局长） 张局长 审核" in page.signoff_panel.pending_texts()[0]
    # 3. A wrong password shows the error and signs nothing.
    seen = drive(page, lambda d: d.fill("head", "wrong-password"))
    assert not page.open_sign()
    (bad,) = seen
    assert not bad.error.isHidden() and "密码错误" in bad.error.text()
    assert E.get_proposal(st, prop.proposal.id).signatures == ()
    # 4. The bureau head reviews.
    st.clock.advance(timedelta(minutes=15))
    seen = drive(page, lambda d: d.fill("head", PW))
    page.do_next()
    (review,) = seen
    assert review.sign_result is not None and not review.sign_result.completed
    assert page.banner.level == "none" and "姜静" in page.next_button.text()
    # 5. The duty officer cannot sign the district leader's step.
    seen = drive(page, lambda d: d.fill("duty", PW))
    page.do_next()
    (wrong,) = seen
    assert not wrong.error.isHidden() and "不具备" in wrong.error.text()
    # 6. The district leader approves: red is in force, the banner says so.
    st.clock.advance(timedelta(minutes=25))
    seen = drive(page, lambda d: d.fill("leader", PW))
    page.do_next()
    (approve,) = seen
    assert approve.sign_result.completed and approve.sign_result.level == "red"
    assert page.banner.level == "red" and "红色预警" in page.banner.level_label.text()
    assert "已持续 0分钟" in page.banner.detail_label.text()
    assert page.next_key == "publish" and "发布红色预警信息" in page.next_button.text()
    assert "已于 12-02 09:00 启动响应（按时）" in page.signoff_panel.clock_texts()[0]
    texts = page.timeline.texts()
    assert texts[0] == "红色预警（Ⅰ级）生效"  # newest first
    assert any("区政府领导 姜静 批准 #1" in t for t in texts)
    assert any("张局长 审核 #1" in t for t in texts)
    assert any(t.startswith("提议 #1") for t in texts) and any("收到上级通知" in t for t in texts)
    assert st.verify_audit().ok
    refused = [r for r in st.audit_records() if r["action"] == "signoff.refused"]
    assert len(refused) == 2


def test_changed_emitted_after_an_action(qtbot, page):
    drive(page, lambda d: d.fill("province", "issue", "yellow", "苏环〔2025〕9号", "duty", PW))
    with qtbot.waitSignal(page.changed):
        page.open_notice()


def test_forecast_reaching_yellow_starts_the_clock(qtbot, st, catalog):
    add_forecast(st, admin_of(st), "区气象局", T0, "daily", [(date(2025, 12, 2), 230, None, "PM2.5"),
                                                       (date(2025, 12, 3), 180, None, "PM2.5")])
    p = WarningsPage(st, catalog)
    qtbot.addWidget(p)
    assert p.assessment.forecast_level == "yellow"
    assert E.current_episode(st) is None  # nobody logged in: the trigger waits for a duty officer or admin
    p.set_actor(actor_of(st, "head", "bureau_head"))  # a signer is no one to record it (the page does not try)
    assert E.current_episode(st) is None
    assert not [r for r in st.audit_records() if r["action"] == "auth.refused"]
    p.set_actor(actor_of(st, "duty"))  # the duty officer logs in: the clock starts, recorded as hers
    (trigger,) = E.current_episode(st).triggers
    assert trigger.source == "forecast" and trigger.level == "yellow" and trigger.at == T0
    assert trigger.recorded_by == "duty"
    assert [r["actor"] for r in st.audit_records() if r["action"] == "episode.trigger"] == ["duty"]
    p.refresh()  # idempotent: no second clock
    assert len(E.current_episode(st).triggers) == 1
    assert p.next_key == "propose_start" and "黄色" in p.next_button.text()


def test_settings_thresholds_drive_the_assessment(qtbot, st, catalog):
    add_forecast(st, admin_of(st), "区气象局", T0, "daily", [(date(2025, 12, 2), 190, None, "PM2.5")])
    p = WarningsPage(st, catalog)
    qtbot.addWidget(p)
    assert p.assessment.level == "none"
    Settings(st).set_many({"aqi_t2": 180}, admin_of(st))
    p.refresh()
    assert p.assessment.level == "yellow" and ">180" in p.assessment_panel.basis_text()


def test_clock_turns_red_when_under_30_minutes(page, st):
    drive(page, lambda d: d.fill("city", "issue", "orange", "通环〔2025〕2号", "duty", PW))
    page.open_notice()
    assert "#b00020" not in page.signoff_panel.clock_labels[0].styleSheet()
    st.clock.advance(timedelta(hours=2, minutes=40))
    page.refresh()
    assert "#b00020" in page.signoff_panel.clock_labels[0].styleSheet()
    st.clock.advance(timedelta(minutes=30))
    page.refresh()
    assert "已超时 10分钟" in page.signoff_panel.clock_texts()[0]


def _red_in_force(st):
    E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "red", "通环〔2025〕1号", T0)
    E.acknowledge_notice(st, actor_of(st, "duty"), 1)
    p = E.propose(st, actor_of(st, "duty"), "start", "red", ["市发布红色预警"], "海门区全域", T0, assessed_level="red")
    E.sign(st, p.id, "head", PW, "bureau_head", "approve", p.content_hash)
    E.sign(st, p.id, "leader", PW, "district_leader", "approve", p.content_hash)


def _fill_bulletin(d):
    d.degree.setText("重度污染")
    d.area.setText("海门区全域")
    d.pollutant.setText("PM2.5")
    d.operator.set_user("duty", PW)


def _fill_joint(d):
    d.ecology.setText("陈工")
    d.meteorology.setText("刘工")
    d.hours.setValue(40)
    d.conclusion.setPlainText("冷空气过境，未来40小时AQI低于150")
    d.operator.set_user("duty", PW)


def test_publish_lift_cancel_and_summaries_through_the_page(qtbot, st, catalog):
    _red_in_force(st)
    page = WarningsPage(st, catalog)
    qtbot.addWidget(page)
    assert page.next_key == "publish"
    drive(page, _fill_bulletin)
    page.do_next()
    assert page.next_key == "monitor" and not page.next_button.isEnabled() and "红色预警生效中" in page.next_button.text()
    st.clock.advance(timedelta(hours=30))
    drive(page, lambda d: d.fill("city", "lift", None, "通环〔2025〕5号", "duty", PW), _fill_joint)
    page.open_notice()
    page.open_joint()
    assert page.assessment.level == "none" and page.next_key == "propose_lift" and "解除条件已满足" in page.next_hint.text()
    drive(page, lambda d: d.operator.set_user("duty", PW), lambda d: d.fill("leader", PW))
    page.do_next()  # the lift proposal: approved by the highest approver of the episode (red: the district leader)
    assert page.next_key == "sign" and "姜静" in page.next_button.text()
    page.do_next()
    assert page.banner.level == "none" and page.next_key == "publish_cancel"
    seen = drive(page, lambda d: d.operator.set_user("duty", PW))
    page.do_next()
    assert seen[0].lift and seen[0].publication.msg_type == "Cancel"
    assert page.next_key == "summary"
    seen = drive(page, lambda d: (d.unit.setCurrentText("气象局"), d.operator.set_user("duty", PW)))
    page.do_next()
    assert "气象局" in E.summaries_status(st).received
    assert any("发布预警解除信息" in t for t in page.timeline.texts())
    assert st.verify_audit().ok


def test_consultation_recorded_from_the_page(page, st):
    def fill(d):
        d.participants.setText("区生态环境局 陈工，区气象局 刘工")
        d.forecast.setPlainText("未来72小时静稳，PM2.5累积")
        d.conclusion.setPlainText("建议启动黄色预警")
        d.operator.set_user("duty", PW)
    drive(page, fill)
    assert page.open_consultation()
    (c,) = E.consultations(st)
    assert c.participants == ("区生态环境局 陈工", "区气象局 刘工") and c.next_at == T0 + timedelta(hours=6)


def test_overdue_box_just_past_the_deadline_and_no_stale_labels(qtbot, st, catalog):
    from PySide6.QtWidgets import QLabel

    E.receive_notice(st, actor_of(st, "duty"), "city", "issue", "red", "通环〔2025〕9号", T0)
    st.clock = FixedClock(T0 + timedelta(hours=3, seconds=20))
    p = WarningsPage(st, catalog)
    qtbot.addWidget(p)
    p.refresh()
    p.refresh()
    [text] = p.signoff_panel.clock_texts()
    assert "已超时 不到1分钟" in text and "0分钟" not in text
    # the labels of earlier refreshes are gone at once, not left painted over the panel until deleteLater
    shown = [w for w in p.signoff_panel.findChildren(QLabel) if w.parent() is p.signoff_panel]
    assert len(shown) == 2 + len(p.signoff_panel.clock_labels) + len(p.signoff_panel.pending_labels)


def test_a_refresh_after_the_database_closed_does_nothing(qtbot, tmp_path, catalog):
    """The minute timer (or a late event) may fire after the database was closed, e.g. another one opened."""
    from console.store.db import Store

    s = Store(tmp_path / "closing.sqlite3", FixedClock(T0))
    p = WarningsPage(s, catalog)
    qtbot.addWidget(p)
    assert p.timer.isActive()
    s.close()
    p.refresh()  # no "Cannot operate on a closed database"
    assert not p.timer.isActive()


def test_minute_clock_of_a_page_whose_store_closed_stays_still(qtbot, catalog, tmp_path):
    """A page left over after its database closed (a closed window, an embedded drill page) neither reads the closed
    store nor raises on its minute tick."""
    from console.store.db import Store

    s = Store(tmp_path / "w.sqlite3", FixedClock(T0))
    p = WarningsPage(s, catalog)
    qtbot.addWidget(p)
    s.close()
    p.timer.tick()  # what the minute timer does: it stops instead of reading
    assert not p.timer.isActive()
