"""发布预警信息: six required fields + health advice; refused naming the empty field; publish; exports (text,
CAP, PDF) — a drill's PDF carries the 演练 DRILL watermark on every page, checked on the real PDF."""
import os
import shutil
import subprocess
from datetime import datetime

import pytest
from PySide6.QtGui import QColor, QImage

from console.admin import accounts
from console.episodes import bulletin as B
from console import episodes as E
from console.common.clock import TZ, FixedClock
from widgets.common import style
from widgets.warnings.bulletin_dialog import BulletinDialog
from widgets.warnings.bulletin_pdf import write_pdf
from tests.helpers import actor_of, admin_of

T0 = datetime(2025, 12, 2, 8, 0, tzinfo=TZ)
PW = "pw123456"


@pytest.fixture
def st(store):
    store.clock = FixedClock(T0)
    accounts.create_user(store, admin_of(store), "duty", "王值班", ["duty_officer"], PW)
    accounts.create_user(store, admin_of(store), "deputy", "李副局长", ["deputy_head"], PW)
    p = E.propose(store, actor_of(store, "duty"), "start", "yellow", ["黄色：预测 12-02 日AQI>200（230）"], "海门区全域", T0,
                  assessed_level="yellow")
    E.sign(store, p.id, "deputy", PW, "deputy_head", "approve", p.content_hash)
    return store


def set_drill(store):
    with store.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('drill', '1')")


def make(qtbot, st):
    d = BulletinDialog(st)
    qtbot.addWidget(d)
    d.degree.setText("重度污染")
    d.area.setText("海门区全域")
    d.pollutant.setText("PM2.5")
    d.operator.set_user("duty", PW)
    return d


def test_prefilled_from_the_level_in_force(qtbot, st):
    d = BulletinDialog(st)
    qtbot.addWidget(d)
    assert d.level.currentData() == "yellow" and d.response_area.text() == "海门区全域"
    assert "1." in d.advice.toPlainText()  # the plan's 健康防护 measures at yellow
    assert not d.export_pdf_button.isEnabled()  # nothing published yet


def test_refuses_an_empty_field_naming_it(qtbot, st):
    d = make(qtbot, st)
    d.pollutant.setText("")
    d._try_accept()
    assert "首要污染物" in d.error.text() and B.publications(st) == []
    d.pollutant.setText("PM2.5")
    d.response_area.setText(" ")
    d._try_accept()
    assert "应急响应地区" in d.error.text() and B.publications(st) == []


def test_preview_then_publish_and_export(qtbot, st, tmp_path):
    d = make(qtbot, st)
    d.update_preview()
    assert "海门区发布重污染天气黄色预警（Ⅲ级）" in d.preview.toPlainText()
    with qtbot.waitSignal(d.published):
        d._try_accept()
    (pub,) = B.publications(st)
    assert pub.msg_type == "Alert" and pub.published_by == "duty" and d.export_cap_button.isEnabled()
    assert "编号：HMSTHJ-" in d.preview.toPlainText()
    assert "污染程度：重度污染" in d.export_text(tmp_path / "b.txt").read_text("utf-8")
    xml = d.export_cap(tmp_path / "b.xml").read_text("utf-8")
    assert "<severity>Moderate</severity>" in xml and "<status>Actual</status>" in xml
    pdf = d.export_pdf(tmp_path / "b.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    op = d.export_pdf_in_background(tmp_path / "bg.pdf")  # the button's path: painted on a worker thread
    assert not d.export_pdf_button.isEnabled()
    qtbot.waitUntil(lambda: not op.running)
    assert op.result.read_bytes().startswith(b"%PDF") and d.export_pdf_button.isEnabled()
    assert "bg.pdf" in d.published_label.text()


def _pdf_page_text(path, page):
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdftoppm")), reason="needs poppler-utils")
def test_drill_pdf_has_the_watermark_on_every_page(qtbot, st, tmp_path):
    set_drill(st)
    d = make(qtbot, st)
    d.advice.setPlainText(d.advice.toPlainText() + "\n" + "\n".join(f"补充提示第 {i} 条。" for i in range(70)))
    d._try_accept()
    pub = d.publication
    assert pub.drill
    path = tmp_path / "drill.pdf"
    pages = write_pdf(st, pub, path)
    assert pages >= 2
    for page in range(1, pages + 1):
        assert "DRILL" in _pdf_page_text(path, page)
    # Render every page and find the blue-grey watermark ink in the middle of each.
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "pg")], check=True)
    pngs = sorted(tmp_path.glob("pg-*.png"))
    assert len(pngs) == pages
    r, g, b = style.DRILL_RGB
    for png in pngs:
        img = QImage(str(png))
        w, h = img.width(), img.height()
        tinted = 0
        for y in range(h // 4, 3 * h // 4, 2):
            for x in range(w // 4, 3 * w // 4, 2):
                c = QColor(img.pixel(x, y))
                # blended blue-grey on white: blue above red, visibly not grey-black text
                if c.blue() - c.red() >= 12 and c.red() < 235 and abs(c.green() - (c.red() + c.blue()) / 2) < 25:
                    tinted += 1
        assert tinted > 50, png.name


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_live_pdf_has_no_watermark(qtbot, st, tmp_path):
    d = make(qtbot, st)
    d._try_accept()
    path = d.export_pdf(tmp_path / "live.pdf")
    assert "DRILL" not in _pdf_page_text(path, 1) and "黄色预警" in _pdf_page_text(path, 1)
    from console.store.audit import anchor_text

    assert anchor_text(st).split()[-1] in _pdf_page_text(path, 1)  # the audit head, printed on the document
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def test_export_before_publishing_is_refused(qtbot, st, tmp_path):
    d = make(qtbot, st)
    with pytest.raises(Exception, match="尚未发布"):
        d.export_text(tmp_path / "x.txt")


def test_second_publication_is_an_update(qtbot, st):
    make(qtbot, st)._try_accept()
    d = make(qtbot, st)
    assert d.publication is not None  # the dialog shows what was published
    d._try_accept()
    assert [p.msg_type for p in B.publications(st)] == ["Alert", "Update"]
