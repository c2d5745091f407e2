"""The BIO tag set: entity types, tag indices, BIO validity, tags <-> spans.

Every label matrix, probability matrix and model in wsl indexes the same list of tags:
``["O", "B-T1", "I-T1", "B-T2", "I-T2", ...]`` for the entity types ``T1, T2, ...``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np

from wsl.core.errors import WslError

SOFTWARE_TYPES: tuple[str, ...] = (
    "Algorithm",
    "Application",
    "Architecture",
    "Data_Structure",
    "Device",
    "Error_Name",
    "General_Concept",
    "Language",
    "Library",
    "License",
    "Operating_System",
    "Protocol",
)


@dataclass(frozen=True)
class TagSet:
    """An ordered BIO tag set over entity types.

    Tag index 0 is ``O``; type ``k`` (0-based) has ``B`` at ``1 + 2k`` and ``I`` at ``2 + 2k``.
    """

    types: tuple[str, ...] = SOFTWARE_TYPES

    def __post_init__(self) -> None:
        if len(set(self.types)) != len(self.types):
            raise WslError(f"duplicate entity types in tag set: {self.types}")
        for t in self.types:
            if not t or t == "O" or "-" in t[:2]:
                raise WslError(f"invalid entity type name {t!r}")

    @property
    def tags(self) -> list[str]:
        out = ["O"]
        for t in self.types:
            out += [f"B-{t}", f"I-{t}"]
        return out

    @property
    def n_tags(self) -> int:
        return 1 + 2 * len(self.types)

    def index(self, tag: str) -> int:
        """Index of a tag string; raises ``KeyError`` if unknown."""
        return self._index[tag]

    @property
    def _index(self) -> dict[str, int]:
        return {t: i for i, t in enumerate(self.tags)}

    def type_index(self, etype: str) -> int:
        return self.types.index(etype)

    def b(self, etype: str) -> int:
        return 1 + 2 * self.types.index(etype)

    def i(self, etype: str) -> int:
        return 2 + 2 * self.types.index(etype)

    def encode(self, tags: Iterable[str]) -> np.ndarray:
        """Tag strings -> int array; raises ``KeyError`` on an unknown tag."""
        idx = self._index
        return np.fromiter((idx[t] for t in tags), dtype=np.int16)

    def decode(self, ids: np.ndarray) -> list[str]:
        tags = self.tags
        return [tags[i] for i in ids]

    def tag_type(self, ids: np.ndarray) -> np.ndarray:
        """Entity-type index per tag id (``-1`` for O)."""
        ids = np.asarray(ids)
        return np.where(ids > 0, (ids - 1) // 2, -1)

    def is_begin(self, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids)
        return (ids > 0) & (ids % 2 == 1)

    def is_inside(self, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids)
        return (ids > 0) & (ids % 2 == 0)

    def allowed_transitions(self) -> np.ndarray:
        """Boolean ``(n_tags, n_tags)`` matrix: ``[a, b]`` true when tag b may follow tag a."""
        n = self.n_tags
        ok = np.ones((n, n), dtype=bool)
        for k in range(len(self.types)):
            inside = 2 + 2 * k
            ok[:, inside] = False
            ok[1 + 2 * k, inside] = True
            ok[inside, inside] = True
        return ok

    def allowed_starts(self) -> np.ndarray:
        """Boolean ``(n_tags,)``: tags a sentence may start with (no I-)."""
        return ~self.is_inside(np.arange(self.n_tags))

    @classmethod
    def from_tags(cls, tags: Iterable[str]) -> "TagSet":
        """Build a tag set from the entity types seen in a collection of tag strings."""
        types: list[str] = []
        for t in tags:
            if t != "O" and t[2:] not in types:
                types.append(t[2:])
        return cls(tuple(types))
