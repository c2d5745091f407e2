"""Import spaCy without torch: thinc imports torch (over a second) only to offer it.

wsl uses spaCy's tokenizer, ``Doc``/``DocBin`` and displaCy, none of which needs torch. While
spaCy is first imported, ``torch`` is masked so thinc records it as absent; the mask is
lifted right after, so code that needs torch (the snorkel label model) still imports it.
"""

from __future__ import annotations

import sys
from types import ModuleType


def import_spacy() -> ModuleType:
    """The ``spacy`` module, imported without pulling in torch when it is not loaded yet."""
    if "spacy" in sys.modules or "torch" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # makes `import torch` fail fast
    try:
        import spacy
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
    return spacy
