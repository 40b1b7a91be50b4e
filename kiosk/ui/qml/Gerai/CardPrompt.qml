// Card mode: the vote waits for the visitor's ballot card (scanner or camera).
// What a card is and whether it counts is decided in Python (Booth.check_card); this
// only says what to do, and why a card was not taken, calmly.
import QtQuick
import QtQuick.Layouts
import Gerai

Rectangle {
    id: prompt
    objectName: "cardPrompt"
    implicitHeight: column.implicitHeight + Theme.gap * 2
    radius: Theme.radius
    color: Theme.surfaceAlt
    border.color: Theme.borderStrong
    border.width: Math.max(2, Math.round(3 * Theme.s))

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2

        Heading {
            objectName: "cardPromptTitle"
            Layout.fillWidth: true
            text: qsTr("Show your ballot card")
        }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Hold the QR code on your card under the scanner.")
        }
        Loader {
            // the camera's picture, only on a PC with a camera (CardCamera.available)
            Layout.fillWidth: true
            Layout.preferredHeight: active ? Theme.touch * 3 : 0
            active: prompt.visible && CardCamera.available
            source: "CameraPreview.qml"
        }
        BodyText {
            objectName: "cardProblemText"
            Layout.fillWidth: true
            visible: text !== ""
            font.weight: Font.DemiBold
            color: Theme.warning
            text: VisitorFlow.cardProblem === "other_festival" ? qsTr("This card belongs to another festival. Ballot cards for this festival are given out at the entrance.")
                : VisitorFlow.cardProblem === "forged" ? qsTr("This card cannot be used. Please ask the festival organizers for help.")
                : VisitorFlow.cardProblem === "revoked" ? qsTr("This card's batch was withdrawn by the organizers. Please ask at the festival information desk for a new card.")
                : VisitorFlow.cardProblem === "quota_used" ? qsTr("All votes on this card have been used. Thank you for taking part!")
                : VisitorFlow.cardProblem !== "" ? qsTr("This code is not a ballot card. Please scan the QR code on your ballot card.")
                : ""
        }
        KButton {
            objectName: "cardCancelButton"
            kind: "secondary"
            Layout.alignment: Qt.AlignRight
            text: qsTr("Cancel")
            onClicked: VisitorFlow.cancelCard()
        }
    }
}
