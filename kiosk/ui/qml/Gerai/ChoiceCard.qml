// A big card a visitor picks one of (a face, a survey answer): pressed, chosen and
// focused look the same on every screen and in both contrast modes.
import QtQuick
import Gerai

Rectangle {
    id: card
    property bool chosen: false
    property string label: ""
    // the height it needs for its content whole (a screen's layout keeps at least this)
    property real need: Theme.touch
    signal picked()

    radius: Theme.radius
    color: area.pressed ? Theme.pressed : chosen ? Theme.selected : Theme.surface
    // Chosen: a fill, a thick edge of at least 3:1 on the page (the festival's dark
    // colour; black on yellow in high contrast) and the tick: never a colour alone.
    border.width: chosen ? Math.max(5, Math.round(6 * Theme.s)) : 2
    border.color: chosen ? Theme.selectedEdge : Theme.border
    scale: area.pressed && !Theme.reducedMotion ? 0.97 : 1.0
    // Keyboard and switch users: Tab reaches each card, Enter or Space picks it.
    activeFocusOnTab: true
    Accessible.role: Accessible.RadioButton
    Accessible.name: label
    Accessible.checked: chosen
    Keys.onReturnPressed: card.picked()
    Keys.onEnterPressed: card.picked()
    Keys.onSpacePressed: card.picked()

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: card.picked()
    }
    FocusRing { anchors.margins: 0 }
}
