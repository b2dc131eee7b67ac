"""Issue 19.13: level badges and level words on the 预警与审签 page follow --lang en (the plan's basis lines stay
quotations of the plan)."""
from datetime import datetime

from console.common.clock import TZ
from console.rules.assessment import Assessment
from widgets.warnings.assessment_panel import AssessmentPanel

T0 = datetime(2025, 12, 3, 12, 0, tzinfo=TZ)


def test_level_chip_in_english(english_ui, qtbot, catalog):
    panel = AssessmentPanel(catalog)
    qtbot.addWidget(panel)
    panel.set_assessment(Assessment(T0, "red", "none", "red", ["结论：红色预警（Ⅰ级）"]), None, T0)
    assert panel.level_chip.text() == "Red warning (Level Ⅰ)"


def test_level_chip_in_chinese(qtbot, catalog):
    panel = AssessmentPanel(catalog)
    qtbot.addWidget(panel)
    panel.set_assessment(Assessment(T0, "orange", "orange", "none", ["结论"]), None, T0)
    assert panel.level_chip.text() == "橙色预警（Ⅱ级）"


def test_level_words_in_sentences(english_ui):
    from widgets.common.i18n import level_badge, level_word

    assert level_word("yellow") == "yellow" and level_badge("none") == "No warning"
    assert level_badge("orange") == "Orange warning (Level Ⅱ)"
