from datetime import datetime, timedelta

import pytest

from console import episodes as E
from console.admin import accounts
from console.air import demo
from console.alerts.escalation import Pending
from console.common.clock import TZ, FixedClock
from widgets.overview.overview_page import OverviewPage
from tests.helpers import actor_of, admin_of

T0 = datetime(2016, 12, 17, 9, 0, tzinfo=TZ)


def test_empty_database_says_what_to_do(qtbot, store, catalog):
    page = OverviewPage(store, catalog)
    qtbot.addWidget(page)
    assert "当前无预警" in page.banner.level_label.text()
    assert "尚无观测数据" in page.aqi_card.body.text()
    assert page.next_label.text().startswith("▶ 当前无需启动预警")
    assert page.centre.list.count() == 1 and "尚未录入应急减排清单" in page.centre.list.item(0).text()


def test_level_aqi_forecast_and_pending(qtbot, store, catalog):
    store.clock = FixedClock(T0)
    demo.load_demo(store, admin_of(store))
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"]}.items():
        accounts.create_user(store, admin_of(store), name, name, roles, "pw123456")
    p = E.propose(store, actor_of(store, "duty"), "start", "orange", ["橙色：预测"], "海门区全域", T0, assessed_level="orange")
    store.clock.advance(timedelta(minutes=10))
    E.sign(store, p.id, "head", "pw123456", "bureau_head", "approve", p.content_hash, actor="head")
    store.clock.advance(timedelta(hours=2, minutes=5))
    page = OverviewPage(store, catalog)
    qtbot.addWidget(page)
    assert "橙色预警" in page.banner.level_label.text()
    assert "2小时5分" in page.banner.detail_label.text()
    # the next step is the warnings page's (one decision, in the core): the demo forecast calls for more than orange
    from widgets.warnings.warnings_page import WarningsPage
    warnings = WarningsPage(store, catalog)
    qtbot.addWidget(warnings)
    assert warnings.next_key == "propose_upgrade"
    assert page.next_label.text() == f"▶ {warnings.next_button.text()}\n{warnings.next_hint.text()}"
    assert "拟定升级为" in page.next_label.text()
    assert page.aqi_card.big.isVisibleTo(page) and "AQI" not in page.aqi_card.big.text()
    assert "演示" in page.forecast_card.body.text()
    item = Pending("response:1", "3小时内启动响应", "…", ("duty_officer",), T0, due=T0 + timedelta(hours=3),
                   severity="critical")
    page.set_pending([item])
    assert "待办与告警（1）" == page.centre.title.text()
    assert "剩余" in page.centre.list.item(0).text()
    with qtbot.waitSignal(page.centre.acknowledge_requested) as sig:
        page.centre.ack_button.click()
    assert sig.args == ["response:1"]


def test_pending_items_show_waiting_and_colour_towards_the_deadline(qtbot, store, catalog):
    from datetime import timedelta

    from console.alerts.escalation import Pending
    from widgets.common.notification_centre import SEVERITY_RGB, urgency
    from widgets.overview.overview_page import OverviewPage

    page = OverviewPage(store, catalog)
    qtbot.addWidget(page)
    now = store.clock.now()
    fresh = Pending("signoff:1:0", "提案 #1 待局长审核", "…", ("bureau_head",), now - timedelta(minutes=10),
                    now + timedelta(hours=2, minutes=50), "warning")
    near = Pending("signoff:2:0", "提案 #2 待局长审核", "…", ("bureau_head",), now - timedelta(hours=2, minutes=40),
                   now + timedelta(minutes=20), "warning")
    late = Pending("signoff:3:0", "提案 #3 待局长审核", "…", ("bureau_head",), now - timedelta(hours=3, minutes=5),
                   now - timedelta(minutes=5), "warning")
    assert [urgency(p, now) for p in (fresh, near, late)] == ["calm", "near", "overdue"]
    page.set_pending([fresh, near, late])
    texts = [page.centre.list.item(i).text() for i in range(3)]
    assert "已等待 10分钟" in texts[0] and "已等待 2小时40分" in texts[1] and "超时 0:05" in texts[2]
    colours = [page.centre.list.item(i).foreground().color().getRgb()[:3] for i in range(3)]
    assert colours == [SEVERITY_RGB["calm"], SEVERITY_RGB["near"], SEVERITY_RGB["overdue"]] and len(set(colours)) == 3


