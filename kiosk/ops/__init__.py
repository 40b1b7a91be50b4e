"""Running the kiosk unattended on a booth PC: logs, crash recovery, autostart, doctor.

Qt-free except where Qt itself is the thing checked, and then only in a child
process (see `doctor`), so a Qt abort can never take these tools down.
"""
