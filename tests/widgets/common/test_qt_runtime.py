"""The Qt runtime itself: PySide6 6.12.0 under Python < 3.12 drops a reference to None on every void call,
which aborts the interpreter after a few hundred plot frames. pyproject excludes that release; this test
fails if such a build is installed anyway."""
import sys

from PySide6.QtGui import QImage, QPainter


def test_void_qt_calls_keep_reference_counts(qtbot):
    img = QImage(64, 64, QImage.Format.Format_RGB32)
    painter = QPainter(img)
    before_none, before_true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(5000):
        painter.drawLine(0, 0, 10, 10)
        painter.isActive()
    painter.end()
    assert abs(sys.getrefcount(None) - before_none) < 100
    assert abs(sys.getrefcount(True) - before_true) < 100
