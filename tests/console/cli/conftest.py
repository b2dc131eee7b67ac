# These tests run on both backends (SQLite and PostgreSQL): see tests/backends_support.py. A test passes
# db_arg(path) to --db: the file on SQLite, the URL of the same database on PostgreSQL.
from backends_support import backend, db_arg, pytest_generate_tests, store  # noqa: F401
