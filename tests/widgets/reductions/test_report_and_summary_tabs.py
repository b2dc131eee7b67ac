"""Issue 18.5 on the page: today's daily report against its time (overdue in red on the tab), the report's labels
in English with --lang en (figures unchanged), and the consolidated after-episode summary tab."""
from datetime import datetime, timedelta

import pytest
from helpers import USER_PW, actor_of, admin_of

from console import episodes as E
from console.common.clock import TZ, FixedClock
from console.reductions import demo
from console.store.db import Store
from widgets.common.style import C
from widgets.reductions.reductions_page import ReductionsPage

T0 = datetime(2016, 12, 16, 20, 0, tzinfo=TZ)


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "page.sqlite3", FixedClock(T0))
    duty, head = actor_of(s, "duty", "duty_officer"), actor_of(s, "head", "bureau_head")
    p = E.propose(s, duty, "start", "orange", ["橙色：预测"], "海门区全域", T0, assessed_level="orange")
    E.sign(s, p.id, head.username, USER_PW, "bureau_head", "approve", p.content_hash)
    demo.load_demo(s, admin_of(s))
    yield s
    s.close()


def _page(qtbot, db, catalog):
    p = ReductionsPage(db, catalog)
    qtbot.addWidget(p)
    p.set_actor(admin_of(db))
    return p


def _tab(page):
    i = page.tabs.indexOf(page.daily)
    return page.tabs.tabText(i), page.tabs.tabBar().tabTextColor(i).name()


def test_overdue_daily_report_turns_the_tab_red_until_sent(qtbot, db, catalog):
    db.clock = FixedClock(datetime(2016, 12, 17, 13, 0, tzinfo=TZ))
    page = _page(qtbot, db, catalog)
    assert _tab(page)[0] == "每日报送" and "今日日报尚未报送" in page.daily.due_label.text()
    db.clock = FixedClock(datetime(2016, 12, 17, 14, 1, tzinfo=TZ))
    page.daily.timer.tick()  # what the view's one-minute timer does
    assert _tab(page) == ("每日报送（逾期）", C.alarm) and "已逾期" in page.daily.due_label.text()
    page.daily.send()
    assert _tab(page)[0] == "每日报送" and _tab(page)[1] != C.alarm
    assert page.daily.due_label.text() == "报送时间每日 14:00：今日日报已迟报（14:01）。"


def test_tabs_are_built_when_first_shown_and_the_overdue_mark_comes_before(qtbot, db, catalog):
    """Issue 12.5: opening the page builds the tab in view only; each other tab when first shown (the facade, the
    actor and the page's change signal reach it then). The daily report's overdue mark is on its tab before."""
    db.clock = FixedClock(datetime(2016, 12, 17, 14, 1, tzinfo=TZ))
    page = _page(qtbot, db, catalog)
    lazy = page.lazy
    later = ("duties", "inspections", "field_checks", "notices", "daily", "summary")
    assert all(lazy.built(k) is None for k in later) and page.tabs.count() == 7
    i = lazy.index("daily")
    assert page.tabs.tabText(i) == "每日报送（逾期）" and page.tabs.tabBar().tabTextColor(i).name() == C.alarm
    page.tabs.setCurrentIndex(lazy.index("notices"))  # the user clicks the tab
    notices = lazy.built("notices")
    assert notices is not None and page.tabs.currentWidget() is notices and notices.isVisibleTo(page)
    assert notices.actor is page.actor and notices.app is page.app
    assert page.tabs.tabText(page.tabs.indexOf(notices)) == "企业通知与回执"
    assert all(lazy.built(k) is None for k in later if k != "notices")
    seen = []
    page.changed.connect(lambda: seen.append(1))
    notices.changed.emit()
    assert seen == [1]
    daily = page.daily  # asked for in code: built without being shown; its tab keeps its place and mark
    assert page.tabs.indexOf(daily) == i and page.tabs.currentWidget() is notices
    assert _tab(page) == ("每日报送（逾期）", C.alarm)
    assert [page.tabs.tabText(k) for k in range(7)][1:] == [
        "一厂一策（现在应执行）", "现场核查", "工地车辆检查", "企业通知与回执", "每日报送（逾期）", "应急总结汇总"]


def test_report_labels_in_english_figures_unchanged(english_ui, qtbot, db, catalog, tmp_path):
    import openpyxl

    page = _page(qtbot, db, catalog)
    m = page.daily.model
    rows = {m.index(r, 0).data(): m.index(r, 1).data() for r in range(m.rowCount())}
    assert rows["Warning level"] == "Orange warning" and rows["Firms checked by their meters"] == "6"
    assert rows["Firms on the emission-reduction list"] == "6"
    assert page.daily.title.text().startswith("Haimen District heavy-pollution emission-reduction daily report")
    assert page.daily.due_label.text() == "Daily report due at 14:00: none due today (no warning in force at that time)."
    units = [page.daily.units.index(r, 0).data() for r in range(page.daily.units.rowCount())]
    assert "Public Security Bureau" in units and "Sanxing Town" in units  # the plan's names in English
    ws = openpyxl.load_workbook(page.daily.export("xlsx", tmp_path / "r.xlsx")).active
    assert [ws["A3"].value, ws["B3"].value] == ["Warning level", "Orange warning"]
    assert "Public Security Bureau" in [c.value for c in ws["A"]]


def test_summary_tab_after_the_episode_issues_and_exports(qtbot, db, catalog, tmp_path):
    duty, head = actor_of(db, "duty"), actor_of(db, "head")
    page = _page(qtbot, db, catalog)
    view = page.summary
    assert view.summary is None and not view.btn_issue.isEnabled()
    db.clock = FixedClock(T0 + timedelta(days=2))
    E.receive_notice(db, duty, "city", "lift", None, "通环3号", db.clock.now())
    p = E.propose(db, duty, "end", None, [], "", None)
    E.sign(db, p.id, head.username, USER_PW, p.steps[0].role, "approve", p.content_hash)
    E.record_summary(db, duty, "生态环境局", by="张三")
    page.refresh()
    assert view.which.currentData() == "new:1" and view.btn_issue.isEnabled()
    fig = {view.figures.index(r, 0).data(): view.figures.index(r, 1).data() for r in range(view.figures.rowCount())}
    assert fig["按时报送总结（个）"] == "1" and fig["用电核查发现问题企业（家）"] == "4"
    rid = view.issue()
    assert rid is not None and view.which.currentData() == f"issued:{rid}" and not view.btn_issue.isEnabled()
    assert view.export("xlsx", tmp_path / "s.xlsx").exists()
    pdf = tmp_path / "s.pdf"
    view.export("pdf", pdf)
    assert pdf.read_bytes()[:4] == b"%PDF"


def test_the_minute_timer_stops_once_the_store_is_closed(qtbot, tmp_path, catalog, monkeypatch):
    """A view outliving its database (closed window, drill over) must not read the closed store every minute."""
    from widgets.common import timers

    monkeypatch.setattr(timers, "MINUTE_MS", 5)
    s = Store(tmp_path / "gone.sqlite3", FixedClock(T0))
    page = _page(qtbot, s, catalog)
    assert page.daily.timer.isActive() and page.daily.timer.interval() == 5
    s.close()
    qtbot.waitUntil(lambda: not page.daily.timer.isActive(), timeout=2000)
    qtbot.wait(30)  # more intervals: reading the closed store would raise in the timer's slot
