"""The drill page in English at 1366×768 (UX review): the scenario row does not overlap, the scenario titles show
whole and "&" shows as "&"."""


def test_scenario_row_fits_and_ampersands_show(english_ui, qtbot, catalog, tmp_path):
    from widgets.drills.drills_page import DrillsPage

    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    page.resize(1070, 680)  # the page's share of a 1366×768 window with the English navigation
    page.show()
    qtbot.waitExposed(page)
    # a top-level widget grows to its layout's minimum, so ask the layout: does the page fit its share at all?
    assert page.minimumSizeHint().width() <= 1070, page.minimumSizeHint()
    assert page.width() <= 1070
    row = [page.auto_box, page.trainee_box, page.desktop.box, page.start_button]
    assert page.scenario_combo.geometry().bottom() < page.auto_box.geometry().top()  # the scenario's own row
    for left, right in zip(row, row[1:]):
        assert left.geometry().right() < right.geometry().left(), (left, right)  # no overlap
    for box in row:
        assert box.sizeHint().width() <= box.width(), box.text()  # no clipped label
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Warnings && sign-off (drill)" in tabs  # a single "&" would be a mnemonic: "Warnings _sign-off"
    buttons = [b.text() for b in page.findChildren(type(page.start_button))]
    assert "End && score" in buttons


def test_scenario_names_level_badges_units_and_roles_in_english(english_ui, qtbot, catalog, tmp_path):
    """Issue 19.13: scenario titles and descriptions, the level badges, the units of injected faults and the role
    names of the accounts read in English with --lang en."""
    from widgets.drills.drills_page import DrillsPage

    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    titles = [page.scenario_combo.itemText(i) for i in range(page.scenario_combo.count())]
    assert "Synthetic full cycle: yellow → orange → red → lift → summaries" in titles
    assert not [t for t in titles if "合成" in t or "回放" in t]
    page.scenario_combo.setCurrentIndex(page.scenario_combo.findData("full_cycle"))
    assert page.description.text().startswith("A synthetic heavy-pollution episode")
    page.desktop.box.setChecked(False)
    assert page.start("full_cycle", speed=600)
    page.pause()
    qtbot.waitUntil(lambda: page.runner is not None and not page.busy, timeout=60_000)
    for _ in range(50):  # into the red phase, while the Water Resources Bureau's injected fault runs
        page.step_hours(1)
        qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    state = page.state_label.text()
    assert "Synthetic full cycle" in state and "Red warning (Level Ⅰ)" in state
    assert "Water Resources Bureau" in state and "水利局" not in state and "红色预警" not in state
    accounts = page.accounts_label.text()
    assert "District-government leader" in accounts and "区政府领导" not in accounts
    page.shutdown()


def test_event_log_lines_follow_the_language(english_ui, qapp):
    """Issue 19.13: the drill event log showed the core's Chinese; each line now carries its English."""
    from datetime import datetime

    from console.drills.runner import LogEntry, _trainee_text
    from widgets.drills.drill_views import log_item

    class Runner:
        def who(self, username):
            return username

    at = datetime(2025, 12, 2, 8, 0)
    zh, en, ok = _trainee_text(Runner(), "duty", "proposal.create", 1, {"kind": "start", "level": "orange"})
    assert ok and zh == "duty 提议 #1：启动橙色预警（Ⅱ级）"
    assert en == "duty proposed #1: start Orange warning (Level Ⅱ)"
    line = log_item(LogEntry(at, "trainee", zh, True, en)).text()
    assert line.endswith("duty proposed #1: start Orange warning (Level Ⅱ)") and "提议" not in line
    assert log_item(LogEntry(at, "info", "旧记录", True)).text().endswith("旧记录")  # no English: as recorded
    assert _trainee_text(Runner(), "head", "signoff.approve", 1, {"step_name": "review"})[1] == "head reviews #1"


def test_scenario_titles_show_whole_at_1366x768(english_ui, qtbot, catalog, tmp_path):
    """Issue 19: the scenario list cut its English titles ("Replay: the Beijing episode of Decemb…"); it has its
    row to itself and is as wide as its longest title."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    from widgets.drills.drills_page import DrillsPage

    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    page.resize(1070, 680)
    page.show()
    qtbot.waitExposed(page)
    combo = page.scenario_combo
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    titles = [combo.itemText(i) for i in range(combo.count())]
    assert any(t.startswith("Replay: the Beijing episode of December 2015") for t in titles), titles
    for t in titles:
        assert combo.fontMetrics().horizontalAdvance(t) <= field.width(), (t, field.width())
    assert combo.geometry().right() <= page.width()
