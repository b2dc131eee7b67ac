"""`python -m console …` — the command-line face of the domain core."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from console import commands
from console.common.errors import UserError


def _command_modules():
    mods = []
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        mods.append(importlib.import_module(f"console.commands.{info.name}"))
    return mods


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        # In the one-folder build the command is the executable (haimen-console), not python.
        prog=Path(sys.executable).stem if getattr(sys, "frozen", False) else "python -m console",
        description="重污染天气应急指挥台 (Haimen heavy-pollution emergency console) — command line",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for mod in _command_modules():
        p = sub.add_parser(mod.NAME, help=mod.HELP, description=mod.HELP)
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def _utf8_stdio() -> None:
    # Windows consoles default to a legacy code page; Chinese output must not crash the CLI.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    _utf8_stdio()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except UserError as exc:
        print(f"错误 error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0
