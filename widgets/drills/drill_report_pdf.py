"""Render a drill's after-action report (HTML from console.drills.report) to PDF, watermarked on every page."""
from __future__ import annotations

from pathlib import Path

from widgets.common.pdf_export import html_to_pdf as _html_to_pdf


def html_to_pdf(html: str, path: str | Path, title: str = "演练评估报告 DRILL") -> Path:
    path = Path(path)
    _html_to_pdf(html, path, title=title, creator="海门区重污染天气应急指挥台（演练）", drill=True, font_pt=10)
    return path
