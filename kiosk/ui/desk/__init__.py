"""The organizers' desk (`kiosk desk`): a window over the organizers' library, for a laptop.

The one part of kiosk/ui that imports kiosk/results: nothing the booth runs
imports this package (a contract in pyproject.toml).
"""
