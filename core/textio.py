"""Safe reading and atomic writing of text files.

Every reader goes through :func:`read_lines` so that empty, binary, non-UTF-8 and absurdly
long-lined files fail the same way: one :class:`WslError` naming the file (and line or byte).
Every writer goes through :func:`atomic_write` so an interrupted run never leaves half a file.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Iterator

import numpy as np

from wsl.core.errors import WslError

MAX_LINE_BYTES = 1_000_000  # default; `wsl --max-line-bytes N` or $WSL_MAX_LINE_BYTES changes it


def max_line_bytes() -> int:
    """The line-length limit in force: ``$WSL_MAX_LINE_BYTES`` if set, else 1,000,000 bytes."""
    env = os.environ.get("WSL_MAX_LINE_BYTES", "")
    try:
        return int(env) if env else MAX_LINE_BYTES
    except ValueError:
        raise WslError(f"WSL_MAX_LINE_BYTES={env!r} is not a whole number of bytes") from None


STDIN = "-"
_stdin_bytes: list[bytes] = []  # read once: several readers may look at the input


def _read_bytes(p: Path) -> bytes:
    if str(p) == STDIN:
        if not _stdin_bytes:
            _stdin_bytes.append(sys.stdin.buffer.read())
        return _stdin_bytes[0]
    return p.read_bytes()


def read_text(path: str | Path, max_line: int | None = None) -> str:
    """Read a whole UTF-8 text file, rejecting empty, binary and invalid files.

    Raises
    ------
    WslError
        With the path and, for decoding errors, the byte offset; for over-long lines, the line.
    """
    p = Path(path)
    try:
        data = _read_bytes(p)
    except OSError as exc:
        raise _os_error(exc, p) from None
    if not data.strip():
        raise WslError("file is empty", str(p))
    text = _decoded(data, str(p), max_line_bytes() if max_line is None else max_line)
    return text[1:] if text.startswith("\ufeff") else text


BLOCK_BYTES = 1 << 22  # iter_blocks reads this much at a time


def iter_blocks(
    path: str | Path, max_line: int | None = None, block_bytes: int = BLOCK_BYTES
) -> Iterator[tuple[int, str]]:
    """A validated UTF-8 file in pieces of about ``block_bytes``, each ending at a line end.

    Yields ``(line number of the piece's first line, text)``; the pieces joined are what
    :func:`read_text` returns, checked the same way (binary, invalid UTF-8, over-long lines
    and empty files fail with the file, line and byte offset), with memory bounded by the
    piece size whatever the file size. Standard input is read whole.
    """
    p = Path(path)
    limit = max_line_bytes() if max_line is None else max_line
    if str(p) == STDIN:
        yield 1, read_text(p, limit)
        return
    line, offset, seen = 1, 0, False
    try:
        with open(p, "rb") as fh:
            rest = b""
            while True:
                chunk = fh.read(block_bytes)
                data = rest + chunk
                if not data:
                    break
                cut = data.rfind(b"\n") + 1 if chunk else len(data)
                if not cut:  # no line end yet: one very long line
                    if len(data) > limit:
                        raise _long_line(len(data) + _rest_of_line(fh), limit, str(p), line)
                    rest = data
                    continue
                block, rest = data[:cut], data[cut:]
                text = _decoded(block, str(p), limit, line, offset)
                if offset == 0 and text.startswith("\ufeff"):
                    text = text[1:]
                seen = seen or bool(block.strip())
                yield line, text
                line += block.count(b"\n")
                offset += len(block)
    except OSError as exc:
        raise _os_error(exc, p) from None
    if not seen:
        raise WslError("file is empty", str(p))


def iter_lines(path: str | Path, max_line: int | None = None) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` of a validated UTF-8 file, read in pieces (:func:`iter_blocks`).

    Lines are split at ``\\n`` only (a ``\\r`` before it is kept), so a token holding another
    Unicode line separator stays whole.
    """
    for first, text in iter_blocks(path, max_line):
        lines = text.split("\n")
        if lines[-1] == "":
            lines.pop()
        yield from enumerate(lines, first)


def _os_error(exc: OSError, p: Path) -> WslError:
    if isinstance(exc, FileNotFoundError):
        return WslError("no such file", str(p))
    if isinstance(exc, IsADirectoryError):
        return WslError("is a directory, not a file", str(p))
    return WslError(f"cannot read: {exc.strerror}", str(p))


def _decoded(data: bytes, path: str, max_line: int, line: int = 1, offset: int = 0) -> str:
    """``data`` (a file's bytes from byte ``offset``, line ``line``) as text, or a WslError
    for a NUL byte, invalid UTF-8 or a line longer than ``max_line`` bytes."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise WslError(
            f"binary file (NUL byte at byte offset {offset + nul}), expected UTF-8 text", path
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = line + data.count(b"\n", 0, exc.start)
        raise WslError(f"invalid UTF-8 at byte offset {offset + exc.start}", path, at) from None
    _check_line_lengths(data, path, max_line, line)
    return text


def _check_line_lengths(data: bytes, path: str, max_line: int, line: int = 1) -> None:
    """Reject a file with a line longer than ``max_line`` bytes (corrupt or not line-based)."""
    if len(data) <= max_line:
        return
    newlines = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10)
    bounds = np.concatenate([[-1], newlines, [len(data)]])
    lengths = np.diff(bounds) - 1
    worst = int(np.argmax(lengths))
    if lengths[worst] > max_line:
        raise _long_line(int(lengths[worst]), max_line, path, line + worst)


def _long_line(length: int, max_line: int, path: str, line: int) -> WslError:
    return WslError(
        f"line is {length:,} bytes long (limit {max_line:,}; raise it with wsl --max-line-bytes N)",
        path,
        line,
    )


def _rest_of_line(fh: IO[bytes]) -> int:
    """Bytes up to the next line end (or the end of the file), read and counted, not kept."""
    n = 0
    while block := fh.read(1 << 20):
        end = block.find(b"\n")
        if end >= 0:
            return n + end
        n += len(block)
    return n


def read_lines(path: str | Path, max_line: int | None = None) -> list[str]:
    """Lines of a validated UTF-8 text file, without line terminators."""
    return read_text(path, max_line).splitlines()


def _usual_mode(tmp: str) -> None:
    """``mkstemp`` creates files readable by the owner only; give the mode a plain open would."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)


def _temp_beside(p: Path) -> tuple[int, str]:
    """An open temp file in ``p``'s folder (created if needed); OS errors become WslError."""
    if p.is_dir():
        raise WslError("is a directory; give a file name to write", str(p))
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    except OSError as exc:
        raise WslError(f"cannot write here: {exc.strerror}", str(p)) from None
    _usual_mode(tmp)
    return fd, tmp


@contextlib.contextmanager
def _replacing(tmp: str, p: Path) -> Iterator[None]:
    """Rename ``tmp`` over ``p`` if the block succeeds, else delete it (OS errors: WslError)."""
    try:
        yield
        os.replace(tmp, p)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise WslError(f"cannot write: {exc.strerror or exc}", str(p)) from None
        raise


@contextlib.contextmanager
def atomic_write(path: str | Path, mode: str = "w") -> Iterator[IO]:
    """Open a temp file beside ``path``; rename it over ``path`` only if the block succeeds."""
    p = Path(path)
    fd, tmp = _temp_beside(p)
    with _replacing(tmp, p):
        with os.fdopen(
            fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})
        ) as fh:
            yield fh


@contextlib.contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temp path beside ``path`` for writers that want a filename (parquet, DocBin)."""
    p = Path(path)
    fd, tmp = _temp_beside(p)
    os.close(fd)
    with _replacing(tmp, p):
        yield Path(tmp)


def atomic_write_text(path: str | os.PathLike, text: str) -> Path:
    """Write ``text`` to ``path`` atomically (see :func:`atomic_write`)."""
    with atomic_write(path) as fh:
        fh.write(text)
    return Path(path)
