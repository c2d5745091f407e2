"""Tests for the shipped rule LFs (wsl.lfs.software) and O voters (wsl.lfs.negative).

Each LF runs on hand-written sentences; the assertions list the exact token spans voted.
"""

from __future__ import annotations

import pytest

from wsl.core.corpus import Corpus, build_table
from wsl.core.sentences import sentences_view
from wsl.lfs import negative, software
from wsl.lfs.base import LabelingFunction
from wsl.pipeline.readers import corpus_from_texts


def tokenised(*sentences: str):
    """A Sentences view of pre-tokenised sentences (tokens separated by single spaces)."""
    toks = [s.split(" ") for s in sentences]
    table, texts = build_table(toks)
    return sentences_view(Corpus(table=table, texts=texts))


def voted(lf: LabelingFunction, sents) -> list[tuple[str, str]]:
    """(span text, label) of every span ``lf`` votes, in order."""
    v = lf.spans(sents)
    return [
        (" ".join(sents.tokens[a:b]), lf.labels[k])
        for a, b, k in zip(v.start.tolist(), v.end.tolist(), v.label.tolist())
    ]


def texts(lf: LabelingFunction, *sentences: str) -> list[str]:
    return [t for t, _ in voted(lf, tokenised(*sentences))]


def test_every_lf_has_unique_name_label_and_description():
    lfs = [
        v for m in (software, negative) for v in vars(m).values() if isinstance(v, LabelingFunction)
    ]
    names = [lf.name for lf in lfs]
    assert len(names) == len(set(names)) >= 18
    for lf in lfs:
        assert lf.labels and lf.description, lf.name


def test_exception_name():
    got = texts(
        software.exception_name,
        "Calling it raises a ValueError , an IOError or a NullPointerException , not an Error .",
    )
    assert got == ["ValueError", "IOError", "NullPointerException"]


def test_errno_name():
    assert texts(
        software.errno_name, "open ( ) fails with ENOENT or EACCES but not ENOTHING ."
    ) == ["ENOENT", "EACCES"]


def test_io_port():
    assert texts(software.io_port, "Print to LPT1 or COM2 , not COM0 or LPT .") == ["LPT1", "COM2"]


def test_http_status():
    got = texts(
        software.http_status,
        (
            "The server answered 404 Not Found , then 503 Service Unavailable ; "
            "999 Not Found is no code ."
        ),
    )
    assert got == ["404 Not Found", "503 Service Unavailable"]


def test_license_name():
    got = texts(
        software.license_name,
        "Our toy editor ships with the GNU General Public License version 3 .",
        "Parts use the Apache License , Version 2.0 and the Mozilla Public License .",
    )
    assert got == [
        "GNU General Public License version 3",
        "Apache License , Version 2.0",
        "Mozilla Public License",
    ]


def test_license_abbrev():
    got = texts(
        software.license_abbrev,
        "Both GPLv3 and Apache 2.0 apply , as do LGPL-2.1 and CC BY-SA 4.0 ; GPLS is no licence .",
    )
    assert got == ["GPLv3", "Apache 2.0", "LGPL-2.1", "CC BY-SA 4.0"]


def test_licensed_under():
    got = texts(
        software.licensed_under,
        "The code is licensed under the MIT License .",
        "It was released under the GNU GPL version 2 and later relicensed .",
    )
    assert got == ["MIT License", "GNU GPL"]


def test_licensing_model():
    got = texts(
        software.licensing_model,
        "It is free and open-source software , an open source project , and open to all .",
    )
    assert got == ["free and open-source software", "open source"]


def test_versioned_application():
    got = texts(
        software.versioned_application,
        "It runs on Windows 10 , Windows XP and Mac OS X 10.6 but not on Windows alone .",
    )
    assert got == ["Windows 10", "Windows XP", "Mac OS X 10.6"]


def test_versioned_language():
    got = texts(
        software.versioned_language,
        "Ported from Python 2 to Python 3.8 and C++11 , then C99 and Fortran 77 .",
    )
    assert got == ["Python 2", "Python 3.8", "C++11", "C99", "Fortran 77"]


