"""The daily report's figures from the records (demo data, a check run, inspections, notices), frozen when
sent, exported to XLSX."""
from datetime import datetime, timedelta

import openpyxl
import pytest
from helpers import admin_of

from console.common.clock import TZ, FixedClock
from console.reductions import daily_report as D
from console.reductions import demo, inspections
from console.store.db import Store


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "d.sqlite3", FixedClock(datetime(2016, 12, 22, 9, tzinfo=TZ)))
    yield s
    s.close()


def test_figures_from_the_records_sent_and_exported(db, tmp_path):
    admin = admin_of(db)
    run = demo.load_demo(db, admin)
    ins = inspections.create(db, admin, "DEMO-003", "临江新区", flag_id=run.flags[0]["id"])
    inspections.record_finding(db, admin, ins.id, False, "除尘风机停运")
    inspections.create(db, admin, "DEMO-005", "余东镇", "抽查")
    rep = D.compose(db)
    fig = dict(map(tuple, rep.rows))
    assert fig["预警级别"] == "无预警" and fig["区域24小时AQI"] == "无数据"
    assert fig["应急减排清单企业（家）"] == 6 and fig["有一厂一策的企业（家）"] == 6
    assert fig["按一厂一策应停产的企业（家）"] == 0  # no level in force: nobody must stop
    assert fig["用电核查企业（家）"] == 6 and fig["用电核查发现问题企业（家）"] == 4  # DEMO-002, 003, 004, 006
    assert fig["派发现场核查（次）"] == 2 and fig["完成现场核查（次）"] == 1 and fig["现场核查确认违规（次）"] == 1
    # a day later the same records fall outside the 24-hour window
    later = dict(map(tuple, D.compose(db, db.clock.now() + timedelta(hours=25)).rows))
    assert later["用电核查企业（家）"] == 0 and later["派发现场核查（次）"] == 0
    rid = D.send(db, admin)
    [(got_id, sent, by)] = D.sent_reports(db)
    assert got_id == rid and sent.rows == rep.rows and by == admin.username
    out = D.write_xlsx(sent, tmp_path / "日报.xlsx")
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "海门区重污染天气应急减排日报（2016-12-22，截至 09:00）"
    assert [ws["A3"].value, ws["B3"].value] == ["预警级别", "无预警"]
    assert "<table" in D.to_html(sent)


def test_stop_and_limit_counts_at_the_level_in_force(db):
    from console import episodes as E
    from console.admin import accounts

    admin = admin_of(db)
    demo.load_demo(db, admin)
    for name, role in (("duty", "duty_officer"), ("head", "bureau_head")):
        accounts.create_user(db, admin, name, name, [role], "pw123456")
    duty = accounts.authenticate(db, "duty", "pw123456")
    p = E.propose(db, duty, "start", "orange", ["橙色：预测依据"], "海门区全域", db.clock.now(), "",
                  assessed_level="orange")
    E.sign(db, p.id, "head", "pw123456", "bureau_head", "approve", p.content_hash)
    fig = dict(map(tuple, D.compose(db).rows))
    # orange, production lines only: DEMO-004 and DEMO-006 stop spraying; 001, 002, 003 and 005 cut
    # (DEMO-005's exempt line does not count)
    assert fig["预警级别"] == "橙色预警"
    assert (fig["按一厂一策应停产的企业（家）"], fig["按一厂一策应限产的企业（家）"]) == (2, 4)
