"""Tests for the shipped head-noun rules (wsl.lfs.heads): exact token spans voted."""

from __future__ import annotations

from wsl.lfs import heads
from wsl.lfs.base import LabelingFunction


def test_every_lf_has_unique_name_label_and_description():
    lfs = [v for v in vars(heads).values() if isinstance(v, LabelingFunction)]
    assert len({lf.name for lf in lfs}) == len(lfs) == 2
    for lf in lfs:
        assert len(lf.labels) == 1 and lf.description, lf.name


def test_tree_name_votes_one_modifier_and_the_head(voted):
    got = voted(
        heads.tree_name,
        "An AVL tree and a red-black tree balance themselves; a B-tree stores pages.",
        "Each suffix trees node is a string.",
    )
    assert got == [
        ("AVL tree", "Data_Structure"),
        ("red-black tree", "Data_Structure"),
        ("B-tree", "Data_Structure"),
        ("suffix trees", "Data_Structure"),
    ]


def test_tree_name_skips_trees_that_are_no_data_structure(voted):
    got = voted(
        heads.tree_name,
        "Clone the source tree, check the working tree, draw the family tree by the oak tree.",
        "The tree grows.",
    )
    assert got == []


def test_file_system_name_votes_the_capitalised_name_with_its_head(voted):
    got = voted(
        heads.file_system_name,
        "The Unix File System predates the Be File System; ZFS filesystems are pooled.",
        "It reads the file system.",
    )
    assert got == [
        ("Unix File System", "Application"),
        ("Be File System", "Application"),
        ("ZFS filesystems", "Application"),
    ]
