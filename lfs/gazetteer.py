"""Gazetteer LFs: vote a type for every occurrence of a listed phrase.

Matching is on token boundaries and blind to spacing around punctuation: an entry matches
any run of consecutive tokens of one sentence whose concatenation equals the entry, both
keyed by :func:`wsl.core.strhash.phrase_key` (whitespace dropped except between two letters
or digits), so ``Node.js`` matches the tokens ``Node . js`` as well as the single token
``Node.js``. An entry written in words also matches them written as one (``Visual Basic``,
``VisualBasic``), but one written as a word never matches it split (``goto`` is not
``go to``, ``runit`` is not ``run it``). Options: case-insensitive (default), ``normalize``
(``-`` and ``_`` are spaces), ``plural`` (also match entry + ``s``). Overlap policy: the
longest match wins; among equally long overlapping matches the leftmost wins. An entry of
type ``-`` is a *blocker*: it competes in longest-match but votes nothing, so ``Java Virtual
Machine`` typed ``-`` keeps a language list from voting the ``Java`` inside it.

All matching is vectorised over 64-bit composable string hashes (:mod:`wsl.core.strhash`):
one sorted-array lookup per n-gram length, no Python call per token.
"""

from __future__ import annotations

import hashlib
import re
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np

from wsl.core.errors import WslError
from wsl.core.sentences import Sentences
from wsl.core.strhash import JOINT, hash_strings, phrase_keys, token_hashes, window_hashes
from wsl.core.textio import read_lines
from wsl.lfs.base import LabelingFunction, SpanVotes

MAX_TOKENS = 8
BLOCK = "-"  # the type of a blocker entry: takes part in longest-match, never votes
_PIECES = re.compile(r"\w+|[^\w\s]")


def shipped_dir() -> Path:
    """The installed ``gazetteers/`` folder (package data)."""
    return Path(str(resources.files("wsl.gazetteers")))


def header_field(path: str | Path, name: str) -> str:
    """The value of a ``# name: value`` line in a gazetteer file's leading comments ('' if
    none): ``source`` (where the list came from), ``corpus`` (the labelled corpus it was
    mined from, as :func:`~wsl.core.sentences.fingerprint` keys it)."""
    pattern = re.compile(rf"#\s*{re.escape(name)}:\s*(.*)")
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if not line.startswith("#"):
                    break
                m = pattern.match(line)
                if m:
                    return m.group(1).strip()
    except OSError:  # gone or unreadable: loading it reports that, with its path
        return ""
    return ""


def load_gazetteer(path: str | Path) -> dict[str, str]:
    """Read a gazetteer file: ``entry`` or ``entry<TAB>Type`` per line, ``#`` comments.

    The default type comes from a ``# type: X`` header line, else from the file name's first
    dot-separated part (``Language.pygments.txt`` → ``Language``).
    """
    path = Path(path)
    default = path.name.split(".")[0]
    out: dict[str, str] = {}
    for lineno, line in enumerate(read_lines(path), 1):
        if line.startswith("#"):
            m = re.match(r"#\s*type:\s*(\S+)", line)
            if m:
                default = m.group(1)
            continue
        entry, tab, etype = line.rstrip("\r").partition("\t")
        entry = entry.strip()
        if not entry:
            continue
        etype = etype.strip() if tab else default
        if not etype:
            raise WslError("empty type after the tab", str(path), lineno)
        out[entry] = etype
    return out


