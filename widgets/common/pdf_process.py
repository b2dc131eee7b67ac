"""Long PDFs laid out and painted in a separate process (issue 12.5).

PySide6 keeps Python's GIL for the whole of each call into Qt, so a worker thread that lays out a long document
(``QTextDocument.setHtml``, ``pageCount``, ``print_``: ~0.5 s for a 3,000-row board) stops the GUI thread for as long
as that one call lasts. A document longer than ``LONG_HTML`` characters is therefore handed to a child process —
the same program started with ``--render-pdf JOB`` (``main.py`` from source, the GUI executable when frozen) — and
the worker thread only waits for it (``subprocess.run`` lets go of the GIL). Shorter documents stay in-process:
starting a child costs more than they do.

The job file (owner-only, deleted afterwards) holds the HTML, the kind of document and the output path; the child
writes the PDF and a small result file ({"pages": n} or {"error": text})."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from console.common.errors import UserError

LONG_HTML = 100_000  # characters of HTML (a board of ~500 rows): longer is laid out in a child process
KINDS = ("html", "board")
ROOT = Path(__file__).resolve().parent.parent.parent


def wanted(html: str, long_at: int | None = None) -> bool:
    """A child process for this document: long (over `long_at` characters, LONG_HTML unless given), and asked for
    on a worker thread (on the GUI thread the wait for a child would block just the same, and start-up would add
    to it)."""
    limit = LONG_HTML if long_at is None else long_at
    return len(html) > limit and threading.current_thread() is not threading.main_thread()


def command(job: Path) -> list[str]:
    """This program with --render-pdf: the frozen GUI executable itself, or main.py under this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--render-pdf", str(job)]
    return [sys.executable, str(ROOT / "main.py"), "--render-pdf", str(job)]


def render_elsewhere(kind: str, html: str, out: str | Path, options: dict | None = None, timeout: float = 600) -> int:
    """Write the PDF `out` in a child process; returns its number of pages (0 when the kind does not count them)."""
    if kind not in KINDS:
        raise ValueError(f"unknown PDF kind {kind!r}")
    fd, name = tempfile.mkstemp(prefix="haimen-pdf-", suffix=".json")  # owner-only
    job, result = Path(name), Path(name + ".result")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"kind": kind, "html": html, "out": str(out), "options": options or {},
                       "result": str(result)}, f, ensure_ascii=False)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # no window, no display needed
        proc = subprocess.run(command(job), env=env, check=False, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=timeout,
                              creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        answer = json.loads(result.read_text("utf-8")) if result.exists() else {}
        if proc.returncode != 0 or "pages" not in answer:
            last = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
            raise UserError(f"PDF 未能生成 the PDF could not be written: {answer.get('error') or last}")
        return int(answer["pages"])
    except subprocess.TimeoutExpired as exc:
        raise UserError("PDF 生成超时 the PDF took too long to write") from exc
    finally:
        job.unlink(missing_ok=True)
        result.unlink(missing_ok=True)
