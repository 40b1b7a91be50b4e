"""The visitor's touchscreen: Qt Quick views over Python controllers and models.

Nothing in this package decides a rule: the controllers ask `kiosk.booth.Booth`
and show what it answers. Qt is imported only by the modules in here, never by
the layers below.
"""
