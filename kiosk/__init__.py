"""Gerai: the booth kiosk of a regional government innovation festival."""

__version__ = "0.1.0"
