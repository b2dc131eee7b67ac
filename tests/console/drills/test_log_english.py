"""Issue 19.13: the drill event log in English. Every line the runner writes carries its English (text_en), with
the plan's English names of levels, roles, units and steps; only what people wrote stays as written (names of
the participants, document numbers, conclusions and notes of the scenario)."""
import re

import pytest

from console import drills

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@pytest.mark.parametrize("name", ["full_cycle", "upper_red_end"])
def test_every_log_line_has_its_english(tmp_path, name):
    result = drills.run(name, out_dir=tmp_path)
    sc = next(s for s in drills.builtins() if s.name == name)
    people = sorted((p.display_name for p in sc.participants), key=len, reverse=True)
    assert result.log and all(e.text_en for e in result.log)
    for e in result.log:
        rest = re.sub(r"\([^()]*\)", "", e.text_en)  # document numbers, notes: quoted as written
        rest = re.sub(r"^(Consultation|Joint assessment): .*", "", rest)  # the scenario's own conclusion
        rest = re.sub(r": [^:]*失败[^:]*$|: 不能.*$", "", rest)  # a core refusal keeps its bilingual message
        for person in people:
            rest = rest.replace(person, "")
        assert not CJK.search(rest), (e.kind, e.text_en)
    kinds = {e.kind for e in result.log}
    assert {"forecast", "notice", "sign", "notify", "info"} <= kinds
    text = "\n".join(e.text_en for e in result.log)
    assert "Drill started: " in text and "in force" in text and "→ Duty officer" in text


def test_chinese_log_unchanged(tmp_path):
    result = drills.run("full_cycle", out_dir=tmp_path)
    zh = [e.text for e in result.log]
    assert zh[0].startswith("演练开始：") and any("生效" in t for t in zh)
    assert all(CJK.search(t) for t in zh if not t.startswith("drill"))
