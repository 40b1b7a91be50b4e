// The keyboard/switch focus ring: thick, in the theme's focus colour, around its parent.
import QtQuick
import Gerai

Rectangle {
    objectName: "focusRing"
    property Item target: parent
    visible: target !== null && target.activeFocus
    anchors.fill: parent
    anchors.margins: -Theme.focusWidth * 1.5
    radius: Theme.radius + Theme.focusWidth
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: Theme.focusColor
    z: 10
}
