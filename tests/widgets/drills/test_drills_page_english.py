"""The drill page in English at 1366×768 (UX review): the scenario row does not overlap and "&" shows as "&"."""


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
    row = [page.scenario_combo, page.auto_box, page.trainee_box, page.desktop.box, page.start_button]
    for left, right in zip(row, row[1:]):
        assert left.geometry().right() < right.geometry().left(), (left, right)  # no overlap
    for box in row[1:]:
        assert box.sizeHint().width() <= box.width(), box.text()  # no clipped label
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Warnings && sign-off (drill)" in tabs  # a single "&" would be a mnemonic: "Warnings _sign-off"
    buttons = [b.text() for b in page.findChildren(type(page.start_button))]
    assert "End && score" in buttons