class GazetteerLF(LabelingFunction):
    """Votes the entry's type on every match of a phrase list.

    Parameters
    ----------
    name : unique LF name.
    entries : phrases (all of type ``label``) or a phrase → type mapping.
    label : the type of plain phrase entries.
    case_sensitive, normalize, plural : matching options (see module docstring).
    paths : files to load lazily instead of (or besides) ``entries``.
    """

    kind = "gazetteer"

    def __init__(
        self,
        name: str,
        entries: Mapping[str, str] | Iterable[str] = (),
        label: str | None = None,
        case_sensitive: bool = False,
        normalize: bool = False,
        plural: bool = False,
        description: str = "",
        paths: Iterable[str | Path] = (),
        labels: Iterable[str] | None = None,
    ) -> None:
        self.paths = [Path(p) for p in paths]
        self._entries_inline: dict[str, str] | None = None
        if isinstance(entries, Mapping):
            self._entries: dict[str, str] | None = dict(entries)
        else:
            entries = list(entries)
            if entries and label is None:
                raise ValueError(f"{name}: plain entries need a label")
            self._entries = {e: label for e in entries}  # type: ignore[misc]
        if self.paths:
            self._entries_inline = self._entries
            self._entries = None  # loaded on first use
        self.default_label = label
        self.case_sensitive = case_sensitive
        self.normalize = normalize
        self.plural = plural
        if labels is None:
            labels = (
                sorted(set(self.entries.values()) - {BLOCK})
                if self._entries is not None
                else [label]
                if label
                else []
            )
        super().__init__(name, tuple(labels), description)

    @classmethod
    def from_files(
        cls, name: str, paths: Iterable[str | Path], label: str | None = None, **opts
    ) -> "GazetteerLF":
        """A gazetteer LF over one or more files.

        With ``label`` every entry votes it and the files load lazily on first use; without,
        the files load now so that the LF's labels (the types in the files) are known.
        """
        lf = cls(
            name,
            label=label,
            paths=[Path(p) for p in paths],
            labels=[label] if label else [],
            **opts,
        )
        if label is None:
            lf.labels = tuple(sorted(set(lf.entries.values()) - {BLOCK}))
        return lf

    @property
    def entries(self) -> dict[str, str]:
        """Phrase → type, loading files on first use."""
        if self._entries is None:
            merged: dict[str, str] = {}
            for p in self.paths:
                loaded = load_gazetteer(p)
                if self.default_label is not None:
                    loaded = {k: self.default_label for k in loaded}
                merged.update(loaded)
            merged.update(self._entries_inline or {})
            self._entries = merged
            extra = sorted(set(merged.values()) - set(self.labels) - {BLOCK})
            if extra:
                self.labels = self.labels + tuple(extra)
        return self._entries

    def _fingerprint_parts(self) -> list:
        """Options plus a hash of the files' bytes and of inline entries (cheap at 1M entries)."""
        h = hashlib.sha1()
        for p in self.paths:
            try:
                h.update(p.read_bytes())
            except OSError as exc:
                raise WslError(f"cannot read gazetteer: {exc.strerror}", str(p)) from None
        inline = self._entries_inline if self.paths else self._entries
        if inline:  # one update of the whole listing: the same digest as one update per entry
            h.update(
                "".join([f"{k}\t{v}\n" for k, v in inline.items()]).encode("utf-8", "surrogatepass")
            )
        return [
            "GazetteerLF/2",
            self.name,
            self.default_label,
            self.case_sensitive,
            self.normalize,
            self.plural,
            h.hexdigest(),
        ]

    def _keys(self, strings: list[str]) -> list[str]:
        """Matching keys of ``strings`` under this LF's options (:func:`phrase_keys`)."""
        return phrase_keys(strings, self.case_sensitive, self.normalize)

    @cached_property
    def _table(self) -> tuple[np.ndarray, np.ndarray, int]:
        """Sorted unique entry hashes, their label index, and the longest entry in pieces."""
        entries = self.entries  # loading files may add types to self.labels
        label_idx = {lab: i for i, lab in enumerate(self.labels)}
        label_idx[BLOCK] = -1
        keys: dict[str, int] = {}
        for key, etype in zip(self._keys(list(entries)), entries.values()):
            # an entry written in words also matches them written together ("Visual Basic",
            # "VisualBasic"); one written as a word never matches it split ("goto", "go to")
            for k in {key, key.replace(JOINT, "")}:
                if not k:
                    continue
                keys.setdefault(k, label_idx[etype])
                if self.plural and not k.endswith("s"):
                    keys.setdefault(k + "s", label_idx[etype])
        if not keys:
            return np.zeros(0, np.uint64), np.zeros(0, np.int64), 0
        klist = list(keys)
        h, _ = hash_strings(klist)
        order = np.argsort(h, kind="stable")
        longest = _max_pieces(list(entries))
        return (
            h[order],
            np.fromiter(keys.values(), np.int64, len(keys))[order],
            min(max(longest, 1), MAX_TOKENS),
        )

    @cached_property
    def _buckets(self) -> tuple[np.ndarray, np.uint64]:
        """Where each hash bucket (the top bits of a hash) starts in the sorted entry hashes.

        About two buckets per entry, so a lookup reads one or two slots instead of the
        ~log2(entries) of a binary search (``np.searchsorted`` dominated the run time).
        """
        return _buckets_of(self._table[0])

    def _token_hashes(self, sents: Sentences) -> tuple[np.ndarray, ...]:
        """Per-token key hashes and powers, and those it continues a window with
        (:func:`~wsl.core.strhash.token_hashes`), shared by every gazetteer with the same
        options."""
        memo_key = ("gaz-keys", self.case_sensitive, self.normalize)
        if memo_key not in sents.memo:
            vocab, inverse = sents.vocab()
            sents.memo[memo_key] = token_hashes(self._keys(vocab), inverse)
        return sents.memo[memo_key]

    def spans(self, sents: Sentences) -> SpanVotes:
        """Matches in ``sents``, computed once per view (LFs combining gazetteers reuse them)."""
        memo_key = ("gaz-spans", id(self))
        hit = sents.memo.get(memo_key)
        if hit is not None and hit[0] is self:
            return hit[1]
        votes = self._spans(sents)
        sents.memo[memo_key] = (self, votes)
        return votes

    @classmethod
    def prepare(cls, lfs: list[LabelingFunction], sents: Sentences) -> None:
        """Find, once per matching mode, the n-gram positions that match ANY of ``lfs``.

        Each gazetteer then looks up only those candidates instead of every n-gram: one
        pass over the corpus per mode and length instead of one per gazetteer.
        """
        groups: dict[tuple[bool, bool], list[GazetteerLF]] = {}
        for lf in lfs:
            if isinstance(lf, GazetteerLF) and len(lf._table[0]):
                groups.setdefault((lf.case_sensitive, lf.normalize), []).append(lf)
        for mode, group in groups.items():
            if len(group) < 2:
                continue
            union = np.unique(np.concatenate([lf._table[0] for lf in group]))
            buckets = _buckets_of(union)
            max_n = max(lf._table[2] for lf in group)
            cands = {}
            for k, acc, valid in group[0]._ngrams(sents, max_n):
                idx = np.flatnonzero((_lookup(union, *buckets, acc) >= 0) & valid)
                cands[k] = (idx, acc[idx])
            # the candidates hold the n-grams of THIS group's entries only: a gazetteer of the
            # same mode outside it (its column was cached, so it was not prepared, but a
            # longest-match LF asks for its spans) must not use them
            members = frozenset(id(lf) for lf in group)  # the group is kept alive beside it
            sents.memo[("gaz-cands", mode)] = (max_n, cands, members, tuple(group))

    def _ngrams(self, sents: Sentences, max_n: int):
        """(k, hash of every k-token window, window is a valid match place) for k = 1..max_n."""
        th, tp, ch, cp = self._token_hashes(sents)
        # a token whose key is empty (``-`` under normalize) may sit inside a match, never at its
        # edge
        edge_ok = tp != 1
        for k, acc, same in window_hashes(th, tp, sents.sent_of_token(), max_n, (ch, cp)):
            yield k, acc, same & edge_ok[: len(acc)] & edge_ok[k - 1 :]

    def _spans(self, sents: Sentences) -> SpanVotes:
        hashes, labels, max_n = self._table
        if len(hashes) == 0 or sents.n_tokens == 0:
            return SpanVotes.empty()
        n = sents.n_tokens
        found: list[tuple[np.ndarray, int, np.ndarray]] = []
        shared = sents.memo.get(("gaz-cands", (self.case_sensitive, self.normalize)))
        if shared is not None and shared[0] >= max_n and id(self) in shared[2]:
            for k in range(1, max_n + 1):
                cand, cand_hash = shared[1].get(k, (np.zeros(0, np.int64), np.zeros(0, np.uint64)))
                pos = _lookup(hashes, *self._buckets, cand_hash)
                hit = pos >= 0
                if hit.any():
                    found.append((cand[hit], k, labels[pos[hit]]))
        else:
            for k, acc, valid in self._ngrams(sents, max_n):
                pos = _lookup(hashes, *self._buckets, acc)
                idx = np.flatnonzero((pos >= 0) & valid)
                if len(idx):
                    found.append((idx, k, labels[pos[idx]]))
        votes = _longest_first(found, n)
        keep = votes.label >= 0  # blockers win longest-match but never vote
        return SpanVotes(votes.start[keep], votes.end[keep], votes.label[keep])


