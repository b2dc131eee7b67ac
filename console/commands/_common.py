"""Shared CLI plumbing: --db and opening the store."""
from __future__ import annotations

import argparse
from pathlib import Path

from console.common import paths
from console.store.db import Store


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", type=Path, default=None,
                        help=f"数据库文件 database file (default: {paths.default_db_path()})")


def open_store(args, *, readonly: bool = False) -> Store:
    return Store(args.db or paths.default_db_path(), readonly=readonly)
