"""What goes into the one-folder build, for every platform: names, version, data, hidden imports, exclusions and the
Windows version resource. Read by packaging/haimen_console.spec (PyInstaller) and scripts/build_app.py. Plain Python
(no Qt, no PyInstaller), so tests/packaging checks it on any machine.

No __init__.py here on purpose: packaging/ must not shadow the PyPI `packaging` library that PyInstaller imports."""
from __future__ import annotations

import os
import pkgutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST_NAME = "HaimenSmogConsole"  # dist/<DIST_NAME>/, the folder to zip for the duty room
GUI_EXE = "HaimenSmogConsole"  # windowed on Windows (no console window)
CLI_EXE = "haimen-console"  # console subsystem: `haimen-console audit verify`, `haimen-console drill …`
PRODUCT = "重污染天气应急指挥台"
COMPANY = "南通市海门区生态环境局"
DESCRIPTION_GUI = "重污染天气应急指挥台 Haimen heavy-pollution emergency console"
DESCRIPTION_CLI = "重污染天气应急指挥台 命令行 Haimen heavy-pollution emergency console (command line)"

# plyer picks its backend at run time by name (plyer.platforms.<platform>.notification), so PyInstaller cannot see
# it: each platform's backend is a hidden import, built on that platform.
PLYER_BACKENDS = {
    "win32": ["plyer.platforms.win.notification", "plyer.platforms.win.libs.balloontip",
              "plyer.platforms.win.libs.win_api_defs"],
    "linux": ["plyer.platforms.linux.notification"],
    "darwin": ["plyer.platforms.macosx.notification"],
}

# Not used at run time; left out to keep the folder small. Qt: only what the console imports (QtCore, QtGui,
# QtWidgets, QtSvg, QtPrintSupport, QtDBus) from the trimmed pyside6-essentials wheel is pulled in by analysis;
# the rest of this list is what pyqtgraph, numpy and the standard library would otherwise drag along.
EXCLUDES = [
    "tkinter", "_tkinter", "turtle", "idlelib", "pydoc_data", "lib2to3", "ensurepip", "venv",
    "unittest", "doctest", "test", "distutils", "setuptools", "pkg_resources", "pip",
    "IPython", "jedi", "matplotlib", "scipy", "pandas", "PIL", "pytest", "pytestqt", "_pytest",
    "PyQt5", "PyQt6", "PySide2",
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "pyqtgraph.canvas", "pyqtgraph.console",
    "pyqtgraph.flowchart", "OpenGL",
    "yaml",  # numpy.show_config's optional YAML output
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtTest", "PySide6.QtSql", "PySide6.QtXml",
    "PySide6.QtConcurrent",
]

# pyqtgraph imports these by a computed name (importlib.import_module(f"{QT_LIB}.QtOpenGL")).
QT_HIDDEN = ["PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"]

# Qt plugin folders the console never loads: embedded-Linux input and display backends and Wayland compositor
# integrations (Linux desktops run the xcb backend, natively or through XWayland). Kept: platforms (windows, xcb,
# offscreen, minimal …), imageformats, iconengines (SVG icons), printsupport, platforminputcontexts (Chinese input
# methods), styles, xcbglintegrations.
DROP_PLUGIN_DIRS = {"generic", "egldeviceintegrations", "wayland-decoration-client", "wayland-graphics-integration-client",
                    "wayland-shell-integration", "wayland-graphics-integration-server", "qmltooling", "designer"}
# Linux platform plugins for embedded and Wayland sessions (their integrations are dropped above); kept: xcb,
# offscreen, minimal, and on Windows everything (qwindows, qdirect2d, qoffscreen, qminimal).
DROP_PLATFORM_PLUGINS = ("libqeglfs", "libqlinuxfb", "libqminimalegl", "libqvkkhrdisplay", "libqvnc", "libqwayland")
# Qt's own translations: only Chinese is loaded (widgets/app.py: qtbase_zh_CN); English is Qt's source language.
KEEP_QT_TRANSLATIONS = ("qtbase_zh_CN", "qt_zh_CN")


