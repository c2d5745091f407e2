"""Tests for wsl.core.textio: validated reading and atomic writing."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from wsl.core.errors import WslError
from wsl.core.textio import atomic_path, atomic_write, read_lines, read_text

HINT = "raise it with wsl --max-line-bytes N"


def test_read_text_returns_content(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("héllo\nwörld\n".encode())
    assert read_text(p) == "héllo\nwörld\n"


def test_read_text_strips_bom(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbfabc\n")
    assert read_text(p) == "abc\n"


def test_read_lines_drops_terminators(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"one\r\ntwo\nthree")
    assert read_lines(p) == ["one", "two", "three"]


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n"])
def test_empty_file_is_an_error(tmp_path, content):
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    with pytest.raises(WslError) as exc:
        read_text(p)
    assert str(exc.value) == f"{p}: file is empty"


def test_binary_file_names_nul_byte_offset(tmp_path):
    p = tmp_path / "bin.dat"
    p.write_bytes(b"abc\x00def")
    with pytest.raises(WslError) as exc:
        read_text(p)
    assert str(exc.value) == f"{p}: binary file (NUL byte at byte offset 3), expected UTF-8 text"
    assert exc.value.path == str(p)


def test_invalid_utf8_names_byte_offset_and_line(tmp_path):
    p = tmp_path / "latin1.txt"
    p.write_bytes(b"ok\ncaf\xe9\n")  # \xe9 is at byte 6, on line 2
    with pytest.raises(WslError) as exc:
        read_text(p)
    assert str(exc.value) == f"{p}:2: invalid UTF-8 at byte offset 6"
    assert (exc.value.path, exc.value.line) == (str(p), 2)


def test_overlong_line_names_line(tmp_path):
    p = tmp_path / "long.txt"
    p.write_bytes(b"short\n" + b"x" * 10_000_000 + b"\nend\n")
    with pytest.raises(WslError) as exc:
        read_text(p)
    assert str(exc.value) == f"{p}:2: line is 10,000,000 bytes long (limit 1,000,000; {HINT})"


def test_line_at_limit_is_accepted_one_more_is_not(tmp_path):
    ok = tmp_path / "edge.txt"
    ok.write_bytes(b"y" * 20 + b"\n" + b"z" * 20)
    assert read_text(ok, max_line=20) == "y" * 20 + "\n" + "z" * 20
    bad = tmp_path / "over.txt"
    bad.write_bytes(b"y" * 20 + b"\n" + b"z" * 21)
    with pytest.raises(WslError) as exc:
        read_text(bad, max_line=20)
    assert str(exc.value) == f"{bad}:2: line is 21 bytes long (limit 20; {HINT})"


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(WslError, match=re.escape(f"{tmp_path / 'nope.txt'}: no such file")):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(WslError, match="is a directory, not a file"):
        read_text(tmp_path)


def test_atomic_write_replaces_file_on_success(tmp_path):
    p = tmp_path / "sub" / "out.txt"
    with atomic_write(p) as fh:
        fh.write("new\n")
    assert p.read_text() == "new\n"
    assert sorted(x.name for x in p.parent.iterdir()) == ["out.txt"]


def test_atomic_write_keeps_old_file_and_no_temp_on_failure(tmp_path):
    p = tmp_path / "out.txt"
    p.write_text("old\n")
    with pytest.raises(RuntimeError):
        with atomic_write(p) as fh:
            fh.write("half")
            raise RuntimeError("interrupted")
    assert p.read_text() == "old\n"
    assert [x.name for x in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_write_leaves_no_file_when_new(tmp_path):
    p = tmp_path / "out.txt"
    with pytest.raises(KeyboardInterrupt):
        with atomic_write(p) as fh:
            fh.write("half")
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_binary_mode(tmp_path):
    p = tmp_path / "b.bin"
    with atomic_write(p, "wb") as fh:
        fh.write(b"\x00\x01")
    assert p.read_bytes() == b"\x00\x01"


def test_atomic_write_keeps_newlines_verbatim(tmp_path):
    p = tmp_path / "nl.txt"
    with atomic_write(p) as fh:
        fh.write("a\r\nb\n")
    assert p.read_bytes() == b"a\r\nb\n"


def test_atomic_path_success_and_failure(tmp_path):
    p = tmp_path / "x.parquet"
    with atomic_path(p) as tmp:
        assert tmp.parent == tmp_path and tmp != p
        tmp.write_bytes(b"data")
    assert p.read_bytes() == b"data"
    q = tmp_path / "y.parquet"
    with pytest.raises(ValueError):
        with atomic_path(q) as tmp:
            tmp.write_bytes(b"partial")
            raise ValueError("writer failed")
    assert sorted(x.name for x in tmp_path.iterdir()) == ["x.parquet"]


def test_atomic_write_to_a_directory_or_unwritable_place_is_a_clear_error(tmp_path):
    import pytest

    from wsl.core.errors import WslError
    from wsl.core.textio import atomic_path, atomic_write

    with pytest.raises(WslError, match="is a directory"):
        with atomic_write(tmp_path) as fh:
            fh.write("x")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(WslError, match="cannot write here"):
        with atomic_path(blocker / "sub" / "out.parquet"):
            pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_atomic_write_gives_the_usual_file_mode(tmp_path):
    import os

    from wsl.core.textio import atomic_write

    mask = os.umask(0o022)
    try:
        with atomic_write(tmp_path / "out.txt") as fh:
            fh.write("x")
    finally:
        os.umask(mask)
    assert (tmp_path / "out.txt").stat().st_mode & 0o777 == 0o644


def test_the_limit_is_an_option_of_the_cli(tmp_path):
    import subprocess
    import sys

    wsl = str(Path(sys.executable).with_name("wsl"))
    p = tmp_path / "long.txt"
    p.write_text("Rust " * 300_000 + "\n")  # one 1.5 MB line
    env = {**os.environ, "WSL_CACHE_DIR": str(tmp_path / "c")}
    env.pop("WSL_MAX_LINE_BYTES", None)
    refused = subprocess.run([wsl, "label", str(p)], capture_output=True, text=True, env=env)
    assert refused.returncode == 1 and "limit 1,000,000" in refused.stderr
    ok = subprocess.run(
        [wsl, "--max-line-bytes", "2000000", "corpus", "stats", str(p)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert ok.returncode == 0, ok.stderr


# --- reading in blocks ---------------------------------------------------------------------


def test_blocks_end_at_line_ends_and_join_to_the_whole_text(tmp_path):
    from wsl.core.textio import iter_blocks

    text = "".join(f"line {i} é\n" for i in range(200)) + "last line without end"
    p = tmp_path / "t.txt"
    p.write_text("\ufeff" + text, encoding="utf-8")
    blocks = list(iter_blocks(p, block_bytes=100))
    assert len(blocks) > 10
    assert "".join(t for _, t in blocks) == text == read_text(p)
    assert all(t.endswith("\n") for _, t in blocks[:-1])
    # each block's first line number is the line its text starts on
    for first, t in blocks:
        assert t.split("\n")[0] == text.split("\n")[first - 1]


def test_block_errors_name_the_absolute_line_and_byte(tmp_path):
    from wsl.core.textio import iter_blocks

    p = tmp_path / "t.txt"
    good = b"".join(b"line %d\n" % i for i in range(1000))  # 1000 lines, no error
    p.write_bytes(good + b"caf\xe9\n")
    with pytest.raises(WslError) as exc:
        list(iter_blocks(p, block_bytes=64))
    assert str(exc.value) == f"{p}:1001: invalid UTF-8 at byte offset {len(good) + 3}"
    p.write_bytes(good + b"x\x00y\n")
    with pytest.raises(WslError, match=f"NUL byte at byte offset {len(good) + 1}"):
        list(iter_blocks(p, block_bytes=64))


def test_a_long_line_across_blocks_is_measured_whole(tmp_path):
    from wsl.core.textio import iter_blocks

    p = tmp_path / "t.txt"
    p.write_bytes(b"short\n" + b"x" * 5000 + b"\nafter\n")
    with pytest.raises(WslError) as exc:
        list(iter_blocks(p, max_line=1000, block_bytes=64))
    assert (exc.value.path, exc.value.line) == (str(p), 2)
    assert "line is 5,000 bytes long (limit 1,000" in str(exc.value)
    # under the limit, a line longer than a block comes out whole
    blocks = list(iter_blocks(p, max_line=10_000, block_bytes=64))
    assert "".join(t for _, t in blocks).split("\n")[1] == "x" * 5000


def test_blocks_of_an_empty_or_blank_file(tmp_path):
    from wsl.core.textio import iter_blocks

    p = tmp_path / "t.txt"
    p.write_bytes(b"\n  \n\n")
    with pytest.raises(WslError, match="file is empty"):
        list(iter_blocks(p, block_bytes=2))
