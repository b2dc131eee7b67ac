"""过程时间线: every record of an episode (proposal with version, signature, notice, publication, consultation,
level change…) newest first, colour-coded by the level it concerns (TimelineEvent.level, from the core).
TimelineModel is a QAbstractTableModel."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console import episodes as E
from console.admin import accounts
from console.plan.catalog import Catalog
from console.store.db import Store
from widgets.common.style import C
from widgets.warnings.warn_util import tr_
from widgets.warnings.words import timeline_text

KIND_CN = {"episode": QT_TRANSLATE_NOOP("warnings", "过程"), "trigger": QT_TRANSLATE_NOOP("warnings", "触发"),
           "notice": QT_TRANSLATE_NOOP("warnings", "上级通知"), "notice_ack": QT_TRANSLATE_NOOP("warnings", "确认通知"),
           "consultation": QT_TRANSLATE_NOOP("warnings", "会商"), "proposal": QT_TRANSLATE_NOOP("warnings", "提案"),
           "signature": QT_TRANSLATE_NOOP("warnings", "审签"), "withdrawal": QT_TRANSLATE_NOOP("warnings", "撤回"),
           "level": QT_TRANSLATE_NOOP("warnings", "级别变化"),
           "joint_assessment": QT_TRANSLATE_NOOP("warnings", "联合研判"),
           "publication": QT_TRANSLATE_NOOP("warnings", "发布"), "end": QT_TRANSLATE_NOOP("warnings", "结束"),
           "summary": QT_TRANSLATE_NOOP("warnings", "总结")}
STRONG = ("level", "publication", "end")


class TimelineModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("warnings", "时间"), QT_TRANSLATE_NOOP("warnings", "类别"),
               QT_TRANSLATE_NOOP("warnings", "内容"), QT_TRANSLATE_NOOP("warnings", "操作人"))

    def __init__(self, store: Store, catalog: Catalog, parent=None):
        super().__init__(parent)
        self.store, self.catalog = store, catalog
        self.events: list[tuple[E.TimelineEvent, str | None]] = []
        self.names: dict[str, str] = {}

    def load(self, episode_id: int | None) -> None:
        self.beginResetModel()
        events = E.timeline(self.store, episode_id) if episode_id is not None else []
        self.events = [(ev, ev.level) for ev in reversed(events)]
        self.names = {u.username: u.display_name for u in accounts.list_users(self.store)}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return tr_(self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.events):
            return None
        ev, level = self.events[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            actor = self.names.get(ev.actor, ev.actor)
            return (f"{ev.at:%m-%d %H:%M}", tr_(KIND_CN.get(ev.kind, ev.kind)), timeline_text(ev), actor)[col]
        lv = self.catalog.levels.get(level) if level else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if lv is None:
                return None
            r, g, b = lv.rgb
            if col == 1:
                return QColor(r, g, b)
            return QColor(r + (255 - r) * 4 // 5, g + (255 - g) * 4 // 5, b + (255 - b) * 4 // 5)
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and lv is not None:
            return QColor(*lv.text_rgb)
        if role == Qt.ItemDataRole.FontRole and ev.kind in STRONG:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 1):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# the category and operator columns fit their contents but never take more than a share of the table, so the
# content column keeps room to be read (English category names are long; the page is narrow at 1366×768)
_COLUMN_CAPS = {1: 0.2, 3: 0.22}


class TimelineView(QWidget):
    def __init__(self, store: Store, catalog: Catalog, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("过程时间线（最新在上）"))
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        lay.addWidget(self.title)
        self.model = TimelineModel(store, catalog, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setStyleSheet("QTableView { font-size: 12pt; }")
        h = self.table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # fitted, capped: _fit_columns
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("尚无重污染过程记录。"))
        self.empty.setStyleSheet(f"color: {C.muted}; font-size: 12pt;")
        self.empty.setWordWrap(True)
        # the note sits under the title and takes the table's room (not title and note adrift mid-height)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.empty, 1)

    def load(self, episode_id: int | None) -> None:
        self.model.load(episode_id)
        self.empty.setVisible(not self.model.events)
        self.table.setVisible(bool(self.model.events))
        self._fit_columns()

    def _fit_columns(self) -> None:
        width = self.table.viewport().width()
        for col, share in _COLUMN_CAPS.items():
            self.table.resizeColumnToContents(col)
            if self.table.columnWidth(col) > width * share:
                self.table.setColumnWidth(col, int(width * share))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def texts(self) -> list[str]:
        """Content column, top to bottom (newest first)."""
        return [ev.text for ev, _ in self.model.events]
