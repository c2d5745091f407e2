"""Tests for wsl.lfs.gazetteer (GazetteerLF, gazetteer files) and wsl.core.strhash."""

from __future__ import annotations

import numpy as np
import pytest

from wsl.core.corpus import Corpus, build_table
from wsl.core.errors import WslError
from wsl.core.sentences import sentences_view
from wsl.core.strhash import extend, hash_strings
from wsl.lfs.gazetteer import MAX_TOKENS, GazetteerLF, header_field, load_gazetteer


def view(*sentences: str):
    """A Sentences view of space-separated sentences (one token per word)."""
    table, texts = build_table([s.split() for s in sentences])
    return sentences_view(Corpus(table, texts=texts))


def matches(lf: GazetteerLF, sents) -> list[tuple[str, str]]:
    """Matched phrases (tokens joined by a space) with their labels."""
    v = lf.spans(sents)
    return [
        (" ".join(sents.tokens[a:b]), lf.labels[k])
        for a, b, k in zip(v.start.tolist(), v.end.tolist(), v.label.tolist())
    ]


# --- strhash ------------------------------------------------------------------------------


def test_hash_composes_across_pieces():
    h, p = hash_strings(["Node", ".js", "Node.js", ""])
    assert extend(h[0:1], h[1:2], p[1:2])[0] == h[2]
    assert h[3] == 0 and p[3] == 1
    assert len(set(hash_strings(["ab", "ba", "a", "b", "abc"])[0].tolist())) == 5


def test_hash_empty_list():
    h, p = hash_strings([])
    assert h.dtype == np.uint64 and len(h) == 0 and len(p) == 0


# --- matching -----------------------------------------------------------------------------


def test_single_and_multi_token_entries():
    lf = GazetteerLF("g", ["Python", "Visual Basic"], label="Language")
    assert matches(lf, view("I like Python and Visual Basic", "Visual alone")) == [
        ("Python", "Language"),
        ("Visual Basic", "Language"),
    ]


def test_mapping_entries_vote_their_types():
    lf = GazetteerLF("g", {"Linux": "Operating_System", "Java": "Language"})
    assert lf.labels == ("Language", "Operating_System")
    assert matches(lf, view("Java on Linux")) == [
        ("Java", "Language"),
        ("Linux", "Operating_System"),
    ]


def test_plain_entries_need_a_label():
    with pytest.raises(ValueError, match="plain entries need a label"):
        GazetteerLF("g", ["x"])


def test_case_insensitive_by_default():
    lf = GazetteerLF("g", ["Python"], label="Language")
    assert [m for m, _ in matches(lf, view("python PYTHON Python"))] == [
        "python",
        "PYTHON",
        "Python",
    ]


def test_case_sensitive():
    lf = GazetteerLF("g", ["Go"], label="Language", case_sensitive=True)
    assert [m for m, _ in matches(lf, view("go Go GO"))] == ["Go"]


def test_normalize_ignores_hyphen_and_underscore():
    lf = GazetteerLF("g", ["merge-sort"], label="Algorithm", normalize=True)
    assert [m for m, _ in matches(lf, view("merge_sort mergesort merge-sort merge sort"))] == [
        "merge_sort",
        "mergesort",
        "merge-sort",
        "merge sort",
    ]
    strict = GazetteerLF("g2", ["merge-sort"], label="Algorithm")
    assert [m for m, _ in matches(strict, view("merge_sort mergesort merge-sort"))] == [
        "merge-sort"
    ]


def test_plural():
    lf = GazetteerLF("g", ["hash table", "class"], label="Data_Structure", plural=True)
    assert [m for m, _ in matches(lf, view("hash tables and a hash table and classs classes"))] == [
        "hash tables",
        "hash table",
    ]
    plain = GazetteerLF("g2", ["hash table"], label="Data_Structure")
    assert matches(plain, view("hash tables")) == []


def test_matching_is_blind_to_spacing_but_on_token_boundaries():
    lf = GazetteerLF("g", ["Node.js", "Visual Basic"], label="Language")
    assert [m for m, _ in matches(lf, view("Node . js and Node.js and VisualBasic"))] == [
        "Node . js",
        "Node.js",
        "VisualBasic",
    ]
    # never part of a token
    assert matches(lf, view("Node.jsx MyVisual Basic")) == []


