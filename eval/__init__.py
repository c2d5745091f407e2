"""wsl.eval: scoring, LF analysis, calibration and reports over wsl's shared types."""
