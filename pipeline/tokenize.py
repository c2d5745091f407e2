"""Tokenisation and sentence splitting for software text.

A blank spaCy English tokenizer with these changes for software text: hyphens inside a
word do not split (``x86-64``, ``general-purpose``, ``garbage-collected``), nor does a slash
between letters (``TCP/IP``, ``CP/M``, ``I/O``, ``OS/2``), ``#`` after a letter stays with it
(``C#``, ``F#``), ``++`` stays on a name (``C++``), and a unit after digits stays on
them (``Y2K``, ``64KB``, ``2GHz``); ``.NET``, ``Node.js`` and ``HTTP/2`` are spaCy's own
behaviour and kept.
Markup in real documents is split before spaCy sees it (:data:`_MARKUP`): URLs are single
tokens (trailing ``.``/``)`` etc. left off), backtick runs (inline code, fences), Markdown link
brackets ``](``/``][`` and HTML tag punctuation (``<``, ``</``, ``>``, ``/>``, ``=`` and the
quotes of attribute values) are tokens of their own, and the text between is tokenised by spaCy,
so ``[BSD](LICENSE)`` gives ``BSD`` and ``LICENSE``. Offsets stay offsets into the original text.
Sentences end after ``.``, ``!``, ``?`` (and at blank lines); the splitter is vectorised
over token arrays instead of running a spaCy pipeline component.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from wsl.core.spacy_light import import_spacy

_SENT_END = {".", "!", "?", "...", "…"}
_CLOSERS = {")", "]", "}", '"', "'", "”", "’", "»"}
_PARAGRAPH = re.compile(r"\n[ \t]*\n")

# A URL: scheme, then anything but whitespace, quotes, backticks and brackets (balanced
# parentheses allowed, as in Wikipedia links), not ending in sentence punctuation or emphasis.
_URL_CHAR = r"[^\s<>\"'`()\[\]{}]"
_URL = rf"[A-Za-z][A-Za-z0-9+.-]*://(?:{_URL_CHAR}|\({_URL_CHAR}*\))+(?<![.,;:!?*~])"
# markup found in one pass over a paragraph; ``atom`` matches are tokens as they stand
_MARKUP = re.compile(
    rf"(?<![A-Za-z0-9+.-])(?P<url>{_URL})"
    r"|(?P<tag></?[A-Za-z][\w:.-]*(?:\s[^<>]*?)?/?>)"
    r"|(?P<atom>`+|~~|<!--|-->|\](?=[(\[])|(?<=\])[(\[])"
)
# code (in backticks): an opening bracket after a name (``print(line``,
# ``Optional[str``), a quote opening a string after ``( [ { = ,`` (``load("en_core_web_sm``),
# and ``=`` before a quote (``key='v'``) are split; ``a=b``, ``make_ref()`` are unchanged
_CODE_INFIXES = [r"(?<=\w)[(\[{]", r"(?<=[(\[{=,])[\"']", r"=(?=[\"'])"]
_TICKS = re.compile(r"`+")
# characters of spaCy's emoticon special cases, which are dropped (see _is_emoticon)
_FACE = set("()[]{}:;=<>|*^_/-")
# inside a tag: ``=`` and the quotes around an attribute value
_ATTR = re.compile(r"""=\s*(?:"([^"]*)"|'([^']*)')?""")


@lru_cache(maxsize=1)
def make_nlp():
    """The blank English pipeline with the software-text tokenizer (built once, loaded lazily)."""
    spacy = import_spacy()

    nlp = spacy.blank("en")
    nlp.tokenizer = _tokenizer(nlp, _infixes(nlp))
    return nlp


@lru_cache(maxsize=1)
def _code_tokenizer():
    """The tokenizer of :func:`make_nlp` plus :data:`_CODE_INFIXES`, for text in backticks."""
    nlp = make_nlp()
    return _tokenizer(nlp, [*_CODE_INFIXES, *_infixes(nlp)])


