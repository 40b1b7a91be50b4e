// The vote button, shown only when the Booth says a vote is possible (or nearly).
import QtQuick
import QtQuick.Layouts

ColumnLayout {
    id: area
    spacing: theme.gap / 2

    RowLayout {
        Layout.fillWidth: true
        spacing: theme.gap

        KButton {
            id: voteButton
            objectName: "voteButton"
            visible: flow.voteState === "ready" || flow.voteState === "cooldown"
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // take the room left, whatever the label says
            Layout.preferredHeight: Math.max(theme.touch * 1.3, implicitHeight)
            kind: flow.voteState === "ready" ? "accent" : "secondary"
            fontSize: theme.heading
            text: flow.voteState === "ready" ? qsTr("Vote for this innovation")
                : qsTr("You can vote again in %n second(s)", "", flow.voteWaitSeconds)
            onClicked: flow.vote()
            onVisibleChanged: if (visible) appear.restart()
            NumberAnimation on scale {
                id: appear
                from: 0.85; to: 1.0; duration: theme.reducedMotion ? 0 : 300; easing.type: Easing.OutBack
            }
        }
        Rectangle {
            objectName: "voteStatus"
            visible: !voteButton.visible
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: Math.max(theme.touch * 1.3, statusText.implicitHeight + theme.gap)
            radius: theme.radius
            color: flow.voteState === "voted" ? "#e3f1e3" : "#ece8df"
            BodyText {
                id: statusText
                anchors.fill: parent
                anchors.margins: theme.gap / 2
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: Text.AlignHCenter
                font.weight: Font.DemiBold
                text: flow.voteState === "voted" ? qsTr("✓ You voted for this innovation")
                    : flow.voteState === "limit" ? qsTr("You have used all %n vote(s). Thank you!", "", flow.maxVotes)
                    : qsTr("Take a moment to read. The vote button appears shortly.")
            }
        }
        KButton {
            objectName: "feedbackButton"
            kind: "secondary"
            Layout.preferredHeight: theme.touch * 1.3
            text: qsTr("Give feedback")
            onClicked: flow.openFeedback(flow.detail.slug)
        }
    }
    BodyText {
        objectName: "refusalText"
        Layout.fillWidth: true
        visible: text !== ""
        color: "#8a4b00"
        text: flow.refusal === "cooldown" ? qsTr("Please wait a moment before voting again.")
            : flow.refusal === "already_voted" ? qsTr("You already voted for this innovation.")
            : flow.refusal === "limit" ? qsTr("You have no votes left in this visit.")
            : flow.refusal === "dwell" ? qsTr("Please take a little longer to read first.")
            : flow.refusal !== "" ? qsTr("A vote is not possible right now.") : ""
    }
}