def test_longest_match_wins():
    lf = GazetteerLF(
        "g", {"Windows": "Operating_System", "Windows XP": "Operating_System", "XP": "Application"}
    )
    assert matches(lf, view("Windows XP and XP and Windows")) == [
        ("Windows XP", "Operating_System"),
        ("XP", "Application"),
        ("Windows", "Operating_System"),
    ]


def test_leftmost_wins_among_equal_length_overlaps():
    lf = GazetteerLF("g", {"a b": "Language", "b c": "Library"})
    assert matches(lf, view("a b c", "b c d")) == [("a b", "Language"), ("b c", "Library")]


def test_longer_match_beats_earlier_shorter_overlap():
    lf = GazetteerLF("g", {"a b": "Language", "b c d": "Library"})
    assert matches(lf, view("a b c d")) == [("b c d", "Library")]


def test_never_across_sentences():
    lf = GazetteerLF("g", ["Visual Basic"], label="Language")
    assert matches(lf, view("I like Visual", "Basic is old")) == []


def test_punctuation_dropped_by_normalize_is_not_absorbed():
    # "-" has an empty key under normalize: it must not extend a match at either edge
    lf = GazetteerLF("g", ["Python", "a b c"], label="Language", normalize=True)
    assert [m for m, _ in matches(lf, view("- Python - based"))] == ["Python"]
    inner = GazetteerLF("g2", ["garbage-collection"], label="General_Concept", normalize=True)
    assert [m for m, _ in matches(inner, view("garbage - collection -"))] == [
        "garbage - collection"
    ]


def test_entries_longer_than_max_tokens_are_not_matched():
    long_entry = " ".join(f"w{i}" for i in range(MAX_TOKENS + 1))
    lf = GazetteerLF("g", [long_entry, "w0"], label="Library")
    assert matches(lf, view(long_entry)) == [("w0", "Library")]


def test_empty_gazetteer_and_empty_corpus():
    assert matches(GazetteerLF("g", [], label="Library"), view("a b")) == []
    table, texts = build_table([])
    assert (
        len(
            GazetteerLF("g", ["a"], label="Library")
            .spans(sentences_view(Corpus(table, texts=texts)))
            .start
        )
        == 0
    )


def test_fingerprint_tracks_entries_and_options():
    a = GazetteerLF("g", ["x"], label="Library")
    assert a.fingerprint() == GazetteerLF("g", ["x"], label="Library").fingerprint()
    assert a.fingerprint() != GazetteerLF("g", ["y"], label="Library").fingerprint()
    assert (
        a.fingerprint()
        != GazetteerLF("g", ["x"], label="Library", case_sensitive=True).fingerprint()
    )


# --- files --------------------------------------------------------------------------------


def test_load_gazetteer_type_header_and_tab_types(tmp_path):
    p = tmp_path / "Library.extra.txt"
    p.write_text("# a comment\n# type: Language\nPython\n\n  Rust  \nnumpy\tLibrary\n")
    assert load_gazetteer(p) == {"Python": "Language", "Rust": "Language", "numpy": "Library"}


def test_load_gazetteer_default_type_from_file_name(tmp_path):
    p = tmp_path / "Protocol.mine.txt"
    p.write_text("HTTP\nSMTP\r\n")
    assert load_gazetteer(p) == {"HTTP": "Protocol", "SMTP": "Protocol"}


def test_load_gazetteer_errors(tmp_path):
    p = tmp_path / "Library.txt"
    p.write_text("numpy\n\tLibrary\nscipy\t \n")
    with pytest.raises(WslError) as exc:
        load_gazetteer(p)
    assert str(exc.value) == f"{p}:3: empty type after the tab"
    p.write_bytes(b"caf\xe9\n")
    with pytest.raises(WslError, match=r"invalid UTF-8 at byte offset 3"):
        load_gazetteer(p)


def test_from_files_labels_are_the_types_in_the_files(tmp_path):
    p = tmp_path / "whatever.txt"
    p.write_text("# type: Language\nCOBOL\nlibc\tLibrary\n")
    lf = GazetteerLF.from_files("g", [p])
    assert lf.labels == ("Language", "Library")
    assert matches(lf, view("COBOL uses libc")) == [("COBOL", "Language"), ("libc", "Library")]


