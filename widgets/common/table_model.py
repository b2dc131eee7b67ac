"""The shared base of the console's flat table models: a header row and a list of row objects."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsTableModel(QAbstractTableModel):
    """Subclasses set `headers` (translated) and implement data(); rows are replaced with set_rows()."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers: list[str] = list(headers)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def row_at(self, index: QModelIndex):
        """The row object of a valid index, else None."""
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        return self.rows[index.row()]
