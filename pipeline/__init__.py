"""wsl.pipeline: corpus I/O, tokenisation, applying LFs, label models, decoding, the CLI."""

__version__ = "0.1.0"
