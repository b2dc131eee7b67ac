"""Shared CLI plumbing: --db and opening the store."""
from __future__ import annotations

import argparse

from console.common import paths
from console.store import connect


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH|URL", default=None,
                        help=f"数据库文件或 postgresql:// 地址 database file or PostgreSQL URL "
                             f"(default: ${connect.DB_ENV} or {paths.default_db_path()})")


def open_store(args, *, readonly: bool = False):
    return connect.open_store(args.db, readonly=readonly)
