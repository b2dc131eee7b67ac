from datetime import datetime, timedelta

from console.common.clock import TZ, FixedClock
from widgets.air.freshness_badge import FreshnessBadge

LAST = datetime(2015, 12, 1, 10, tzinfo=TZ)


def test_green_within_the_stale_setting_red_after(qtbot):
    clock = FixedClock(LAST + timedelta(minutes=90))
    badge = FreshnessBadge(LAST, clock, stale_hours=2)
    qtbot.addWidget(badge)
    assert not badge.stale
    assert "2015-12-01 10:00" in badge.text() and "正常" in badge.text()
    assert "#e3f4e6" in badge.styleSheet()
    clock.advance(timedelta(hours=1))
    badge.refresh()
    assert badge.stale and "超时" in badge.text() and "2 小时 30 分钟前" in badge.text()
    assert "#b00020" in badge.styleSheet()
    badge.set_stale_hours(6)
    assert not badge.stale


def test_years_old_demo_data_is_plainly_stale(qtbot):
    badge = FreshnessBadge(LAST, FixedClock(datetime(2026, 11, 29, 8, tzinfo=TZ)), 2)
    qtbot.addWidget(badge)
    assert badge.stale and "年前" in badge.text()


def test_no_data(qtbot):
    badge = FreshnessBadge(None, FixedClock(LAST), 2)
    qtbot.addWidget(badge)
    assert badge.stale and badge.text() == "无数据"