def _char_class(ch: str) -> int:
    """1 for a word character, 0 for whitespace, 2 for anything else (as ``_PIECES`` sees them)."""
    return 1 if re.fullmatch(r"\w", ch) else 0 if re.fullmatch(r"\s", ch) else 2


_ASCII_CLASS = np.array([_char_class(chr(c)) for c in range(128)], dtype=np.uint8)


def _max_pieces(entries: list[str]) -> int:
    """The most ``_PIECES`` (words and single punctuation marks) in any entry."""
    if not entries:
        return 1
    joined = "\n".join(entries)
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    high = codes >= 128
    cls = _ASCII_CLASS[np.where(high, 0, codes)]
    if high.any():  # classify each distinct non-ASCII character once
        uniq, inv = np.unique(codes[high], return_inverse=True)
        cls[high] = np.array([_char_class(chr(c)) for c in uniq.tolist()], dtype=np.uint8)[inv]
    word = cls == 1
    first = (cls == 2) | (word & ~np.concatenate([[False], word[:-1]]))
    csum = np.concatenate([[0], np.cumsum(first)])
    lengths = np.fromiter(map(len, entries), dtype=np.int64, count=len(entries))
    ends = np.cumsum(lengths + 1) - 1
    return int(np.max(csum[ends] - csum[ends - lengths]))


