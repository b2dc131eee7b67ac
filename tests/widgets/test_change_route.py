"""Issue 12.4: a page's own action re-reads only what its change touches. In the main window the page does not
re-read itself after its action; the commit's Changes reach the views through the window's one route
(MainWindow.apply_changes), the same as a worker's or another seat's commit. Reads are counted, not timed."""
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tests.helpers import admin_of
from widgets.main_window import SECTIONS, MainWindow

VIEWS = {
    "overview": lambda w: (w.overview, "refresh"),
    "warnings": lambda w: (w.warnings, "refresh"),
    "air": lambda w: (w.air, "reload"),
    "air_in_steps": lambda w: (w.air, "reload_in_steps"),
    "board": lambda w: (w.measures.board, "refresh"),
    "ledger": lambda w: (w.measures.ledger, "refresh"),
    "reductions": lambda w: (w.reductions, "refresh"),
    "users": lambda w: (w.settings_page.users, "refresh"),
}


def _counting(w) -> dict[str, int]:
    counts = dict.fromkeys(VIEWS, 0)
    for name, where in VIEWS.items():
        obj, method = where(w)
        real = getattr(obj, method)

        def counted(*a, _name=name, _real=real, **k):
            counts[_name] += 1
            return _real(*a, **k)
        setattr(obj, method, counted)
    return counts


def test_an_action_on_one_page_rereads_only_what_its_change_touches(qtbot, store, catalog, tmp_path, uci_files,
                                                                    monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    w = MainWindow(store, catalog, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.set_current_user(admin_of(store))
    for key in SECTIONS:  # every page built, so that every one of them could be re-read
        w.show_section(key)
    qtbot.wait(50)
    counts = _counting(w)

    # the whole-society totals on 响应措施 › 清单: the ledger (and 减排核查, which reads it) — nothing else
    w.measures.ledger.society["so2"].setValue(1234.5)
    w.measures.ledger.save_society()
    qtbot.waitUntil(lambda: counts["ledger"] > 0)
    qtbot.wait(50)
    assert counts == {**dict.fromkeys(VIEWS, 0), "ledger": 1, "reductions": 1}

    # an import on 空气质量 (on a worker): the air page once, in steps (not also by itself), and the views that
    # assess the air data (overview, warnings) — not the board, the ledger, 减排核查 or the accounts
    counts.update(dict.fromkeys(VIEWS, 0))
    op = w.air.import_files([str(uci_files[0])])
    qtbot.waitUntil(lambda: not op.running and counts["air_in_steps"] > 0, timeout=20_000)
    qtbot.waitUntil(lambda: not w.air._steps.running)
    qtbot.wait(50)
    assert counts == {**dict.fromkeys(VIEWS, 0), "air_in_steps": 1, "overview": 1, "warnings": 1}
    assert w.air.stations_panel.checks and not w.air.empty_banner.isVisibleTo(w.air)  # the data are shown
    assert w.air.plot.shown_keys()  # the curves were drawn, one per event-loop turn
