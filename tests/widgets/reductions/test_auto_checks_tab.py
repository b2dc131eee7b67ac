"""The reminder tick runs the meter checks that are due by themselves; the checks tab then shows the system's
run (marked as automatic) with its flags, and the control-off reminder is among the pending items."""
from datetime import datetime

from helpers import actor_of, admin_of

from console import episodes as E
from console.admin import accounts
from console.alerts import deadlines
from console.common.clock import TZ, FixedClock
from console.reductions import demo
from console.store.db import Store
from widgets.common.bridge import Bridge
from widgets.common.reminders import ReminderService
from widgets.reductions.reductions_page import ReductionsPage

T0 = datetime(2016, 12, 16, 20, tzinfo=TZ)


def test_the_reminder_tick_runs_the_checks_and_the_tab_shows_them(qtbot, tmp_path, catalog):
    store = Store(tmp_path / "auto.sqlite3", FixedClock(T0))
    try:
        admin = admin_of(store)
        accounts.create_user(store, admin, "head", "Head", ["bureau_head"], "pw123456")
        p = E.propose(store, actor_of(store, "duty"), "start", "orange", ["橙色：预测"], "海门区全域", T0,
                      assessed_level="orange")
        E.sign(store, p.id, "head", "pw123456", "bureau_head", "approve", p.content_hash)
        demo.load_demo(store, admin)
        page = ReductionsPage(store, catalog)
        qtbot.addWidget(page)
        assert page.run_combo.count() == 1  # the demo's check by hand
        store.clock = FixedClock(datetime(2016, 12, 18, 21, 30, tzinfo=TZ))
        svc = ReminderService(store, Bridge(), deadlines.collect, lambda slot, title: ("inapp", True, None))
        svc.check_now()
        assert any(item.key.startswith("control_off:") for item in svc.pending)
        page.refresh()
        texts = [page.run_combo.itemText(i) for i in range(page.run_combo.count())]
        assert len(texts) == 2 and texts[0].startswith("自动核查 橙色") and not texts[1].startswith("自动核查")
        page.run_combo.setCurrentIndex(0)
        assert page.flags_model.index(0, 3).data() == "生产时治污设施停运"
        svc.check_now()  # the same hour, the same data: no second run
        page.refresh()
        assert page.run_combo.count() == 2
    finally:
        store.close()
