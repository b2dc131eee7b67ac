"""The one-folder build's recipe (packaging/): right for Windows as well as Linux, checked here without building.

The build itself runs in CI (.ci/run: scripts/build_app.py, then packaging/check_bundle.sh runs the folder with no
Python on PATH); these tests check what can go wrong for the platform that CI does not build on."""
from __future__ import annotations

import ast
import importlib.util
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "haimen_console.spec"


def _load(name):
    spec = importlib.util.spec_from_file_location(f"_pkg_{name}", ROOT / "packaging" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


bundle = _load("bundle")
make_icon = _load("make_icon")


@pytest.mark.parametrize("platform, backend", [
    ("win32", "plyer.platforms.win.notification"),
    ("linux", "plyer.platforms.linux.notification"),
])
def test_each_platform_gets_its_own_plyer_backend_and_the_names_exist(platform, backend):
    hidden = bundle.hidden_imports(platform)
    assert backend in hidden
    other = "linux" if platform == "win32" else ".win."
    assert not [h for h in hidden if h.startswith("plyer.") and other in h]
    for name in hidden:  # a misspelt hidden import only shows as a missing toast on the duty-room PC
        if name.startswith("plyer."):
            assert importlib.util.find_spec(name) is not None, name


def test_every_cli_subcommand_is_a_hidden_import():
    from console import commands

    loaded = {module for module, _help in commands.available().values()}
    assert loaded and loaded <= set(bundle.hidden_imports(sys.platform))


def test_pyqtgraph_opengl_modules_it_imports_by_name_are_kept():
    hidden = bundle.hidden_imports("win32")
    assert {"PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"} <= set(hidden)
    assert not set(hidden) & set(bundle.EXCLUDES)


def test_the_data_read_at_run_time_is_in_the_bundle_where_paths_looks_for_it():
    datas = bundle.datas()
    for src, _dest in datas:
        assert Path(src).exists(), src
    dests = {Path(dest).as_posix() for _src, dest in datas}
    assert {"data", "resources/icons", "resources/translations"} <= dests
    for src, dest in datas:
        if Path(dest).as_posix() == "resources/translations":
            assert Path(src).name == "console_en.qm"


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6\\plugins\\platforms\\qoffscreen.dll", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6\\translations\\qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtbase_ja.qm", False),
    ("resources/translations/console_en.qm", True),
    ("data/plan.json", True),
])
def test_keep_drops_only_what_is_never_loaded(dest, kept):
    assert bundle.keep(dest) is kept


def test_version_is_the_projects_and_windows_gets_four_numbers():
    with open(ROOT / "pyproject.toml", "rb") as fh:
        assert bundle.version() == tomllib.load(fh)["project"]["version"]
    assert bundle.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert bundle.version_tuple("2.10.3rc1") == (2, 10, 3, 0)
    assert bundle.version_tuple("1.2.3.4.5") == (1, 2, 3, 4)


def test_version_resource_text_is_what_pyinstaller_evaluates():
    """PyInstaller eval()s the text with its versioninfo classes (Windows only); here stand-ins record the call."""
    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct"]
    env = {n: (lambda n: lambda *a, **k: (n, a, k))(n) for n in names}
    info = eval(bundle.version_info_text("0.1.0", "haimen-console", "CLI 命令行"), {"__builtins__": {}}, env)
    assert info[0] == "VSVersionInfo"
    ffi = info[2]["ffi"]
    assert ffi[2]["filevers"] == (0, 1, 0, 0)
    table = info[2]["kids"][0][1][0][0][1][1]
    strings = {s[1][0]: s[1][1] for s in table}
    assert strings["OriginalFilename"] == "haimen-console.exe"
    assert strings["FileDescription"] == "CLI 命令行"
    assert strings["ProductVersion"] == "0.1.0"


