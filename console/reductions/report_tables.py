"""Writing a kept report (the daily report, the episode summary) as XLSX and as the HTML the widget prints to PDF:
a title, then tables, each (heading or None, header, rows) with every text already in the export's language.
The counterpart of console/reductions/tabular.py, which reads tables in."""
from __future__ import annotations

import html
from pathlib import Path

from console.common import atomic
from console.common.errors import DataError

Table = tuple[str | None, list, list[list]]  # (heading or None, header, rows)


def write_xlsx(path: str | Path, sheet_title: str, title: str, tables: list[Table],
               widths: dict[str, float]) -> Path:
    """One sheet: the title (bold) in A1, then each table — a blank row before it (except before an unheaded
    first table), its heading if any, its header and its rows; widths: {column letter: width}. Written whole
    or not at all."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    for i, (heading, header, rows) in enumerate(tables):
        if i or heading:
            ws.append([])
        if heading:
            ws.append([heading])
        ws.append(header)
        for r in rows:
            ws.append(r)
    for column, width in widths.items():
        ws.column_dimensions[column].width = width
    try:
        with atomic.replacing(path) as tmp:
            wb.save(tmp)
    except OSError as exc:
        raise DataError(path, f"无法写入 cannot write: {exc.strerror or exc}") from None
    return path


def to_html(title: str, tables: list[Table]) -> str:
    """The title as <h2>, then each table that has rows (its heading as <h3>); every text escaped."""
    e = lambda v: html.escape(str(v))
    parts = [f"<h2>{e(title)}</h2>"]
    for heading, header, rows in tables:
        if not rows:
            continue
        parts.append((f"<h3>{e(heading)}</h3>" if heading else "")
                     + "<table border='1' cellspacing='0' cellpadding='4'><tr>"
                     + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>"
                     + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
                     + "</table>")
    return "".join(parts)
