"""Render a drill's after-action report (HTML from console.drill_report) to PDF, watermarked on every page."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from widgets import style
from widgets.drill_watermark import paint_watermark


def html_to_pdf(html: str, path: str | Path, title: str = "演练评估报告 DRILL") -> Path:
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("海门区重污染天气应急指挥台（演练）")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(150)
    doc = QTextDocument()
    doc.setDefaultFont(style.app_font(10))
    doc.documentLayout().setPaintDevice(writer)
    doc.setHtml(html)
    painter = QPainter(writer)
    try:
        page = QRectF(painter.viewport())
        doc.setPageSize(QSizeF(page.width(), page.height()))
        for i in range(doc.pageCount()):
            if i:
                writer.newPage()
            painter.save()
            painter.translate(0, -i * page.height())
            doc.drawContents(painter, QRectF(0, i * page.height(), page.width(), page.height()))
            painter.restore()
            paint_watermark(painter, page, point_size=36, alpha=45)
    finally:
        painter.end()
    return path
