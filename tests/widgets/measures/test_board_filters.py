"""The board's filter bar: refilling the units keeps the choice and is not reported as a change; a choice made by
the user is, and reaches the proxy."""
from console.measures.status import UnitSummary
from widgets.measures.board_filters import BoardFilters
from widgets.measures.board_model import BoardFilter


def test_refill_keeps_the_unit_quietly_and_user_choices_reach_the_proxy(qtbot, monkeypatch):
    bar = BoardFilters()
    qtbot.addWidget(bar)
    units = [UnitSummary("生态环境局", "department"), UnitSummary("三厂街道", "town")]
    with qtbot.assertNotEmitted(bar.changed):
        bar.fill_units(units, "三厂街道")
    assert bar.unit.currentData() == "三厂街道" and bar.unit.itemText(0) == "全部单位" and bar.unit.count() == 3
    with qtbot.assertNotEmitted(bar.changed):
        bar.fill_units(units[:1], "三厂街道")  # gone from the board: back to every unit
    assert bar.unit.currentData() is None
    with qtbot.waitSignal(bar.changed):
        bar.state.setCurrentIndex(bar.state.findData("overdue"))
    with qtbot.waitSignal(bar.changed):
        bar.search.setText("  洒水 ")
    got = {}
    monkeypatch.setattr(BoardFilter, "set_filter", lambda self, **kw: got.update(kw))
    bar.apply_to(BoardFilter())
    assert got == {"unit": None, "state": "overdue", "category": None, "text": "洒水"}
