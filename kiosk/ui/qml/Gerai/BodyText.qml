// Body text in the festival's font: wraps, never smaller than the body size.
import QtQuick
import Gerai

Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.body
    wrapMode: Text.WordWrap
    lineHeight: 1.15
}
