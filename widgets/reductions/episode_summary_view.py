"""应急总结汇总 (plan §6.2): after an episode has ended, the consolidated summary — the units' summaries and
measures with the reduction figures — composed from the records, issued (frozen, kept, audited) and exported to
XLSX and PDF; the summaries issued before stay viewable."""
from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from console import episodes
from console.reductions import episode_summary as S
from widgets.common.i18n import lang, unit_name
from widgets.common.table_model import RowsTableModel
from widgets.reductions.tab_base import ReductionTab


class _Model(RowsTableModel):
    units_first = False  # the first column holds a unit of the plan (shown by its name in the interface language)
    tip_column: int | None = None  # a column of long texts: its whole text is the cell's tooltip

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index)
        if r is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.tip_column and r[index.column()]:
            # rich text, so that Qt wraps a long summary instead of drawing one line across the screen
            return "<p>" + html.escape(str(r[index.column()])).replace("\n", "<br>") + "</p>"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = r[index.column()]
        if self.units_first and index.column() == 0:
            return unit_name(value)
        return str(S.label(value, lang()))


def _view(model, stretch: int) -> QTableView:
    """A read-only table whose column `stretch` takes the room left (long unit names are elided, not the figures)."""
    v = QTableView()
    v.setModel(model)
    v.verticalHeader().setVisible(False)
    v.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    h = v.horizontalHeader()
    h.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    h.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return v


class EpisodeSummaryView(ReductionTab):

    def __init__(self, store, parent=None):
        super().__init__(store, None, parent)
        self.summary: S.Summary | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        bar, self.btn_issue = self._document_bar(self.tr("总结汇总："), self.tr("签发（保存当前汇总）"), self.issue)
        lay.addLayout(bar)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.figures = _Model([self.tr("项目"), self.tr("数值")], self)
        self.units = _Model([self.tr("单位"), self.tr("收到总结"), self.tr("按时"), self.tr("措施完成")], self)
        self.units.units_first = True
        self.texts = _Model([self.tr("单位"), self.tr("总结内容"), self.tr("附件")], self)
        self.texts.units_first = True
        self.texts.tip_column = 1  # the summary text: long ones are cut in the cell, whole in the tooltip
        right = QVBoxLayout()
        right.addWidget(_view(self.units, 0), 3)
        texts_title = QLabel(self.tr("各单位总结内容（双击打开附件）"))
        texts_title.setStyleSheet("font-weight: bold;")
        right.addWidget(texts_title)
        self.texts_view = _view(self.texts, 1)
        self.texts_view.setWordWrap(True)
        self.texts_view.doubleClicked.connect(lambda ix: self.open_text_file(ix.row()))
        right.addWidget(self.texts_view, 2)
        row = QHBoxLayout()
        row.addWidget(_view(self.figures, 0), 5)
        row.addLayout(right, 6)
        lay.addLayout(row, 1)
        self.refresh()

    def open_text_file(self, row: int, save_to: str | None = None, *, show: bool = True):
        """The file of a unit's summary: a photo shown, any other file saved out (hash checked first)."""
        from widgets.reductions.attachments_view import open_file

        texts = self.summary.texts if self.summary else []
        if not 0 <= row < len(texts) or not texts[row][3]:
            return None
        _, _, name, sha = texts[row]
        return open_file(self, self.store, name, sha, save_to, show=show)

    def refresh(self) -> None:
        keep = self.which.currentData()
        self.which.blockSignals(True)
        self.which.clear()
        for ep in episodes.episodes(self.store):
            if ep.status == episodes.ENDED:
                self.which.addItem(self.tr("过程 {0}（{1} 终止）· 未签发").format(
                    ep.id, f"{ep.ended_at:%Y-%m-%d %H:%M}"), f"new:{ep.id}")
        for rid, s, by in S.issued(self.store):
            self.which.addItem(self.tr("过程 {0} · {1} 已签发（{2}）").format(
                s.episode_id, f"{s.at:%Y-%m-%d %H:%M}", by), f"issued:{rid}")
        if self.which.count() == 0:
            self.which.addItem(self.tr("（尚无已终止的重污染过程）"), None)
        i = self.which.findData(keep)
        self.which.setCurrentIndex(max(i, 0))
        self.which.blockSignals(False)
        self.show_selected()

    def _selected(self) -> tuple[str, int] | None:
        """('new', episode id) or ('issued', summary id) of the choice shown, None when there is none."""
        data = self.which.currentData()
        if not data:
            return None
        kind, num = data.split(":")
        return kind, int(num)

    def show_selected(self) -> None:
        data = self._selected()
        if data is None:
            self.summary = None
        elif data[0] == "new":
            self.summary = S.compose(self.store, data[1])
        else:
            self.summary = next(s for i, s, _ in S.issued(self.store) if i == data[1])
        for b in (self.btn_xlsx, self.btn_pdf):
            b.setEnabled(self.summary is not None)
        self.btn_issue.setEnabled(data is not None and data[0] == "new")
        self.title.setText(S.title(self.summary, lang()) if self.summary else
                           self.tr("应急终止后，各参与单位的总结（在“预警与审签”登记收到）与本过程的减排核查数字在此汇总。"))
        self.figures.set_rows(self.summary.rows if self.summary else [])
        self.units.set_rows(self.summary.units if self.summary else [])
        self.texts.set_rows([[u, t, f] for u, t, f, _ in self.summary.texts] if self.summary else [])

    def issue(self):
        data = self._selected()
        if data is None or data[0] != "new":
            return None
        return self._keep_document(self.app.issue_episode_summary, data[1], data_of=lambda rid: f"issued:{rid}")

    def export(self, kind: str, path=None):
        name = f"应急总结汇总_过程{self.summary.episode_id}" if self.summary is not None else ""
        return self._export_document(self.summary, kind, path, S, self.tr("导出总结汇总"), name)
