// Text on staff screens: the festival font, never below 28 px.
import QtQuick
import Gerai

Text {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.body
    wrapMode: Text.WordWrap
    lineHeight: 1.1
}
