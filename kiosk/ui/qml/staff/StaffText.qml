// Text on staff screens: the festival font, never below 28 px.
import QtQuick

Text {
    color: theme.text
    font.family: theme.fontFamily
    font.pixelSize: theme.body
    wrapMode: Text.WordWrap
    lineHeight: 1.1
}
