"""PDF of a warning bulletin (A4, QTextDocument painted page by page on a QPdfWriter). A drill database
carries the blue-grey diagonal watermark "演练 DRILL" on every page — it is painted on each page after the
text, so no page can leave the building without it. Not a widget: a helper of widgets/bulletin_dialog.py."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from console import bulletin as B
from console.clock import to_local
from console.store import Store
from widgets import style

WATERMARK = "演练 DRILL"
RESOLUTION = 150  # dpi of the PDF's paint device


def _tr(text: str) -> str:
    return QCoreApplication.translate("bulletin_pdf", text)


def bulletin_html(store: Store, pub: B.Publication) -> str:
    b, drill = pub.bulletin, pub.drill or B.is_drill(store)
    ref = B.get_publication(store, pub.references_id).identifier if pub.references_id else None
    out = []
    if drill:
        out.append(f"<p align='center' style='color:rgb{style.DRILL_RGB}; font-size:14pt; font-weight:bold'>"
                   f"{escape(B.DRILL_MARK + _tr('本信息为演练，不是真实预警'))}</p>")
    out.append(f"<h1 align='center' style='font-size:22pt; color:#b00020'>{escape(B.headline(b, pub.msg_type))}</h1>")
    out.append(f"<p align='center' style='font-size:11pt; color:#333'>{escape(_tr('编号'))}：{escape(pub.identifier)}"
               f"　{escape(_tr('发布时间'))}：{to_local(pub.sent):%Y-%m-%d %H:%M}</p>")
    if ref:
        what = _tr("解除") if pub.msg_type == B.CANCEL else _tr("更新")
        out.append(f"<p align='center' style='font-size:11pt'>（{escape(_tr('本信息'))}{escape(what)}"
                   f"{escape(_tr('编号'))} {escape(ref)} {escape(_tr('的预警信息'))}）</p>")
    rows = []
    for line in B.field_lines(b):
        key, _, value = line.partition("：")
        rows.append(f"<tr><td width='28%' style='padding:6px; background:#eef2f5'><b>{escape(key)}</b></td>"
                    f"<td style='padding:6px'>{escape(value)}</td></tr>")
    out.append("<table width='100%' border='1' cellspacing='0' style='font-size:13pt; border-color:#999'>"
               + "".join(rows) + "</table>")
    if b.health_advice.strip() and not b.lift:
        out.append(f"<h3 style='font-size:14pt'>{escape(_tr('健康防护提示'))}</h3>")
        out += [f"<p style='font-size:13pt; margin:2px 0'>{escape(line)}</p>"
                for line in b.health_advice.strip().splitlines()]
    out.append(f"<p style='font-size:13pt; margin-top:18px' align='right'>{escape(_tr('发布单位'))}："
               f"{escape(B.ISSUER_NAME)}</p>")
    if drill:
        out.append(f"<p align='center' style='color:rgb{style.DRILL_RGB}; font-weight:bold'>{escape(B.DRILL_MARK)}</p>")
    return "".join(out)


def _watermark(painter: QPainter, width: float, height: float) -> None:
    painter.save()
    colour = QColor(*style.DRILL_RGB)
    colour.setAlpha(110)
    painter.setPen(colour)
    font = style.app_font(64)
    font.setBold(True)
    painter.setFont(font)
    painter.translate(width / 2, height / 2)
    painter.rotate(-35)
    box = QRectF(-width, -height / 4, 2 * width, height / 2)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, WATERMARK)
    painter.restore()
    painter.save()  # and a plain mark in the top margin line of every page
    colour.setAlpha(255)
    painter.setPen(colour)
    small = style.app_font(10)
    small.setBold(True)
    painter.setFont(small)
    painter.drawText(QRectF(0, 0, width, 40), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, WATERMARK)
    painter.restore()


def write_pdf(store: Store, pub: B.Publication, path: str | Path) -> int:
    """Write the publication as a PDF; returns the number of pages."""
    drill = pub.drill or B.is_drill(store)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    writer.setTitle(B.headline(pub.bulletin, pub.msg_type))
    writer.setCreator(B.ISSUER_NAME)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(style.app_font(12))
    doc.setHtml(bulletin_html(store, pub))
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    w, h = float(page.width()), float(page.height())
    doc.setPageSize(QSizeF(w, h))
    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        for i in range(pages):
            if i:
                writer.newPage()
            painter.save()
            painter.translate(0, -i * h)
            doc.drawContents(painter, QRectF(0, i * h, w, h))
            painter.restore()
            if drill:
                _watermark(painter, w, h)
    finally:
        painter.end()
    return pages


__all__ = ["bulletin_html", "write_pdf", "WATERMARK"]
