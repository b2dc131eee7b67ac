"""Issue 19 (1366×768): the board's task table needed a sideways scroll to reach its last columns, and in Chinese
the measure text was squeezed into a column a few characters wide. Every column now shows without scrolling
sideways, in both languages, and the measure text is the widest column."""
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings

from console.common.clock import TZ, FixedClock
from console.measures import board
from console.store.db import Store
from widgets.measures.board_model import COL_LAST, COL_TEXT
from widgets.measures.board_page import BoardPage
from tests.helpers import admin_of

T0 = datetime(2024, 12, 3, 8, 0, tzinfo=TZ)


@pytest.mark.parametrize("ui", ["chinese_ui", "english_ui"])
def test_every_column_in_view_at_1366x768_and_the_text_gets_the_room(ui, request, qtbot, catalog, tmp_path):
    from widgets.main_window import MainWindow

    request.getfixturevalue(ui)
    s = Store(tmp_path / "b.sqlite3", FixedClock(T0))
    try:
        board.activate(s, "2024-12-03-01", "red", T0, admin_of(s), catalog=catalog)
        w = MainWindow(s, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        w.show_section("measures")
        qtbot.waitExposed(w)
        page = w.findChild(BoardPage)
        table = page.table
        qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 0)
        widths = [table.columnWidth(c) for c in range(page.model.columnCount())]
        assert sum(widths) <= table.viewport().width(), (widths, table.viewport().width())
        assert not table.horizontalScrollBar().isVisible()
        h = table.horizontalHeader()
        assert h.sectionViewportPosition(COL_LAST) + widths[COL_LAST] <= table.viewport().width()
        assert widths[COL_TEXT] == max(widths) and widths[COL_TEXT] >= 200, widths
        hm = h.fontMetrics()  # a header no wider than its column: its words wrap, each line whole
        for c, title in enumerate(page.model.headers):
            assert max(hm.horizontalAdvance(word) for word in title.split()) < widths[c], title
            if hm.horizontalAdvance(title) + 26 > widths[c]:
                assert h.height() >= 2 * hm.lineSpacing(), title
    finally:
        s.close()
