"""The consolidated after-episode summary (§6.2): units' summaries and measures plus the reduction figures of a
hand-built episode, issued (kept, audited, by an authorized actor only), exported to XLSX in both languages."""
from datetime import datetime, timedelta

import openpyxl
import pytest
from helpers import USER_PW, actor_of, admin_of

from console import episodes as E
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.reductions import daily_report as D
from console.reductions import demo, episode_summary as S
from console.reductions import inspections, notices

T0 = datetime(2016, 12, 16, 20, 0, tzinfo=TZ)
T_END = datetime(2016, 12, 22, 0, 0, tzinfo=TZ)


def _episode(store):
    """Orange 12-16 20:00 .. 12-22 00:00 over the demo firms: one flag inspected (violation, grade lowered),
    a spot check never done, a notice round with one firm acknowledging on time and one reporting late, one
    daily report; after the end two units' summaries, one on time and one late."""
    store.clock = FixedClock(T0)
    admin = admin_of(store)
    duty, head = actor_of(store, "duty", "duty_officer"), actor_of(store, "head", "bureau_head")
    p = E.propose(store, duty, "start", "orange", ["橙色：预测"], "海门区全域", T0, assessed_level="orange")
    E.sign(store, p.id, head.username, USER_PW, "bureau_head", "approve", p.content_hash)
    run = demo.load_demo(store, admin)
    rid = notices.send_round(store, admin, "orange", T0)
    recs = {r.code: r for r in notices.receipts(store, rid)}
    store.clock.advance(timedelta(minutes=40))
    notices.record(store, admin, recs["DEMO-001"].notice_id, "ack")
    store.clock.advance(timedelta(hours=30))
    notices.record(store, admin, recs["DEMO-001"].notice_id, "report", "已按一厂一策停产")   # after 24 h: late
    D.send(store, admin)
    a = inspections.create(store, admin, "DEMO-003", "临江新区", flag_id=run.flags[0]["id"])
    inspections.record_finding(store, admin, a.id, False, "除尘风机停运")
    inspections.apply_consequences(store, admin, a.id, revoke_exemption=False, downgrade=True)
    inspections.create(store, admin, "DEMO-005", "余东镇", "抽查")
    store.clock = FixedClock(T_END)
    E.receive_notice(store, duty, "city", "lift", None, "通环3号", T_END)
    p = E.propose(store, duty, "end", None, [], "", None)
    assert E.sign(store, p.id, head.username, USER_PW, p.steps[0].role, "approve", p.content_hash).episode_ended
    store.clock.advance(timedelta(hours=5))
    E.record_summary(store, duty, "生态环境局", by="张三")
    store.clock.advance(timedelta(hours=25))            # past the 24-hour due time
    E.record_summary(store, duty, "临江新区", by="李四")
    return store


def test_summary_figures_of_a_hand_built_episode(store):
    with pytest.raises(UserError, match="没有已终止的重污染过程"):
        S.compose(store)
    st = _episode(store)
    s = S.compose(st)
    fig = dict(map(tuple, s.rows))
    assert (fig["开始时间"], fig["终止时间"], fig["持续时间（小时）"]) == ("2016-12-16 20:00", "2016-12-22 00:00", 124.0)
    assert fig["最高预警级别"] == "橙色预警" and fig["总结报送时限"] == "2016-12-23 00:00"
    units = {u[0]: u for u in s.units}
    assert units["生态环境局"][1:3] == ["12-22 05:00", "按时"] and units["临江新区"][1:3] == ["12-23 06:00", "逾期"]
    assert fig["按时报送总结（个）"] == 1 and fig["逾期报送总结（个）"] == 1
    assert fig["未报送总结（个）"] == fig["参与单位（个）"] - 2
    assert fig["响应措施任务（项）"] > 0 and fig["已完成响应措施任务（项）"] == 0
    # the demo check (span inside the episode): six firms, four flagged — control off 1, not cut 3, night 1
    assert (fig["用电核查（次）"], fig["用电核查企业（家）"], fig["用电核查发现问题企业（家）"]) == (1, 6, 4)
    assert (fig["生产时治污设施停运（条）"], fig["负荷未按承诺削减（条）"], fig["夜间生产远高于白天（条）"]) == (1, 3, 1)
    assert (fig["派发现场核查（次）"], fig["完成现场核查（次）"], fig["现场核查确认违规（次）"]) == (2, 1, 1)
    assert (fig["现场核查已结案（次）"], fig["撤销豁免（次）"], fig["降低绩效等级（次）"]) == (0, 0, 1)
    # 6 firms notified; DEMO-001 acknowledged on time and reported late; the others never replied: 5 + 5 overdue
    assert (fig["已通知企业（家）"], fig["按时确认收到通知（家）"], fig["按时报送执行情况（家）"]) == (6, 1, 0)
    assert fig["回执逾期或迟报（项）"] == 11 and fig["报送减排日报（份）"] == 1
    assert s.levels == [["2016-12-16 20:00", "橙色预警"], ["2016-12-22 00:00", "无预警"]]


