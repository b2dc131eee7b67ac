"""One firm's production load around a warning span: the baseline, the actual load, the control meters, and
the span shaded in the level's colour."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from widgets.air.trend_plot import LocalDateAxis
from widgets.common.style import C

LEVEL_RGB = {"yellow": (255, 214, 0), "orange": (255, 126, 0), "red": (230, 0, 0)}


def _xy(hours, values):
    xs, ys = [], []
    for h, v in zip(hours, values):
        if v is not None:
            xs.append(h.timestamp() + 1800)  # the middle of the hour
            ys.append(v)
    return xs, ys


class LoadChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setStyleSheet(f"font-weight: bold; font-size: 14px; color: {C.ink};")
        lay.addWidget(self.title)
        self.plot_widget = self.plot_item = self.legend = None  # made with the first chart (_make_plot)
        self.chart = None
        self.clear(self.tr("在左侧选择一家企业，查看其基线与实际负荷。"))

    def _make_plot(self) -> None:
        """The plot, made when the first chart is shown (issue 12.5): a pyqtgraph PlotWidget costs 34–54 ms, and
        the page that holds this chart is opened with the message alone until a firm is picked."""
        self.plot_widget = pg.PlotWidget(background="w", axisItems={"bottom": LocalDateAxis()})
        self.plot_item = self.plot_widget.getPlotItem()
        self.plot_item.showGrid(x=True, y=True, alpha=0.2)
        self.plot_item.hideButtons()
        self.plot_item.setDownsampling(auto=True, mode="peak")  # the house rule for pens wider than 1 px
        self.plot_item.setClipToView(True)
        self.plot_item.setLabel("left", "kW", color=C.ink)
        for name in ("left", "bottom"):
            ax = self.plot_item.getAxis(name)
            ax.setTextPen(pg.mkPen(20, 20, 20))
            ax.setPen(pg.mkPen(60, 60, 60))
        self.legend = self.plot_item.addLegend(offset=(10, 10), brush=pg.mkBrush(255, 255, 255, 225),
                                               pen=pg.mkPen(150, 150, 150), labelTextColor=(20, 20, 20))
        self.layout().insertWidget(1, self.plot_widget, 1)  # under the title, above the stretch

    def clear(self, message: str = "") -> None:
        self.chart = None
        self.title.setText(message)
        if self.plot_widget is not None:
            self.plot_item.clear()
            self.legend.clear()
            self.plot_widget.setVisible(False)  # no empty axes with made-up ticks: the message says what to do

    def show_chart(self, chart, title: str, level: str) -> None:
        """chart: console.reductions.checks.Chart."""
        if self.plot_widget is None:
            self._make_plot()
        self.clear(title)
        self.chart = chart
        self.plot_widget.setVisible(True)
        r, g, b = LEVEL_RGB.get(level, (150, 150, 150))
        span = pg.LinearRegionItem(values=(chart.start.timestamp(), chart.end.timestamp()), movable=False,
                                   brush=pg.mkBrush(r, g, b, 50), pen=pg.mkPen(r, g, b, 120))
        self.plot_item.addItem(span)
        self.legend.addItem(pg.BarGraphItem(x=[0], height=[0], width=0, brush=pg.mkBrush(r, g, b, 90)),
                            self.tr("预警时段"))
        xs, ys = _xy(chart.hours, chart.baseline)
        self.plot_item.plot(xs, ys, pen=pg.mkPen(40, 90, 160, width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
                            name=self.tr("基线（可比非预警日）"))
        xs, ys = _xy(chart.hours, chart.actual)
        self.plot_item.plot(xs, ys, pen=pg.mkPen(20, 20, 20, width=2), name=self.tr("实际生产负荷"))
        xs, ys = _xy(chart.hours, chart.control)
        if xs:
            self.plot_item.plot(xs, ys, pen=pg.mkPen(0, 140, 70, width=2), name=self.tr("治污设施负荷"))
        self.plot_item.enableAutoRange()