def _tokenizer(nlp, infixes: list[str]):
    """spaCy's English tokenizer with ``infixes`` and the suffix, special-case and token_match
    changes for software text (built in one go: each setter would reload the special cases)."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_suffix_regex

    tok = nlp.tokenizer
    # no unit split after digits either: Y2K, 64KB, 2GHz stay whole (names, not measurements)
    suffixes = [
        s for s in nlp.Defaults.suffixes if s not in ("#",) and not s.startswith("(?<=[0-9])(?:km|")
    ]
    return Tokenizer(
        nlp.vocab,
        # emoticon special cases split code: f(): gave "f", "(", "):" (rarely a smiley here)
        rules={k: v for k, v in tok.rules.items() if not _is_emoticon(k)},
        prefix_search=tok.prefix_search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=re.compile(r"(?:[A-Za-z]#|[A-Za-z][\w.]*\+\+)$").match,
        url_match=tok.url_match,
    )


def _infixes(nlp) -> list[str]:
    """spaCy's infixes without splits at hyphens inside words, nor at a slash between letters
    (CP/M, I/O, TCP/IP, OS/2)."""
    return [p.replace("[:<>=/]", "[:<>=]") for p in nlp.Defaults.infixes if not _is_hyphen_infix(p)]


def _is_emoticon(text: str) -> bool:
    """True for spaCy's emoticon special cases such as ``):``, ``:)``, ``=[``, ``^_^``."""
    return len(text) > 1 and not any(c.isalnum() for c in text) and bool(set(text) & _FACE)


def _is_hyphen_infix(pattern: str) -> bool:
    """True for spaCy's infix rules that split on hyphens between letters or digits."""
    return "-|–|—" in pattern or pattern.startswith("(?<=[0-9])[+\\-\\*^](?=[0-9-])")


