"""Table model of measures in force (catalog.MeasureInForce rows)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from console.plan.catalog import Catalog, MeasureInForce
from widgets.common.i18n import join_names, level_name, measure_category, unit_name
from widgets.common.table_model import RowsTableModel

COL_ID, COL_LEVEL, COL_CATEGORY, COL_TEXT, COL_DEPTS = range(5)


class MeasuresModel(RowsTableModel):
    def __init__(self, catalog: Catalog, parent=None):
        super().__init__([], parent)
        self.catalog = catalog
        self.rows: list[MeasureInForce] = []
        self.headers = [self.tr("编号"), self.tr("级别"), self.tr("类别"), self.tr("措施内容"), self.tr("责任部门")]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        mf = self.rows[index.row()]
        m = mf.measure
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_ID:
                return m.id
            if col == COL_LEVEL:
                lv = self.catalog.levels[m.level_introduced]
                return self.tr("{0}级 {1}").format(lv.roman, level_name(lv))
            if col == COL_CATEGORY:
                return measure_category(m.category, m.subcategory)
            if col == COL_TEXT:
                text = m.text
                if mf.replaced_by:
                    text += self.tr("\n〔已由 {0} 加严替代〕").format(mf.replaced_by)
                if m.duplicate_of:
                    text += self.tr("\n〔与 {0} 重复列出〕").format(m.duplicate_of)
                return text
            if col == COL_DEPTS:
                return join_names(unit_name(d) for d in m.departments)
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_LEVEL:
            return QBrush(QColor(*self.catalog.levels[m.level_introduced].rgb))
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_LEVEL:
                return QBrush(QColor(*self.catalog.levels[m.level_introduced].text_rgb))
            if mf.replaced_by:
                return QBrush(QColor(130, 130, 130))
        if role == Qt.ItemDataRole.FontRole and mf.replaced_by and col == COL_TEXT:
            f = QFont()
            f.setStrikeOut(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_ID, COL_LEVEL):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class MeasuresFilter(QSortFilterProxyModel):
    """Case-insensitive search over every column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