def test_from_files_with_label_loads_lazily(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("COBOL\n")
    lf = GazetteerLF.from_files("g", [p], label="Language")
    assert lf._entries is None and lf.labels == ("Language",)
    assert matches(lf, view("COBOL")) == [("COBOL", "Language")]


def test_from_files_with_label_overrides_types(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("# type: Language\nCOBOL\nlibc\tLibrary\n")
    lf = GazetteerLF.from_files("g", [p], label="Application")
    assert matches(lf, view("COBOL libc")) == [("COBOL", "Application"), ("libc", "Application")]


def test_file_fingerprint_follows_file_contents(tmp_path):
    p = tmp_path / "Language.txt"
    p.write_text("COBOL\n")
    before = GazetteerLF.from_files("g", [p]).fingerprint()
    p.write_text("COBOL\nFortran\n")
    assert GazetteerLF.from_files("g", [p]).fingerprint() != before


def test_unreadable_file_in_fingerprint(tmp_path):
    lf = GazetteerLF.from_files("g", [tmp_path / "gone.txt"], label="Language")
    with pytest.raises(WslError, match="cannot read gazetteer"):
        lf.fingerprint()


def test_shared_candidate_pass_gives_the_same_votes_as_one_by_one():
    """The prepare hook (one candidate pass for all gazetteers of a mode) changes no vote."""
    import numpy as np

    from wsl.core.corpus import Corpus, build_table
    from wsl.core.tags import TagSet
    from wsl.lfs.gazetteer import GazetteerLF
    from wsl.pipeline.apply import apply_lfs

    sents = [
        ["Visual", "Studio", "Code", "runs", "Node", ".", "js"],
        ["Go", "and", "Visual", "Studio"],
    ]
    table, texts = build_table(sents)
    corpus = Corpus(table=table, tagset=TagSet(("Application", "Library", "Language")), texts=texts)

    def make():
        return [
            GazetteerLF(
                "apps",
                ["Visual Studio", "Visual Studio Code"],
                label="Application",
                case_sensitive=True,
            ),
            GazetteerLF("libs", ["Node.js"], label="Library", case_sensitive=True),
            GazetteerLF("langs", ["Go", "Visual"], label="Language", case_sensitive=True),
        ]

    shared = apply_lfs(corpus, make()).L
    alone = np.stack([apply_lfs(corpus, [lf]).L[:, 0] for lf in make()], axis=1)
    assert np.array_equal(shared, alone)
    ts = corpus.tagset
    assert shared[:, 0].tolist() == [
        ts.b("Application"),
        ts.i("Application"),
        ts.i("Application"),
        -1,
        -1,
        -1,
        -1,
        -1,
        -1,
        ts.b("Application"),
        ts.i("Application"),
    ]
    assert shared[:, 1].tolist()[4:7] == [ts.b("Library"), ts.i("Library"), ts.i("Library")]


def test_entries_longer_than_the_whole_corpus_are_harmless():
    """A corpus shorter than the longest entry (a 2-sentence JSONL input) must still match."""
    from wsl.core.corpus import Corpus, build_table
    from wsl.core.tags import TagSet
    from wsl.lfs.gazetteer import GazetteerLF
    from wsl.pipeline.apply import apply_lfs

    table, texts = build_table([["GPL", "it"], ["ok"]])
    corpus = Corpus(table=table, tagset=TagSet(("License",)), texts=texts)
    lfs = [
        GazetteerLF("a", ["GNU General Public License version 3 or later", "GPL"], label="License"),
        GazetteerLF("b", ["Mozilla Public License 2.0 and more words"], label="License"),
    ]
    res = apply_lfs(corpus, lfs)
    assert res.failures == []
    assert res.L[:, 0].tolist() == [corpus.tagset.b("License"), -1, -1]


def test_an_entry_written_as_one_word_does_not_match_it_split():
    lf = GazetteerLF("g", ["goto", "runit", "Game Boy"], label="Language")
    got = [m for m, _ in matches(lf, view("go to the shop and run it on a GameBoy or Game Boy"))]
    assert got == ["GameBoy", "Game Boy"]
    terms = GazetteerLF("t", ["goto", "hash table"], label="Language", normalize=True)
    got = [m for m, _ in matches(terms, view("go to a hashtable , a hash-table or goto"))]
    assert got == ["hashtable", "hash-table", "goto"]


def test_header_field_reads_the_leading_comments_only(tmp_path):
    p = tmp_path / "mined.1-rate80.cased.txt"
    p.write_text("# source: mined from gold.txt\n# corpus: abc123\nErlang\tLanguage\n# corpus: x\n")
    assert header_field(p, "source") == "mined from gold.txt"
    assert header_field(p, "corpus") == "abc123"  # not the comment after the first entry
    assert header_field(p, "licence") == ""
    assert header_field(tmp_path / "gone.txt", "corpus") == ""  # loading reports a missing file
