// The vote button, shown only when the Booth says a vote is possible (or nearly).
import QtQuick
import QtQuick.Layouts
import Gerai

ColumnLayout {
    id: area
    spacing: Theme.gap / 2

    CardPrompt {
        Layout.fillWidth: true
        visible: VisitorFlow.voteState === "card"
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        visible: VisitorFlow.voteState !== "card"

        KButton {
            id: voteButton
            objectName: "voteButton"
            visible: VisitorFlow.voteState === "ready" || VisitorFlow.voteState === "cooldown"
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // take the room left, whatever the label says
            Layout.preferredHeight: Math.max(Theme.touch * 1.3, implicitHeight)
            kind: VisitorFlow.voteState === "ready" ? "accent" : "secondary"
            fontSize: Theme.heading
            text: VisitorFlow.voteState === "ready" && VisitorFlow.cardMode ? qsTr("Vote with your ballot card")
                : VisitorFlow.voteState === "ready" ? qsTr("Vote for this innovation")
                : qsTr("You can vote again in %n second(s)", "", VisitorFlow.voteWaitSeconds)
            onClicked: VisitorFlow.vote()
            onVisibleChanged: if (visible) appear.restart()
            NumberAnimation on scale {
                id: appear
                from: 0.85; to: 1.0; duration: Theme.reducedMotion ? 0 : 300; easing.type: Easing.OutBack
            }
        }
        Rectangle {
            objectName: "voteStatus"
            visible: !voteButton.visible
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: Math.max(Theme.touch * 1.3, statusText.implicitHeight + Theme.gap)
            radius: Theme.radius
            color: VisitorFlow.voteState === "voted" ? Theme.successSurface : Theme.surfaceAlt
            BodyText {
                id: statusText
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: Text.AlignHCenter
                font.weight: Font.DemiBold
                text: VisitorFlow.voteState === "voted" ? qsTr("✓ You voted for this innovation")
                    : VisitorFlow.voteState === "limit" ? qsTr("You have used all %n vote(s). Thank you!", "", VisitorFlow.maxVotes)
                    : qsTr("Take a moment to read. The vote button appears shortly.")
            }
        }
        KButton {
            objectName: "feedbackButton"
            kind: "secondary"
            Layout.preferredHeight: Theme.touch * 1.3
            text: qsTr("Give feedback")
            onClicked: VisitorFlow.openFeedback(VisitorFlow.detail.slug)
        }
    }
    BodyText {
        objectName: "refusalText"
        Layout.fillWidth: true
        visible: text !== ""
        color: Theme.warning
        text: VisitorFlow.refusal === "cooldown" ? qsTr("Please wait a moment before voting again.")
            : VisitorFlow.refusal === "already_voted" ? qsTr("You already voted for this innovation.")
            : VisitorFlow.refusal === "limit" ? qsTr("You have no votes left in this visit.")
            : VisitorFlow.refusal === "dwell" ? qsTr("Please take a little longer to read first.")
            : VisitorFlow.refusal !== "" ? qsTr("A vote is not possible right now.") : ""
    }
}
