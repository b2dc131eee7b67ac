"""Issue 19.13: level badges, level words and the assessment's basis on the 预警与审签 page follow --lang en (the
basis is rendered from the lines the rules wrote; what is stored stays Chinese; a hand-typed line is quoted)."""
from datetime import date, datetime

from console.common.clock import TZ
from console.rules.assessment import ADVISORY, O3, Assessment, Forecast, assess
from console.rules.basis_en import _CJK
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


def test_basis_and_advisory_in_english(english_ui, qtbot, catalog):
    panel = AssessmentPanel(catalog)
    qtbot.addWidget(panel)
    fc = Forecast.daily([(date(2025, 12, 3), 250, "pm25"), (date(2025, 12, 4), 260, "pm25")])
    a = assess(fc, [], T0)
    panel.set_assessment(a, None, T0)
    text = panel.basis_text()
    assert "• Orange: forecast daily AQI over 48 consecutive hours from 12-03 > 200 (250, 260)" in text
    assert "Conclusion: orange warning (Level Ⅱ)" in text and not _CJK.search(text)
    assert a.basis[0].startswith("橙色：预测")  # the assessment itself (what a proposal stores) is unchanged
    o3 = Assessment(T0, "none", "none", "none", ["未达到预警条件：没有预测数据"], advisory=ADVISORY[O3],
                    advisory_pollutants=(O3,))
    panel.set_assessment(o3, None, T0)
    assert panel.basis_text() == "• Warning conditions not met: no forecast data"
    assert "Ozone (O3) is the primary pollutant" in panel.advisory.text()
    assert not _CJK.search(panel.advisory.text())


def test_basis_in_chinese_as_written(qtbot, catalog):
    panel = AssessmentPanel(catalog)
    qtbot.addWidget(panel)
    panel.set_assessment(Assessment(T0, "none", "none", "none", ["未达到预警条件：没有预测数据"]), None, T0)
    assert panel.basis_text() == "• 未达到预警条件：没有预测数据"


def test_sign_dialog_shows_the_stored_basis_in_english(english_ui, store, catalog):
    from console import episodes as E
    from console.admin import accounts
    from tests.helpers import actor_of, admin_of
    from widgets.warnings.sign_dialog import context_html, proposal_html

    accounts.create_user(store, admin_of(store), "duty", "王值班", ["duty_officer"], "pw123456")
    p = E.propose(store, actor_of(store, "duty"), "start", "orange",
                  ["橙色：预测 12-03 起连续48小时日AQI>200（250、260），首要污染物 PM2.5", "电话核实：市局同意"],
                  "海门区全域", T0, assessed_level="orange")
    html = proposal_html(store, p)
    assert "Orange: forecast daily AQI over 48 consecutive hours from 12-03 &gt; 200 (250, 260)" in html
    assert "“电话核实：市局同意” (as written)" in html
    assert E.get_proposal(store, p.id).basis[0].startswith("橙色：预测")
    # what approval starts: the plan's units in English, listed the English way
    ctx = context_html(store, p, catalog)
    assert "Ecology and Environment Bureau" in ctx and "、" not in ctx and "生态环境局" not in ctx
