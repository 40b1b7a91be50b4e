// The keyboard/switch focus ring: thick, in the theme's focus colour, around its parent.
import QtQuick

Rectangle {
    objectName: "focusRing"
    property Item target: parent
    visible: target !== null && target.activeFocus
    anchors.fill: parent
    anchors.margins: -theme.focusWidth * 1.5
    radius: theme.radius + theme.focusWidth
    color: "transparent"
    border.width: theme.focusWidth
    border.color: theme.focusColor
    z: 10
}
