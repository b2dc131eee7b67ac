"""The air import dialog's summary is in the window's language: Chinese by default, English with --lang en."""
import re
from datetime import datetime

from PySide6.QtWidgets import QMessageBox

from console.common.clock import TZ, FixedClock
from tests.helpers import admin_of
from widgets.air.air_page import AirPage

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _import_and_show(qtbot, store, catalog, files, monkeypatch) -> tuple[str, str]:
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[1:3]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[1:3]))
    page = AirPage(store, catalog, FixedClock(datetime(2026, 11, 29, 8, tzinfo=TZ)), admin_of(store))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.data_changed):
        page.import_files([str(f) for f in files])
    qtbot.waitUntil(lambda: bool(shown))
    return shown[-1]


def test_summary_in_chinese(qtbot, store, catalog, uci_files, monkeypatch):
    title, text = _import_and_show(qtbot, store, catalog, uci_files, monkeypatch)
    assert title == "导入完成"
    lines = text.splitlines()
    assert len(lines) == 2 and all("行 — 新增" in line and "未变 0" in line for line in lines)
    assert not re.search(r"\b(rows|new|replaced|unchanged)\b", text)


def test_summary_in_english(qtbot, store, catalog, uci_files, monkeypatch, english_ui):
    title, text = _import_and_show(qtbot, store, catalog, uci_files, monkeypatch)
    assert title == "Import finished"
    lines = text.splitlines()
    assert len(lines) == 2 and all(" rows — new " in line and "unchanged 0" in line for line in lines)
    assert not CJK.search(text), text
