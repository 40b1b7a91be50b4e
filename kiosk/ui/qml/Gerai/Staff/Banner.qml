// The one place staff messages appear: green for done, red for a problem. Tap × to dismiss.
import QtQuick
import QtQuick.Layouts
import Gerai

Rectangle {
    objectName: "staffBanner"
    visible: Staff.message !== ""
    implicitHeight: visible ? Math.max(Theme.touch, note.implicitHeight + Theme.gap) : 0
    radius: Theme.radius
    color: Staff.messageIsError ? Theme.dangerSurface : Theme.successSurface
    border.color: Staff.messageIsError ? Theme.danger : Theme.success
    border.width: 3

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        spacing: Theme.gap
        BodyText {
            id: note
            objectName: "bannerText"
            Layout.fillWidth: true
            text: (Staff.messageIsError ? "⚠ " : "✓ ") + Staff.message
            color: Staff.messageIsError ? Theme.danger : Theme.success
            font.weight: Font.DemiBold
        }
        KButton {
            objectName: "bannerClose"
            kind: "quiet"
            text: "✕"
            implicitWidth: Theme.touch
            onClicked: Staff.clearMessage()
        }
    }
}