def tokenize(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Token offsets and sentence starts of one document.

    Returns
    -------
    start, end : ndarray of int64
        Character offsets of each (non-whitespace) token in ``text``.
    sent_start : ndarray of bool
        True at the first token of each sentence.
    """
    import_spacy()
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    prose = make_nlp().tokenizer
    starts, ends, para_at, atoms = [], [], [], []

    def spacy_tokens(a: int, b: int, code: int) -> None:
        piece = text[a:b]
        if piece.isspace():
            return
        doc = (_code_tokenizer() if code else prose)(piece)
        arr = doc.to_array([IDX, LENGTH, IS_SPACE]).astype(np.int64)
        keep = arr[:, 2] == 0
        s = arr[keep, 0] + a
        starts.append(s)
        ends.append(s + arr[keep, 1])

    # length of the backtick run that opened the code we are in (0: prose); a run of the same
    # length closes it. Inline code needs its closing run in the same paragraph (a stray
    # backtick opens nothing); a fence (3 or more) may span blank lines
    code = 0
    for m_start, chunk in _paragraphs(text):
        para_at.append(m_start)
        code = code if code >= 3 else 0
        pos, last_run = 0, None
        for a, b in _atoms(chunk):
            if a > pos:
                spacy_tokens(m_start + pos, m_start + a, code)
            atoms.append((m_start + a, m_start + b))
            pos = b
            if chunk[a] == "`":
                n = b - a
                if code == n:
                    code = 0
                elif not code:
                    if n < 3 and last_run is None:  # start of the last run of each length
                        last_run = {len(m.group()): m.start() for m in _TICKS.finditer(chunk)}
                    if n >= 3 or last_run.get(n, -1) >= b:
                        code = n
        if pos < len(chunk):
            spacy_tokens(m_start + pos, m_start + len(chunk), code)
    if atoms:
        at = np.asarray(atoms, dtype=np.int64)
        starts.append(at[:, 0])
        ends.append(at[:, 1])
    if not starts:
        z = np.zeros(0, np.int64)
        return z, z.copy(), np.zeros(0, bool)
    start, end = np.concatenate(starts), np.concatenate(ends)
    if atoms:
        order = np.argsort(start, kind="stable")
        start, end = start[order], end[order]
    para = np.zeros(len(start), dtype=bool)
    first = np.searchsorted(start, np.asarray(para_at, dtype=np.int64))
    para[first[first < len(start)]] = True
    return start, end, _split(*_marks_from_text(text, start, end), para)


def _atoms(chunk: str):
    """(start, end) of the markup tokens in ``chunk``, in order; see :data:`_MARKUP`."""
    for m in _MARKUP.finditer(chunk):
        if m.lastgroup != "tag":
            yield m.span()
            continue
        a, b = m.span()
        inner_a = a + (2 if chunk[a + 1] == "/" else 1)
        inner_b = b - (2 if chunk[b - 2] == "/" and b - 2 >= inner_a else 1)
        yield a, inner_a  # < or </
        for q in _ATTR.finditer(chunk, inner_a, inner_b):
            yield q.start(), q.start() + 1  # =
            value = 1 if q.start(1) >= 0 else 2 if q.start(2) >= 0 else 0
            if value:
                yield q.start(value) - 1, q.start(value)  # opening quote
                yield q.end(value), q.end(value) + 1  # closing quote
        yield inner_b, b  # > or />


def _marks_from_text(
    text: str, start: np.ndarray, end: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Sentence-final and closing tokens found from code points, without token strings.

    Every token in ``_SENT_END`` and ``_CLOSERS`` is one character long except ``...``.
    A ``!`` right before ``[`` opens a Markdown image (``![logo](logo.png)``), not an end.
    """
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    length = end - start
    first = codes[start]
    one = length == 1
    is_end = one & np.isin(first, [ord(c) for c in _SENT_END if len(c) == 1])
    bang = np.flatnonzero(is_end & (first == ord("!")) & (end < len(codes)))
    if len(bang):
        is_end[bang[codes[end[bang]] == ord("[")]] = False
    dots = (length == 3) & (first == ord("."))
    if dots.any():
        at = np.flatnonzero(dots)
        dots[at] = (codes[start[at] + 1] == ord(".")) & (codes[start[at] + 2] == ord("."))
    is_closer = one & np.isin(first, [ord(c) for c in _CLOSERS])
    return is_end | dots, is_closer


def _paragraphs(text: str):
    """(offset, text) of each blank-line separated block (spaCy's max_length stays safe)."""
    pos = 0
    for m in _PARAGRAPH.finditer(text):
        if m.start() > pos:
            yield pos, text[pos : m.start()]
        pos = m.end()
    if pos < len(text):
        yield pos, text[pos:]


def split_sentences(tokens: list[str], hard_breaks: np.ndarray) -> np.ndarray:
    """Sentence starts: after a sentence-final token (and closers after it), and at hard breaks."""
    n = len(tokens)
    is_end = np.fromiter((t in _SENT_END for t in tokens), dtype=bool, count=n)
    is_closer = np.fromiter((t in _CLOSERS for t in tokens), dtype=bool, count=n)
    return _split(is_end, is_closer, hard_breaks)


def _split(is_end: np.ndarray, is_closer: np.ndarray, hard_breaks: np.ndarray) -> np.ndarray:
    """Sentence starts from per-token sentence-final and closer marks (:func:`split_sentences`)."""
    n = len(is_end)
    if n == 0:
        return np.zeros(0, dtype=bool)
    start = np.asarray(hard_breaks, dtype=bool).copy()
    start[0] = True
    # a sentence end "moves" over closing brackets/quotes that follow it
    pending = is_end.copy()
    for _ in range(2):
        shift = np.zeros(n, dtype=bool)
        shift[1:] = pending[:-1] & is_closer[1:]
        pending = pending & ~np.roll(shift, -1) | shift
    nxt = np.zeros(n, dtype=bool)
    nxt[1:] = pending[:-1] & ~is_end[1:] & ~is_closer[1:]
    return start | nxt
