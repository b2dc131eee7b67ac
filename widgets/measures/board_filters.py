"""The filter bar of the 响应措施看板: unit, state, category and a search box over the task table."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from console.plan.catalog import CATEGORY_ZH
from widgets.common.i18n import measure_category, unit_name
from widgets.measures.board_model import BoardFilter


class BoardFilters(QWidget):
    """changed: any filter was changed by the user (not by fill_units)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        filters = QHBoxLayout(self)
        filters.setContentsMargins(0, 0, 0, 0)
        self.unit = QComboBox()
        self.unit.setMinimumWidth(200)
        self.state = QComboBox()
        for key, label in zip(BoardFilter.STATES, (self.tr("全部状态"), self.tr("待办/进行中"), self.tr("已完成"),
                                                   self.tr("逾期"), self.tr("已替代/不再执行"))):
            self.state.addItem(label, key)
        self.category = QComboBox()
        self.category.addItem(self.tr("全部类别"), None)
        for key in CATEGORY_ZH:
            self.category.addItem(measure_category(key), key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索措施、单位、编号、备注…"))
        self.search.setClearButtonEnabled(True)
        for label, w in ((self.tr("单位"), self.unit), (self.tr("状态"), self.state),
                         (self.tr("类别"), self.category)):
            filters.addWidget(QLabel(label))
            filters.addWidget(w)
        for combo in (self.state, self.category):  # sized by a few characters, not the longest item:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)  # the search box keeps room in English
        self.search.setMinimumWidth(160)
        filters.addSpacing(12)
        filters.addWidget(self.search, 1)
        for combo in (self.unit, self.state, self.category):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.search.textChanged.connect(lambda _t: self.changed.emit())

    def fill_units(self, sums, keep: str | None) -> None:
        """全部单位 and the units of the board (UnitSummary rows), `keep` chosen again when it is still there."""
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("全部单位"), None)
        for u in sums:
            self.unit.addItem(unit_name(u.unit), u.unit)
        i = self.unit.findData(keep)
        self.unit.setCurrentIndex(max(i, 0))
        self.unit.blockSignals(False)

    def apply_to(self, proxy: BoardFilter) -> None:
        proxy.set_filter(unit=self.unit.currentData(), state=self.state.currentData() or "all",
                         category=self.category.currentData(), text=self.search.text().strip())
