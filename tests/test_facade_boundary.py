"""Widgets change state only through the application facade (console/app.py ConsoleApp, issue 12.4).

The core's write functions are found, not listed by hand: every public function or method in console/ whose body
opens a transaction (`store.transaction(` / `session.authorized(`), plus the few that write by calling such a
function (COMPOSITE_WRITERS). A module under widgets/ may not import one of them, nor reach one as an attribute of a
module it imported (`E.propose(...)`, `board.check(...)`), nor call a write method by name (`.set_many(`)."""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPENS_TX = ("authorized(", ".transaction(")
#: write by calling a transaction-opening function of another module (checked to exist below)
COMPOSITE_WRITERS = {
    ("console.air.demo", "load_demo"),
    ("console.importers.files", "import_file"),
    ("console.importers.files", "scan_watch_folder"),
    ("console.importers.forecast", "add_forecast"),
    ("console.alerts.notifications", "run_once"),
    ("console.reductions.demo", "load_demo"),
    ("console.drills.runner", "DrillRunner"),  # creating a runner creates and writes the drill's database
}
#: the facade itself, and the storage layer (a Store's own bookkeeping, not an operation)
NOT_OPERATIONS = {"console.app", "console.store.db"}
#: write methods reached on an instance (`Settings(store).set_many(...)`, `seat.renew(store, ...)`)
WRITE_METHOD_NAMES = {"set_many", "renew", "leave", "transaction"}


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def core_writers() -> set[tuple[str, str]]:
    found = set(COMPOSITE_WRITERS)
    for path in (ROOT / "console").rglob("*.py"):
        mod = _module_name(path)
        if mod in NOT_OPERATIONS:
            continue
        src = path.read_text("utf-8")
        for node in ast.parse(src).body:
            defs = [(node.name, node)] if isinstance(node, ast.FunctionDef) else []
            if isinstance(node, ast.ClassDef):
                defs = [(f"{node.name}.{m.name}", m) for m in node.body if isinstance(m, ast.FunctionDef)]
            for qual, fn in defs:
                if fn.name.startswith("_"):
                    continue
                body = ast.get_source_segment(src, fn) or ""
                if any(t in body for t in OPENS_TX):
                    found.add((mod, qual))
    return found


def _is_writer(obj, writers) -> bool:
    return (getattr(obj, "__module__", None), getattr(obj, "__qualname__", None)) in writers


def violations(path: Path, writers) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    modules: dict[str, object] = {}  # local alias -> imported console module
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("console") and node.level == 0:
            if node.module == "console.app":
                continue
            base = importlib.import_module(node.module)
            for a in node.names:
                obj = getattr(base, a.name, None)
                if obj is None:
                    obj = importlib.import_module(f"{node.module}.{a.name}")
                if type(obj).__name__ == "module":
                    modules[a.asname or a.name] = obj
                elif _is_writer(obj, writers):
                    out.append(f"{where}:{node.lineno} imports {node.module}.{a.name}")
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("console") and a.name != "console.app":
                    modules[a.asname or a.name.split(".")[0]] = importlib.import_module(a.asname and a.name
                                                                                        or a.name.split(".")[0])
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules:
            if _is_writer(getattr(modules[node.value.id], node.attr, None), writers):
                out.append(f"{where}:{node.lineno} calls {node.value.id}.{node.attr}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in WRITE_METHOD_NAMES:
            out.append(f"{where}:{node.lineno} calls .{node.func.attr}()")
    return out


def test_core_writers_are_found():
    writers = core_writers()
    for expected in [("console.episodes.ops", "propose"), ("console.episodes.signoff", "sign"),
                     ("console.measures.board", "check"), ("console.admin.settings", "Settings.set_many"),
                     ("console.admin.accounts", "create_user"), ("console.alerts.notifications", "acknowledge")]:
        assert expected in writers
    for mod, name in COMPOSITE_WRITERS:  # the hand-listed ones still exist under that name
        obj = importlib.import_module(mod)
        for part in name.split("."):
            obj = getattr(obj, part)
        assert callable(obj)


def test_widgets_change_state_only_through_the_facade():
    writers = core_writers()
    offenders = [v for p in sorted((ROOT / "widgets").rglob("*.py")) for v in violations(p, writers)]
    assert offenders == []


def test_the_check_catches_a_direct_write(tmp_path):
    writers = core_writers()
    cases = {
        "from console import episodes as E\ndef f(s, a):\n    E.propose(s, a, 'start', None, [], '', None)\n": 1,
        "from console.measures.board import check\n": 1,
        "from console.measures import board\nboard.undo\n": 1,
        "from console.admin.settings import Settings\nSettings(s).set_many({}, a)\n": 1,
        "from console import episodes as E\nE.current_episode(s)\nfrom console.app import ConsoleApp\n": 0,
    }
    for i, (src, n) in enumerate(cases.items()):
        p = tmp_path / f"probe_{i}.py"
        p.write_text(src, "utf-8")
        assert len(violations(p, writers)) == n, src
