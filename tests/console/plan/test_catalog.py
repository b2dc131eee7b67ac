import json
import shutil

import pytest

from console.plan import catalog as catalog_mod
from console.common.errors import DataError, UserError


def test_cumulative_counts(catalog):
    assert [len(catalog.measures_in_force(c)) for c in ("yellow", "orange", "red")] == [25, 44, 54]


def test_replaced_measures_marked_only_once_stricter_is_in_force(catalog):
    yellow = {mf.measure.id: mf for mf in catalog.measures_in_force("yellow")}
    orange = {mf.measure.id: mf for mf in catalog.measures_in_force("orange")}
    red = {mf.measure.id: mf for mf in catalog.measures_in_force("red")}
    assert yellow["III-D3"].replaced_by is None
    assert orange["III-D3"].replaced_by == "II-D2"
    assert orange["II-D2"].replaced_by is None
    assert red["II-D2"].replaced_by == "I-D2"
    assert red["I-D2"].measure.recurring["count"] == 4


def test_departments_normalised(catalog):
    depts = {d for m in catalog.measures for d in m.departments}
    assert "发改委" not in depts and "海门海事处" not in depts
    assert "发展和改革委员会" in depts and "海事处" in depts
    assert catalog.normalise_department("发改委") == "发展和改革委员会"


def test_measures_for_a_town_are_the_all_towns_ones(catalog):
    town = catalog.towns[1]
    rows = catalog.measures_for_department(town, "red")
    assert rows and all(r.measure.all_towns for r in rows)
    assert {r.measure.id for r in rows} == {"III-D1", "II-D1", "I-D1"}


def test_unknown_level_is_user_error(catalog):
    with pytest.raises(UserError, match="purple"):
        catalog.measures_in_force("purple")


def test_chinese_level_names_accepted(catalog):
    assert len(catalog.measures_in_force("橙色")) == 44


def _copy_data(tmp_path):
    d = tmp_path / "data"
    shutil.copytree(catalog_mod.paths.plan_data_dir(), d)
    return d


def test_missing_file_named(tmp_path):
    d = _copy_data(tmp_path)
    (d / "measures.json").unlink()
    with pytest.raises(DataError, match="measures.json"):
        catalog_mod.load(d)


def test_malformed_json_names_file_and_line(tmp_path):
    d = _copy_data(tmp_path)
    text = (d / "plan.json").read_text("utf-8").splitlines()
    text[5] = text[5] + " oops"
    (d / "plan.json").write_text("\n".join(text), "utf-8")
    with pytest.raises(DataError) as e:
        catalog_mod.load(d)
    assert "plan.json" in str(e.value) and e.value.line is not None


def test_dangling_replaces_reference_rejected(tmp_path):
    d = _copy_data(tmp_path)
    data = json.loads((d / "measures.json").read_text("utf-8"))
    data["measures"][30]["replaces"] = ["NOPE-1"]
    (d / "measures.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(DataError, match="NOPE-1"):
        catalog_mod.load(d)


def test_bom_tolerated(tmp_path):
    d = _copy_data(tmp_path)
    raw = (d / "plan.json").read_bytes()
    (d / "plan.json").write_bytes(b"\xef\xbb\xbf" + raw)
    assert catalog_mod.load(d).levels["red"].roman == "Ⅰ"
