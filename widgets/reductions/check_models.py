"""The table models of the reduction-check page: the ranked flags of a check run, and every firm's figures."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from console.reductions import baseline as bl
from widgets.common.i18n import english
from widgets.common.table_model import RowsTableModel

FLAG_NAMES = {bl.NOT_CUT: QT_TRANSLATE_NOOP("reductions", "负荷未按承诺削减"),
              bl.CONTROL_OFF: QT_TRANSLATE_NOOP("reductions", "生产时治污设施停运"),
              bl.NIGHT_SHIFT: QT_TRANSLATE_NOOP("reductions", "夜间生产远高于白天")}
ALARM_BG, OK_BG = QColor(255, 205, 210), QColor(200, 230, 201)


def translate(text: str) -> str:
    return QCoreApplication.translate("reductions", text)


def flag_name(kind: str) -> str:
    return translate(FLAG_NAMES.get(kind, kind))


def flag_text(flag: dict) -> str:
    """The finding in words, in the interface language, from the stored figures."""
    d = flag["detail"]
    if flag["kind"] == bl.NOT_CUT:
        return QCoreApplication.translate("reductions", "承诺削减 {0}%，实际 {1}%，少削减 {2} kWh").format(
            f"{d['committed_pct']:.0f}", f"{d['achieved_pct']:.1f}", f"{flag['score']:,.0f}")
    if flag["kind"] == bl.CONTROL_OFF:
        return QCoreApplication.translate("reductions", "生产运行时治污用电≈0，共 {0} 小时（首次 {1}）").format(
            f"{flag['score']:.0f}", d["first"][5:16].replace("T", " "))
    if flag["kind"] == bl.NIGHT_SHIFT:
        return QCoreApplication.translate("reductions", "夜间平均 {0} kW，白天 {1} kW，夜间基线 {2} kW").format(
            f"{d['night_kw']:,.0f}", f"{d['day_kw']:,.0f}", f"{d['night_baseline_kw']:,.0f}")
    return flag.get("text", "")


class FlagsModel(RowsTableModel):
    """Ranked flags: rank, firm, town, what was found."""

    def __init__(self, parent=None):
        super().__init__([self.tr("序号"), self.tr("企业"), self.tr("区镇"), self.tr("问题"), self.tr("依据")], parent)
        self.firms: dict[str, object] = {}

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        f = self.row_at(index)
        if f is None:
            return None
        entry = self.firms.get(f["code"])
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(index.row() + 1), f"{entry.name if entry else f['code']}（{f['code']}）",
                    entry.town if entry else "", flag_name(f["kind"]), flag_text(f))[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 3:
            return QBrush(ALARM_BG)
        return None


class FirmsModel(RowsTableModel):
    """Every checked firm: committed and achieved cut, baseline and actual energy over the span."""

    def __init__(self, parent=None):
        super().__init__([self.tr("企业"), self.tr("承诺削减"), self.tr("实际削减"), self.tr("结论"),
                          self.tr("基线电量(kWh)"), self.tr("实际电量(kWh)")], parent)
        self.firms: dict[str, object] = {}

    def verdict(self, r: dict) -> tuple[str, bool | None]:
        if r["achieved_pct"] is None:
            return self.tr("无可比数据"), None
        if r["flags"]:
            return ("; " if english() else "、").join(flag_name(k) for k in r["flags"]), False
        if r["exempt"]:
            return self.tr("豁免企业（不考核削减）"), True
        return self.tr("已按承诺削减"), True

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index)
        if r is None:
            return None
        entry = self.firms.get(r["code"])
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            pct = lambda v: "—" if v is None else f"{v:.1f}%"
            return (f"{entry.name if entry else r['code']}（{r['code']}）",
                    pct(r["committed_pct"]), pct(r["achieved_pct"]), self.verdict(r)[0],
                    f"{r['baseline_kwh']:,.0f}", f"{r['actual_kwh']:,.0f}")[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and entry is not None:
            return entry.town
        if role == Qt.ItemDataRole.BackgroundRole and col in (2, 3):
            ok = self.verdict(r)[1]
            return None if ok is None else QBrush(OK_BG if ok else ALARM_BG)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
