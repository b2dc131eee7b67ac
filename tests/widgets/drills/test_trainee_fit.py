"""Every page fits 1366×768: the 演练 page in trainee mode, with the live 预警与审签 page embedded on the drill
store, in both languages (it needed ~1405 px: the accounts line did not wrap, the clock row and the secondary
actions were one unbreakable row, the state box pushed the page 70 px too tall). Screenshots looked at."""
import pytest
from PySide6.QtCore import QSettings

from widgets.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _fits(w) -> None:
    hint = w.minimumSizeHint()
    assert hint.width() <= w.width() and hint.height() <= w.height(), (type(w).__name__, hint, w.size())


def _trainee_drill_at_1366x768(qtbot, store, catalog, tmp_path):
    w = MainWindow(store, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.show_section("drills")
    page = w.drills
    qtbot.waitUntil(lambda: not page.building)  # the window builds the page's controls over event-loop turns
    page.desktop.box.setChecked(False)
    page.trainee_box.setChecked(True)
    assert page.start("full_cycle", speed=600)
    page.pause()
    qtbot.waitUntil(lambda: page.runner is not None and not page.busy, timeout=60_000)
    for _ in range(8):  # a yellow trigger, reminders in the log, the state box filled
        page.step_hours(1)
        qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    return w, page


def _check(qtbot, w, page):
    assert (w.width(), w.height()) == (1366, 768)
    _fits(w)  # the window needs no more than the screen
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
        _fits(page)
        if tab == 1:
            warnings = page.warnings
            _fits(warnings)
            # the one next action, the level chip and the secondary buttons are wholly in view (once the
            # height-for-width layouts have settled)
            shown = (warnings.next_button, warnings.assessment_panel.level_chip, *warnings.buttons.values())

            def whole():
                return all(x.visibleRegion().boundingRect().size() == x.size() for x in shown)

            qtbot.waitUntil(whole, timeout=3_000)
    for b in (page.pause_button, page.step_button, page.stop_button, *page.speed_buttons.values()):
        assert b.sizeHint().width() <= b.width(), b.text()  # no clipped button text
    page.shutdown()


def test_trainee_drill_page_fits_1366x768_in_chinese(qtbot, store, catalog, tmp_path):
    w, page = _trainee_drill_at_1366x768(qtbot, store, catalog, tmp_path)
    _check(qtbot, w, page)


def test_trainee_drill_page_fits_1366x768_in_english(english_ui, qtbot, store, catalog, tmp_path):
    w, page = _trainee_drill_at_1366x768(qtbot, store, catalog, tmp_path)
    _check(qtbot, w, page)
