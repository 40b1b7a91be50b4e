"""The visitor's touchscreen: Qt Quick views over Python controllers and models.

Nothing in this package decides a rule: the controllers ask `kiosk.booth.Booth`
and show what it answers. Qt is imported only by the modules in here, never by
the layers below.
"""

from kiosk.qtcompat import make_constants_immortal

# Every process that shows Gerai's QML imports this package first. PySide6 6.12
# drops references to None as screens are built (about nine per visitor
# session), which on Python 3.11 would abort a kiosk after a busy day.
make_constants_immortal()
