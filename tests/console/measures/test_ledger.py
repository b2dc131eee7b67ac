"""Emission-reduction list: import/export with validation, totals against the targets, quarter reminder."""
import csv
from datetime import datetime

import openpyxl
import pytest

from console.measures import exemptions
from console.measures import ledger
from console.common.clock import TZ, FixedClock
from console.common.errors import UserError
from console.measures.ledger_io import COLUMNS, LedgerFileError
from console.store.db import Store
from tests.helpers import actor_of

NOW = datetime(2024, 12, 3, 9, 0, tzinfo=TZ)
HEADER = [label for _, label in COLUMNS]


def _row(code, town="三星镇", so2=100, cut_red=25, **kw):
    base = {"so2": so2, "nox": 200, "pm": 50, "vocs": 80}
    cuts = {"yellow": 0.4, "orange": 0.7, "red": 1.0}
    vals = [code, kw.get("name", f"企业{code}"), kw.get("kind", "企业"), town, "化工", kw.get("grade", "B"),
            kw.get("leading", "否"), *base.values()]
    for lv in ("yellow", "orange", "red"):
        for p in ("so2", "nox", "pm", "vocs"):
            full = base[p] * cut_red / 100
            vals.append(round(full * cuts[lv], 3))
    return vals


def _write_csv(path, rows, header=HEADER):
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def _write_xlsx(path, rows, header=HEADER):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def db(tmp_path):
    s = Store(tmp_path / "ledger.sqlite3", FixedClock(NOW))
    yield s
    s.close()


def test_import_export_roundtrip_and_reimport_changes_nothing(db, tmp_path):
    src = _write_xlsx(tmp_path / "list.xlsx", [_row("E1"), _row("E2", town="海门街道", kind="工地", leading="是")])
    res = ledger.import_file(db, src, actor_of(db, "duty"))
    assert res.added == ["E1", "E2"] and res
    got = {e.code: e for e in ledger.entries(db)}
    assert got["E2"].town == "海门街道（海门经济技术开发区）" and got["E2"].leading and got["E2"].kind == "工地"
    n_audit = len(db.audit_records())
    again = ledger.import_file(db, src, actor_of(db, "duty"))
    assert not again and again.unchanged == 2 and len(db.audit_records()) == n_audit
    for suffix in ("csv", "xlsx"):
        out = ledger.export_file(db, tmp_path / f"out.{suffix}")
        assert not ledger.import_file(db, out, actor_of(db, "duty"))  # exported list re-imports as no change
    # a new quarter's file: one changed, one removed (kept as inactive), one added
    res = ledger.import_file(db, _write_csv(tmp_path / "q1.csv", [_row("E1", so2=120), _row("E3")]),
                             actor_of(db, "duty"))
    assert (res.added, res.changed, res.removed) == (["E3"], ["E1"], ["E2"])
    assert {e.code for e in ledger.entries(db)} == {"E1", "E3"}
    assert {e.code for e in ledger.entries(db, include_removed=True)} == {"E1", "E2", "E3"}
    assert db.verify_audit().ok


def test_bad_file_names_file_and_lines_and_stores_nothing(db, tmp_path):
    rows = [_row("E1"), _row("E1"), _row("E3", town="火星镇"), _row("E4", grade="E")]
    rows[0][7] = "abc"
    path = _write_csv(tmp_path / "bad.csv", rows)
    with pytest.raises(LedgerFileError) as ei:
        ledger.import_file(db, path, actor_of(db, "duty"))
    msg = str(ei.value)
    assert f"{path}:2: SO2排放量(t/a) 'abc' 不是数字" in msg
    assert f"{path}:3: 编号 E1 与第 2 行重复" in msg
    assert f"{path}:4: 区镇 '火星镇'" in msg and f"{path}:5: 绩效等级 'E'" in msg
    assert ledger.entries(db) == [] and ledger.last_update(db) is None
    # at most 20 problems
    many = _write_xlsx(tmp_path / "many.xlsx", [_row(f"X{i}", grade="Z") for i in range(40)])
    with pytest.raises(LedgerFileError) as ei:
        ledger.import_file(db, many, actor_of(db, "duty"))
    assert len(ei.value.problems) == 20 and "前 20 个" in str(ei.value)
    assert "many.xlsx:2:" in str(ei.value)
    with pytest.raises(LedgerFileError, match="缺少列"):
        ledger.import_file(db, _write_csv(tmp_path / "cols.csv", [["E1"]], header=["编号"]), actor_of(db, "duty"))
    bad_cut = _row("E9")
    bad_cut[HEADER.index("红色SO2减排量(t/a)")] = 500
    with pytest.raises(LedgerFileError, match="大于排放量"):
        ledger.import_file(db, _write_csv(tmp_path / "cut.csv", [bad_cut]), actor_of(db, "duty"))