def test_versioned_device():
    got = texts(
        software.versioned_device,
        (
            "Released for the PlayStation 4 , the Xbox 360 and the PDP-11 , "
            "not the PlayStation brand ."
        ),
    )
    assert got == ["PlayStation 4", "Xbox 360", "PDP-11"]


def test_programming_language():
    got = texts(
        software.programming_language,
        "The Go programming language differs from the Python scripting language .",
        "In programming languages like these , the programming language matters .",
    )
    assert got == ["Go programming language", "Python scripting language"]


def test_protocol_name():
    got = texts(
        software.protocol_name,
        "Mail moves over the Simple Mail Transfer Protocol , chat over the XMPP protocol .",
        "The Neighbor Discovery Protocol replaces ARP .",
    )
    assert got == ["Simple Mail Transfer Protocol", "XMPP protocol", "Neighbor Discovery Protocol"]


def test_algorithm_name():
    got = texts(
        software.algorithm_name,
        (
            "We use Dijkstra 's algorithm , the Rabin – Karp algorithm "
            "and the Cooley – Tukey FFT algorithm ."
        ),
        "The algorithm is simple .",
    )
    assert got == [
        "Dijkstra 's algorithm",
        "Rabin – Karp algorithm",
        "Cooley – Tukey FFT algorithm",
    ]


def test_algorithm_name_with_original_spacing():
    sents = sentences_view(
        corpus_from_texts(["They compare Kruskal's algorithm with Prim's algorithm."])
    )
    assert [t for t, _ in voted(software.algorithm_name, sents)] == [
        "Kruskal 's algorithm",
        "Prim 's algorithm",
    ]


def test_written_in():
    got = texts(
        software.written_in,
        "The tool is written in Rust and its core is implemented in C++ .",
        "The book was written in The Hague , and the script mostly written in Python for speed .",
    )
    assert got == ["Rust", "C++", "Python"]


def test_named_bug():
    got = texts(
        software.bug_name, "The Heartbleed bug was patched ; the Year 2000 problem was not a bug ."
    )
    assert got == ["Heartbleed bug", "Year 2000 problem"]


def test_acronym_after_name():
    got = voted(
        software.acronym_after_name,
        tokenised(
            (
                "It uses the Transmission Control Protocol ( TCP ) "
                "and the Portable Document Format ( PDF ) ."
            ),
            (
                "The GNU Lesser General Public License ( LGPL ) is weaker , "
                "the Open Systems ( XYZ ) are not ."
            ),
        ),
    )
    assert got == [
        ("Transmission Control Protocol", "Protocol"),
        ("TCP", "Protocol"),
        ("Portable Document Format", "Protocol"),
        ("PDF", "Protocol"),
        ("GNU Lesser General Public License", "License"),
        ("LGPL", "License"),
    ]


@pytest.mark.parametrize(
    ("lf", "sentence", "expected"),
    [
        (negative.punctuation, "C++ , C# and ( Java ) .", [",", "(", ")", "."]),
        (
            negative.function_words,
            "The kernel of the system is written in C and it runs .",
            ["The", "of", "the", "is", "in", "and", "it"],
        ),
        (
            negative.plain_number,
            "In 1995 there were 3 releases of Windows 10 and 2.5 % of PDP - 11 .",
            ["1995", "3", "2.5"],
        ),
    ],
)
def test_negative_lfs_vote_o(lf, sentence, expected):
    got = voted(lf, tokenised(sentence))
    assert [t for t, _ in got] == expected
    assert {lab for _, lab in got} == {"O"}


def test_plain_number_looks_back_within_its_sentence_only():
    # "2019" opens a sentence after one ending in a name: no previous token, so it is voted
    got = texts(negative.plain_number, "We run Windows", "2019 was a good year for Xbox 360")
    assert got == ["2019"]
    assert negative.plain_number.kind == "token_regex"
