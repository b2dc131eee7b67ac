# These tests run on both backends (SQLite and PostgreSQL): see tests/backends_support.py.
from backends_support import backend, pytest_generate_tests, store  # noqa: F401