def test_wall_mode_makes_banner_card_list_and_title_larger(qtbot, store, catalog):
    from PySide6.QtWidgets import QLabel

    from widgets.overview.overview_page import OverviewPage

    page = OverviewPage(store, catalog)
    qtbot.addWidget(page)
    page.show()
    title = next(w for w in page.findChildren(QLabel) if w.objectName() == "pageTitle")
    widgets = {"banner": page.banner.level_label, "detail": page.banner.detail_label,
               "card title": page.aqi_card.title, "card body": page.aqi_card.body, "list": page.centre.list,
               "title": title}

    def sizes():
        for w in widgets.values():
            w.ensurePolished()
        return {k: w.font().pointSizeF() for k, w in widgets.items()}

    before = sizes()
    page.set_wall_scale(True)
    page.refresh()  # the banner re-styles itself on refresh: still large
    after = sizes()
    assert all(after[k] >= 1.5 * before[k] for k in widgets), (before, after)
    page.set_wall_scale(False)
    assert sizes() == before


def test_unreachable_anchor_folder_shows_in_the_audit_line(qtbot, store, catalog, tmp_path):
    from console.admin.settings import Settings

    blocker = tmp_path / "file"
    blocker.write_text("x")
    Settings(store).set("audit_anchor_dir", str(blocker / "share"), admin_of(store))
    assert store.flush_anchors()
    page = OverviewPage(store, catalog)
    qtbot.addWidget(page)
    assert "审计锚点文件夹不可用" in page.audit_label.text() and "share" in page.audit_label.text()
    (tmp_path / "share").mkdir()
    Settings(store).set("audit_anchor_dir", str(tmp_path / "share"), admin_of(store))
    assert store.flush_anchors()
    page.refresh()
    assert "审计锚点" not in page.audit_label.text() and "审计链完整" in page.audit_label.text()


def test_start_up_walks_from_the_checkpoint_and_the_background_full_walk_reports_an_older_break(
        qtbot, tmp_path, catalog, monkeypatch):
    import sqlite3

    monkeypatch.setattr(OverviewPage, "FULL_WALK_DELAY_MS", 0)

    from console.store.db import Store

    p = tmp_path / "cp.sqlite3"
    with Store(p) as st:
        for i in range(5):
            st.audit("duty", f"a{i}", "e")
        assert st.verify_audit(full=True).ok  # the checkpoint: record 5
    c = sqlite3.connect(p)
    c.execute("UPDATE audit SET actor = 'mallory' WHERE id = 2")
    c.commit()
    c.close()
    with Store(p) as st:
        page = OverviewPage(st, catalog)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.full_check is not None, timeout=10000)
        assert "第 2 条记录处断开" in page.audit_label.text()
        page.refresh()  # a later refresh (checkpoint walk: OK) keeps the break on screen
        assert "第 2 条记录处断开" in page.audit_label.text()


def test_english_aqi_category_wraps_instead_of_being_cut_off(qtbot, qapp, store, catalog):
    """At 1366×768 in English "487 Severely polluted" was cut off and pushed the forecast into a narrow column."""
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    from widgets.common.i18n import LANG_PROPERTY

    qm = Path(__file__).resolve().parents[3] / "resources" / "translations" / "console_en.qm"
    tr = QTranslator()
    assert tr.load(str(qm))
    qapp.installTranslator(tr)
    qapp.setProperty(LANG_PROPERTY, "en")
    try:
        store.clock = FixedClock(T0)
        demo.load_demo(store, admin_of(store))
        page = OverviewPage(store, catalog)
        qtbot.addWidget(page)
        page.resize(1100, 660)
        page.show()
        qtbot.waitExposed(page)
        big = page.aqi_card.big
        assert "Severely polluted" in big.text()
        assert big.minimumSizeHint().width() <= big.width()  # nothing cut off
        widths = [c.width() for c in (page.aqi_card, page.forecast_card, page.rules_card)]
        assert max(widths) < 1.2 * min(widths), widths  # the three cards share the row evenly
    finally:
        qapp.setProperty(LANG_PROPERTY, "zh")
        qapp.removeTranslator(tr)


