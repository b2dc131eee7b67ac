"""Errors the user can act on: the CLI prints them and exits 2, the GUI shows them in a dialog."""


class UserError(Exception):
    """Bad input or state the user can fix. The message names the file/line or field and what is wrong."""

    exit_code = 2


class DataError(UserError):
    """A data file (plan catalog, import file, scenario) is missing or malformed."""

    def __init__(self, path, message, line=None):
        where = f"{path}" if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line
        self.detail = message


class ConflictError(UserError):
    """Another seat changed the same record first (a unique key taken in between): nothing was changed."""
