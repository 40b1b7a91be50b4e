// The confirmation moment after a vote: a tick, then thanks, then what next.
import QtQuick
import QtQuick.Layouts

Item {
    id: thanks
    objectName: "voteThanksScreen"

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - theme.margin * 2, theme.touch * 14)
        spacing: theme.gap * 1.5

        CheckMark {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: theme.touch * 2.6
            Layout.preferredHeight: theme.touch * 2.6
        }
        Text {
            id: heading
            objectName: "voteThanksTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Thank you! Your vote is counted.")
            color: theme.text
            font.family: theme.fontFamily
            font.pixelSize: theme.title
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
            opacity: 0
            NumberAnimation on opacity { from: 0; to: 1; duration: theme.reducedMotion ? 0 : 400; running: true }
        }
        BodyText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: theme.heading
            text: qsTr("You voted for “%1”.").arg(flow.votedInnovation.title || "")
        }
        BodyText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: flow.votesLeft > 0
                ? qsTr("You have %n vote(s) left for other innovations.", "", flow.votesLeft)
                : qsTr("You have used all your votes. Thank you for taking part!")
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: theme.gap
            spacing: theme.gap
            KButton {
                objectName: "voteFeedbackButton"
                kind: "accent"
                text: qsTr("Give feedback")
                onClicked: flow.openFeedback(flow.votedInnovation.slug || "")
            }
            KButton {
                objectName: "moreInnovationsButton"
                kind: "primary"
                text: qsTr("See other innovations")
                onClicked: flow.showHome()
            }
        }
    }
}