def _buckets_of(hashes: np.ndarray) -> tuple[np.ndarray, np.uint64]:
    """Bucket start offsets of sorted ``hashes`` by their top bits, and the shift to get them."""
    bits = min(max(len(hashes).bit_length() + 1, 4), 24)
    shift = np.uint64(64 - bits)
    starts = np.searchsorted(hashes >> shift, np.arange(2**bits + 1, dtype=np.uint64))
    return starts.astype(np.int64), shift


def _lookup(
    hashes: np.ndarray, starts: np.ndarray, shift: np.uint64, query: np.ndarray
) -> np.ndarray:
    """Position of each ``query`` hash in the sorted ``hashes`` (``-1`` if absent), by bucket."""
    bucket = (query >> shift).astype(np.intp)
    lo = starts[bucket]
    count = starts[bucket + 1] - lo
    out = np.full(len(query), -1, dtype=np.int64)
    cand = np.flatnonzero(count)
    j = 0
    while len(cand):
        at = lo[cand] + j
        eq = hashes[at] == query[cand]
        out[cand[eq]] = at[eq]
        j += 1
        cand = cand[~eq & (count[cand] > j)]
    return out


def _longest_first(found: list[tuple[np.ndarray, int, np.ndarray]], n: int) -> SpanVotes:
    """Resolve overlapping matches: longer first, then leftmost."""
    covered = np.zeros(n + 1, dtype=np.int64)
    starts, ends, labs = [], [], []
    for idx, k, lab in sorted(found, key=lambda f: -f[1]):
        csum = np.concatenate([[0], np.cumsum(covered[:n])])
        free = (csum[idx + k] - csum[idx]) == 0
        idx, lab = idx[free], lab[free]
        if k > 1 and len(idx) > 1:
            keep = np.ones(len(idx), dtype=bool)
            last_end = -1
            for j, s in enumerate(idx.tolist()):
                if s < last_end:
                    keep[j] = False
                else:
                    last_end = s + k
            idx, lab = idx[keep], lab[keep]
        if not len(idx):
            continue
        cover = (idx[:, None] + np.arange(k)).ravel()
        covered[cover] = 1
        starts.append(idx)
        ends.append(idx + k)
        labs.append(lab)
    if not starts:
        return SpanVotes.empty()
    s, e, lab = np.concatenate(starts), np.concatenate(ends), np.concatenate(labs)
    order = np.argsort(s, kind="stable")
    return SpanVotes(
        s[order].astype(np.int64), e[order].astype(np.int64), lab[order].astype(np.int64)
    )
