"""Plain-Python festival concepts and rules: no Qt, no SQL."""
