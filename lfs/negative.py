"""Shipped negative LFs: evidence for ``O``.

A label model needs to see what is *not* an entity: punctuation, plain numbers, and the
closed-class function words of English. Each LF votes ``O`` on single tokens only; none
fires on a token that could start or continue a software name under the schema (numbers
right after a capitalised word, as in ``Windows 10`` or ``Xbox 360``, are left alone).
"""

from __future__ import annotations

import re

from wsl.lfs.python_lf import sentence_lf
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


@sentence_lf(labels=("O",), name="neg_number")
def plain_number(sent):
    """Numbers, years and percentages not right after a capitalised word or another name part."""
    toks = sent.tokens
    for i, tok in enumerate(toks):
        if not _NUMBER.fullmatch(tok):
            continue
        prev = toks[i - 1] if i else ""
        name_before = prev[:1].isupper() and prev.lower() not in _FUNCTION_SET
        if name_before or prev[:1].isdigit() or prev in ("-", "/", "."):
            continue
        yield i, i + 1, "O"
