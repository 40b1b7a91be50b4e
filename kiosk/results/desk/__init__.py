"""The organizers' desk without Qt: the board of booths, the hand-over of a stick.

The desk window (kiosk/ui/desk) calls these and the same merge, results and
report functions as `kiosk merge`, `kiosk results` and `kiosk report`.
"""
