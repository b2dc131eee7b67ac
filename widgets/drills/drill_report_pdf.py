"""Render a drill's after-action report (HTML from console.drills.report) to PDF, watermarked on every page."""
from __future__ import annotations

from pathlib import Path

from widgets.common.pdf_export import html_to_pdf as _html_to_pdf


#: HTML characters over which the report, asked for on a worker, is painted in a child process (widgets/common/
#: pdf_process.py). A played-through drill's report (~15,000 characters, 6 watermarked pages) takes 130-320 ms of
#: Qt calls that hold the GIL, so that the GUI thread waited up to 220 ms; a report of a drill stopped at once
#: (a page or two) stays in the worker, where it costs less than starting a child.
LONG_REPORT = 6_000


def html_to_pdf(html: str, path: str | Path, title: str = "演练评估报告 DRILL") -> Path:
    path = Path(path)
    _html_to_pdf(html, path, title=title, creator="海门区重污染天气应急指挥台（演练）", drill=True, font_pt=10,
                 long_at=LONG_REPORT)
    return path
