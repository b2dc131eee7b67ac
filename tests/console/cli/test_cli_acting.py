"""Every subcommand that acts in someone's name takes --as with --password-stdin (one declaration,
console.commands._auth.add_acting_account), and its --help documents both."""
from __future__ import annotations

import argparse

import pytest

from console.cli import build_parser

pytestmark = pytest.mark.no_database


def _parsers(p: argparse.ArgumentParser, path=()):
    yield path, p
    for a in p._actions:
        if isinstance(a, argparse._SubParsersAction):
            for name, sp in a.choices.items():
                yield from _parsers(sp, (*path, name))


def _options(p) -> dict[str, argparse.Action]:
    return {o: a for a in p._actions for o in a.option_strings}


ACTING = {("import",), ("meters", "import"), ("fieldchecks", "import"), ("measures", "tick"),
          ("episode", "propose"), ("episode", "sign"), ("user", "add"), ("user", "passwd")}


def test_as_comes_with_password_stdin_everywhere():
    found = set()
    for path, p in _parsers(build_parser(None)):
        opts = _options(p)
        if "--as" not in opts and "--password-stdin" not in opts:
            continue
        found.add(path)
        assert "--as" in opts and "--password-stdin" in opts, path
        assert opts["--as"].dest == "actor" and "密码" in opts["--as"].help and "password" in opts["--as"].help, path
        names = [a.option_strings[0] for a in p._actions if a.option_strings]  # --help lists them side by side
        assert names.index("--password-stdin") == names.index("--as") + 1, path
        text = p.format_help()
        assert "--as" in text and "--password-stdin" in text, path
    assert ACTING <= found, ACTING - found


def test_an_admin_command_may_be_run_without_as_the_others_need_it(capsys):
    parser = build_parser(["import", "x.csv"])
    with pytest.raises(SystemExit):
        parser.parse_args(["import", "x.csv"])
    assert "--as" in capsys.readouterr().err
    args = build_parser(["user", "unlock"]).parse_args(["user", "unlock", "someone"])
    assert args.actor is None and args.password_stdin is False
