"""The air page in English at the smallest supported window: its labels fit (UX review, 1366×768)."""


def test_station_rolling_checkbox_fits_the_station_column(english_ui, qtbot, air_store, catalog):
    from widgets.air.air_page import AirPage

    page = AirPage(air_store, catalog)
    qtbot.addWidget(page)
    page.resize(1100, 700)  # the page's share of a 1366×768 window
    page.show()
    qtbot.waitExposed(page)
    box = page.station_rolling
    assert box.text() != "各站点也显示24小时滑动AQI"
    assert box.sizeHint().width() <= box.width(), (box.text(), box.sizeHint().width(), box.width())
