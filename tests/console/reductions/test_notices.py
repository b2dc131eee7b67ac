"""Notices to firms: contacts, one notice per firm from its sheet, the SMS batch file, the printable notices,
acknowledgement (1 h) and execution report (24 h) against the deadlines."""
import csv
from datetime import datetime, timedelta

import pytest
from helpers import admin_of
from helpers_reductions import ledger_row, load_ledger, write_csv

from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.reductions import notices as N
from console.reductions import sheets
from console.reductions.tabular import FileProblems
from console.store.db import Store

T0 = datetime(2016, 12, 16, 20, 0, tzinfo=TZ)
SHEET = ["企业编号", "类别", "名称", "黄色措施", "橙色措施", "红色措施", "关键指标", "豁免"]


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "n.sqlite3", FixedClock(T0 + timedelta(minutes=10)))
    load_ledger(s, tmp_path, [ledger_row("F1"), ledger_row("F2", town="常乐镇")])
    sheets.import_file(s, admin_of(s), write_csv(tmp_path / "s.csv", SHEET, [
        ["F1", "生产线", "1号线", "限产30%", "限产50%", "停产", "", "否"],
        ["F1", "工序", "保供线", "正常生产", "正常生产", "正常生产", "", "是"],
        ["F2", "运输车辆", "原料运输", "禁止国四", "禁止国五", "停止公路运输", "", "否"]]))
    yield s
    s.close()


def _contacts(db, tmp_path):
    return N.import_contacts(db, admin_of(db), write_csv(tmp_path / "c.csv", ["企业编号", "联系人", "手机"], [
        ["F1", "张三", "199-0000-0001"], ["F2", "李四", "19900000002"]]))


def test_round_texts_batch_file_and_printable(db, tmp_path):
    with pytest.raises(UserError, match="没有联系人手机.*演示企业F1（F1）"):
        N.send_round(db, admin_of(db), "red", T0)
    assert _contacts(db, tmp_path) == ["F1", "F2"]
    assert _contacts(db, tmp_path) == []  # unchanged
    rid = N.send_round(db, admin_of(db), "red", T0)
    with pytest.raises(UserError, match="已生成"):
        N.send_round(db, admin_of(db), "red", T0)
    r1, r2 = N.receipts(db, rid)
    assert r1.code == "F1" and r1.phone == "19900000001"
    assert r1.text == ("【海门区重污染天气应急指挥部】红色预警（Ⅰ级）自12月16日20:00起生效。请演示企业F1按一厂一策执行："
                       "1号线：停产。请于1小时内回复确认收到，24小时内报送执行情况。")  # the exempt line is left out
    assert r1.ack_due == T0 + timedelta(hours=1) and r1.report_due == T0 + timedelta(hours=24)
    batch = N.write_sms_batch(db, rid, tmp_path / "sms.csv")
    with open(batch, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["手机号码", "短信内容"] and rows[2] == ["19900000002", r2.text]
    page = N.write_printable(db, rid, tmp_path / "n.html").read_text("utf-8")
    assert page.count("<section>") == 2 and "致：演示企业F2（F2）" in page


def test_receipts_against_the_deadlines(db, tmp_path):
    _contacts(db, tmp_path)
    rid = N.send_round(db, admin_of(db), "orange", T0)
    r1, r2 = N.receipts(db, rid)
    now = db.clock.now()
    assert r1.status("ack", now) == "pending"
    db.clock.set(T0 + timedelta(minutes=50))
    N.record(db, admin_of(db), r1.notice_id, "ack", at=T0 + timedelta(minutes=40))
    db.clock.set(T0 + timedelta(hours=2))
    N.record(db, admin_of(db), r2.notice_id, "ack")  # 2 h after: late
    with pytest.raises(UserError, match="已记录确认"):
        N.record(db, admin_of(db), r2.notice_id, "ack")
    with pytest.raises(UserError, match="执行情况"):
        N.record(db, admin_of(db), r1.notice_id, "report")
    with pytest.raises(UserError, match="不能晚于现在"):
        N.record(db, admin_of(db), r1.notice_id, "report", "已限产", at=T0 + timedelta(hours=3))
    db.clock.set(T0 + timedelta(hours=25))
    N.record(db, admin_of(db), r1.notice_id, "report", "1号线已停产", at=T0 + timedelta(hours=20))
    r1, r2 = N.receipts(db, rid)
    now = db.clock.now()
    assert (r1.status("ack", now), r2.status("ack", now)) == ("done", "late")
    assert (r1.status("report", now), r2.status("report", now)) == ("done", "overdue")
    assert r1.report_note == "1号线已停产"
    assert len([a for a in db.audit_records() if a["action"].startswith("notices.")]) == 5


def test_bad_contacts_file(db, tmp_path):
    with pytest.raises(FileProblems) as e:
        N.import_contacts(db, admin_of(db), write_csv(tmp_path / "c.csv", ["code", "contact", "phone"], [
            ["F1", "张三", "12345"], ["F9", "", "19900000002"], ["F1", "王五", "19900000003"]]))
    assert [line for line, _ in e.value.problems] == [2, 3, 3, 4]
