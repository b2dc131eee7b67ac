from PySide6.QtCore import Qt

from widgets.measures.measures_model import COL_TEXT, MeasuresModel
from widgets.measures.measures_page import MeasuresPage


def test_model_passes_modeltester(qtmodeltester, catalog):
    model = MeasuresModel(catalog)
    model.set_rows(catalog.measures_in_force("red"))
    qtmodeltester.check(model)


def test_levels_are_cumulative_and_replaced_marked(qtbot, catalog):
    page = MeasuresPage(catalog)
    qtbot.addWidget(page)
    assert page.level_model.rowCount() == 25
    red_button = next(b for b in page.level_buttons.buttons() if b.property("level") == "red")
    qtbot.mouseClick(red_button, Qt.MouseButton.LeftButton)
    assert page.level_model.rowCount() == 54
    row = next(i for i, r in enumerate(page.level_model.rows) if r.measure.id == "II-D2")
    idx = page.level_model.index(row, COL_TEXT)
    assert "I-D2" in page.level_model.data(idx)
    assert page.level_model.data(idx, Qt.ItemDataRole.FontRole).strikeOut()
    assert "54" in page.level_summary.text()


def test_search_filters(qtbot, catalog):
    page = MeasuresPage(catalog)
    qtbot.addWidget(page)
    page.show_level("orange")
    page.search.setText("海晟集团")
    assert page.level_proxy.rowCount() == 2  # road sweeping at Ⅲ and its Ⅱ replacement
    page.search.clear()
    assert page.level_proxy.rowCount() == 44


def test_unit_view_shows_duties_and_measures(qtbot, catalog):
    page = MeasuresPage(catalog)
    qtbot.addWidget(page)
    items = page.unit_list.findItems("公安局", Qt.MatchFlag.MatchExactly)
    page.unit_list.setCurrentItem(items[0])
    assert "机动车限行" in page.duties.toPlainText()
    assert page.unit_model.rowCount() > 0
    assert all("公安局" in r.measure.departments for r in page.unit_model.rows)
    town = catalog.towns[0]
    page.unit_list.setCurrentItem(page.unit_list.findItems(town, Qt.MatchFlag.MatchExactly)[0])
    assert "区镇" in page.duties.toPlainText() and page.unit_model.rowCount() == 3
