"""The drill's after-action report in English (issue 19.13): headings, labels, criteria, score lines, unit and
level names, the event log; the Chinese report is unchanged. The timeline's lines come from the interface's
own words (widgets.warnings.words.timeline_text; see tests/widgets/drills/test_drill_report_english.py)."""
import re

import pytest

from console import drills
from console.drills.report import report_html
from console.store.db import Store

pytestmark = pytest.mark.sqlite_only("opens the drill's own SQLite file to build its report")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")


@pytest.fixture(scope="module")
def late(tmp_path_factory):
    """full_cycle with the red sign-off 3 hours late: deductions in timeliness."""
    import json

    from console.drills.scenario import scenarios_dir

    doc = json.loads((scenarios_dir() / "full_cycle.json").read_text(encoding="utf-8"))
    i = next(i for i, e in enumerate(doc["timeline"]) if e["type"] == "sign" and e.get("role") == "district_leader"
             and e.get("at") == "+2d2h")
    doc["timeline"][i]["at"] = "+2d5h"
    out = tmp_path_factory.mktemp("late")
    p = out / "late.json"
    p.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return drills.run(p, out_dir=out, report=False)


def _html(r, lang):
    with Store(r.db_path, readonly=True) as s:
        return report_html(s, r.scenario, r.score, r.log, lang)


def test_report_in_english(late):
    html = _html(late, "en")
    assert "Heavy-pollution emergency drill: after-action report" in html
    assert f"Total {late.score.total:g} / 100" in html
    assert "<th>Criterion</th><th>Points</th><th>Out of</th><th>Notes</th>" in html
    assert "<td>Timeliness</td>" in html and "past the 3-hour limit" in html
    assert "Red warning (Level Ⅰ) trigger" in html
    assert "Bureau head" in html or "District leader" in html  # the sign-off roles in the timing table
    assert "How the drill is scored" in html and "Timeliness 30, Accuracy 30" in html
    from html import escape

    score_part = html[:html.index("<h2>Episode timeline</h2>")]
    # no Chinese in the score part but the upper notices' document numbers, quoted as written, and the core's
    # bilingual refusal messages (shown whole in English, as everywhere: widgets.common.i18n.user_text)
    score_part = re.sub(r"publication refused: [^<]*", "", score_part)
    left = set(CJK.findall(re.sub(r"\([^()]*〔[^()]*\)", "", score_part)))
    assert not left, sorted(left)
    method = html[html.index("<h2>How the drill is scored</h2>"):html.index("</body>")]
    assert not CJK.search(method.replace("演练 DRILL", ""))
    # the event log in English (people's names, typed conclusions and document numbers stay as written)
    log = [e for e in late.log if e.kind != "notify"]
    assert log and all(e.text_en and escape(e.text_en) in html for e in log)
    assert "(12-02 daily AQI upper bound 210 meets the yellow warning condition)" in html  # the scenario's note_en


def test_report_in_chinese_unchanged(late):
    html = _html(late, "zh")
    assert "重污染天气应急演练 事后评估报告" in html and f"总分 {late.score.total:g} / 100" in html
    assert "超过 3 小时时限" in html and "Total" not in html


def test_score_lines_in_both_languages(late):
    t = {c.key: c for c in late.score.criteria}["timeliness"]
    d = next(d for d in t.deductions if "超过 3 小时时限" in d.reason)
    assert d.text("zh") == d.reason and "past the 3-hour limit" in d.text("en") and not CJK.search(d.text("en"))
    assert t.label("en") == "Timeliness" and t.label("zh") == "时效"
    assert len(t.notes_en) == len(t.notes) and not any(CJK.search(n) for n in t.notes_en)
    assert "reason_en" not in str(late.score.to_dict())  # the stored/printed score is as before
