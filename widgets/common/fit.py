"""Dialogs fit the screen (down to 1366×768): the content scrolls, the buttons stay in view."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (without the task bar)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def scroll_body(content: QWidget) -> QScrollArea:
    """A frameless scroll area around a dialog's content (the buttons go outside it)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


def fit_to_screen(dialog: QDialog, body: QScrollArea | None = None) -> None:
    """Size the dialog to its content, but never larger than the available screen area, and keep it on screen.
    `body` is the scroll area holding the content: it takes the height the screen cannot give."""
    area = available_area(dialog)
    frame_w = dialog.frameGeometry().width() - dialog.width()
    frame_h = dialog.frameGeometry().height() - dialog.height()
    frame_h = max(frame_h, 32)  # before the first show the title bar is not yet counted
    max_w, max_h = area.width() - max(frame_w, 8), area.height() - frame_h
    dialog.setMaximumSize(max_w, max_h)
    hint = dialog.sizeHint()
    if body is not None and body.widget() is not None:
        inner = body.widget().sizeHint()
        extra = inner.height() - body.viewport().height() if body.isVisible() else inner.height() - body.height()
        hint.setHeight(dialog.layout().sizeHint().height() + max(0, extra))
        hint.setWidth(max(hint.width(), inner.width() + body.verticalScrollBar().sizeHint().width()
                          + dialog.layout().contentsMargins().left() * 2))
    w = min(max(hint.width(), dialog.minimumWidth()), max_w)
    h = min(max(hint.height(), dialog.minimumHeight()), max_h)
    dialog.resize(w, h)
    geo = dialog.frameGeometry()
    x = min(max(geo.x(), area.left()), area.right() - w - max(frame_w, 0))
    y = min(max(geo.y(), area.top()), area.bottom() - h - frame_h)
    dialog.move(max(x, area.left()), max(y, area.top()))


class FitsScreen:
    """Mixin for a QDialog (list it first): on the first show, fit_to_screen."""

    def showEvent(self, event) -> None:
        if not getattr(self, "_fitted", False):
            self._fitted = True
            fit_to_screen(self)
        super().showEvent(event)
