"""Issue 19.13: with --lang en the drill's score on the page and its after-action report (HTML painted to PDF)
are in English: headings, criteria, deductions, the timeline (the interface's own words) and the event log."""
import re

import pytest

from widgets.drills import drill_report_pdf
from widgets.drills.drills_page import DrillsPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")


def test_score_and_report_in_english(english_ui, qtbot, catalog, tmp_path, monkeypatch):
    painted = {}
    real = drill_report_pdf.html_to_pdf

    def capture(html, path):
        painted["html"] = html
        return real(html, path)

    monkeypatch.setattr(drill_report_pdf, "html_to_pdf", capture)
    page = DrillsPage(catalog, out_dir=tmp_path)
    qtbot.addWidget(page)
    assert page.start("full_cycle", speed=600)
    page.pause()
    qtbot.waitUntil(lambda: page.runner is not None and not page.busy, timeout=60_000)
    page.step_hours(30)
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    with qtbot.waitSignal(page.finished, timeout=60_000):
        page.stop_and_score()
    # the page: criteria and deductions in English
    assert "Timeliness" in page.score_label.text() and not CJK.search(page.score_label.text())
    assert "were not played and earn nothing" in page.deductions_label.text()
    op = page.export_pdf(tmp_path / "report.pdf")
    qtbot.waitUntil(lambda: not op.running, timeout=60_000)
    assert op.result.read_bytes()[:4] == b"%PDF"
    html = painted["html"]
    assert "Heavy-pollution emergency drill: after-action report" in html and "Episode timeline" in html
    timeline = html[html.index("<h2>Episode timeline</h2>"):html.index("<h2>Drill event log</h2>")]
    rows = re.findall(r"<tr><td>[^<]*</td><td>([^<]*)</td>", timeline)
    assert rows and "Yellow warning (Level Ⅲ)" in timeline
    # the timeline in the interface's English; what stays Chinese is what people typed (consultation
    # conclusions), people's names (the drill's accounts are called 演练-…) and document numbers
    for text in rows:
        if not text.startswith(("Consultation", "Upper-level notice")) and "〔" not in text:
            assert not CJK.search(re.sub(r"演练-\S+", "", text)), text
    page.shutdown()
