// A heading in the festival's font: bold, wrapping, at the theme's title size (level 1)
// or heading size (level 2), so large text and high contrast change every heading at once.
import QtQuick
import Gerai

Text {
    property int level: 1
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: level === 1 ? Theme.title : Theme.heading
    font.weight: Font.Bold
    wrapMode: Text.WordWrap
}
