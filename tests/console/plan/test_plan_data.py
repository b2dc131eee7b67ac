"""Checks on the transcription of the plan's 附件1 (duties) and 附件2 (measures).

No Qt needed: these tests only read data/measures.json and data/duties.json and compare
them with the seed text of 海政办发〔2024〕36号.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).parents[3] / "data"
SEED = Path(__file__).parents[2] / "data" / "plan_text.txt"  # the plan, 海政办发〔2024〕36号 (seed lines 157-589)

LEVELS = ("yellow", "orange", "red")
RANK = {level: i for i, level in enumerate(LEVELS)}
PREFIX = {"yellow": "III", "orange": "II", "red": "I"}
SUB_LETTER = {"general": "G", "industrial": "I", "dust": "D", "vehicle": "V", "other": "O"}
CAT_LETTER = {"health": "H", "advocacy": "A"}

# PLAN.md §8: measures introduced at each level.
EXPECTED = {
    "yellow": {"health": 3, "advocacy": 6, "general": 1, "industrial": 2, "dust": 5, "vehicle": 1, "other": 7},
    "orange": {"health": 3, "advocacy": 3, "general": 0, "industrial": 4, "dust": 3, "vehicle": 6, "other": 0},
    "red": {"health": 3, "advocacy": 0, "general": 0, "industrial": 2, "dust": 2, "vehicle": 3, "other": 0},
}
INTRODUCED = {"yellow": 25, "orange": 19, "red": 10}
CUMULATIVE = {"yellow": 25, "orange": 44, "red": 54}


def _load(name: str) -> dict:
    with (DATA / name).open(encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def measures_doc() -> dict:
    return _load("measures.json")


@pytest.fixture(scope="module")
def measures(measures_doc: dict) -> list[dict]:
    return measures_doc["measures"]


@pytest.fixture(scope="module")
def by_id(measures: list[dict]) -> dict[str, dict]:
    return {m["id"]: m for m in measures}


@pytest.fixture(scope="module")
def duties() -> dict:
    return _load("duties.json")


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def _bucket(m: dict) -> str:
    return m["subcategory"] if m["category"] == "mandatory" else m["category"]


# --- verbatim text -------------------------------------------------------------------------


def test_measure_texts_are_verbatim(measures: list[dict], seed: str) -> None:
    for m in measures:
        assert m["text"] in seed, m["id"]
        assert m["departments_raw"] in seed, m["id"]
        assert f"{m['text']}（责任部门：{m['departments_raw']}）" in seed, m["id"]
        assert "责任部门" not in m["text"], m["id"]


def test_measures_follow_plan_order(measures: list[dict], seed: str) -> None:
    # Search forward from the start of 附件2: identical sentences occur more than once
    # (III-A5/II-I3 green dispatch, II-A3/II-V6 artificial rain), so each row must be the next
    # occurrence after the previous row.
    pos = seed.index("应急响应措施\n\n各级应急响应措施")
    for m in measures:
        pos = seed.index(f"\n{m['text']}（责任部门：{m['departments_raw']}）\n", pos + 1)


def test_duties_are_verbatim(duties: dict, seed: str) -> None:
    for number, unit in enumerate(duties["units"], start=1):
        assert unit["duties"], unit["name"]
        assert unit["duties"] in seed, unit["name"]
        # heading, blank line, paragraph — as numbered in 一、部门职责
        assert f"（{number}）{unit['name']}\n\n{unit['duties']}\n" in seed, unit["name"]
    assert duties["towns_duty"] in seed
    assert duties["participants_sentence"] in seed
    for other in duties["others"]:
        assert other["duties"], other["name"]
        assert other["duties"] in seed, other["name"]


# --- shape ---------------------------------------------------------------------------------


def test_measure_fields(measures_doc: dict, measures: list[dict]) -> None:
    assert measures_doc["source"].endswith("附件2")
    assert measures_doc["duplicate_note"]
    for m in measures:
        assert m["level_introduced"] in LEVELS, m["id"]
        assert m["category"] in ("health", "advocacy", "mandatory"), m["id"]
        if m["category"] == "mandatory":
            assert m["subcategory"] in SUB_LETTER, m["id"]
            letter = SUB_LETTER[m["subcategory"]]
        else:
            assert m["subcategory"] is None, m["id"]
            letter = CAT_LETTER[m["category"]]
        prefix, _, rest = m["id"].partition("-")
        assert prefix == PREFIX[m["level_introduced"]], m["id"]
        assert rest[0] == letter and rest[1:].isdigit(), m["id"]
        assert isinstance(m["departments"], list) and m["departments"], m["id"]
        assert m["all_towns"] is ("各区镇" in m["departments"]), m["id"]
        if m["all_towns"]:
            assert m["departments"][-1] == "各区镇", m["id"]
        assert isinstance(m["replaces"], list), m["id"]


def test_ids_unique(measures: list[dict]) -> None:
    ids = [m["id"] for m in measures]
    assert len(ids) == len(set(ids))


def test_ids_numbered_consecutively(measures: list[dict]) -> None:
    groups: dict[str, list[int]] = {}
    for m in measures:
        head = m["id"][:-1].rstrip("0123456789")
        num = int(m["id"][len(head):])
        groups.setdefault(head, []).append(num)
    for head, nums in groups.items():
        assert nums == list(range(1, len(nums) + 1)), head


def test_departments_normalised(measures: list[dict], duties: dict) -> None:
    known = {u["name"] for u in duties["units"]} | {"各区镇"} | set(duties["measure_only_units"])
    for m in measures:
        for dep in m["departments"]:
            assert dep in known, (m["id"], dep)
        assert "发改委" not in m["departments"]
        assert "海门海事处" not in m["departments"]


# --- counts --------------------------------------------------------------------------------


@pytest.mark.parametrize("level", LEVELS)
def test_counts_per_level_and_category(measures: list[dict], level: str) -> None:
    got = Counter(_bucket(m) for m in measures if m["level_introduced"] == level)
    expected = EXPECTED[level]
    assert {k: got.get(k, 0) for k in expected} == expected
    assert set(got) <= set(expected)
    assert sum(got.values()) == INTRODUCED[level]


def test_cumulative_counts(measures: list[dict]) -> None:
    for level in LEVELS:
        active = [m for m in measures if RANK[m["level_introduced"]] <= RANK[level]]
        assert len(active) == CUMULATIVE[level], level


# --- links ---------------------------------------------------------------------------------


def test_replaces_point_to_lower_levels(measures: list[dict], by_id: dict[str, dict]) -> None:
    for m in measures:
        assert len(m["replaces"]) == len(set(m["replaces"])), m["id"]
        for old in m["replaces"]:
            assert old in by_id, (m["id"], old)
            assert RANK[by_id[old]["level_introduced"]] < RANK[m["level_introduced"]], (m["id"], old)


def test_duplicate_of(measures: list[dict], by_id: dict[str, dict]) -> None:
    dups = [m for m in measures if m["duplicate_of"] is not None]
    assert [m["id"] for m in dups] == ["II-V6"]
    first = by_id[dups[0]["duplicate_of"]]
    assert first["id"] == "II-A3"
    assert first["text"] == dups[0]["text"]
    assert first["departments"] == dups[0]["departments"]
    assert first["duplicate_of"] is None


@pytest.mark.parametrize(
    ("new", "old"),
    [
        ("II-D2", "III-D3"),  # sprinkling ≥2 → ≥3
        ("I-D2", "II-D2"),  # sprinkling ≥3 → ≥4
        ("II-D3", "III-D5"),  # road machine sweeping 2 → 3
        ("II-V3", "III-O2"),  # 国二 machinery ban → others 50% stopped
        ("I-V2", "II-V3"),  # → all stopped
        ("II-I1", "III-I1"),  # listed enterprises yellow → orange
        ("I-I1", "II-I1"),  # orange → red
        ("I-V3", "III-O1"),  # 国四 diesel-truck ban → all diesel trucks
        ("I-D1", "II-D1"),  # open-air demolition etc. paused, no 民生 exemption
        ("I-I2", "II-I4"),  # solvent coatings/inks → all coatings/inks
        ("II-I2", "III-A4"),  # quality coal: advocacy → mandatory
        ("II-I3", "III-A5"),  # green energy dispatch: advocacy → mandatory
        ("II-H3", "III-H3"),  # general-population health advice
    ],
)
def test_required_replaces_links(by_id: dict[str, dict], new: str, old: str) -> None:
    assert old in by_id[new]["replaces"]


# --- recurring duties ----------------------------------------------------------------------


def test_key_freight_red_does_not_replace_orange(by_id: dict[str, dict]) -> None:
    # Red drops 建材 from the orange list: both stay in force, so 建材 keeps its orange restriction.
    assert "建材" in by_id["II-V1"]["text"] and "建材" not in by_id["I-V1"]["text"]
    assert by_id["I-V1"]["replaces"] == []


def test_sprinkling_chain(by_id: dict[str, dict]) -> None:
    chain = [("III-D3", 2), ("II-D2", 3), ("I-D2", 4)]
    for mid, count in chain:
        m = by_id[mid]
        assert "洒水" in m["text"], mid
        assert f"不少于{count}次" in m["text"], mid
        assert m["recurring"] == {"kind": "per_half_day", "count": count, "action": "洒水降尘"}, mid
    for (prev, _), (cur, _) in zip(chain, chain[1:]):
        assert by_id[cur]["replaces"] == [prev]


def test_road_sweeping(by_id: dict[str, dict]) -> None:
    for mid, count in (("III-D5", 2), ("II-D3", 3)):
        m = by_id[mid]
        assert m["departments"] == ["海晟集团"], mid
        assert f"{count}次机扫" in m["text"], mid
        rec = m["recurring"]
        assert rec["kind"] == "per_day" and rec["count"] == count, mid
        assert rec["action"] == "道路机扫（冲洗）", mid
        assert rec["extra"] == {"action": "洒水（或冲洗）", "count": 2}, mid
        assert rec["condition"] == {"min_temp_c": 4}, mid


def test_petrol_window(by_id: dict[str, dict]) -> None:
    m = by_id["III-O4"]
    assert "8:00至18:00" in m["text"]
    assert m["recurring"] == {"kind": "daily_window", "start": "08:00", "end": "18:00", "action": "停止汽油装卸作业"}


def test_only_known_recurring(measures: list[dict]) -> None:
    recurring = sorted(m["id"] for m in measures if m["recurring"] is not None)
    assert recurring == sorted(["III-D3", "II-D2", "I-D2", "III-D5", "II-D3", "III-O4"])


# --- duties --------------------------------------------------------------------------------


def test_duties_units(duties: dict) -> None:
    assert duties["source"].endswith("附件1")
    names = [u["name"] for u in duties["units"]]
    assert len(names) == 22
    assert len(set(names)) == 22
    assert "发展和改革委员会" in names and "海事处" in names
    assert "发改委" not in names and "海门海事处" not in names
    assert duties["measure_only_units"] == ["海晟集团"]
    assert "海晟集团" not in names
    aliases = [a for u in duties["units"] for a in u["aliases"]]
    assert len(aliases) == len(set(aliases))
    assert not set(aliases) & set(names)
    by_name = {u["name"]: u for u in duties["units"]}
    assert "发改委" in by_name["发展和改革委员会"]["aliases"]
    assert "海门海事处" in by_name["海事处"]["aliases"]
    assert [o["name"] for o in duties["others"]] == ["企事业单位", "媒体", "公众"]


def test_participants_sentence_matches_units(duties: dict) -> None:
    sentence = duties["participants_sentence"]
    listed = sentence.removeprefix("重污染天气应急处置参与单位包括").split("及各区镇")[0].split("、")
    names = [u["name"] for u in duties["units"]]
    # The plan lists 水利局 twice in this sentence and omits 气象局: the second 水利局 stands
    # exactly where 气象局 comes in the numbered duties (一、部门职责 (19)), so it reads as a slip.
    assert listed.count("水利局") == 2
    assert "气象局" not in listed
    assert listed == ["水利局" if n == "气象局" else n for n in names]