def test_spec_has_no_platform_specific_paths_or_libraries():
    """Paths are joined (Path, os.path.join), hidden imports come per platform from bundle.py: no '/', '\\',
    ':'-separated lists or shared-library names written into the spec."""
    tree = ast.parse(SPEC.read_text("utf-8"))
    literals = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    docstrings = {ast.get_docstring(n) for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    bad = [s for s in literals if s not in docstrings
           and ("/" in s or "\\" in s or s.endswith((".so", ".dll", ".dylib")) or "linux" in s.lower())]
    assert bad == []
    assert "bundle.hidden_imports(sys.platform)" in SPEC.read_text("utf-8")


def test_ico_writer_layout():
    png = b"\x89PNG\r\n\x1a\n" + b"x" * 10
    ico = make_icon.ico_from_pngs([(16, png), (256, png + b"y")])
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, 2)
    w0, h0, _c, _r, planes, bpp, size0, off0 = struct.unpack_from("<BBBBHHII", ico, 6)
    w1, _h1, _c, _r, _p, _b, size1, off1 = struct.unpack_from("<BBBBHHII", ico, 22)
    assert (w0, h0, planes, bpp, size0, off0) == (16, 16, 1, 32, len(png), 6 + 32)
    assert (w1, size1, off1) == (0, len(png) + 1, 6 + 32 + len(png))  # 0 stands for 256
    assert ico[off1:off1 + size1] == png + b"y"
    with pytest.raises(ValueError, match="not a PNG"):
        make_icon.ico_from_pngs([(16, b"GIF89a")])
    with pytest.raises(ValueError, match="outside"):
        make_icon.ico_from_pngs([(512, png)])
    with pytest.raises(ValueError):
        make_icon.ico_from_pngs([])


def test_icon_is_rendered_from_the_svg_at_every_size(tmp_path):
    out = tmp_path / "app.ico"
    res = subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icon.py"), str(out)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    ico = out.read_bytes()
    (count,) = struct.unpack_from("<H", ico, 4)
    assert count == len(make_icon.SIZES)
    for i, size in enumerate(make_icon.SIZES):
        w, _h, _c, _r, _p, _b, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        png = ico[offset:offset + length]
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        width, height = struct.unpack(">II", png[16:24])  # IHDR
        assert (width, height) == (size, size) and w == (0 if size == 256 else size)


def test_binaries_are_stripped_on_linux_only_and_only_with_the_tool():
    assert bundle.strip_binaries("linux", "/usr/bin/strip") is True
    assert bundle.strip_binaries("linux", None) is False
    assert bundle.strip_binaries("win32", "C:/msys64/usr/bin/strip.exe") is False


def test_strip_targets_leave_wheel_patched_libraries_and_executables_alone(tmp_path):
    folder = tmp_path / "HaimenSmogConsole"
    files = ["HaimenSmogConsole", "haimen-console", "_internal/libpython3.11.so.1.0",
             "_internal/PySide6/Qt/lib/libQt6Core.so.6", "_internal/PySide6/QtCore.abi3.so",
             "_internal/numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so",
             "_internal/numpy.libs/libscipy_openblas64_-32a4b2a6.so", "_internal/data/plan.json"]
    for rel in files:
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(b"\x7fELF")
    (folder / "_internal" / "libQt6Core.so.6").symlink_to(folder / "_internal/PySide6/Qt/lib/libQt6Core.so.6")
    got = {p.relative_to(folder).as_posix() for p in bundle.strip_targets(folder)}
    assert got == {"_internal/libpython3.11.so.1.0", "_internal/PySide6/Qt/lib/libQt6Core.so.6",
                   "_internal/PySide6/QtCore.abi3.so"}


def test_frozen_cli_names_itself_after_its_executable(tmp_path, monkeypatch):
    from console import cli

    assert cli.build_parser().prog == "python -m console"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / f"{bundle.CLI_EXE}.exe"))
    assert cli.build_parser().prog == bundle.CLI_EXE


def test_cli_entry_lets_a_worker_process_start_before_the_command_line():
    """`audit verify` uses worker processes (spawn): in the frozen CLI a worker is the executable started again,
    which multiprocessing.freeze_support() must take over before the command line parses its arguments."""
    tree = ast.parse((ROOT / "packaging" / "cli_main.py").read_text(encoding="utf-8"))
    guard = next(n for n in tree.body if isinstance(n, ast.If) and "__main__" in ast.unparse(n.test))
    calls = [ast.unparse(n.func) for n in ast.walk(guard) if isinstance(n, ast.Call)]
    assert "multiprocessing.freeze_support" in calls
    assert calls.index("multiprocessing.freeze_support") < calls.index("main")
    assert not [n for n in tree.body if isinstance(n, ast.Expr) and isinstance(n.value, ast.Call)]  # nothing unguarded
