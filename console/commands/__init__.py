"""CLI subcommands. Each module here defines NAME and HELP (string literals at top level), add_arguments(parser)
and run(args) -> int.

console.cli lists the subcommands by reading NAME and HELP from the modules' source (no import) and imports
only the module of the subcommand that runs: a call pays for what it uses, `--help` still lists every
subcommand with its one-line help, and adding a command is still adding a file.
"""
from __future__ import annotations

import ast
import pkgutil
from pathlib import Path

_FIELDS = ("NAME", "HELP")


def _literals(path: Path) -> dict[str, str]:
    """NAME and HELP of a command module, read with ast (ValueError naming the file when one is missing)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and node.targets[0].id in _FIELDS:
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                found[node.targets[0].id] = value
    missing = [f for f in _FIELDS if f not in found]
    if missing:
        raise ValueError(f"{path}: command module needs string literals {', '.join(missing)}")
    return found


def available() -> dict[str, tuple[str, str]]:
    """{command name: (module name, one-line help)}, sorted by name, without importing any command."""
    here = Path(__file__).resolve().parent
    out = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        source = here / f"{info.name}.py"
        if source.is_file():
            lit = _literals(source)
        else:  # the one-folder build keeps compiled modules only: import to read them
            import importlib

            mod = importlib.import_module(f"{__name__}.{info.name}")
            lit = {"NAME": mod.NAME, "HELP": mod.HELP}
        out[lit["NAME"]] = (f"{__name__}.{info.name}", lit["HELP"])
    return dict(sorted(out.items()))
