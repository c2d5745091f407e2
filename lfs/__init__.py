"""LF kinds, the LF registry and the shipped labelling functions."""
