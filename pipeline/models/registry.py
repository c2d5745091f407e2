"""Every label model by name: the one list that building, loading and ``--help`` read.

To add a model, write its :class:`~wsl.pipeline.models.base.LabelModel` subclass and add the
class to :data:`MODELS` here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from wsl.core.errors import WslError
from wsl.core.tags import TagSet
from wsl.pipeline.models.base import FORMAT, LabelModel
from wsl.pipeline.models.hmm import HMMModel
from wsl.pipeline.models.majority import MajorityVote
from wsl.pipeline.models.priority import PriorityModel
from wsl.pipeline.models.snorkel_model import SnorkelModel

MODELS: dict[str, type[LabelModel]] = {
    m.name: m for m in (HMMModel, SnorkelModel, MajorityVote, PriorityModel)
}


def model_names() -> list[str]:
    """Names accepted by :func:`make_model`, sorted."""
    return sorted(MODELS)


def models_help() -> str:
    """``name: summary`` of every model, for option help text."""
    return "; ".join(f"{name}: {cls.summary}" for name, cls in MODELS.items())


def make_model(name: str, tagset: TagSet, seed: int = 0, **params: Any) -> LabelModel:
    """Build an unfitted label model by name."""
    klass = MODELS.get(name)
    if klass is None:
        raise WslError(f"unknown label model {name!r}; choose one of {', '.join(model_names())}")
    return klass(tagset, seed=seed, **params)


def load_model(path: str | Path, expect: type[LabelModel] = LabelModel) -> LabelModel:
    """Read a model written by :meth:`LabelModel.save`, whatever its class.

    Raises
    ------
    WslError
        For a missing or foreign file, or one holding a model that is not an ``expect``.
    """
    try:
        with np.load(path, allow_pickle=False) as z:
            header = json.loads(str(z["header"]))
            arrays = {k[2:]: z[k] for k in z.files if k.startswith("a_")}
    except FileNotFoundError:
        raise WslError("no such label-model file", path=str(path)) from None
    except (OSError, ValueError, KeyError):
        raise WslError(
            "not a wsl label-model file (write one with --save-model)", path=str(path)
        ) from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise WslError("not a wsl label-model file", path=str(path))
    klass = MODELS.get(header.get("model", ""))
    if klass is None or not issubclass(klass, expect):
        raise WslError(
            f"file holds a {header.get('model')!r} model, not {expect.__name__}", path=str(path)
        )
    return klass.from_saved(header, arrays)
