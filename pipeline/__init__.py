"""wsl.pipeline: corpus I/O, tokenisation, applying LFs, label models, decoding, writers."""
