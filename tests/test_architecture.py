"""House rules that a grep can check."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT = re.compile(r"^\s*(from|import)\s+(PySide6|PyQt5|PyQt6|pyqtgraph|shiboken6)\b", re.MULTILINE)


def test_console_imports_no_qt():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "console").rglob("*.py") if QT.search(p.read_text("utf-8"))]
    assert offenders == []


def test_grep_would_catch_a_qt_import(tmp_path):
    assert QT.search("import os\nfrom PySide6.QtCore import QObject\n")
    assert QT.search("    import pyqtgraph as pg\n")
    assert not QT.search("# PySide6 is not imported here\n")


def test_console_never_reads_wall_clock_directly():
    """Time is injected: only console/clock.py may call datetime.now()."""
    pattern = re.compile(r"datetime\.now\(|date\.today\(|time\.time\(")
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "console").rglob("*.py")
                 if p.name != "clock.py" and pattern.search(p.read_text("utf-8"))]
    assert offenders == []


def test_tests_read_only_the_repository():
    """A fresh clone with nothing beside it passes: tests never read the folder of benchmark data beside the
    repository (only benches may). Its name is assembled here so that this file itself names no such path."""
    beside = "sha" + "red"
    pattern = re.compile(rf"""["']{beside}["']|/{beside}/|parents\[\d\]\s*/\s*["']{beside}""")
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "tests").rglob("*.py")
                 if p.name != "test_architecture.py" and pattern.search(p.read_text("utf-8"))]
    assert offenders == []
