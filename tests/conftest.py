import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
# GUI tests run offscreen unless a display (Xvfb in CI) is provided.
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Every test gets its own data folder: nothing touches the user's real database or logs."""
    home = tmp_path / "home"
    monkeypatch.setenv("HAIMEN_CONSOLE_HOME", str(home))
    return home


@pytest.fixture
def store(tmp_path):
    from console.store.db import Store

    s = Store(tmp_path / "test.sqlite3")
    yield s
    s.close()


@pytest.fixture(scope="session")
def catalog():
    from console.plan import catalog as catalog_mod

    return catalog_mod.load()


def pytest_collection_modifyitems(config, items):
    # Everything under tests/widgets needs a Qt window.
    for item in items:
        if "widgets" in Path(str(item.fspath)).parts:
            item.add_marker(pytest.mark.gui)

