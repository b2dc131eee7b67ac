"""CLI subcommands. Each module here defines NAME, HELP, add_arguments(parser) and run(args) -> int.

console.cli discovers them with pkgutil, so adding a command is adding a file.
"""
