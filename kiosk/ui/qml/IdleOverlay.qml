// "Still there?": after the idle time, a short countdown before the visit ends.
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: overlay
    objectName: "idleOverlay"
    color: "#cc000000"
    visible: flow.idleWarning
    onVisibleChanged: if (visible) Qt.inputMethod.hide()

    MouseArea {
        // Swallow touches meant for the screen underneath; any touch counts as "still here".
        anchors.fill: parent
        onClicked: flow.keepGoing()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - theme.margin * 2, theme.touch * 12)
        height: column.implicitHeight + theme.margin * 2
        radius: theme.radius * 1.5
        color: theme.background

        ColumnLayout {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: theme.margin
            spacing: theme.gap * 1.5
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Are you still there?")
                color: theme.text
                font.family: theme.fontFamily
                font.pixelSize: theme.title
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            BodyText {
                objectName: "idleCountdown"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: theme.heading
                text: qsTr("This visit ends in %n second(s) and anything not sent is cleared.", "", flow.idleSecondsLeft)
            }
            KButton {
                objectName: "idleContinueButton"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(column.width, theme.touch * 6)
                Layout.preferredHeight: theme.touch * 1.5
                kind: "accent"
                fontSize: theme.heading
                text: qsTr("Continue")
                onClicked: flow.keepGoing()
            }
        }
    }
}
