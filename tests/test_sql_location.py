"""SQL lives only in the storage layer (console/store/): no SQL text anywhere else in console/ or widgets/, and no
widget reaches a raw connection. Modules not yet moved behind a repository are listed in NOT_YET_MOVED; the
list only shrinks."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQL = re.compile(r"^\s*(SELECT\s.+\sFROM\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|"
                 r"CREATE\s+(TABLE|INDEX|TRIGGER|UNIQUE)\s|ALTER\s+TABLE\s|DROP\s+(TABLE|TRIGGER)\s|PRAGMA\s|"
                 r"BEGIN(\s+IMMEDIATE)?\s*$|COMMIT\s*$|ROLLBACK\s*$|WITH\s+\w+\s+AS\s*\()", re.IGNORECASE | re.DOTALL)

# modules whose SQL has not moved into console/store/ yet (this list only shrinks)
NOT_YET_MOVED: set[str] = set()


def sql_strings(path: Path) -> list[int]:
    tree = ast.parse(path.read_text("utf-8"))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
            lines.append(node.lineno)
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "x" for v in node.values)
            if SQL.match(text):
                lines.append(node.lineno)
    return lines


def offenders() -> dict[str, list[int]]:
    found = {}
    for pkg in ("console", "widgets"):
        for p in sorted((ROOT / pkg).rglob("*.py")):
            rel = p.relative_to(ROOT).as_posix()
            if rel.startswith("console/store/"):
                continue
            hits = sql_strings(p)
            if hits:
                found[rel] = hits
    return found


def test_sql_only_in_the_storage_layer():
    unexpected = {f: ln for f, ln in offenders().items() if f not in NOT_YET_MOVED}
    assert unexpected == {}, "SQL outside console/store/ (move it into a repository module)"


def test_not_yet_moved_list_is_current():
    """A module that no longer holds SQL leaves the list (so it cannot silently grow back)."""
    assert sorted(NOT_YET_MOVED - set(offenders())) == []


def test_widgets_never_reach_a_raw_connection():
    bad = []
    for p in sorted((ROOT / "widgets").rglob("*.py")):
        for node in ast.walk(ast.parse(p.read_text("utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("conn", "db") and \
                    p.relative_to(ROOT).as_posix() not in NOT_YET_MOVED:
                bad.append(f"{p.relative_to(ROOT)}:{node.lineno}")
    assert bad == []


def test_the_check_sees_sql(tmp_path):
    f = tmp_path / "m.py"
    f.write_text('x = "SELECT a FROM t WHERE b = ?"\ny = f"UPDATE {t} SET a = 1"\nz = "select the station"\n'
                 'w = """\n    INSERT INTO t (a) VALUES (?)"""\n')
    assert sql_strings(f) == [1, 2, 4]
