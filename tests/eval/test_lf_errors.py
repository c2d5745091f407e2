import numpy as np
import pytest
from rich.console import Console

from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.eval.lf_errors import lf_errors, render_lf_errors

TS = TagSet(("Language", "Application"))
SENTENCES = [
    [("I", "O"), ("really", "O"), ("like", "O"), ("Java", "B-Application"), (".", "O")],
    [("Java", "B-Application"), ("is", "O"), ("fun", "O")],
    [("Java", "B-Language"), ("Script", "I-Language"), ("rocks", "O")],
    [("Python", "B-Language"), ("and", "O"), ("Java", "B-Language")],
    [("the", "O"), ("Go", "B-Language"), ("language", "O")],
    [("we", "O"), ("use", "O"), ("Java", "O")],
]


@pytest.fixture
def case(table_of):
    """An LF that votes Language on every 'Java' and O on 'Go'."""
    table = table_of(SENTENCES)
    tokens = np.array(table["token"].to_list())
    votes = np.full(table.height, -1, dtype=np.int16)
    votes[tokens == "Java"] = TS.b("Language")
    votes[tokens == "Go"] = 0
    return table, votes


def as_rows(df):
    return {
        (r["surface"], r["predicted"], r["gold"], r["error"]): r for r in df.iter_rows(named=True)
    }


def test_false_positives_grouped(case):
    table, votes = case
    fp = as_rows(lf_errors(table, votes, TS).false_positives)
    assert {k: r["count"] for k, r in fp.items()} == {
        ("Java", "Language", "Application", "wrong type"): 2,
        ("Java", "Language", "Language", "boundary"): 1,
        ("Java", "Language", "O", "spurious"): 1,
    }
    examples = fp[("Java", "Language", "Application", "wrong type")]["examples"]
    assert examples == ["I really like [[Java]] .", "[[Java]] is fun"]
    assert fp[("Java", "Language", "O", "spurious")]["examples"] == ["we use [[Java]]"]


def test_misses_of_own_types(case):
    table, votes = case
    errors = lf_errors(table, votes, TS)
    miss = as_rows(errors.misses)
    # own types inferred from the votes: Language only; the exact 'Java' in sentence 3 is no miss
    assert {k: r["count"] for k, r in miss.items()} == {
        ("Java Script", "Language", "Language", "boundary"): 1,
        ("Python", "-", "Language", "abstained"): 1,
        ("Go", "O", "Language", "voted O"): 1,
    }
    assert errors.false_positives["count"].to_list() == [2, 1, 1]  # most frequent first
    wide = as_rows(lf_errors(table, votes, TS, labels=["Language", "Application"]).misses)
    assert wide[("Java", "Language", "Application", "wrong type")]["count"] == 2


def test_examples_context_and_limits(case):
    table, votes = case
    errors = lf_errors(table, votes, TS, context=1, n_examples=1, top=1)
    assert errors.false_positives.height == 1
    assert errors.false_positives["examples"].to_list() == [["… like [[Java]] ."]]


def test_no_spans_and_errors(case):
    table, votes = case
    none = lf_errors(table, np.full(table.height, -1), TS)
    assert none.false_positives.height == 0 and none.misses.height == 0
    assert none.false_positives.columns == [
        "surface",
        "predicted",
        "gold",
        "error",
        "count",
        "examples",
    ]
    with pytest.raises(WslError, match=r"shape \(3,\).*20 tokens"):
        lf_errors(table, votes[:3], TS)
    with pytest.raises(WslError, match="unknown LF labels"):
        lf_errors(table, votes, TS, labels=["Nope"])


def test_rich_renderer(case):
    table, votes = case
    console = Console(record=True, width=160)
    console.print(render_lf_errors(lf_errors(table, votes, TS), "java_lf", limit=2))
    text = console.export_text()
    assert "False positives of java_lf: 4 spans in 3 groups" in text
    assert "Misses of java_lf: 3 gold spans in 3 groups" in text
    assert "×2" in text and "I really like Java ." in text
    assert "1 more groups not shown" in text
