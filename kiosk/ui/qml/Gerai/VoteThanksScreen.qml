// The confirmation moment after a vote: a tick, then thanks, then what next.
import QtQuick
import QtQuick.Layouts
import Gerai

Item {
    id: thanks
    objectName: "voteThanksScreen"

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.margin * 2, Theme.touch * 14)
        spacing: Theme.gap * 1.5

        CheckMark {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.touch * 2.6
            Layout.preferredHeight: Theme.touch * 2.6
        }
        Heading {
            id: heading
            objectName: "voteThanksTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Thank you! Your vote is counted.")
            opacity: 0
            NumberAnimation on opacity { from: 0; to: 1; duration: Theme.reducedMotion ? 0 : 400; running: true }
        }
        BodyText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.heading
            text: qsTr("You voted for “%1”.").arg(VisitorFlow.votedInnovation.title || "")
        }
        BodyText {
            objectName: "cardAcceptedText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: VisitorFlow.cardSerial !== ""
            text: qsTr("Ballot card %1 accepted.").arg(VisitorFlow.cardSerial)
        }
        BodyText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: VisitorFlow.votesLeft > 0
                ? qsTr("You have %n vote(s) left for other innovations.", "", VisitorFlow.votesLeft)
                : qsTr("You have used all your votes. Thank you for taking part!")
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.gap
            spacing: Theme.gap
            KButton {
                objectName: "voteFeedbackButton"
                kind: "accent"
                text: qsTr("Give feedback")
                onClicked: VisitorFlow.openFeedback(VisitorFlow.votedInnovation.slug || "")
            }
            KButton {
                objectName: "moreInnovationsButton"
                kind: "primary"
                text: qsTr("See other innovations")
                onClicked: VisitorFlow.showHome()
            }
        }
    }
}
