"""wsl.core: the bottom layer -- errors, text I/O, tags, the token table, sentences, spans.

Every other package imports from here; nothing here imports from them.
"""

__version__ = "0.1.0"
