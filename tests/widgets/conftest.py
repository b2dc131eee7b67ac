"""Fixtures for the air-quality widgets: small excerpts of the real UCI Beijing files, imported the real way."""
import gzip
from pathlib import Path

import pytest
from tests.helpers import admin_of

UCI = Path(__file__).resolve().parents[1] / "data" / "uci"  # excerpts of the UCI Beijing files (CC BY 4.0)


def write_uci_excerpt(dest: Path, station: str, first: tuple, last: tuple) -> Path:
    """Copy the rows of one UCI station file between (y, m, d) first and last (inclusive) to dest, same layout."""
    src = next(UCI.glob(f"PRSA_Data_{station}_*.csv.gz"))
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    keep = [lines[0]]
    for line in lines[1:]:
        y, m, d = (int(x) for x in line.split(",")[1:4])
        if first <= (y, m, d) <= last:
            keep.append(line)
    dest.write_text("\n".join(keep) + "\n", encoding="utf-8")
    return dest


@pytest.fixture
def uci_files(tmp_path):
    """Dongsi and Tiantan, 25 Nov – 5 Dec 2015 (the December 2015 red-alert episode), as UCI-layout CSVs."""
    return [write_uci_excerpt(tmp_path / f"PRSA_Data_{s}_excerpt.csv", s, (2015, 11, 25), (2015, 12, 5))
            for s in ("Dongsi", "Tiantan")]


@pytest.fixture
def air_store(store, uci_files):
    from console.importers import files as importers

    for f in uci_files:
        importers.import_file(store, f, admin_of(store))
    return store


@pytest.fixture
def chinese_ui(qapp):
    """The Chinese interface with the app's own font and stylesheet (as english_ui does for English)."""
    from widgets.common import style

    font, sheet = qapp.font(), qapp.styleSheet()
    qapp.setFont(style.app_font())
    qapp.setStyleSheet(style.STYLESHEET)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture
def english_ui(qapp):
    """The interface as `python main.py --lang en` shows it: English translation, the app's font and stylesheet
    (the plain test application uses smaller type, so a layout that overflows in real use could pass here)."""
    from PySide6.QtCore import QTranslator

    from widgets.common import style
    from widgets.common.i18n import LANG_PROPERTY

    qm = Path(__file__).resolve().parents[2] / "resources" / "translations" / "console_en.qm"
    tr = QTranslator()
    assert tr.load(str(qm)), qm
    font, sheet = qapp.font(), qapp.styleSheet()
    qapp.installTranslator(tr)
    qapp.setProperty(LANG_PROPERTY, "en")
    qapp.setFont(style.app_font())
    qapp.setStyleSheet(style.STYLESHEET)
    yield tr
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setProperty(LANG_PROPERTY, "zh")
    qapp.removeTranslator(tr)


@pytest.fixture(scope="session", autouse=True)
def gc_on_gui_thread(qapp):
    """As the console does (widgets/common/gc_guard.py, installed by make_app): Python's cyclic collector runs on
    the GUI thread only, so a Qt object left in a cycle by one test is never destroyed on another test's worker."""
    from widgets.common import gc_guard

    collector = gc_guard.install(qapp)
    yield collector
    collector.stop()
