"""Issue 15.3: the CLI imports a subcommand's modules only when that subcommand runs; --help lists them all."""
from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from console import commands

pytestmark = pytest.mark.no_database  # which modules the CLI imports, no database opened

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("numpy", "openpyxl", "sqlite_utils", "sqlite3", "console.store", "console.drills", "console.rules")

PROBE = """
import contextlib, io, json, runpy, sys
sys.argv = ["console", *json.loads(sys.argv[1])]
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        runpy.run_module("console", run_name="__main__")
    except SystemExit as exc:
        code = exc.code
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def run_probe(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(argv)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def loaded(modules: list[str], prefix: str) -> list[str]:
    return [m for m in modules if m == prefix or m.startswith(prefix + ".")]


def test_measures_imports_nothing_it_does_not_need():
    got = run_probe("measures", "--level", "red")
    assert got["code"] == 0 and "共 54 项" in got["out"]
    for heavy in HEAVY:
        assert loaded(got["modules"], heavy) == [], heavy
    # no other command's module; the shared --as/--password-stdin declaration (commands._auth) is light
    assert loaded(got["modules"], "console.commands") == ["console.commands", "console.commands._auth",
                                                          "console.commands.measures"]


def test_help_lists_every_subcommand_without_importing_them():
    got = run_probe("--help")
    assert got["code"] == 0
    for name, (_module, help_) in commands.available().items():
        assert name in got["out"]
        assert help_.split()[0] in got["out"]  # the one-line help, as argparse wraps it
    assert loaded(got["modules"], "console.commands") == ["console.commands"]
    for heavy in HEAVY:
        assert loaded(got["modules"], heavy) == [], heavy


def test_a_subcommand_help_shows_its_own_arguments():
    got = run_probe("assess", "--help")
    assert got["code"] == 0 and "--notices" in got["out"] and "--in-force" in got["out"]
    assert loaded(got["modules"], "openpyxl") == [] and loaded(got["modules"], "sqlite_utils") == []


def test_available_matches_the_modules_name_and_help():
    listed = commands.available()
    assert {"aqi", "assess", "audit", "drill", "episode", "import", "measures", "user"} <= set(listed)
    for name, (module, help_) in listed.items():
        mod = importlib.import_module(module)
        assert (mod.NAME, mod.HELP) == (name, help_)
        assert callable(mod.add_arguments) and callable(mod.run)


def test_a_command_module_without_name_is_refused(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('HELP = "x"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="NAME"):
        commands._literals(bad)


def test_commands_are_listed_without_their_sources_in_the_frozen_build(monkeypatch):
    """The one-folder build has no .py files: the list then comes from the compiled modules."""
    from pathlib import Path

    from console import commands

    with_sources = commands.available()
    monkeypatch.setattr(Path, "is_file", lambda self: False)
    assert commands.available() == with_sources and "audit" in with_sources
