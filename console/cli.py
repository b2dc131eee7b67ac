"""`python -m console …` — the command-line face of the domain core.

Only the chosen subcommand's module is imported (console.commands.available() lists the others from their
source), so `python -m console measures …` does not pay for numpy, sqlite-utils or openpyxl.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from console import commands
from console.common.errors import UserError


def _chosen(argv: list[str], names) -> str | None:
    """The subcommand named in argv: its first word that is not an option (the top level has only -h)."""
    for word in argv:
        if not word.startswith("-"):
            return word if word in names else None
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser with every subcommand listed; only the one named in `argv` gets its arguments (and its
    module imported). argv None: the arguments of every subcommand (imports them all)."""
    parser = argparse.ArgumentParser(
        # In the one-folder build the command is the executable (haimen-console), not python.
        prog=Path(sys.executable).stem if getattr(sys, "frozen", False) else "python -m console",
        description="重污染天气应急指挥台 (Haimen heavy-pollution emergency console) — command line",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    available = commands.available()
    chosen = _chosen(argv, available) if argv is not None else None
    for name, (module, help_) in available.items():
        p = sub.add_parser(name, help=help_, description=help_)
        if argv is None or name == chosen:
            mod = importlib.import_module(module)
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
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except UserError as exc:
        print(f"错误 error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0
