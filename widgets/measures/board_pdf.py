"""The measures board (or one unit's list) as an A4 landscape PDF: QTextDocument printed on a QPrinter in PDF
mode. No widget is involved, so it may run on a worker thread with its own connection (the 导出 PDF button does:
widgets.common.background_export); print preview stays on the GUI thread."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from console.measures.export import board_html
from console.plan.catalog import Catalog
from console.store.db import Store
from widgets.common import pdf_process


def board_printer(pdf_path: str | Path | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                      QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    if pdf_path:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf_path))
    return printer


def board_document(store: Store, episode_id: str, task_ids, unit: str | None, catalog: Catalog) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(board_html(store, episode_id, task_ids=None if unit else task_ids, unit=unit, catalog=catalog))
    return doc


def print_board_html(html: str, path: str | Path) -> int:
    """The board's HTML printed to a PDF in this process (returns 0: QPrinter does not count its pages)."""
    doc = QTextDocument()
    doc.setHtml(html)
    doc.print_(board_printer(path))
    return 0


def write_board_pdf(store: Store, episode_id: str, path: str | Path, *, task_ids=None, unit: str | None = None,
                    catalog: Catalog) -> Path:
    """The board (or one unit's list) as a PDF; a long one asked for on a worker is laid out and printed in a child
    process (widgets/common/pdf_process.py), so that the one long Qt call does not hold the GUI thread up."""
    html = board_html(store, episode_id, task_ids=None if unit else task_ids, unit=unit, catalog=catalog)
    if pdf_process.wanted(html):
        pdf_process.render_elsewhere("board", html, path)
    else:
        print_board_html(html, path)
    return Path(path)
