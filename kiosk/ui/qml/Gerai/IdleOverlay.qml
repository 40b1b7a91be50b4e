// "Still there?": after the idle time, a short countdown before the visit ends.
import QtQuick
import QtQuick.Layouts
import Gerai

Rectangle {
    id: overlay
    objectName: "idleOverlay"
    color: Theme.overlay
    visible: VisitorFlow.idleWarning
    onVisibleChanged: if (visible) InputMethod.hide()

    MouseArea {
        // Swallow touches meant for the screen underneath; any touch counts as "still here".
        anchors.fill: parent
        onClicked: VisitorFlow.keepGoing()
    }

    Rectangle {
        anchors.centerIn: parent
        // wider with large text, so the question keeps to one line ("…masih di / sini?")
        width: Math.min(parent.width - Theme.margin * 2, Theme.touch * (Theme.largeText ? 15 : 12))
        height: column.implicitHeight + Theme.margin * 2
        radius: Theme.radius * 1.5
        color: Theme.background

        ColumnLayout {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.margin
            spacing: Theme.gap * 1.5
            Heading {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Are you still there?")
            }
            BodyText {
                objectName: "idleCountdown"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.heading
                text: qsTr("This visit ends in %n second(s) and anything not sent is cleared.", "", VisitorFlow.idleSecondsLeft)
            }
            KButton {
                objectName: "idleContinueButton"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(column.width, Theme.touch * 6)
                Layout.preferredHeight: Theme.touch * 1.5
                kind: "accent"
                fontSize: Theme.heading
                text: qsTr("Continue")
                onClicked: VisitorFlow.keepGoing()
            }
        }
    }
}
