"""At 1366×768 every tab of 减排核查 is in view (no scroll arrows on the tab bar), in Chinese and in English, with
the daily report's overdue title (the longest it gets)."""
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings

from console.common.clock import TZ, FixedClock
from console.store.db import Store

T0 = datetime(2024, 12, 3, 8, 0, tzinfo=TZ)


@pytest.mark.parametrize("ui", ["chinese_ui", "english_ui"])
def test_every_reduction_tab_in_view_at_1366x768(ui, request, qtbot, catalog, tmp_path):
    from widgets.main_window import MainWindow
    from widgets.reductions.reductions_page import ReductionsPage

    request.getfixturevalue(ui)
    s = Store(tmp_path / "t.sqlite3", FixedClock(T0))
    try:
        w = MainWindow(s, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        w.show_section("reductions")
        qtbot.waitExposed(w)
        page = w.findChild(ReductionsPage)
        tabs = page.tabs
        i = tabs.indexOf(page.daily)
        tabs.setTabText(i, page.tr("每日报送（逾期）"))  # the longest title the bar shows
        qtbot.waitUntil(lambda: tabs.isVisible() and tabs.width() > 0)
        bar = tabs.tabBar()
        need = sum(bar.tabSizeHint(k).width() for k in range(bar.count()))
        assert need <= tabs.width(), (need, tabs.width(), [bar.tabText(k) for k in range(bar.count())])
    finally:
        w.close()
        s.close()
