"""Shipped negative LFs: evidence for ``O``.

A label model needs to see what is *not* an entity: punctuation, plain numbers, and the
closed-class function words of English. Each LF votes ``O`` on single tokens only; none
fires on a token that could start or continue a software name under the schema (numbers
right after a capitalised word, as in ``Windows 10`` or ``Xbox 360``, are left alone).
"""

from __future__ import annotations

import re

import numpy as np

from wsl.core.bio import sentence_starts
from wsl.core.sentences import Sentences
from wsl.lfs.base import LabelingFunction, SpanVotes
from wsl.lfs.regex import TokenRegexLF

punctuation = TokenRegexLF(
    "neg_punctuation",
    r"[^\w\s]+",
    "O",
    description="tokens made only of punctuation or symbols",
)

_FUNCTION_WORDS = """
a an the this that these those some any each every either neither no all both
of in on at by for from to into onto with without within via about above below over under
between among through during before after since until upon against towards toward across
and or but nor so yet if then than because although though while whereas unless whether
as is are was were be been being am has have had having do does did doing done
will would shall should can could may might must ought
it its it's they them their theirs he him his she her hers we us our you your i me my
who whom whose which what where when why how
not also only just very too more most much many such same other another own
there here thus hence however therefore moreover furthermore instead
one two three four five six seven eight nine ten first second third
""".split()

_FUNCTION_SET = frozenset(_FUNCTION_WORDS)

function_words = TokenRegexLF(
    "neg_function_words",
    r"(?:"
    + "|".join(re.escape(w) for w in sorted(set(_FUNCTION_WORDS), key=lambda w: (-len(w), w)))
    + r")",
    "O",
    flags=re.IGNORECASE,
    description=(
        "English closed-class words: determiners, prepositions, conjunctions, pronouns, auxiliaries"
    ),
)

_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,:]\d+)*%?|\d+(?:st|nd|rd|th|s))")


class PlainNumberLF(LabelingFunction):
    """``O`` on numbers, years and percentages that are not right after a capitalised word (other
    than a function word), a digit-led token or ``-`` ``/`` ``.``: those may be a name's part
    (``Windows 10``, ``PDP - 11``).

    Each test runs once per distinct token and the previous-token rule is one shifted array,
    so no Python runs per token.
    """

    kind = "token_regex"

    def _fingerprint_parts(self) -> list:
        return ["PlainNumberLF/1", self.name, self.labels, _NUMBER.pattern, sorted(_FUNCTION_SET)]

    def spans(self, sents: Sentences) -> SpanVotes:
        n = sents.n_tokens
        if n == 0:
            return SpanVotes.empty()
        vocab, inverse = sents.vocab()
        number = np.fromiter(
            (_NUMBER.fullmatch(t) is not None for t in vocab), dtype=bool, count=len(vocab)
        )
        name_part = np.fromiter(
            (
                (t[:1].isupper() and t.lower() not in _FUNCTION_SET)
                or t[:1].isdigit()
                or t in ("-", "/", ".")
                for t in vocab
            ),
            dtype=bool,
            count=len(vocab),
        )
        after_name = np.zeros(n, dtype=bool)
        after_name[1:] = name_part[inverse[:-1]]
        after_name &= ~sentence_starts(sents.sent_of_token())  # a first token has no previous
        pos = np.flatnonzero(number[inverse] & ~after_name).astype(np.int64)
        return SpanVotes(pos, pos + 1, np.zeros(len(pos), dtype=np.int64))


plain_number = PlainNumberLF(
    "neg_number",
    ("O",),
    "Numbers, years and percentages not right after a capitalised word or another name part.",
)
