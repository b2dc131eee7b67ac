"""The "演练 DRILL" watermark: blue-grey diagonal text over a drill page (mouse events pass through), and the
same drawing for every page of a drill PDF."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from widgets.common import style

TEXT = "演练 DRILL"


def paint_watermark(p: QPainter, rect: QRectF, point_size: float = 40, alpha: int = 38) -> None:
    """Diagonal rows of '演练 DRILL' across `rect`, in the drill colour."""
    p.save()
    font = style.app_font(point_size)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor(*style.DRILL_RGB, alpha))
    p.translate(rect.center())
    p.rotate(-30)
    fm = p.fontMetrics()
    w, h = fm.horizontalAdvance(TEXT) * 1.6, fm.height() * 3.2
    diag = (rect.width() ** 2 + rect.height() ** 2) ** 0.5
    y = -diag / 2
    row = 0
    while y < diag / 2:
        x = -diag / 2 + (w / 2 if row % 2 else 0)
        while x < diag / 2:
            p.drawText(QPointF(x, y), TEXT)
            x += w
        y += h
        row += 1
    p.restore()


class DrillWatermark(QWidget):
    """Covers its parent; transparent to the mouse; follows the parent's size."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.raise_()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parent() and event.type() in (QEvent.Type.Resize, QEvent.Type.ChildAdded):
            self.setGeometry(self.parent().rect())
            self.raise_()
        return False

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_watermark(p, QRectF(self.rect()))
        p.end()
