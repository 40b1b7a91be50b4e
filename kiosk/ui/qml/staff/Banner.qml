// The one place staff messages appear: green for done, red for a problem. Tap × to dismiss.
import QtQuick
import QtQuick.Layouts
import ".."

Rectangle {
    objectName: "staffBanner"
    visible: staff.message !== ""
    implicitHeight: visible ? Math.max(theme.touch, note.implicitHeight + theme.gap) : 0
    radius: theme.radius
    color: staff.messageIsError ? "#fde7e4" : "#e3f4e8"
    border.color: staff.messageIsError ? "#b3261e" : "#1e7b3a"
    border.width: 3

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: theme.gap
        spacing: theme.gap
        StaffText {
            id: note
            objectName: "bannerText"
            Layout.fillWidth: true
            text: (staff.messageIsError ? "⚠ " : "✓ ") + staff.message
            color: staff.messageIsError ? "#8c1d18" : "#14532d"
            font.weight: Font.DemiBold
        }
        KButton {
            objectName: "bannerClose"
            kind: "quiet"
            text: "✕"
            implicitWidth: theme.touch
            onClicked: staff.clearMessage()
        }
    }
}
