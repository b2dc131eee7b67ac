"""Build the self-contained one-folder program: python scripts/build_app.py [--zip]

Runs PyInstaller on packaging/haimen_console.spec into dist/HaimenSmogConsole/ (work files in build/), checks that
both executables and the plan data are there, and prints the folder's size. On Windows the same command builds
the Windows folder (HaimenSmogConsole.exe windowed, haimen-console.exe for the command line). --zip also writes
dist/HaimenSmogConsole-<version>-<platform>.zip to carry to the duty-room PC. Needs `pip install -e ".[build]"`.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import bundle  # noqa: E402  (packaging/bundle.py)

SPEC = ROOT / "packaging" / "haimen_console.spec"


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of a folder; symbolic links count once, as links."""
    total = files = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            total += os.lstat(os.path.join(dirpath, name)).st_size
            files += 1
    return total, files


def exe_name(name: str) -> str:
    return f"{name}.exe" if sys.platform == "win32" else name


def check(folder: Path) -> list[str]:
    """What is missing from a built folder (empty when complete)."""
    missing = [str(folder / exe_name(n)) for n in (bundle.GUI_EXE, bundle.CLI_EXE) if not (folder / exe_name(n)).is_file()]
    internal = folder / "_internal"
    for rel in ("data/plan.json", "data/measures.json", "data/duties.json", "resources/icons/app.svg",
                "resources/translations/console_en.qm"):
        if not (internal / rel).is_file():
            missing.append(str(internal / rel))
    return missing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--zip", action="store_true", help="also write the folder as a .zip next to it")
    args = ap.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('PyInstaller is not installed: python -m pip install -e ".[build]"', file=sys.stderr)
        return 2
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"), str(SPEC)]
    print("+", " ".join(cmd), flush=True)
    rc = subprocess.call(cmd, cwd=ROOT)
    if rc:
        print(f"PyInstaller failed (exit {rc})", file=sys.stderr)
        return rc
    folder = ROOT / "dist" / bundle.DIST_NAME
    missing = check(folder)
    if missing:
        print("bundle incomplete, missing:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    size, files = folder_size(folder)
    print(f"bundle: {folder} — {size / 2**20:.1f} MiB in {files} files "
          f"(GUI {exe_name(bundle.GUI_EXE)}, CLI {exe_name(bundle.CLI_EXE)}, version {bundle.version()})")
    if args.zip:
        base = ROOT / "dist" / f"{bundle.DIST_NAME}-{bundle.version()}-{sys.platform}-{platform.machine().lower()}"
        archive = Path(shutil.make_archive(str(base), "zip", root_dir=folder.parent, base_dir=folder.name))
        print(f"zip: {archive} — {archive.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
