"""Issue 12.6: one display name per role, from the plan. Role names and the sign-off chain's wording come from
data/plan.json through console.plan.names; no module of console/ or widgets/ keeps its own table of role names
or spells a role's name as a label of its own (prose that mentions a role inside a sentence is not a name table)."""
import ast
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAN = json.loads((ROOT / "data" / "plan.json").read_text("utf-8"))
ROLE_CODES = {r["code"] for r in PLAN["roles"]}
# the plan's names, and the other names the code used for the same roles before (never again as a label)
NAMES = ({r["name_zh"] for r in PLAN["roles"]} | {r["name_en"] for r in PLAN["roles"]}
         | {"局长", "局长（主要负责人）", "分管副局长", "生态环境局主要负责人", "区领导", "值班人员", "联络员",
            "Bureau head", "Deputy head", "District leader", "Duty officer", "Liaison", "Admin"})


def _sources():
    for folder in ("console", "widgets"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text("utf-8"))


def _offences(rel: str, tree: ast.AST) -> list[str]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.strip() in NAMES:
            out.append(f"{rel}:{node.lineno}: role name {node.value!r} spelled in code")
        elif isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
            names = [v for v in node.values if not (isinstance(v, ast.Constant) and v.value in ROLE_CODES | {None})]
            if len(keys & ROLE_CODES) >= 2 and names and all(isinstance(v, (ast.Constant, ast.Call)) for v in names):
                out.append(f"{rel}:{node.lineno}: a table of role names by code")
    return out


def test_no_role_name_spelled_in_console_or_widgets():
    found = [o for rel, tree in _sources() for o in _offences(rel, tree)]
    assert not found, "role names must come from data/plan.json (console.plan.names):\n" + "\n".join(found)


def test_the_check_catches_a_table_and_a_label():
    tree = ast.parse('NAMES = {"bureau_head": "局长", "deputy_head": tr("分管副局长")}\nx = "局长（主要负责人）"\n')
    assert len(_offences("x.py", tree)) == 4  # the table, and each of the three names


def test_every_role_and_step_of_the_chain_is_named_in_both_languages():
    from console.plan import names

    for r in PLAN["roles"]:
        assert names.role_name(r["code"]) == r["name_zh"] and names.role_name(r["code"], "en") == r["name_en"]
    zh, en = names.signoff_wording("zh", {"district_leader": "甲"}), names.signoff_wording("en")
    for level, steps in PLAN["signoff"].items():
        for s in steps:
            role = next(r for r in PLAN["roles"] if r["code"] == s["role"])
            assert role["name_zh"] in zh and role["name_en"] in en
            assert PLAN["signoff_steps"][s["step"]]["name_zh"] in zh
    assert "区政府领导（甲）批准" in zh and "审核" in zh and "reviews" in en
