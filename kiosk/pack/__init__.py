"""The festival pack: its format, validation, media processing, CSV import and demo festival.

Qt-free on purpose: organizers run these on laptops without a display.
"""
