"""Item models of the response-measure board: tasks (TaskStatus rows), unit progress, the filter proxy and a
progress-bar delegate."""
from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QStyledItemDelegate

from console.measures.status import TaskStatus, UnitSummary
from console.plan.catalog import Catalog
from widgets.common.i18n import level_name, measure_category, unit_name
from widgets.common.table_model import RowsTableModel

PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
COL_ID, COL_UNIT, COL_TEXT, COL_STATE, COL_LAST = range(5)
COL_PERIOD = COL_STATE  # state and, for a recurring duty, the current period's progress bar share a column
OVERDUE_BG, OVERDUE_FG = QColor(255, 225, 225), QColor(183, 28, 28)
AT_RISK_BG, AT_RISK_FG = QColor(255, 243, 205), QColor(170, 90, 0)
DONE_FG, GREY_FG = QColor(27, 94, 32), QColor(130, 130, 130)
BAR_MET, BAR_PART = QColor(56, 142, 60), QColor(66, 133, 200)

#: What a task shows (TaskStatus.state_code), in the interface language.
STATE_NAMES = {
    "open": QT_TRANSLATE_NOOP("TaskState", "待办"), "done": QT_TRANSLATE_NOOP("TaskState", "已完成"),
    "replaced": QT_TRANSLATE_NOOP("TaskState", "已替代"), "withdrawn": QT_TRANSLATE_NOOP("TaskState", "不再执行"),
    "overdue": QT_TRANSLATE_NOOP("TaskState", "逾期"), "at_risk": QT_TRANSLATE_NOOP("TaskState", "有风险"),
    "no_temperature": QT_TRANSLATE_NOOP("TaskState", "气温未录入"),
    "not_required": QT_TRANSLATE_NOOP("TaskState", "本时段不要求"),
    "period_done": QT_TRANSLATE_NOOP("TaskState", "本时段已完成"),
    "in_progress": QT_TRANSLATE_NOOP("TaskState", "进行中"),
}


def state_text(st: TaskStatus) -> str:
    return QCoreApplication.translate("TaskState", STATE_NAMES[st.state_code])


def last_record_text(st: TaskStatus) -> str:
    """The task's latest record ('12-01 10:30 duty（代生态环境局）确认'), in the interface language."""
    e = st.last
    if not e:
        return ""
    who = e["by"]
    if e.get("on_behalf_of"):
        who += QCoreApplication.translate("TaskState", "（代{0}）").format(unit_name(e["on_behalf_of"]))
    what = (QCoreApplication.translate("TaskState", "确认") if e["kind"] == "check"
            else QCoreApplication.translate("TaskState", "记录×{0}").format(e["n"]))
    note = f"：{e['note']}" if e.get("note") else ""
    return f"{e['at'][5:16].replace('T', ' ')} {who} {what}{note}"


