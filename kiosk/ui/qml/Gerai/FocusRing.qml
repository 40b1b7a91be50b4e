// The keyboard/switch focus ring around its parent: a band in the theme's focus colour
// inside a band of its halo colour, so the ring reads at least 3:1 on any background
// (the page, a card, the top bar, a photo). Shown while keys are in use, not after a touch.
import QtQuick
import Gerai

Rectangle {
    objectName: "focusRing"
    property Item target: parent
    visible: target !== null && target.activeFocus && Theme.keysUsed
    anchors.fill: parent
    anchors.margins: -Theme.focusWidth * 2
    radius: Theme.radius + Theme.focusWidth * 2
    color: "transparent"
    border.width: Math.max(3, Math.round(Theme.focusWidth * 0.75))
    border.color: Theme.focusHalo
    z: 10
    Rectangle {
        objectName: "focusBand"
        anchors.fill: parent
        anchors.margins: parent.border.width
        radius: parent.radius - parent.border.width
        color: "transparent"
        border.width: Theme.focusWidth
        border.color: Theme.focusColor
    }
}
