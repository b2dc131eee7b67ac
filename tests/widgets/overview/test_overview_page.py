from datetime import datetime, timedelta

from console.admin import accounts
from console.air import demo
from console import episodes as E
from console.common.clock import TZ, FixedClock
from console.alerts.escalation import Pending
from widgets.overview.overview_page import OverviewPage
from tests.helpers import admin_of

T0 = datetime(2016, 12, 17, 9, 0, tzinfo=TZ)


def test_empty_database_says_what_to_do(qtbot, store, catalog):
    page = OverviewPage(store, catalog)
    qtbot.addWidget(page)
    assert "当前无预警" in page.banner.level_label.text()
    assert "尚无观测数据" in page.aqi_card.body.text()
    assert page.centre.list.count() == 1 and "尚未录入应急减排清单" in page.centre.list.item(0).text()


def test_level_aqi_forecast_and_pending(qtbot, store, catalog):
    store.clock = FixedClock(T0)
    demo.load_demo(store, "test")
    for name, roles in {"duty": ["duty_officer"], "head": ["bureau_head"]}.items():
        accounts.create_user(store, admin_of(store), name, name, roles, "pw123456")
    p = E.propose(store, "duty", "start", "orange", ["橙色：预测"], "海门区全域", T0, assessed_level="orange")
    store.clock.advance(timedelta(minutes=10))
    E.sign(store, p.id, "head", "pw123456", "bureau_head", "approve", p.content_hash, actor="head")
    store.clock.advance(timedelta(hours=2, minutes=5))
    page = OverviewPage(store, catalog)
    qtbot.addWidget(page)
    assert "橙色预警" in page.banner.level_label.text()
    assert "2小时5分" in page.banner.detail_label.text()
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