def test_totals_short_of_30_percent_at_red_are_red(db, tmp_path):
    # two enterprises, each cutting 25% at red: 25% of their emissions; whole society = their baseline
    ledger.import_file(db, _write_csv(tmp_path / "l.csv", [_row("E1"), _row("E2")]), actor_of(db, "duty"))
    for p, v in {"so2": 200, "nox": 400, "pm": 100, "vocs": 160}.items():
        ledger.set_society_total(db, p, v, actor_of(db, "duty"))
    red = {t.pollutant: t for t in ledger.totals(db, "red")}
    assert red["so2"].cut == 50 and red["so2"].target_t == 60 and red["so2"].pct == 25
    assert all(t.met is False and t.verdict_zh == "未达标" for t in red.values())
    assert all(t.met is False for t in ledger.totals(db, "orange"))  # 17.5% < 20%
    assert all(t.met and t.verdict_zh == "达标" for t in ledger.totals(db, "yellow"))  # exactly 10%
    # an exempt enterprise's cut does not count
    exemptions.grant(db, "E2", "企业E2", "民生保障", ["生态环境局"], "2024-12-01", actor_of(db, "duty"))
    assert {t.pollutant: t for t in ledger.totals(db, "yellow")}["so2"].exempt_cut == 10
    with pytest.raises(UserError, match="应大于 0"):
        ledger.set_society_total(db, "so2", 0, actor_of(db, "duty"))


def test_totals_without_society_total_are_unknown(db, tmp_path):
    ledger.import_file(db, _write_csv(tmp_path / "l.csv", [_row("E1")]), actor_of(db, "duty"))
    t = ledger.totals(db, "yellow")[0]
    assert t.met is None and t.verdict_zh == "未设置全社会排放量"


@pytest.mark.parametrize("now,last,due", [
    (datetime(2024, 12, 20, tzinfo=TZ), None, True),
    (datetime(2024, 12, 20, tzinfo=TZ), datetime(2024, 12, 1, tzinfo=TZ), False),   # window opens 12-22
    (datetime(2024, 12, 22, 0, 1, tzinfo=TZ), datetime(2024, 12, 1, tzinfo=TZ), True),
    (datetime(2024, 12, 28, tzinfo=TZ), datetime(2024, 12, 23, tzinfo=TZ), False),
    (datetime(2025, 1, 5, tzinfo=TZ), datetime(2024, 12, 1, tzinfo=TZ), True),      # Q4 update still missing
    (datetime(2025, 1, 5, tzinfo=TZ), datetime(2024, 12, 30, tzinfo=TZ), False),
    (datetime(2025, 3, 25, tzinfo=TZ), datetime(2024, 12, 30, tzinfo=TZ), True),    # Q1 window open
])
def test_quarter_end_due(now, last, due):
    assert ledger.quarter_end_due(now, last) is due


def test_review_without_changes_settles_the_quarter(db):
    assert ledger.quarter_reminder(db.clock.now(), ledger.last_update(db)).due
    db.clock.set(datetime(2024, 12, 25, tzinfo=TZ))
    ledger.mark_reviewed(db, actor_of(db, "duty"), "本季度无变化")
    assert not ledger.quarter_end_due(db.clock.now(), ledger.last_update(db))
