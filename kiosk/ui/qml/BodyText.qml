// Body text in the festival's font: wraps, never smaller than the body size.
import QtQuick

Text {
    color: theme.text
    font.family: theme.fontFamily
    font.pixelSize: theme.body
    wrapMode: Text.WordWrap
    lineHeight: 1.15
}
