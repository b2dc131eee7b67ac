"""空气质量's station list: 区域 first, then every station with its freshness badge (checkable)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from widgets.air.freshness_badge import FreshnessBadge

DISTRICT = None  # key of the district series
BIG = "font-size: 13pt;"


class StationPanel(QWidget):
    """Checkable station list: 区域 first, then every station with its freshness badge."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setVerticalSpacing(6)
        self.checks: dict[str | None, QCheckBox] = {}
        self.badges: dict[str, FreshnessBadge] = {}

    def rebuild(self, stations, last_times, clock, stale_hours, checked: set) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.checks, self.badges = {}, {}
        rows = [(DISTRICT, self.tr("区域（全部站点）"))] + [(s.code, s.name) for s in stations]
        for r, (key, name) in enumerate(rows):
            box = QCheckBox(name)
            box.setStyleSheet(BIG + ("font-weight: bold;" if key is DISTRICT else ""))
            box.setChecked(key in checked)
            box.toggled.connect(self.changed)
            self.grid.addWidget(box, 2 * r, 0)
            self.checks[key] = box
            if key is not DISTRICT:
                badge = FreshnessBadge(last_times.get(key), clock, stale_hours)
                self.grid.addWidget(badge, 2 * r + 1, 0)
                self.badges[key] = badge
        self.grid.setRowStretch(2 * len(rows), 1)

    def checked(self) -> list:
        return [k for k, box in self.checks.items() if box.isChecked()]