def test_issue_is_kept_audited_and_refused_without_a_write_role(store, tmp_path):
    st = _episode(store)
    with pytest.raises(UserError):
        S.issue(st, actor_of(st, "liaison1", "liaison"))
    assert S.issued(st) == []
    rid = S.issue(st, admin_of(st))
    [(got, kept, by)] = S.issued(st)
    assert got == rid and by == admin_of(st).username and kept.rows == S.compose(st).rows
    audit = [r for r in st.audit_records() if r["action"] == "reductions.episode_summary"]
    assert len(audit) == 1 and audit[0]["entity_id"] == str(kept.episode_id) and st.verify_audit().ok
    ws = openpyxl.load_workbook(S.write_xlsx(kept, tmp_path / "汇总.xlsx")).active
    assert ws["A1"].value.startswith("海门区重污染天气应急过程 1 总结汇总")
    values = [c.value for c in ws["A"]]
    assert "用电核查发现问题企业（家）" in values and "生态环境局" in values
    en = openpyxl.load_workbook(S.write_xlsx(kept, tmp_path / "summary.xlsx", "en")).active
    en_rows = {r[0]: r[1] for r in en.iter_rows(values_only=True) if r and r[0]}
    assert en_rows["Firms flagged by the meter checks"] == 4 and en_rows["Highest level"] == "Orange warning"
    assert en_rows["Ecology and Environment Bureau"] == "12-22 05:00"  # the unit by its English name
    html = S.to_html(kept, "en")
    assert "Summaries late" in html and "on time" in html and "Level changes" in html


def test_every_label_has_its_english(store):
    st = _episode(store)
    s = S.compose(st)
    words = [r[0] for r in s.rows] + [v for _, v in s.levels] + [u[2] for u in s.units if u[2] != "—"]
    assert [w for w in words if S.label(w, "en") == w] == []
    report = D.compose(st)
    assert [r[0] for r in report.rows if D.label(r[0], "en") == r[0]] == []
    assert D.label("橙色预警", "en") == "Orange warning" and D.label(3, "en") == 3


def test_units_summary_text_and_file_are_kept_and_included(store, tmp_path):
    import hashlib

    st = _episode(store)
    duty = actor_of(st, "duty", "duty_officer")
    doc = tmp_path / "公安局总结.pdf"
    doc.write_bytes(b"%PDF-1.4 fake summary")
    sha = hashlib.sha256(doc.read_bytes()).hexdigest()
    E.record_summary(st, duty, "公安局", by="王五", text="路检路查 1,200 辆次，劝返国三柴油车 35 辆。", file=doc)
    with pytest.raises(UserError, match="无法读取附件"):
        E.record_summary(st, duty, "住房和城乡建设局", text="x", file=tmp_path / "missing.docx")
    [rec] = [r for r in st.audit_records() if r["action"] == "summary.record" and "公安局" in r["detail"]]
    assert sha in rec["detail"]
    s = S.compose(st)
    assert s.texts == [["公安局", "路检路查 1,200 辆次，劝返国三柴油车 35 辆。", "公安局总结.pdf", sha]]
    assert inspections.file_bytes(st, sha) == doc.read_bytes()
    # a receipt without a text (e.g. a corrected time) keeps the latest text; the issued summary freezes it
    E.record_summary(st, duty, "公安局", by="王五")
    assert S.compose(st).texts[0][1].startswith("路检路查")
    S.issue(st, admin_of(st))
    [(_, kept, _)] = S.issued(st)
    assert kept.texts == s.texts
    ws = openpyxl.load_workbook(S.write_xlsx(kept, tmp_path / "汇总.xlsx")).active
    values = [c.value for c in ws["B"]]
    assert "路检路查 1,200 辆次，劝返国三柴油车 35 辆。" in values
    assert "Units&#x27; summaries" in S.to_html(kept, "en")
