// A button that looks like a button: big, filled, and visibly pressed on touch.
import QtQuick
import Gerai

Rectangle {
    id: button
    property string text: ""
    property string kind: "primary" // primary | accent | secondary | quiet
    property int fontSize: Theme.body
    signal clicked()

    // A button that cannot be pressed yet keeps readable words (no fading): its own colours.
    readonly property color baseColor: !enabled ? Theme.disabled
        : kind === "primary" ? Theme.primary
        : kind === "accent" ? Theme.accent
        : kind === "quiet" ? Theme.surfaceAlt : Theme.surface
    readonly property color labelColor: !enabled ? Theme.onDisabled
        : kind === "primary" ? Theme.onPrimary
        : kind === "accent" ? Theme.onAccent : Theme.text

    implicitHeight: Math.max(Theme.touch, label.implicitHeight + Theme.gap) // two lines grow it
    readonly property bool narrow: Theme.portrait || Theme.largeText // less padding, same target
    implicitWidth: Math.max(Theme.touch * (narrow ? 1.5 : 2), label.implicitWidth + Theme.touch * (narrow ? 0.4 : 0.8))
    radius: Theme.radius
    color: area.pressed ? Qt.darker(baseColor, 1.25) : baseColor
    readonly property color edgeColor: !enabled ? Theme.disabledBorder
        : kind === "primary" ? Theme.primaryEdge
        : kind === "accent" ? Theme.accentEdge
        : kind === "quiet" ? Theme.borderStrong : Theme.primary
    border.width: Math.max(2, Math.round(3 * Theme.s))
    border.color: area.pressed ? Qt.darker(edgeColor, 1.25) : edgeColor
    scale: area.pressed && !Theme.reducedMotion ? 0.96 : 1.0
    Accessible.role: Accessible.Button
    Accessible.name: text
    // Keyboard and switch users: Tab reaches it, Enter or Space presses it.
    // (Tab skips a hidden or disabled button by itself; one that is disabled while it has
    // the focus hands it back to Main.qml, which puts it somewhere sensible.)
    activeFocusOnTab: true
    Keys.onReturnPressed: button.clicked()
    Keys.onEnterPressed: button.clicked()
    Keys.onSpacePressed: button.clicked()

    FocusRing {}

    Text {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, button.width - Theme.gap) // wraps only when squeezed
        text: button.text
        color: button.labelColor
        font.family: Theme.fontFamily
        font.pixelSize: button.fontSize
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        maximumLineCount: 2
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
