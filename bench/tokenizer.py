"""Benchmark the software tokenizer against the gold tokenisation of the WikiSER dev corpus.

The gold file has tokens but no raw text, so plausible raw text is rebuilt (detokenised)
from the gold tokens, retokenised with :func:`wsl.pipeline.tokenize.tokenize`, and the two
tokenisations are aligned by character offsets.

Detokenisation rule (per sentence; sentences are joined by one space into one document so
the splitter has to find every boundary itself):

* tokens are joined by one space, except
* no space before a closing token: ``, . ; : ! ? % ) ] }``, ``...``, ``'s 're 've 'll 'd 'm n't``
  (any case) and a lone ``'``;
* no space after an opening token: ``( [ {``;
* straight double quotes alternate: an opening ``"`` takes no space after it, a closing one
  no space before it.

A gold token counts as matched when a predicted token has exactly its character span;
precision = matched / predicted tokens, recall = matched / gold tokens. Sentences: the count
of predicted sentences against gold, and boundary precision/recall of sentence starts.
Also times our tokenizer and reader against a bare ``spacy.blank("en")`` on the same text.
Exits 0 with a message when the data is absent.

Usage: python bench/tokenizer.py [CONLL] [--errors N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from wsl.core.corpus import sentences_of
from wsl.pipeline.conll import read_conll
from wsl.pipeline.readers import corpus_from_texts
from wsl.pipeline.tokenize import make_nlp, tokenize

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "wikiser-small-dev.conll"

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "...", "'"}
CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m", "n't"}
NO_SPACE_AFTER = {"(", "[", "{"}


def detokenize(sentences: list[list[str]]) -> tuple[str, np.ndarray, np.ndarray, np.ndarray]:
    """Raw text from token lists, by the rule in the module docstring.

    Returns
    -------
    text : str
    start, end : ndarray of int64
        Character span of every gold token in ``text``.
    sent_start : ndarray of bool
        True at the first token of each sentence.
    """
    parts: list[str] = []
    starts: list[int] = []
    firsts: list[bool] = []
    pos = 0
    for s, toks in enumerate(sentences):
        in_quote = False
        prev = None
        for i, tok in enumerate(toks):
            glue = False
            if i == 0:
                glue = s == 0
            elif tok in NO_SPACE_BEFORE or tok.lower() in CLITICS or prev in NO_SPACE_AFTER:
                glue = True
            elif tok == '"' and in_quote:
                glue = True
            elif prev == '"' and in_quote:
                glue = True  # just after an opening quote
            if tok == '"':
                in_quote = not in_quote
            if not glue:
                parts.append(" ")
                pos += 1
            starts.append(pos)
            firsts.append(i == 0)
            parts.append(tok)
            pos += len(tok)
            prev = tok
    lengths = np.fromiter((len(t) for toks in sentences for t in toks), dtype=np.int64)
    start = np.asarray(starts, dtype=np.int64)
    return "".join(parts), start, start + lengths, np.asarray(firsts, dtype=bool)


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def span_keys(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    return start.astype(np.int64) * (1 << 32) + end.astype(np.int64)


def report(
    name: str, text: str, g_start, g_end, g_first, p_start, p_end, p_first, errors: int
) -> None:
    """Print token and sentence agreement of one predicted tokenisation with gold."""
    gk, pk = span_keys(g_start, g_end), span_keys(p_start, p_end)
    hit_g = np.isin(gk, pk)
    p, r, f = prf(int(hit_g.sum()), len(pk), len(gk))
    print(f"{name}: {len(pk):,} tokens predicted, {len(gk):,} gold")
    print(f"  token boundaries  P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    if p_first is not None:
        gs, ps = g_start[g_first], p_start[p_first]
        sp, sr, sf = prf(int(np.isin(gs, ps).sum()), len(ps), len(gs))
        print(
            f"  sentences: {int(p_first.sum()):,} predicted, {int(g_first.sum()):,} gold "
            f"({'exact' if p_first.sum() == g_first.sum() else 'not exact'});"
            f" sentence starts P {sp:.4f}  R {sr:.4f}  F1 {sf:.4f}"
        )
    if errors:
        missed = Counter(
            text[a:b] for a, b in zip(g_start[~hit_g].tolist(), g_end[~hit_g].tolist())
        )
        extra = Counter(
            text[a:b]
            for a, b, h in zip(p_start.tolist(), p_end.tolist(), np.isin(pk, gk).tolist())
            if not h
        )
        print(
            "  gold tokens missed, most frequent: "
            f"{', '.join(f'{t!r} {c}' for t, c in missed.most_common(errors))}"
        )
        print(
            "  predicted tokens not in gold:      "
            f"{', '.join(f'{t!r} {c}' for t, c in extra.most_common(errors))}"
        )


def best_of_2(func, *args):
    """``func(*args)`` and the faster of two runs' wall time."""
    times = []
    for _ in range(2):
        t0 = time.perf_counter()
        out = func(*args)
        times.append(time.perf_counter() - t0)
    return out, min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("conll", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--errors", type=int, default=12, help="most frequent disagreements to print")
    args = ap.parse_args(argv)
    if not args.conll.exists():
        print(f"skipped: {args.conll} not found (the shared data is absent)")
        return 0

    gold = read_conll(args.conll)
    text, g_start, g_end, g_first = detokenize(sentences_of(gold.table, "token"))
    assert [text[a:b] for a, b in zip(g_start[:50].tolist(), g_end[:50].tolist())] == gold.table[
        "token"
    ].to_list()[:50]
    print(
        f"{args.conll.name}: {gold.n_sents:,} sentences, {gold.n_tokens:,} tokens; "
        f"detokenised text {len(text):,} characters\n"
    )

    make_nlp()  # build the tokenizer outside the timings
    (p_start, p_end, p_first), t_tok = best_of_2(tokenize, text)
    corpus, t_reader = best_of_2(corpus_from_texts, [text], "detokenised")
    assert corpus.n_tokens == len(p_start)
    report("wsl tokenizer", text, g_start, g_end, g_first, p_start, p_end, p_first, args.errors)

    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = len(text) + 1
    doc, t_spacy = best_of_2(nlp, text)
    words = [(t.idx, t.idx + len(t)) for t in doc if not t.is_space]
    s_start = np.array([a for a, _ in words], dtype=np.int64)
    s_end = np.array([b for _, b in words], dtype=np.int64)
    print()
    report(
        'bare spacy.blank("en") (no sentence splitting)',
        text,
        g_start,
        g_end,
        g_first,
        s_start,
        s_end,
        None,
        args.errors,
    )

    n = len(text) / 1e6
    print(
        f"\ntiming on {len(text):,} characters ({gold.n_tokens:,} gold tokens), best of 2 runs "
        "(the first fills spaCy's lexeme cache):"
    )
    print(f"  wsl tokenize (tokens + sentences)     {t_tok:6.2f} s   {n / t_tok:6.2f} M chars/s")
    print(
        f"  wsl reader (corpus_from_texts, table) {t_reader:6.2f} s   {n / t_reader:6.2f} M chars/s"
    )
    print(
        f'  spacy.blank("en")(text)               {t_spacy:6.2f} s   {n / t_spacy:6.2f} M chars/s'
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
