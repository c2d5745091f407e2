"""Document-level LFs: their columns from a first pass, the two-pass label_corpus, the CLI."""

from __future__ import annotations

import json

import numpy as np
import polars as pl
import pytest
from typer.testing import CliRunner

from wsl.cli import app
from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.lfs.python_lf import sentence_lf
from wsl.pipeline.doc_lfs import DOC_LF_NAMES, doc_groups, doc_lf_columns
from wsl.pipeline.label import label_corpus
from wsl.pipeline.label_run import label_file, label_in_shards
from wsl.pipeline.readers import corpus_from_texts, read_corpus

TS = TagSet(("Language", "Application"))  # O 0, B-Language 1, I-Language 2, B-App 3, I-App 4
runner = CliRunner()


def columns(sentences, docs, ids, conf):
    """The doc-LF columns of hand-written sentences: ``docs`` is each sentence's document,
    ``ids`` the first pass's tag ids, ``conf`` each token's marginal of its tag."""
    tokens = [t for s in sentences for t in s.split()]
    sent_ids = np.repeat(np.arange(len(sentences)), [len(s.split()) for s in sentences])
    ids = np.asarray(ids, dtype=np.int16)
    probs = np.zeros((len(ids), TS.n_tags))
    probs[np.arange(len(ids)), ids] = conf
    probs[:, 0] += 1 - np.asarray(conf, dtype=float)  # the rest on O
    groups = np.asarray(docs)[sent_ids]
    return doc_lf_columns(pl.Series(tokens), sent_ids, groups, ids, probs).T.tolist()


