"""Long PDFs are laid out and painted in a child process (widgets/common/pdf_process.py, main.py --render-pdf)."""
import threading

import pytest

from console.common.errors import UserError
from widgets.common import pdf_process
from widgets.common.pdf_export import html_to_pdf

ROWS = "".join(f"<tr><td>{i}</td><td>住建局 工地停工 第{i}项</td><td>已落实</td></tr>" for i in range(400))
HTML = f"<h1>措施看板</h1><table border=1>{ROWS}</table>"


def _on_worker(fn):
    box = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed back to the test
            box["error"] = exc
    t = threading.Thread(target=run)
    t.start()
    t.join(120)
    if "error" in box:
        raise box["error"]
    return box["value"]


def test_only_long_documents_asked_for_on_a_worker_go_to_a_child(monkeypatch):
    monkeypatch.setattr(pdf_process, "LONG_HTML", 1000)
    assert not pdf_process.wanted("x" * 2000)  # this is the main thread: it would wait for the child all the same
    assert _on_worker(lambda: pdf_process.wanted("x" * 2000))
    assert not _on_worker(lambda: pdf_process.wanted("x" * 999))


def test_html_to_pdf_on_a_worker_paints_a_long_document_in_a_child(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_process, "LONG_HTML", 1000)
    calls = []
    real = pdf_process.render_elsewhere
    monkeypatch.setattr(pdf_process, "render_elsewhere", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    out = tmp_path / "看板.pdf"
    pages = _on_worker(lambda: html_to_pdf(HTML, out, title="看板", creator="test", drill=True))
    assert calls == ["html"] and pages > 1
    assert out.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob(".*"))  # whole, no temporary left
    short = tmp_path / "short.pdf"
    assert html_to_pdf("<p>短</p>", short, title="t", creator="c", drill=False) == 1 and calls == ["html"]


def test_the_board_kind_and_a_failure_reported_by_the_child(qapp, tmp_path):
    out = tmp_path / "board.pdf"
    assert pdf_process.render_elsewhere("board", HTML, out) == 0
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 1000
    with pytest.raises(UserError, match="PDF 未能生成.*TypeError"):  # the child's error comes back in the message
        pdf_process.render_elsewhere("html", HTML, tmp_path / "x.pdf", {"title": "no other options"})
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(ValueError):
        pdf_process.render_elsewhere("xlsx", HTML, out)
