"""Tests for the ``wsl`` command line (typer app), run in-process with CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wsl.cli import app
from wsl.core import __version__

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_c80abfa757d3c9f5.txt"
DEV = ROOT.parent / "shared" / "data" / "wikiser-small-dev.conll"

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def assert_one_line_error(result, expected: str) -> None:
    """Exit 1, exactly one ``error:`` line on stderr, no traceback."""
    assert result.exit_code == 1, result.output
    assert result.stderr == f"error: {expected}\n"
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and r.stdout == f"wsl {__version__}\n"


def test_no_args_shows_help():
    r = run()
    assert "corpus" in r.output and "lfs" in r.output


def test_corpus_stats_small(tmp_path):
    p = tmp_path / "g.txt"
    p.write_text(
        "<s>\nI\tO\nlike\tO\nWindows\tB-Operating_System\nXP\tI-Operating_System\n</s>\n<s>\nC\tB-Language\n</s>\n"
    )
    r = run("corpus", "stats", p, "--json")
    assert r.exit_code == 0, r.output
    s = json.loads(r.stdout)
    assert (s["documents"], s["sentences"], s["tokens"], s["entities"], s["bio_repairs"]) == (
        1,
        2,
        5,
        2,
        0,
    )
    assert (
        s["entities_per_type"]["Operating_System"] == 1 and s["entities_per_type"]["Language"] == 1
    )


def test_corpus_stats_table_output(tmp_path):
    p = tmp_path / "g.txt"
    p.write_text("<s>\nC\tB-Language\n</s>\n")
    r = run("corpus", "stats", p)
    assert r.exit_code == 0
    assert (
        "sentences  1\n" in r.stdout
        and "tokens     1\n" in r.stdout
        and "entities   1\n" in r.stdout
    )


def test_corpus_stats_raw_text(tmp_path):
    p = tmp_path / "t.txt"
    p.write_text("Rust is fast. Go too.\n")
    s = json.loads(run("corpus", "stats", p, "--json").stdout)
    assert (s["sentences"], s["tokens"]) == (2, 7) and "entities" not in s


def test_corpus_stats_types_auto(tmp_path):
    p = tmp_path / "g.txt"
    p.write_text("<s>\nBRCA1\tB-Gene\n</s>\n")
    s = json.loads(run("corpus", "stats", p, "--types", "auto", "--json").stdout)
    assert s["entities_per_type"] == {"Gene": 1}


def test_repaired_bio_is_counted(tmp_path):
    p = tmp_path / "g.txt"
    p.write_text("<s>\nfoo\tO\nbar\tI-Language\n</s>\n")
    r = run("corpus", "stats", p, "--json")
    assert r.exit_code == 0
    s = json.loads(r.stdout)
    assert (s["bio_repairs"], s["entities"]) == (1, 1)


# --- bad input: one line on stderr, exit 1 ------------------------------------------------


@pytest.mark.parametrize(
    ("content", "where", "message"),
    [
        (b"", "", "file is empty"),
        (
            b"<s>\nfoo\x00\tO\n</s>\n",
            "",
            "binary file (NUL byte at byte offset 7), expected UTF-8 text",
        ),
        (b"<s>\nfoo O\n</s>\n", ":2", "expected token<TAB>TAG, found no tab in 'foo O'"),
        (
            b"<s>\nfoo\tB-Gene\n</s>\n",
            ":2",
            "unknown tag 'B-Gene' (use --types auto for another schema)",
        ),
        (b"<s>\nfo\xff\tO\n</s>\n", ":2", "invalid UTF-8 at byte offset 6"),
        (b"<s>\n<s>\nfoo\tO\n</s>\n", ":2", "<s> inside an open sentence (missing </s>)"),
        (b"<s>\nfoo\tO\n</s>\n</s>\n", ":4", "</s> without a matching <s>"),
        (b"<s>\nfoo\tO\n", ":2", "file ends inside a sentence (missing </s>)"),
    ],
)
def test_bad_input_errors(tmp_path, content, where, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    assert_one_line_error(run("corpus", "stats", p), f"{p}{where}: {message}")


def test_ten_megabyte_line(tmp_path):
    p = tmp_path / "long.txt"
    p.write_bytes(b"<s>\n" + b"a" * 10_000_000 + b"\tO\n</s>\n")
    assert_one_line_error(
        run("corpus", "stats", p),
        f"{p}:2: line is 10,000,002 bytes long (limit 1,000,000; "
        "raise it with wsl --max-line-bytes N)",
    )


def test_missing_file(tmp_path):
    assert_one_line_error(
        run("corpus", "stats", tmp_path / "nope.txt"), f"{tmp_path / 'nope.txt'}: no such file"
    )


def test_bad_types_option(tmp_path):
    p = tmp_path / "g.txt"
    p.write_text("<s>\nx\tO\n</s>\n")
    assert_one_line_error(
        run("corpus", "stats", p, "--types", " , "), "--types ' , ' names no type"
    )


# --- lfs list -----------------------------------------------------------------------------


def test_lfs_list_shipped():
    r = run("lfs", "list")
    assert r.exit_code == 0, r.output
    count = int(r.stdout.strip().splitlines()[-1].split()[0])
    assert count >= 1 and r.stdout.strip().endswith(f"{count} LFs")


def test_lfs_list_user_only(tmp_path):
    (tmp_path / "mine.py").write_text(
        'from wsl.lfs.regex import RegexLF\nr = RegexLF("my_regex", "x", "Language")\n'
    )
    (tmp_path / "lib.txt").write_text("# type: Library\nnumpy\nscipy\n")
    r = run("lfs", "list", "--no-shipped", "--lfs", tmp_path)
    assert r.exit_code == 0, r.output
    assert "my_regex" in r.stdout and "gaz_lib" in r.stdout
    assert r.stdout.rstrip().endswith("\n2 LFs")


def test_lfs_list_syntax_error(tmp_path):
    p = tmp_path / "broken.py"
    p.write_text("x = (\n")
    r = run("lfs", "list", "--no-shipped", "--lfs", p)
    assert r.exit_code == 1
    assert r.stderr.startswith(f"error: {p}:1: error while importing LFs: SyntaxError: ")
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.output


def test_lfs_list_duplicate_names(tmp_path):
    for n in ("a", "b"):
        (tmp_path / f"{n}.py").write_text(
            'from wsl.lfs.regex import RegexLF\nr = RegexLF("dup", "x", "Language")\n'
        )
    r = run("lfs", "list", "--no-shipped", "--lfs", tmp_path)
    assert_one_line_error(
        r, f"two LFs are named 'dup': in {tmp_path / 'a.py'} and {tmp_path / 'b.py'}"
    )


# --- shared data --------------------------------------------------------------------------


@pytest.mark.skipif(not SEED.exists(), reason="shared seed data absent")
def test_stats_on_seed():
    r = run("corpus", "stats", SEED)
    assert r.exit_code == 0
    assert (
        "sentences  92\n" in r.stdout
        and "tokens     1,907\n" in r.stdout
        and "entities   210\n" in r.stdout
    )


@pytest.mark.skipif(not DEV.exists(), reason="shared dev data absent")
def test_stats_on_dev():
    r = run("corpus", "stats", DEV)
    assert r.exit_code == 0
    assert (
        "sentences  7,992\n" in r.stdout
        and "tokens     297,885\n" in r.stdout
        and "entities   26,009\n" in r.stdout
    )
