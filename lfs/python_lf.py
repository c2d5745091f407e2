"""Python LFs: a decorated function over one sentence, for rules that need context.

    @sentence_lf(labels=("Language",))
    def written_in(sent):
        for i, tok in enumerate(sent.tokens[:-2]):
            if tok == "written" and sent.tokens[i + 1] == "in":
                yield i + 2, i + 3, "Language"

The function gets a :class:`Sentence` and yields ``(start, end, label)`` in sentence token
positions (end exclusive). This is the one LF kind called once per sentence; prefer a
:class:`~wsl.lfs.regex.RegexLF` with a group when a pattern can say the same.
An exception inside the function is caught by the applier per sentence (see
:func:`wsl.pipeline.apply.apply_lfs`).
"""

from __future__ import annotations

from typing import Callable, Iterable

import numpy as np

from wsl.core.sentences import Sentences
from wsl.lfs.base import LabelingFunction, SpanVotes, source_digest

SpanTuple = tuple[int, int, str]


class Sentence:
    """One sentence: its index in the corpus, tokens, their character offsets in ``text``.

    ``starts``, ``ends`` and ``text`` are computed on first access: most rules only read
    ``tokens``, and building the rest for every sentence would dominate their run time.
    """

    __slots__ = ("index", "tokens", "_view", "_a", "_b", "_cache")

    def __init__(self, index: int, tokens: list[str], view: Sentences, a: int, b: int) -> None:
        self.index = index
        self.tokens = tokens
        self._view, self._a, self._b = view, a, b
        self._cache: dict = {}

    def _offsets(self) -> tuple[list[int], list[int], str]:
        if not self._cache:
            v, a, b = self._view, self._a, self._b
            base = int(v.tok_start[a])
            self._cache["o"] = (
                (v.tok_start[a:b] - base).tolist(),
                (v.tok_end[a:b] - base).tolist(),
                v.text[base : int(v.tok_end[b - 1])],
            )
        return self._cache["o"]

    @property
    def starts(self) -> list[int]:
        return self._offsets()[0]

    @property
    def ends(self) -> list[int]:
        return self._offsets()[1]

    @property
    def text(self) -> str:
        return self._offsets()[2]


class LFError(Exception):
    """An LF raised on a sentence; carries the sentence index and the original error."""

    def __init__(self, lf_name: str, sentence: int, error: BaseException) -> None:
        super().__init__(f"{lf_name} raised {type(error).__name__}: {error} on sentence {sentence}")
        self.lf_name = lf_name
        self.sentence = sentence
        self.error = error


class PythonLF(LabelingFunction):
    """Wraps a per-sentence function as an LF."""

    kind = "python"

    def __init__(
        self,
        func: Callable[[Sentence], Iterable[SpanTuple]],
        name: str,
        labels: tuple[str, ...],
        description: str = "",
    ) -> None:
        super().__init__(name, labels, description)
        self.func = func
        self.errors: list[LFError] = []

    def _fingerprint_parts(self) -> list:
        """The function's whole source file: an edit to a list or helper it uses counts too."""
        return [
            "PythonLF/2",
            self.name,
            self.labels,
            getattr(self.func, "__qualname__", ""),
            source_digest(self.func),
        ]

    def spans(self, sents: Sentences) -> SpanVotes:
        """Call the function on each sentence; a raising sentence abstains and is recorded in
        ``errors``."""
        self.errors = []
        label_idx = {lab: i for i, lab in enumerate(self.labels)}
        out_s: list[int] = []
        out_e: list[int] = []
        out_l: list[int] = []
        offs = sents.sent_offsets.tolist()
        for s in range(sents.n_sents):
            a, b = offs[s], offs[s + 1]
            if a == b:
                continue
            sent = Sentence(s, sents.tokens[a:b], sents, a, b)
            try:
                found = [(int(i), int(j), lab) for i, j, lab in self.func(sent)]
                for i, j, lab in found:
                    if not (0 <= i < j <= b - a) or lab not in label_idx:
                        raise ValueError(
                            f"bad span ({i}, {j}, {lab!r}) for a {b - a}-token sentence with "
                            f"labels {self.labels}"
                        )
            except Exception as exc:  # noqa: BLE001 - any LF bug must not stop the run
                self.errors.append(LFError(self.name, s, exc))
                continue
            for i, j, lab in found:
                out_s.append(a + i)
                out_e.append(a + j)
                out_l.append(label_idx[lab])
        return SpanVotes(
            np.asarray(out_s, np.int64), np.asarray(out_e, np.int64), np.asarray(out_l, np.int64)
        )


def sentence_lf(
    labels: Iterable[str], name: str | None = None, description: str | None = None
) -> Callable[[Callable], PythonLF]:
    """Decorator turning a per-sentence span function into a :class:`PythonLF`."""

    def wrap(func: Callable) -> PythonLF:
        doc = (func.__doc__ or "").strip().splitlines()
        return PythonLF(
            func,
            name or func.__name__,
            tuple(labels),
            description if description is not None else (doc[0] if doc else ""),
        )

    return wrap
