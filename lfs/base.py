"""What every labelling function is: a named object that turns a corpus view into spans.

An LF sees the whole corpus at once (:class:`~wsl.core.sentences.Sentences`) so that it can work
vectorised —
one automaton pass, one regex scan — instead of one Python call per token. It returns
:class:`SpanVotes`; the applier turns spans into BIO votes (B on the first token, I on
the rest; a span labelled ``O`` votes O on each of its tokens).
"""

from __future__ import annotations

import hashlib
import inspect
import re
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Callable, NamedTuple

import numpy as np

from wsl.core.sentences import Sentences

__all__ = ["LabelingFunction", "Sentences", "SpanVotes"]


_NOT_CONFIG = frozenset({"description", "source", "errors", "ranked", "corpus_key"})
_PLAIN = (str, int, float, bool, bytes, type(None))


def stable_form(value: object, where: str = "value") -> object:
    """A form of ``value`` whose ``repr`` is the same in every run (for cache keys).

    Plain values stay; containers recurse; arrays, files and functions become digests of
    their content; LFs their fingerprint. Raises ``TypeError`` for anything else (an object
    whose ``repr`` would be a memory address).
    """
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, (list, tuple)):
        return [stable_form(v, where) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(repr(stable_form(v, where)) for v in value)
    if isinstance(value, dict):
        return sorted(
            (repr(stable_form(k, where)), stable_form(v, where)) for k, v in value.items()
        )
    if isinstance(value, np.ndarray):
        data = np.ascontiguousarray(value)
        return ["ndarray", str(data.dtype), data.shape, hashlib.sha1(data.tobytes()).hexdigest()]
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, re.Pattern):
        return ["re", value.pattern, value.flags]
    if isinstance(value, Path):
        try:
            return ["file", str(value), hashlib.sha1(value.read_bytes()).hexdigest()]
        except OSError:
            return ["path", str(value)]
    if isinstance(value, LabelingFunction):
        return ["lf", value.fingerprint()]
    if callable(value) and hasattr(value, "__code__"):
        return ["function", getattr(value, "__qualname__", ""), source_digest(value)]
    raise TypeError(
        f"{where}: cannot build a cache key from a {type(value).__name__}; "
        "define _fingerprint_parts() on the LF class (see wsl.lfs.base)"
    )


def source_digest(func: Callable) -> str:
    """A digest of the source file that defines ``func`` (its globals, helpers and lists
    included), else of its bytecode and constants."""
    try:
        path = inspect.getsourcefile(func)
        if path:
            return hashlib.sha1(Path(path).read_bytes()).hexdigest()
    except (OSError, TypeError):
        pass
    code = getattr(func, "__code__", None)
    if code is None:
        return repr(type(func))
    return hashlib.sha1(
        code.co_code + repr(code.co_consts).encode("utf-8", "surrogatepass")
    ).hexdigest()


class SpanVotes(NamedTuple):
    """Spans an LF votes for: global token positions ``[start, end)``; ``label`` indexes
    ``lf.labels``."""

    start: np.ndarray
    end: np.ndarray
    label: np.ndarray

    @classmethod
    def empty(cls) -> "SpanVotes":
        z = np.zeros(0, dtype=np.int64)
        return cls(z, z.copy(), z.copy())


class LabelingFunction(ABC):
    """Base of every LF kind.

    Attributes
    ----------
    name : unique name (the column name in the label matrix).
    kind : ``gazetteer``, ``regex``, ``token_regex``, ``python``, ...
    labels : the entity types (or ``"O"``) this LF can vote.
    description : one line for ``wsl lfs list``.
    source : where it was defined (module or file), filled by the registry.
    """

    kind: str = "lf"
    # True for LFs whose votes mean something only by their rank among the LFs (mined
    # label-rate bands, learned taggers, blocker lists): the default label model is then
    # ``priority``, which honours LF order, instead of one that counts votes.
    ranked: bool = False

    def __init__(self, name: str, labels: tuple[str, ...], description: str = "") -> None:
        if not name or not name.replace("_", "").replace("-", "").replace(".", "").isalnum():
            raise ValueError(f"LF name must be alphanumeric with _ - . : {name!r}")
        self.name = name
        self.labels = tuple(labels)
        self.description = description
        self.source = ""

    @abstractmethod
    def spans(self, sents: Sentences) -> SpanVotes:
        """The spans this LF votes for in ``sents``."""

    @classmethod
    def prepare(cls, lfs: list["LabelingFunction"], sents: Sentences) -> None:
        """Hook: work that all ``lfs`` of this kind about to run on ``sents`` can share.

        The applier calls it once per LF class before applying; results go in
        ``sents.memo``. Must not change any LF's votes, only how fast they come.
        """

    def fingerprint(self) -> str:
        """A hash of everything that determines this LF's votes (the applier's cache key)."""
        h = hashlib.sha1()
        for part in self._fingerprint_parts():
            h.update(repr(part).encode("utf-8", "surrogatepass"))
            h.update(b"\x1f")
        return h.hexdigest()[:16]

    def _fingerprint_parts(self) -> list:
        """What determines the votes: class, name, labels and every configuration attribute.

        Subclasses may override it with a cheaper or more precise list. The default covers
        the whole instance (``vars(self)`` except the descriptive ``description``, ``source``
        and ``errors``), so a new LF kind that takes a parameter gets a new cache key when the
        parameter changes; an attribute with no stable form (an arbitrary object) fails loudly
        rather than giving every value one key.
        """
        config = {k: v for k, v in vars(self).items() if k not in _NOT_CONFIG}
        parts = [type(self).__module__, type(self).__qualname__]
        for key in sorted(config):
            parts += [key, stable_form(config[key], f"{type(self).__name__}.{key}")]
        return parts

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name!r}, labels={self.labels})"
