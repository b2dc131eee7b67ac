"""Where the console finds its files: from the source tree, and inside a frozen (PyInstaller) bundle."""
from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from console.common import paths

ROOT = Path(__file__).resolve().parents[3]


def test_from_source_the_data_and_resources_are_the_projects():
    assert paths.repo_dir() == ROOT
    assert paths.plan_data_dir() == ROOT / "data"
    assert (paths.plan_data_dir() / "plan.json").is_file()
    assert (paths.resources_dir() / "icons" / "app.svg").is_file()


def test_frozen_with_meipass_reads_everything_from_the_bundle(tmp_path, monkeypatch):
    bundle = tmp_path / "HaimenSmogConsole" / "_internal"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "elsewhere" / "HaimenSmogConsole.exe"))
    assert paths.repo_dir() == bundle
    assert paths.plan_data_dir() == bundle / "data"
    assert paths.resources_dir() == bundle / "resources"
    # Never the source tree the bundle was built from.
    assert ROOT not in paths.plan_data_dir().parents


def test_frozen_without_meipass_uses_the_executables_folder(tmp_path, monkeypatch):
    exe_dir = tmp_path / "dist" / "HaimenSmogConsole"
    exe_dir.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(exe_dir / "haimen-console"))
    assert paths.repo_dir() == exe_dir.resolve()
    assert paths.plan_data_dir() == exe_dir.resolve() / "data"


def test_frozen_bundle_keeps_its_data_where_the_pip_install_does(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.ENV_HOME, raising=False)
    from_source = paths.default_db_path()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.default_db_path() == from_source
    assert paths.data_dir() == Path(platformdirs.user_data_dir(paths.APP_NAME, appauthor=False))
    # The portable override still wins when frozen.
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "portable"))
    assert paths.default_db_path() == tmp_path / "portable" / "console.sqlite3"
