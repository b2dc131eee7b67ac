"""The measures board in English (UX review): the level chip and the episode list spoke Chinese."""
from datetime import datetime

from console.common.clock import TZ, FixedClock
from console.measures import board
from console.store.db import Store
from widgets.measures.board_page import BoardPage

T0 = datetime(2024, 12, 3, 8, 0, tzinfo=TZ)


def test_level_chip_and_episode_list_in_english(english_ui, qtbot, catalog, tmp_path):
    s = Store(tmp_path / "b.sqlite3", FixedClock(T0))
    try:
        board.activate(s, "2024-12-03-01", "orange", T0, "duty", catalog=catalog)
        page = BoardPage(s, catalog)
        qtbot.addWidget(page)
        assert page.level_chip.text().startswith("Orange warning (Level ")
        assert "Orange warning (Level " in page.episode_combo.itemText(0)
        assert "橙色" not in page.level_chip.text() + page.episode_combo.itemText(0)
    finally:
        s.close()
