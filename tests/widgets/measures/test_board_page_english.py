"""The measures board in English (UX review): the level chip and the episode list spoke Chinese."""
from datetime import datetime

from console.admin import accounts
from console.common.clock import TZ, FixedClock
from console.measures import board
from console.store.db import Store
from widgets.measures.board_page import BoardPage
from tests.helpers import actor_of, admin_of

T0 = datetime(2024, 12, 3, 8, 0, tzinfo=TZ)


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" for ch in text)


def test_level_chip_and_episode_list_in_english(english_ui, qtbot, catalog, tmp_path):
    s = Store(tmp_path / "b.sqlite3", FixedClock(T0))
    try:
        board.activate(s, "2024-12-03-01", "orange", T0, admin_of(s), catalog=catalog)
        page = BoardPage(s, catalog)
        qtbot.addWidget(page)
        assert page.level_chip.text().startswith("Orange warning (Level ")
        assert "Orange warning (Level " in page.episode_combo.itemText(0)
        assert "橙色" not in page.level_chip.text() + page.episode_combo.itemText(0)
    finally:
        s.close()


def test_units_categories_task_states_and_records_in_english(english_ui, qtbot, catalog, tmp_path):
    """Issue 19.13: with --lang en the board names units and towns, categories, task states and the latest record
    in English (the plan's measure wording stays a quotation of the plan)."""
    from widgets.measures.board_model import COL_LAST, COL_STATE, COL_UNIT

    s = Store(tmp_path / "b.sqlite3", FixedClock(T0))
    try:
        board.activate(s, "2024-12-03-01", "orange", T0, admin_of(s), catalog=catalog)
        page = BoardPage(s, catalog)
        qtbot.addWidget(page)
        units = {page.model.data(page.model.index(r, COL_UNIT)) for r in range(page.model.rowCount())}
        assert "Ecology and Environment Bureau" in units and "Sanxing Town" in units
        assert not [u for u in units if _cjk(u)], units
        states = {page.model.data(page.model.index(r, COL_STATE)).split(" · ")[0] for r in range(page.model.rowCount())}
        assert "Open" in states and "In progress" in states and not [x for x in states if _cjk(x)], states
        combo = [page.category_filter.itemText(i) for i in range(page.category_filter.count())]
        assert "Mandatory emission reduction" in combo and "强制性减排措施" not in combo
        units_combo = [page.unit_filter.itemText(i) for i in range(page.unit_filter.count())]
        assert "Water Resources Bureau" in units_combo and "水利局" not in units_combo
        row = next(r for r in range(page.model.rowCount()) if page.model.rows[r].recurring_kind is None
                   and page.model.rows[r].active)
        st = page.model.rows[row]
        accounts.create_user(s, admin_of(s), "duty", "值班员甲", ["duty_officer"], "secret1")
        board.check(s, st.task_id, actor_of(s, "duty"), st.unit, catalog=catalog)
        page.refresh()
        row = next(r for r in range(page.model.rowCount()) if page.model.rows[r].task_id == st.task_id)
        assert page.model.data(page.model.index(row, COL_STATE)) == "Done"
        assert "confirmed" in page.model.data(page.model.index(row, COL_LAST))
    finally:
        s.close()


def test_measures_catalogue_units_and_categories_in_english(english_ui, qtbot, catalog):
    from widgets.measures.measures_model import COL_CATEGORY, COL_DEPTS
    from widgets.measures.measures_page import MeasuresPage

    page = MeasuresPage(catalog, None)
    qtbot.addWidget(page)
    shown = [page.unit_list.item(i).text() for i in range(page.unit_list.count())]
    assert "Public Security Bureau" in shown and "Sijia Town" in shown and "公安局" not in shown
    page.unit_list.setCurrentItem(page.unit_list.item(shown.index("Public Security Bureau")))
    assert page.unit_title.text() == "Public Security Bureau" and page.unit_model.rowCount() > 0
    cats = {page.unit_model.data(page.unit_model.index(r, COL_CATEGORY)) for r in range(page.unit_model.rowCount())}
    depts = [page.unit_model.data(page.unit_model.index(r, COL_DEPTS)) for r in range(page.unit_model.rowCount())]
    assert cats and not [x for x in (*cats, *depts) if _cjk(x)], (cats, depts)
    assert any("Public Security Bureau" in d for d in depts)


def test_english_unit_names_are_readable_in_the_unit_column(english_ui, qtbot, catalog, tmp_path):
    """Issue 19.13: English unit names were cut in the narrow unit column: it widens by its content so no word
    is cut and a name wraps into three lines at most (four for the one development-zone name that is longer
    still) — not more, so the measure text keeps the room at 1366×768 (test_board_fit)."""
    from PySide6.QtCore import QRect, Qt

    from widgets.measures.board_model import COL_UNIT

    s = Store(tmp_path / "b.sqlite3", FixedClock(T0))
    try:
        board.activate(s, "2024-12-03-01", "red", T0, admin_of(s), catalog=catalog)
        page = BoardPage(s, catalog)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        qtbot.waitExposed(page)
        width = page.table.columnWidth(COL_UNIT) - 18
        fm = page.table.fontMetrics()
        names = {page.model.data(page.model.index(r, COL_UNIT)) for r in range(page.model.rowCount())}
        assert "Housing and Urban-Rural Development Bureau" in names
        for name in names:
            box = fm.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), name)
            lines = 3 if len(name) <= 45 else 4
            assert box.width() <= width and box.height() <= lines * fm.lineSpacing(), (name, width)
        assert page.table.columnWidth(COL_UNIT) <= 300
    finally:
        s.close()
