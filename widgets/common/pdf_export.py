"""HTML → A4 PDF through QTextDocument + QPdfWriter, page by page; drill documents get the "演练 DRILL"
watermark (the same drawing as on screen) and a plain mark in the top margin of every page."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from console.common import atomic
from widgets.common import pdf_process, style
from widgets.common.drill_watermark import TEXT, paint_watermark


def _corner_mark(painter: QPainter, page: QRectF) -> None:
    painter.save()
    painter.setPen(QColor(*style.DRILL_RGB))
    font = style.app_font(10)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(page.left(), page.top(), page.width(), 40),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, TEXT)
    painter.restore()


def html_to_pdf(html: str, path: str | Path, *, title: str, creator: str, drill: bool, margin_mm: float = 15,
                font_pt: float = 11, resolution: int = 150, watermark_alpha: int = 60, long_at: int | None = None) -> int:
    """Write `html` to `path` (whole or not at all, owner-only); returns the number of pages. A long document
    (over `long_at` characters of HTML; pdf_process.LONG_HTML unless given) asked for on a worker is laid out and
    painted in a child process (widgets/common/pdf_process.py)."""
    options = {"title": title, "creator": creator, "drill": drill, "margin_mm": margin_mm, "font_pt": font_pt,
               "resolution": resolution, "watermark_alpha": watermark_alpha}
    with atomic.replacing(path) as tmp:
        if pdf_process.wanted(html, long_at):
            return pdf_process.render_elsewhere("html", html, tmp, options)
        return write_in_process(html, tmp, **options)


def write_in_process(html: str, path: Path, *, title: str, creator: str, drill: bool, margin_mm: float, font_pt: float,
           resolution: int, watermark_alpha: int) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(resolution)
    writer.setTitle(title)
    writer.setCreator(creator)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
                                     QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(style.app_font(font_pt))
    doc.setHtml(html)
    rect = writer.pageLayout().paintRectPixels(resolution)
    page = QRectF(0, 0, float(rect.width()), float(rect.height()))
    doc.setPageSize(QSizeF(page.width(), page.height()))
    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        for i in range(pages):
            if i:
                writer.newPage()
            painter.save()
            painter.translate(0, -i * page.height())
            doc.drawContents(painter, QRectF(0, i * page.height(), page.width(), page.height()))
            painter.restore()
            if drill:
                paint_watermark(painter, page, point_size=40, alpha=watermark_alpha)
                _corner_mark(painter, page)
    finally:
        painter.end()
    return pages
