// A desk button: the festival's colour, a visible pressed and focused state, Enter presses it.
import QtQuick
import QtQuick.Controls
import Gerai

Button {
    id: control
    property string kind: "primary" // primary | secondary
    implicitHeight: DeskStyle.control
    leftPadding: DeskStyle.gap * 1.5
    rightPadding: DeskStyle.gap * 1.5
    font.family: Theme.fontFamily
    font.pixelSize: DeskStyle.body
    font.weight: Font.DemiBold
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.onDisabled
            : control.kind === "primary" ? Theme.onPrimary : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: DeskStyle.radius
        color: !control.enabled ? Theme.disabled
            : control.kind === "primary"
                ? (control.down ? Qt.darker(Theme.primary, 1.3) : Theme.primary)
                : (control.down ? Theme.pressed : Theme.surface)
        border.width: control.visualFocus ? 3 : 1
        border.color: control.visualFocus ? Theme.focusColor
            : !control.enabled ? Theme.disabledBorder : Theme.borderStrong
    }
}