def version() -> str:
    """The project's version from pyproject.toml (the one source of truth)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    in_project = False
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("["):
            in_project = s == "[project]"
        elif in_project and s.startswith("version") and "=" in s:
            return s.split("=", 1)[1].strip().strip('"').strip("'")
    raise ValueError(f"{ROOT / 'pyproject.toml'}: no version in [project]")


def version_tuple(v: str) -> tuple[int, int, int, int]:
    """'0.1.0' → (0, 1, 0, 0); a suffix such as 'rc1' or '.dev2' is dropped (Windows wants four numbers)."""
    nums = []
    for part in v.split(".")[:4]:
        digits = ""
        for ch in part:  # leading digits only: '3rc1' → 3
            if not ch.isdigit():
                break
            digits += ch
        nums.append(int(digits or 0))
    return tuple((nums + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def command_modules() -> list[str]:
    """console.cli imports its subcommands by scanning console/commands, invisible to the analysis."""
    d = ROOT / "console" / "commands"
    return [f"console.commands.{m.name}" for m in sorted(pkgutil.iter_modules([str(d)]), key=lambda m: m.name)]


#: the PostgreSQL driver (several seats) is imported only when --db is a postgresql:// URL, so it is named here
POSTGRES_HIDDEN = ["psycopg", "psycopg_binary", "console.store.listen", "console.store.copy"]


def hidden_imports(platform: str) -> list[str]:
    return command_modules() + QT_HIDDEN + PLYER_BACKENDS.get(_family(platform), []) + POSTGRES_HIDDEN


def strip_binaries(platform: str, strip_tool: str | None) -> bool:
    """Strip the shared libraries on Linux (libpython alone: 22 MB → 4 MB); never on Windows, where it is not
    supported, and only when binutils' strip is there. See strip_targets() for which."""
    return _family(platform) == "linux" and strip_tool is not None


def strip_targets(folder: Path) -> list[Path]:
    """The shared libraries of a built folder that are safe to strip. Not PyInstaller's own strip option: that also
    strips libraries that auditwheel patched into manylinux wheels (numpy and numpy.libs/ openblas), which then fail
    to load ("ELF load command address/offset not page-aligned"). Those packages — the ones with a sibling
    <package>.libs folder — are left alone, as are the executables (they carry their archive at the end)."""
    internal = folder / "_internal"
    roots = {p.name for p in internal.iterdir() if p.is_dir()} if internal.is_dir() else set()
    patched = {name[: -len(".libs")] for name in roots if name.endswith(".libs")}
    out = []
    for path in sorted(internal.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        name = path.name
        if not (name.endswith(".so") or ".so." in name):
            continue
        top = path.relative_to(internal).parts[0]
        if top.endswith(".libs") or top in patched:
            continue
        out.append(path)
    return out


def keep(dest: str) -> bool:
    """False for a collected file (its path inside the bundle) that is never used at run time."""
    parts = dest.replace("\\", "/").split("/")
    if "plugins" in parts:
        i = parts.index("plugins")
        if i + 1 < len(parts) - 1 and parts[i + 1] in DROP_PLUGIN_DIRS:
            return False
        if i + 1 < len(parts) - 1 and parts[i + 1] == "platforms" and parts[-1].startswith(DROP_PLATFORM_PLUGINS):
            return False
    if "translations" in parts and parts[-1].endswith(".qm") and "PySide6" in parts:
        return parts[-1].startswith(KEEP_QT_TRANSLATIONS)
    return True


def _family(platform: str) -> str:
    return "linux" if platform.startswith("linux") else platform


def datas() -> list[tuple[str, str]]:
    """(source, folder in the bundle): everything the program reads at run time, laid out as in the project, so
    console.common.paths finds it under sys._MEIPASS just as it does in the source tree."""
    return [
        (str(ROOT / "data"), "data"),
        (str(ROOT / "resources" / "icons"), os.path.join("resources", "icons")),
        (str(ROOT / "resources" / "translations" / "console_en.qm"), os.path.join("resources", "translations")),
    ]


def version_info_text(v: str, exe_name: str, description: str) -> str:
    """The Windows version resource in PyInstaller's text format (PyInstaller reads it with its own parser; on
    other platforms EXE ignores it). Language 0x0804 = Chinese (PRC), code page 1200 = Unicode."""
    t = version_tuple(v)
    strings = [
        ("CompanyName", COMPANY), ("FileDescription", description), ("FileVersion", v),
        ("InternalName", exe_name), ("OriginalFilename", f"{exe_name}.exe"), ("ProductName", PRODUCT),
        ("ProductVersion", v), ("LegalCopyright", COMPANY),
    ]
    table = ",\n          ".join(f"StringStruct({k!r}, {val!r})" for k, val in strings)
    return f"""# -*- coding: utf-8 -*-
VSVersionInfo(
  ffi=FixedFileInfo(filevers={t}, prodvers={t}, mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""
