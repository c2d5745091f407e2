"""Tests for wsl.lfs.registry: collecting LFs from shipped modules, user files and folders."""

from __future__ import annotations

import textwrap
import types

import pytest

from wsl.core.errors import WslError
from wsl.lfs.gazetteer import GazetteerLF
from wsl.lfs.python_lf import PythonLF
from wsl.lfs.regex import RegexLF, TokenRegexLF
from wsl.lfs.registry import collect_lfs, lfs_from_path, lfs_in_module, shipped_lfs

USER_MODULE = """\
from wsl.lfs.python_lf import sentence_lf
from wsl.lfs.regex import RegexLF, TokenRegexLF

rust = RegexLF("user_rust", r"\\bRust\\b", "Language")
exceptions = [TokenRegexLF("user_exc", r"\\w+Error", "Error_Name"), rust]


@sentence_lf(labels=("Language",))
def user_written_in(sent):
    return []


not_an_lf = 42
"""


def write(path, text):
    path.write_text(textwrap.dedent(text))
    return path


def test_user_module_lfs_in_definition_order(tmp_path):
    p = write(tmp_path / "mine.py", USER_MODULE)
    lfs = lfs_from_path(p)
    assert [lf.name for lf in lfs] == ["user_rust", "user_exc", "user_written_in"]
    assert [type(lf) for lf in lfs] == [RegexLF, TokenRegexLF, PythonLF]
    assert all(lf.source == str(p) for lf in lfs)


def test_user_python_lf_has_a_fingerprint(tmp_path):
    lf = lfs_from_path(write(tmp_path / "mine.py", USER_MODULE))[2]
    assert len(lf.fingerprint()) == 16


def test_gazetteer_txt_file(tmp_path):
    p = write(tmp_path / "Library.more.txt", "numpy\nscipy\n")
    (lf,) = lfs_from_path(p)
    assert isinstance(lf, GazetteerLF)
    assert (lf.name, lf.labels, lf.source) == ("gaz_Library_more", ("Library",), str(p))
    assert lf.entries == {"numpy": "Library", "scipy": "Library"}
    assert not lf.case_sensitive


def test_cased_gazetteer_txt_file(tmp_path):
    p = write(tmp_path / "Language.mine.cased.txt", "Go\n")
    (lf,) = lfs_from_path(p)
    assert (lf.name, lf.case_sensitive) == ("gaz_Language_mine_cased", True)


def test_folder_is_sorted_and_skips_private_and_other_files(tmp_path):
    write(
        tmp_path / "b.py",
        'from wsl.lfs.regex import RegexLF\nb = RegexLF("lf_b", "x", "Language")\n',
    )
    write(tmp_path / "a.txt", "# type: Language\nCOBOL\n")
    write(tmp_path / "_helper.py", "raise RuntimeError('must not be imported')\n")
    write(tmp_path / ".hidden.txt", "x\n")
    write(tmp_path / "notes.md", "not an LF\n")
    assert [lf.name for lf in lfs_from_path(tmp_path)] == ["gaz_a", "lf_b"]


def test_duplicate_names_are_an_error(tmp_path):
    a = write(
        tmp_path / "a.py",
        'from wsl.lfs.regex import RegexLF\nx = RegexLF("same", "x", "Language")\n',
    )
    b = write(
        tmp_path / "b.py",
        'from wsl.lfs.regex import RegexLF\ny = RegexLF("same", "y", "Language")\n',
    )
    with pytest.raises(WslError) as exc:
        collect_lfs([a, b], shipped=False)
    assert str(exc.value) == f"two LFs are named 'same': in {a} and {b}"


def test_syntax_error_names_file_and_line(tmp_path):
    p = write(tmp_path / "broken.py", "x = 1\n\ndef f(:\n    pass\n")
    with pytest.raises(WslError) as exc:
        collect_lfs([p], shipped=False)
    assert (exc.value.path, exc.value.line) == (str(p), 3)
    assert str(exc.value).startswith(f"{p}:3: error while importing LFs: SyntaxError: ")


def test_exception_at_import_names_file_and_line(tmp_path):
    p = write(tmp_path / "raises.py", "import os\n\nx = 1 / 0\n")
    with pytest.raises(WslError) as exc:
        lfs_from_path(p)
    assert (
        str(exc.value) == f"{p}:3: error while importing LFs: ZeroDivisionError: division by zero"
    )


def test_bad_lf_definition_names_line(tmp_path):
    p = write(
        tmp_path / "bad.py",
        'from wsl.lfs.regex import RegexLF\n\nr = RegexLF("r", "(unclosed", "Language")\n',
    )
    with pytest.raises(WslError) as exc:
        lfs_from_path(p)
    assert exc.value.line == 3 and "error: missing ), unterminated subpattern" in str(exc.value)


def test_missing_path_and_wrong_suffix(tmp_path):
    with pytest.raises(WslError, match=f"^{tmp_path / 'nope.py'}: no such LF file or folder$"):
        lfs_from_path(tmp_path / "nope.py")
    p = write(tmp_path / "x.json", "{}")
    with pytest.raises(
        WslError,
        match=f"^{p}: expected a .py LF module, a .txt gazetteer, a .npz tagger model or a folder$",
    ):
        lfs_from_path(p)


def test_lfs_in_module_dedups_and_tags_source():
    lf = RegexLF("m_r", "x", "Language")
    mod = types.ModuleType("fake_mod")
    mod.a = lf
    mod.b = [lf, "x"]
    mod.c = (RegexLF("m_s", "y", "Language"),)
    assert [x.name for x in lfs_in_module(mod)] == ["m_r", "m_s"]
    assert lf.source == "fake_mod"


def test_collect_without_shipped(tmp_path):
    p = write(tmp_path / "mine.py", USER_MODULE)
    assert [lf.name for lf in collect_lfs([p], shipped=False)] == [
        "user_rust",
        "user_exc",
        "user_written_in",
    ]
    assert collect_lfs([], shipped=False) == []


def test_shipped_lfs_load_and_have_unique_names(tmp_path):
    shipped = shipped_lfs()
    assert len(shipped) >= 1
    assert len({lf.name for lf in shipped}) == len(shipped)
    both = collect_lfs([write(tmp_path / "mine.py", USER_MODULE)])
    assert [lf.name for lf in both[:3]] == [
        "user_rust",
        "user_exc",
        "user_written_in",
    ]  # user LFs rank first
    assert len(both) == len(shipped) + 3


def test_shipped_fingerprints_do_not_depend_on_hash_randomisation():
    """The LF cache keys must survive a new process (PYTHONHASHSEED differs per run)."""
    import os
    import subprocess
    import sys

    code = (
        "from wsl.lfs.registry import shipped_lfs; "
        "print(sorted((lf.name, lf.fingerprint()) for lf in shipped_lfs()))"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outs) == 1
