"""The tables of the 响应措施看板: the units' progress (by department, by town) and the tasks, whose columns are
fitted so that every one is in view at 1366×768 in Chinese and in English (unit names read whole)."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from widgets.measures.board_model import (
    COL_ID,
    COL_LAST,
    COL_STATE,
    COL_TEXT,
    COL_UNIT,
    ProgressDelegate,
)


def _has_cjk(text: str) -> bool:
    """Chinese text wraps between any two characters; English only between words."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _fits(fm, name: str, width: int) -> bool:
    """A unit name reads whole in `width` px: no word cut, two lines at most in Chinese, three in English (four
    for the one development-zone name that is longer still)."""
    lines = 2 if _has_cjk(name) else (3 if len(name) <= 45 else 4)
    box = fm.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), name)
    return box.width() <= width and box.height() <= lines * fm.lineSpacing()


def unit_table(model) -> QTableView:
    """The units' progress: name, progress bar, overdue count; one row selectable."""
    v = QTableView()
    v.setModel(model)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    v.verticalHeader().setVisible(False)
    v.setItemDelegateForColumn(1, ProgressDelegate(v))
    h = v.horizontalHeader()
    h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    h.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
    h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)  # its header: 逾期 / Overdue
    h.resizeSection(1, 84)
    v.verticalHeader().setDefaultSectionSize(30)
    # a unit's name wraps rather than being cut ("Develop…"): English names are long and the pane is narrow
    v.setWordWrap(True)
    v.setTextElideMode(Qt.TextElideMode.ElideNone)
    v.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return v


class TaskTable(QTableView):
    """The tasks (a BoardModel behind a filter proxy): wrapped text, the state as a progress bar, one row
    selectable; fit_columns() after each refill."""

    def __init__(self, proxy, parent=None):
        super().__init__(parent)
        self.setModel(proxy)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setItemDelegateForColumn(COL_STATE, ProgressDelegate(self))
        h = self.horizontalHeader()
        h.setMinimumSectionSize(48)
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        for col in (COL_ID, COL_UNIT, COL_STATE, COL_LAST):  # sized by fit_columns: narrow, their text wraps
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)  # the measure text gets the room
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def fit_columns(self, model) -> None:
        """Every column of the task table in view at 1366×768 (zh and en) and the measure text given the room: the
        number as wide as the longest number, state and latest record narrow and wrapped (no narrower than the
        longest word of their header, which wraps too), the unit as narrow as its names allow to be read whole
        (_fits: English names are long, "Housing and Urban-Rural Development Bureau"), never under 96 px; the
        measure text stretches over what is left. model: the BoardModel (all its rows, filtered or not)."""
        fm, hm = self.fontMetrics(), self.horizontalHeader().fontMetrics()
        pad = 18  # cell margins and the grid line
        header = [max(hm.horizontalAdvance(w) for w in model.headers[c].split()) + pad + 8
                  for c in range(len(model.headers))]  # the headers wrap between words too
        col = [{model.data(model.index(r, c)) or "" for r in range(model.rowCount())}
               for c in range(len(model.headers))]
        ids = max((fm.horizontalAdvance(i) for i in col[COL_ID]), default=0) + pad
        unit = next((w for w in range(96, 281, 4) if all(_fits(fm, n, w - pad) for n in col[COL_UNIT])), 280)
        h, han = self.horizontalHeader(), fm.horizontalAdvance("中")
        h.resizeSection(COL_ID, max(ids, header[COL_ID]))
        h.resizeSection(COL_UNIT, unit)
        h.resizeSection(COL_STATE, max(header[COL_STATE], 6 * han + pad))
        h.resizeSection(COL_LAST, max(header[COL_LAST], 8 * han + pad))
        wrapped = any(hm.horizontalAdvance(t) + pad + 8 > h.sectionSize(c) for c, t in enumerate(model.headers)
                      if c != COL_TEXT)  # a header in two lines needs the height of two
        h.setMinimumHeight(2 * hm.lineSpacing() + 12 if wrapped else 0)
