// Body text in the festival's font, on visitor and staff screens: wraps, never below the body size.
import QtQuick
import Gerai

Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.body
    wrapMode: Text.WordWrap
    lineHeight: 1.15
}
