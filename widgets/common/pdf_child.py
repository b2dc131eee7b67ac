"""The child's side of widgets/common/pdf_process.py: ``main.py --render-pdf JOB`` lays out and paints one PDF
(with a QGuiApplication made, offscreen) and records the result for the parent."""
from __future__ import annotations

import json
from pathlib import Path

from widgets.common.pdf_export import write_in_process
from widgets.measures.board_pdf import print_board_html


def run_job(job_path: str | Path) -> int:
    """The child's side (main.py --render-pdf JOB, with a QGuiApplication made): write the PDF, record the result.
    Returns the exit status."""
    job = json.loads(Path(job_path).read_text("utf-8"))
    result = Path(job["result"])
    try:
        if job["kind"] == "board":
            pages = print_board_html(job["html"], job["out"])
        elif job["kind"] == "html":
            pages = write_in_process(job["html"], Path(job["out"]), **job["options"])
        else:
            raise ValueError(f"unknown PDF kind {job['kind']!r}")
    except Exception as exc:  # noqa: BLE001 - whatever it was, the parent shows it (the child has no window)
        result.write_text(json.dumps({"error": f"{type(exc).__name__}: {exc}"}, ensure_ascii=False), "utf-8")
        return 1
    result.write_text(json.dumps({"pages": pages}), "utf-8")
    return 0
