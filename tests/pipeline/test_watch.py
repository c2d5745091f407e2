"""Polling for changed LF files."""

from __future__ import annotations

import os

from wsl.pipeline.watch import changed_files, snapshot


def test_snapshot_and_changes(tmp_path):
    lf = tmp_path / "my_lfs.py"
    gaz = tmp_path / "gaz" / "tools.txt"
    gaz.parent.mkdir()
    lf.write_text("x = 1\n")
    gaz.write_text("make\n")
    (tmp_path / "gaz" / "notes.md").write_text("ignored\n")
    state = snapshot([lf, gaz.parent])
    assert sorted(p.name for p in state) == ["my_lfs.py", "tools.txt"]
    assert changed_files([lf, gaz.parent], state)[0] == []
    os.utime(gaz, (1, 1))
    new = tmp_path / "gaz" / "more.txt"
    new.write_text("cmake\n")
    changed, state2 = changed_files([lf, gaz.parent], state)
    assert [p.name for p in changed] == ["more.txt", "tools.txt"]
    assert changed_files([lf, gaz.parent], state2)[0] == []