class BoardModel(RowsTableModel):
    def __init__(self, catalog: Catalog, parent=None):
        super().__init__([], parent)
        self.catalog = catalog
        self.rows: list[TaskStatus] = []
        self.headers = [self.tr("编号"), self.tr("责任单位"), self.tr("措施内容"), self.tr("落实情况"),
                         self.tr("最近记录 / 缺漏")]

    def _text(self, st: TaskStatus, col: int) -> str:
        if col == COL_ID:
            return st.measure_id
        if col == COL_UNIT:
            return unit_name(st.unit)
        if col == COL_TEXT:
            return st.text + (f"\n〔{st.note}〕" if st.note and not st.active else "")
        if col == COL_STATE:
            if st.recurring_kind and st.active:
                label = st.period_label.split(" ")[0]
                counts = st.counts_text if len(st.counters) != 1 or st.counters[0].required is None else ""
                return "\n".join(x for x in (f"{state_text(st)} · {label}", counts) if x)
            return state_text(st)
        lines = [last_record_text(st)] if st.last else []
        lines += [self.tr("缺：{0} {1}").format(m.label.split(" ")[0], "、".join(
            f"{c.done}/{c.required}" for c in m.counters)) for m in st.missed]
        return "\n".join(lines)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        st = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(st, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_TEXT:
                lv = self.catalog.levels[st.level_introduced]
                m = self.catalog.measures_by_id.get(st.measure_id)
                category = measure_category(m.category, m.subcategory) if m else st.category_zh
                return self.tr("{0}（{1}级）").format(level_name(lv), lv.roman) + f" · {category}\n{st.text}"
            if col == COL_LAST:
                return "\n".join([last_record_text(st)] + [m.text() for m in st.missed]).strip() or None
            return "\n".join(x for x in (self._text(st, col), st.note) if x) or None
        if role == STATUS_ROLE:
            return st
        if role == OVERDUE_ROLE:
            return st.overdue
        if role == PROGRESS_ROLE and col == COL_PERIOD:
            known = st.counters and all(c.required is not None for c in st.counters)
            return st.progress if (st.recurring_kind and st.active and known) else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if col == COL_ID:
                return QBrush(QColor(*self.catalog.levels[st.level_introduced].rgb))
            if st.overdue:
                return QBrush(OVERDUE_BG)
            if st.at_risk and st.active:
                return QBrush(AT_RISK_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_ID:
                return QBrush(QColor(*self.catalog.levels[st.level_introduced].text_rgb))
            if st.overdue:
                return QBrush(OVERDUE_FG)
            if st.at_risk and st.active:
                return QBrush(AT_RISK_FG)
            if not st.active:
                return QBrush(GREY_FG)
            if col == COL_STATE and st.done:
                return QBrush(DONE_FG)
        if role == Qt.ItemDataRole.FontRole:
            if not st.active and col == COL_TEXT:
                f = QFont()
                f.setStrikeOut(True)
                return f
            if col == COL_STATE and (st.overdue or st.done):
                f = QFont()
                f.setBold(True)
                return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_ID, COL_STATE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class UnitModel(RowsTableModel):
    """One row per unit: tasks in force, done, overdue, with a progress bar."""

    def __init__(self, parent=None):
        super().__init__([], parent)
        self.rows: list[UnitSummary] = []
        self.headers = [self.tr("单位"), self.tr("进度"), self.tr("逾期")]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        u = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (unit_name(u.unit), f"{u.done}/{u.total}", str(u.overdue) if u.overdue else "")[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0}：应办 {1} 项，已完成 {2} 项，逾期 {3} 项，已替代 {4} 项").format(
                unit_name(u.unit), u.total, u.done, u.overdue, u.replaced)
        if role == PROGRESS_ROLE and col == 1:
            return (u.done, u.total)
        if role == OVERDUE_ROLE:
            return bool(u.overdue)
        if role == Qt.ItemDataRole.ForegroundRole and u.overdue and col in (0, 2):
            return QBrush(OVERDUE_FG)
        if role == Qt.ItemDataRole.FontRole and u.overdue and col in (0, 2):
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class BoardFilter(QSortFilterProxyModel):
    """Filters on unit, unit kind, state and category, plus a free-text search."""

    STATES = ("all", "pending", "done", "overdue", "replaced")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.unit: str | None = None
        self.unit_kind: str | None = None
        self.state = "all"
        self.category: str | None = None
        self.text = ""

    def set_filter(self, **kw) -> None:
        self.beginFilterChange()
        for k, v in kw.items():
            setattr(self, k, v)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        model = self.sourceModel()
        st: TaskStatus = model.rows[source_row]
        if self.unit and st.unit != self.unit:
            return False
        if self.unit_kind and st.unit_kind != self.unit_kind:
            return False
        if self.category and st.category != self.category:
            return False
        ok = {"all": True, "pending": st.active and not st.done, "done": st.active and st.done,
              "overdue": st.overdue, "replaced": not st.active}[self.state]
        if not ok:
            return False
        if self.text:
            hay = " ".join(model._text(st, c) for c in range(model.columnCount())).lower()
            return self.text.lower() in hay
        return True

    def task_ids(self) -> list[int]:
        return [self.sourceModel().rows[self.mapToSource(self.index(r, 0)).row()].task_id
                for r in range(self.rowCount())]


class ProgressDelegate(QStyledItemDelegate):
    """Paints PROGRESS_ROLE (done, required) as a bar — green when met, red when overdue, blue in between — with
    the cell's text below it (or none when the text is just the count)."""

    BAR_H, GAP = 18, 4

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        if index.data(PROGRESS_ROLE):
            size.setHeight(size.height() + self.BAR_H + self.GAP + 10)
        return size

    def paint(self, painter, option, index) -> None:
        prog = index.data(PROGRESS_ROLE)
        if not prog:
            super().paint(painter, option, index)
            return
        done, req = prog
        overdue = bool(index.data(OVERDUE_ROLE))
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if text == f"{done}/{req}":
            text = ""
        painter.save()
        bg = index.data(Qt.ItemDataRole.BackgroundRole)
        if bg is not None:
            painter.fillRect(option.rect, bg)
        r = option.rect.adjusted(5, 4, -5, -4)
        top = r.top() if text else r.center().y() - self.BAR_H // 2
        bar = QRect(r.left(), top, min(r.width(), 150), self.BAR_H)
        painter.setPen(QColor(160, 170, 180))
        painter.setBrush(QColor(236, 239, 242))
        painter.drawRoundedRect(bar, 3, 3)
        frac = 1.0 if req == 0 else min(done / req, 1.0)
        if frac > 0:
            fill = QRect(bar.left(), bar.top(), max(3, int(bar.width() * frac)), bar.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR_MET if frac >= 1 else (OVERDUE_FG if overdue else BAR_PART))
            painter.drawRoundedRect(fill, 3, 3)
        painter.setPen(QColor(20, 20, 20) if frac < 0.55 else QColor(255, 255, 255))
        painter.drawText(bar, int(Qt.AlignmentFlag.AlignCenter), f"{done}/{req}")
        if text:
            painter.setPen(OVERDUE_FG if overdue else option.palette.text().color())
            font = index.data(Qt.ItemDataRole.FontRole)
            if font is not None:
                painter.setFont(font)
            painter.drawText(QRect(r.left(), bar.bottom() + self.GAP, r.width(), r.bottom() - bar.bottom() - self.GAP),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             text)
        painter.restore()
