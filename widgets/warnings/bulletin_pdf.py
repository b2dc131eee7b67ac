"""PDF of a warning bulletin (A4, QTextDocument painted page by page on a QPdfWriter). A drill database
carries the blue-grey diagonal watermark "演练 DRILL" on every page — it is painted on each page after the
text, so no page can leave the building without it. Not a widget: a helper of widgets/bulletin_dialog.py."""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from console.common.clock import to_local
from console.episodes import bulletin as B
from console.store.audit import anchor_text
from console.store.db import Store
from widgets.common import style
from widgets.common.drill_watermark import TEXT as WATERMARK
from widgets.common.pdf_export import html_to_pdf
from widgets.common.style import C

RESOLUTION = 150  # dpi of the PDF's paint device


translate = QCoreApplication.translate  # pyside6-lupdate reads translate("bulletin_pdf", "…") literals


def bulletin_html(store: Store, pub: B.Publication) -> str:
    b, drill = pub.bulletin, pub.drill or B.is_drill(store)
    ref = B.get_publication(store, pub.references_id).identifier if pub.references_id else None
    number, sent = escape(translate("bulletin_pdf", "编号")), escape(translate("bulletin_pdf", "发布时间"))
    out = []
    if drill:
        mark = escape(B.DRILL_MARK + translate("bulletin_pdf", "本信息为演练，不是真实预警"))
        out.append(f"<p align='center' style='color:rgb{style.DRILL_RGB}; font-size:14pt; font-weight:bold'>"
                   f"{mark}</p>")
    out.append(f"<h1 align='center' style='font-size:22pt; color:{C.alarm}'>{escape(B.headline(b, pub.msg_type))}</h1>")
    out.append(f"<p align='center' style='font-size:11pt; color:{C.text_soft}'>{number}：{escape(pub.identifier)}"
               f"　{sent}：{to_local(pub.sent):%Y-%m-%d %H:%M}</p>")
    if ref:
        what = translate("bulletin_pdf", "解除") if pub.msg_type == B.CANCEL else translate("bulletin_pdf", "更新")
        note = escape(translate("bulletin_pdf", "（本信息{0}编号 {1} 的预警信息）").format(what, ref))
        out.append(f"<p align='center' style='font-size:11pt'>{note}</p>")
    rows = []
    for line in B.field_lines(b):
        key, _, value = line.partition("：")
        rows.append(f"<tr><td width='28%' style='padding:6px; background:{C.header_bg}'><b>{escape(key)}</b></td>"
                    f"<td style='padding:6px'>{escape(value)}</td></tr>")
    out.append(f"<table width='100%' border='1' cellspacing='0' style='font-size:13pt; border-color:{C.rule}'>"
               + "".join(rows) + "</table>")
    if b.health_advice.strip() and not b.lift:
        advice = escape(translate("bulletin_pdf", "健康防护提示"))
        out.append(f"<h3 style='font-size:14pt'>{advice}</h3>")
        out += [f"<p style='font-size:13pt; margin:2px 0'>{escape(line)}</p>"
                for line in b.health_advice.strip().splitlines()]
    issuer = escape(translate("bulletin_pdf", "发布单位"))
    out.append(f"<p style='font-size:13pt; margin-top:18px' align='right'>{issuer}："
               f"{escape(B.ISSUER_NAME)}</p>")
    if drill:
        out.append(f"<p align='center' style='color:rgb{style.DRILL_RGB}; font-weight:bold'>{escape(B.DRILL_MARK)}</p>")
    out.append(f"<p style='font-size:7pt; color:{style.C.muted}; margin-top:24px'>{escape(anchor_text(store))}</p>")
    return "".join(out)


def write_pdf(store: Store, pub: B.Publication, path: str | Path) -> int:
    """Write the publication as a PDF; returns the number of pages."""
    return html_to_pdf(bulletin_html(store, pub), path, title=B.headline(pub.bulletin, pub.msg_type),
                       creator=B.ISSUER_NAME, drill=pub.drill or B.is_drill(store), margin_mm=18, font_pt=12,
                       resolution=RESOLUTION)


__all__ = ["WATERMARK", "bulletin_html", "write_pdf"]
