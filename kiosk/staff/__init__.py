"""Booth staff mode without Qt: PIN, dashboard, content edits, settings, hand-over.

Nothing here can change a visitor record: staff actions write only to the
content tables (with the `content_edits` audit trail), `settings`,
`staff_events` and `exports`. The UI in `kiosk/ui/staff/` is a thin layer
over these modules.
"""
