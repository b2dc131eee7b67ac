"""The air page in English at the smallest supported window: its labels fit (UX review, 1366×768)."""
from pathlib import Path

from PySide6.QtCore import QTranslator

from widgets.common.i18n import LANG_PROPERTY

QM = Path(__file__).resolve().parents[3] / "resources" / "translations" / "console_en.qm"


def test_station_rolling_checkbox_fits_the_station_column(qtbot, qapp, air_store, catalog):
    from widgets.air.air_page import AirPage

    tr = QTranslator()
    assert tr.load(str(QM))
    qapp.installTranslator(tr)
    qapp.setProperty(LANG_PROPERTY, "en")
    try:
        page = AirPage(air_store, catalog)
        qtbot.addWidget(page)
        page.resize(1100, 700)  # the page's share of a 1366×768 window
        page.show()
        qtbot.waitExposed(page)
        box = page.station_rolling
        assert box.text() != "各站点也显示24小时滑动AQI"
        assert box.sizeHint().width() <= box.width(), (box.text(), box.sizeHint().width(), box.width())
    finally:
        qapp.setProperty(LANG_PROPERTY, "zh")
        qapp.removeTranslator(tr)
