"""The one user-facing exception type; the CLI turns it into a message and exit code 1."""

from __future__ import annotations


class WslError(Exception):
    """A problem with the user's input or setup, with a message fit to print as is.

    Parameters
    ----------
    message : str
        What went wrong, in one line.
    path : str, optional
        The file it concerns.
    line : int, optional
        1-based line number in ``path``.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(f"{where}{message}")
