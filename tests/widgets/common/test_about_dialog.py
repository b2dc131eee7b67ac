from console.air import demo
from widgets.common.about_dialog import AboutDialog, program_version


def test_about_names_program_version_plan_and_demo_credit(qtbot):
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    assert program_version() == "0.1.0"
    assert "0.1.0" in dlg.version_label.text()
    assert "海政办发〔2024〕36号" in dlg.plan_label.text()
    credit = dlg.credit_label.text()
    assert demo.DEMO_CREDIT in credit and "CC BY 4.0" in credit and "UCI" in credit


def test_demo_credit_in_english(english_ui, qtbot):
    """UX review: the English About box showed the demo-data credit in Chinese."""
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    credit = dlg.credit_label.text()
    assert credit.startswith("Demo data: hourly observations at four Beijing stations")
    assert "CC BY 4.0" in credit and "Zhang, S. et al. (2017)" in credit and "演示" not in credit


def test_about_credits_the_electricity_load_data(qtbot):
    """Issue 18: the reduction checks' demo meters come from UCI ElectricityLoadDiagrams20112014 (CC BY 4.0)."""
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    text = dlg.load_credit_label.text()
    assert "ElectricityLoadDiagrams20112014" in text and "Trindade" in text and "CC BY 4.0" in text


def test_electricity_credit_in_english(english_ui, qtbot):
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    text = dlg.load_credit_label.text()
    assert text.startswith("Reduction-check demo data:") and "ElectricityLoadDiagrams20112014" in text
    assert "CC BY 4.0" in text and "演示" not in text
