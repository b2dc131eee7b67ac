"""Where the console keeps its files. One function each; tests point them at tmp_path via the env var."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "HaimenSmogConsole"
ENV_HOME = "HAIMEN_CONSOLE_HOME"  # overrides the data folder (tests, portable installs)


def data_dir() -> Path:
    """The user's data folder: %LOCALAPPDATA%\\HaimenSmogConsole on Windows, ~/.local/share/… on Linux."""
    override = os.environ.get(ENV_HOME)
    base = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return base


def default_db_path() -> Path:
    return data_dir() / "console.sqlite3"


def drills_dir() -> Path:
    return data_dir() / "drills"


def log_dir() -> Path:
    return data_dir() / "logs"


def ui_state_path() -> Path:
    """Window geometry and other UI state (kept apart from the settings, which live in the database)."""
    return data_dir() / "ui-state.ini"


def repo_dir() -> Path:
    """The folder holding data/ and resources/: the project folder, or, in the PyInstaller bundle, the bundle's
    own folder (sys._MEIPASS, else the executable's folder) - never the source tree it was built from."""
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        return Path(bundle) if bundle else Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def plan_data_dir() -> Path:
    return repo_dir() / "data"


def resources_dir() -> Path:
    return repo_dir() / "resources"
