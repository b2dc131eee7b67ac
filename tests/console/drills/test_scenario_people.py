"""Issue 14.3: no real-looking person names ship. The built-in scenarios' accounts and the people their events
name are neutral drill names ("演练-区领导"), never a person's name (nor the plan roster's names)."""
import json

import pytest

from console.plan import catalog as catalog_mod
from console.drills.scenario import scenarios_dir

SHIPPED = sorted(scenarios_dir().glob("*.json"))
PEOPLE_FIELDS = ("ecology_by", "meteorology_by")


def _people(doc: dict) -> list[str]:
    names = [p["display_name"] for p in doc["participants"]]
    for ev in doc["timeline"]:
        names += [ev[k] for k in PEOPLE_FIELDS if k in ev]
        if ev.get("type") == "consultation":
            names += list(ev.get("participants", []))
    return names


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_scenario_people_are_neutral_drill_names(path):
    names = _people(json.loads(path.read_text("utf-8")))
    assert names
    not_neutral = [n for n in names if "演练-" not in n]
    assert not not_neutral, f"{path.name}: names that are not neutral drill names: {not_neutral}"


def test_no_roster_name_in_any_scenario():
    roster = [r["name"] for r in catalog_mod.load().roster if r.get("name")]
    assert roster  # the check below means something
    for path in SHIPPED:
        text = path.read_text("utf-8")
        assert not [n for n in roster if n in text], path.name