def test_a_confident_span_is_propagated_in_its_document_only():
    # doc 0: "Rust" labelled (0.9) in sentence 0; doc 1 has an unlabelled "Rust"
    sents = ["Rust is fast", "I like Rust", "Rust again", "nothing here"]
    ids = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    conf = [0.9, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    propagate, majority = columns(sents, [0, 0, 1, 1], ids, conf)
    # the source span has no other confident occurrence: no vote there
    assert propagate == [-1, -1, -1, -1, -1, 1, -1, -1, -1, -1]
    assert majority == [-1] * 10  # labelled once: no majority


def test_an_unconfident_span_is_not_propagated():
    sents = ["Rust is fast", "I like Rust"]
    propagate, _ = columns(sents, [0, 0], [1, 0, 0, 0, 0, 0], [0.55, 1, 1, 1, 1, 1])
    assert propagate == [-1] * 6


def test_the_majority_type_outvotes_a_stray_type():
    # "Go" is Language twice and Application once; only the stray one is confident
    sents = ["Go is nice", "Go runs", "Go wins"]
    ids = [1, 0, 0, 1, 0, 3, 0]
    conf = [0.5, 1, 1, 0.5, 1, 0.9, 1]
    propagate, majority = columns(sents, [0, 0, 0], ids, conf)
    assert majority == [1, -1, -1, 1, -1, 1, -1]  # at every occurrence, the stray one too
    assert propagate == [3, -1, -1, 3, -1, -1, -1]  # the confident stray: elsewhere only


def test_a_tie_is_no_majority():
    sents = ["Go is nice", "Go runs"]
    _, majority = columns(sents, [0, 0], [1, 0, 0, 3, 0], [1, 1, 1, 1, 1])
    assert majority == [-1] * 5


def test_multi_token_strings_and_occurrences_inside_longer_spans():
    # "Visual Studio" (its own span in sentence 1) also occurs inside the span "Visual Studio
    # Code" (sentence 0): no vote there. Sentence 2's free "Visual Studio Code" gets the
    # three-token string's vote, which wins over the two-token one inside it.
    sents = ["Visual Studio Code rocks", "Visual Studio is old", "use Visual Studio Code"]
    ids = [3, 4, 4, 0, 3, 4, 0, 0, 0, 0, 0, 0]
    conf = [0.9, 0.9, 0.9, 1, 0.9, 0.9, 1, 1, 1, 1, 1, 1]
    propagate, majority = columns(sents, [0, 0, 0], ids, conf)
    assert propagate == [-1, -1, -1, -1, -1, -1, -1, -1, -1, 3, 4, 4]
    assert majority == [-1] * 12


def test_strings_are_compared_case_sensitively():
    sents = ["Go is nice", "we go home", "Go wins"]
    ids = [1, 0, 0, 0, 0, 0, 1, 0]
    propagate, majority = columns(sents, [0, 0, 0], ids, [0.9] + [1] * 5 + [0.9, 1])
    assert propagate == [1, -1, -1, -1, -1, -1, 1, -1]
    assert majority == [1, -1, -1, -1, -1, -1, 1, -1]


def test_one_sentence_documents_are_no_context():
    sents = ["Go is nice", "Go runs", "Go wins"]
    cols = columns(sents, [0, 1, 2], [1, 0, 0, 1, 0, 1, 0], [0.9] * 7)
    assert cols == [[-1] * 7, [-1] * 7]


def test_doc_groups_by_mode(tmp_path):
    text = corpus_from_texts(["Go is nice.\nGo runs.", "Go wins."], tagset=TS)
    gold = tmp_path / "g.conll"
    gold.write_text("<s>\nGo\tB-Language\n</s>\n<s>\nGo\tO\n</s>\n")
    conll = read_corpus(gold, tagset=TS)
    assert doc_groups(text, "auto").tolist() == text.table["doc_id"].to_list()
    assert doc_groups(text, "off") is None
    assert doc_groups(conll, "auto") is None  # a gold file's sentences may be shuffled
    assert doc_groups(conll, "on").tolist() == [0, 0]  # asked: the file is one document
    with pytest.raises(WslError, match="unknown --doc-lfs mode 'always'"):
        doc_groups(text, "always")


@sentence_lf(labels=("Language",))
def written_in(sent):
    """X in 'written in X': a context rule that sees one occurrence only."""
    for i in range(len(sent.tokens) - 2):
        if sent.tokens[i : i + 2] == ["written", "in"]:
            yield i + 2, i + 3, "Language"


ZIG = "Foo is written in Zig .\nZig is small .\nI like Zig .\n\nZig is here .\nZig is there ."


def labelled(result, corpus):
    return [t for t, p in zip(corpus.table["token"], result.table(corpus)["pred"]) if p != "O"]


@pytest.mark.parametrize("model", ["mv", "hmm"])
def test_label_corpus_adds_the_doc_lfs_and_fits_again(model):
    # two blank-line documents: the rule labels Zig once in the first; the second has none
    corpus = corpus_from_texts(ZIG.split("\n\n"), tagset=TagSet(("Language",)))
    assert corpus.n_sents == 5
    off = label_corpus(corpus, [written_in], model)
    on = label_corpus(corpus, [written_in], model, doc_lfs="auto")
    assert labelled(off, corpus) == ["Zig"]
    assert labelled(on, corpus) == ["Zig", "Zig", "Zig"]  # not into the second document
    assert on.lf_names == ["written_in", *DOC_LF_NAMES] and on.L.shape == (corpus.n_tokens, 3)
    assert on.model.lf_names == on.lf_names
    # pass 2 is told which columns copy pass 1 (their agreement is no evidence)
    assert on.model.derived_lfs == frozenset(DOC_LF_NAMES)
    assert off.model.derived_lfs == frozenset()


def test_nothing_changes_where_the_doc_lfs_find_nothing():
    corpus = corpus_from_texts(["Zig is small .\nI like Zig ."], tagset=TagSet(("Language",)))
    off = label_corpus(corpus, [written_in], "hmm")
    on = label_corpus(corpus, [written_in], "hmm", doc_lfs="on")
    assert on.lf_names == ["written_in"]  # one pass: no columns that never vote
    np.testing.assert_array_equal(on.probs, off.probs)


def test_a_saved_model_keeps_its_doc_lfs(tmp_path):
    corpus = corpus_from_texts(ZIG.split("\n\n"), tagset=TagSet(("Language",)))
    with_doc, without = tmp_path / "d.npz", tmp_path / "n.npz"
    label_corpus(corpus, [written_in], "mv", doc_lfs="auto", save_model=with_doc)
    label_corpus(corpus, [written_in], "mv", save_model=without)
    again = label_corpus(corpus, [written_in], doc_lfs="auto", load_model=with_doc)
    assert labelled(again, corpus) == ["Zig", "Zig", "Zig"]
    # off: the model still gets their columns, all abstaining
    quiet = label_corpus(corpus, [written_in], load_model=with_doc)
    assert labelled(quiet, corpus) == ["Zig"] and (quiet.L[:, 1:] == -1).all()
    with pytest.raises(WslError, match="fitted without the document-level LFs"):
        label_corpus(corpus, [written_in], doc_lfs="on", load_model=without)


def test_sharded_runs_refuse_the_doc_lfs_and_models_fitted_with_them(tmp_path, write_docs):
    docs = write_docs(tmp_path)
    gaz = tmp_path / "langs.txt"
    gaz.write_text("# type: Language\nRust\nGo\n")
    common = dict(lf_paths=[gaz], shipped=False, tagset=TagSet(("Language",)), cache=False)
    with pytest.raises(WslError, match="--doc-lfs needs whole documents"):
        label_in_shards([docs], shard_tokens=10, output=str(tmp_path / "o"), doc_lfs="auto")
    model = tmp_path / "m.npz"
    label_file([docs], output=str(tmp_path / "a.conll"), save_model=model, doc_lfs="auto", **common)
    with pytest.raises(WslError, match="fitted with the document-level LFs"):
        label_in_shards(
            [docs], shard_tokens=10, output=str(tmp_path / "o"), load_model=model, **common
        )
    assert not (tmp_path / "o.wsl-parts").exists()  # nothing to resume


@pytest.fixture
def files(tmp_path):
    (tmp_path / "zig.txt").write_text(ZIG.split("\n\n")[0])
    (tmp_path / "lfs.py").write_text(
        "from wsl.lfs.python_lf import sentence_lf\n\n\n"
        "@sentence_lf(labels=('Language',))\n"
        "def written_in(sent):\n"
        "    for i in range(len(sent.tokens) - 2):\n"
        "        if sent.tokens[i : i + 2] == ['written', 'in']:\n"
        "            yield i + 2, i + 3, 'Language'\n"
    )
    gold = "".join(
        f"<s>\n{s.replace(' ', chr(9) + 'O' + chr(10))}\tO\n</s>\n"
        for s in ("Foo is written in Zig .", "Zig is small .")
    )
    (tmp_path / "gold.conll").write_text(gold.replace("Zig\tO", "Zig\tB-Language"))
    return tmp_path


def cli(files, *args):
    common = ["--no-shipped", "--lfs", str(files / "lfs.py"), "--types", "Language", "-m", "mv"]
    res = runner.invoke(app, [*args, *common])
    assert res.exit_code == 0, res.output
    return res.stdout


def tags_of(conll: str) -> list[str]:
    return [line.split("\t")[1] for line in conll.splitlines() if "\t" in line]


def test_cli_label_doc_lfs_option(files):
    off = tags_of(cli(files, "label", str(files / "zig.txt")))
    auto = tags_of(cli(files, "label", str(files / "zig.txt"), "--doc-lfs", "auto"))
    assert off.count("B-Language") == 1 and auto.count("B-Language") == 3
    gold = files / "gold.conll"
    # a gold file is sentences, maybe shuffled: auto leaves it alone, on takes it whole
    assert tags_of(cli(files, "label", str(gold), "--doc-lfs", "auto")).count("B-Language") == 1
    assert tags_of(cli(files, "label", str(gold), "--doc-lfs", "on")).count("B-Language") == 2


def test_cli_eval_doc_lfs_option(files):
    args = ["eval", "--gold", str(files / "gold.conll"), "--json"]
    off = json.loads(cli(files, *args))
    on = json.loads(cli(files, *args, "--doc-lfs", "on"))
    assert off["run"]["doc_lfs"] == [] and on["run"]["doc_lfs"] == list(DOC_LF_NAMES)
    assert (off["model"]["ents_f"], on["model"]["ents_f"]) == (pytest.approx(2 / 3), 1.0)
    assert off["baseline"]["ents_f"] == on["baseline"]["ents_f"]  # mv of the LFs' own votes


def test_cli_rejects_an_unknown_mode(files):
    res = runner.invoke(app, ["label", str(files / "zig.txt"), "--doc-lfs", "always"])
    assert res.exit_code == 2 and "always" in res.output