def test_signers_not_named_yet_read_not_set_in_english(english_ui, qtbot, store, catalog):
    page = OverviewPage(store, catalog)
    qtbot.addWidget(page)
    text = page.rules_card.body.text()
    # the plan's English role names and steps (data/plan.json), in the order of its sign-off chain
    assert "Sign-off: Yellow: Bureau deputy head in charge (no account yet) approves" in text
    assert "Red: Bureau head reviews, District-government leader (no account yet) approves" in text
    assert "尚无账户" not in text and "待填写" not in text and "局长" not in text


def test_sign_off_wording_comes_from_the_plan(qtbot, store, catalog):
    page = OverviewPage(store, catalog)
    qtbot.addWidget(page)
    text = page.rules_card.body.text()
    assert "审签：黄色 生态环境局分管副局长（尚无账户）批准；橙色 生态环境局主要负责人（局长）（尚无账户）批准；" \
           "红色 生态环境局主要负责人（局长）审核，区政府领导（尚无账户）批准" in text


def test_signer_names_come_from_the_accounts_that_hold_the_role(qtbot, store, catalog):
    """Issue 14.3: no default name: the rules card names whoever holds the role, '尚无账户' when nobody does."""
    from console.admin import accounts

    page = OverviewPage(store, catalog)
    qtbot.addWidget(page)
    text = page.rules_card.body.text()
    assert "姜静" not in text and text.count("尚无账户") == 3
    accounts.create_user(store, admin_of(store), "wang", "王某", ["district_leader"], "pw123456")
    page.refresh()
    text = page.rules_card.body.text()
    assert "区政府领导（王某）" in text and text.count("尚无账户") == 2


@pytest.mark.parametrize("width, lines", [(1900, 1), (700, 2)])
def test_banner_detail_is_one_line_or_its_two_parts_never_broken_inside(qtbot, catalog, width, lines):
    """Qt's word wrap broke the Chinese duration anywhere ("…13小时55" / "分"): the detail is one line when it
    fits beside the level, else "自 … 起" and "已持续 …" each whole on its own line."""
    from widgets.common.alert_banner import AlertBanner

    banner = AlertBanner(catalog)
    qtbot.addWidget(banner)
    banner.resize(width, 80)
    banner.show()
    since = datetime(2016, 12, 16, 9, 35, tzinfo=TZ)
    banner.set_state("red", since, since + timedelta(days=15, hours=13, minutes=55))
    text = banner.detail_label.text()
    assert text.split("\n") == (["自 12-16 09:35 起 · 已持续 15天13小时55分"] if lines == 1
                                else ["自 12-16 09:35 起", "已持续 15天13小时55分"])
    assert not banner.detail_label.wordWrap()


def test_banner_label_events_after_its_python_side_is_cleared_raise_nothing(qtbot, catalog):
    """CI once failed with "'AlertBanner' object has no attribute 'detail_label'" from the banner's event filter:
    the collector had cleared a torn-down banner's attributes while its label (owned by Qt) still got a style
    change from a language switch. The filter must ignore events then, not raise into Qt's event loop."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from widgets.common.alert_banner import AlertBanner

    banner = AlertBanner(catalog)
    qtbot.addWidget(banner)
    label = banner.detail_label
    attrs = dict(vars(banner))
    vars(banner).clear()  # what the collector's clearing of a reference cycle leaves
    try:
        QApplication.sendEvent(label, QEvent(QEvent.Type.StyleChange))  # pytest-qt fails the test on an exception
    finally:
        vars(banner).update(attrs)
