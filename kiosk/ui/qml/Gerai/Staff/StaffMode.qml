// Staff mode: first-start set-up, the PIN pad, then the staff pages. Shown over the visitor screens.
import QtQuick
import QtQuick.Layouts
import Gerai

Rectangle {
    id: staffMode
    objectName: "staffMode"
    // The host binds this to its on-screen keyboard's height, so fields stay above it.
    property int keyboardHeight: 0
    color: Theme.background

    // Swallow every touch so nothing reaches the visitor screens underneath.
    MouseArea { anchors.fill: parent }

    Loader {
        anchors.fill: parent
        anchors.bottomMargin: staffMode.keyboardHeight
        source: Staff.stage === "setup" ? "SetupPage.qml"
              : Staff.stage === "pin" ? "PinPage.qml" : "StaffShell.qml"
    }

    // Left untouched, staff mode locks itself; 15 s before, this warning. Any touch (the
    // window counts it) keeps staff mode open; the touch itself goes no further.
    Rectangle {
        objectName: "staffLockWarning"
        anchors.fill: parent
        color: Theme.overlay
        visible: Staff.locksIn > 0
        onVisibleChanged: if (visible) InputMethod.hide()
        MouseArea { anchors.fill: parent; onClicked: Staff.activity() }
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - Theme.margin * 2, Theme.touch * 12)
            height: lockColumn.implicitHeight + Theme.margin * 2
            radius: Theme.radius * 1.5
            color: Theme.background
            ColumnLayout {
                id: lockColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.margin
                spacing: Theme.gap * 1.5
                Heading {
                    objectName: "staffLockCountdown"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: "Mode petugas akan terkunci dalam " + Staff.locksIn + " detik"
                }
                BodyText {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: "Sentuh layar di mana saja agar tetap terbuka."
                }
            }
        }
    }
}
