"""A section whose features have not landed yet: says so plainly instead of pretending."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PendingSection(QWidget):
    def __init__(self, title: str, what: str, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        t = QLabel(title)
        t.setObjectName("pageTitle")
        lay.addWidget(t)
        body = QLabel(what)
        body.setWordWrap(True)
        body.setStyleSheet("font-size: 13pt; color: #555;")
        lay.addWidget(body)
        lay.addStretch(1)
