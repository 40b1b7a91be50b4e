// Home: this agency's innovations as large cards.
import QtQuick
import QtQuick.Layouts

Item {
    id: home
    objectName: "homeScreen"
    readonly property int columns: theme.portrait ? 2 : Math.min(3, Math.max(1, cards.count))

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: theme.margin
        spacing: theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: theme.gap
            ColumnLayout {
                Layout.fillWidth: true
                spacing: theme.gap / 3
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Innovations of %1").arg(theme.agencyName)
                    color: theme.text
                    font.family: theme.fontFamily
                    font.pixelSize: theme.title
                    font.weight: Font.Bold
                    wrapMode: Text.WordWrap
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: theme.heading
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Choose an innovation to see its story. You have %n vote(s) left.", "", flow.votesLeft)
                }
            }
            KButton {
                objectName: "homeFeedbackButton"
                kind: "secondary"
                text: qsTr("Give feedback")
                onClicked: flow.openFeedback("")
            }
        }

        GridView {
            id: cards
            objectName: "innovationGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: innovations
            cellWidth: Math.floor(width / home.columns)
            cellHeight: Math.min(height, Math.max(cellWidth * 0.95, theme.touch * 6))
            boundsBehavior: Flickable.StopAtBounds
            delegate: Item {
                id: cell
                required property string slug
                required property string title
                required property string summary
                required property string cover
                required property string category
                width: cards.cellWidth
                height: cards.cellHeight

                Rectangle {
                    id: card
                    objectName: "card_" + cell.slug
                    anchors.fill: parent
                    anchors.margins: theme.gap / 2
                    radius: theme.radius
                    color: cardArea.pressed ? "#e8e4da" : "#ffffff"
                    border.width: cardArea.pressed ? 4 : 1
                    border.color: cardArea.pressed ? theme.accent : "#d4cfc4"
                    scale: cardArea.pressed ? 0.98 : 1.0
                    clip: true

                    Image {
                        id: photo
                        anchors.top: parent.top
                        anchors.left: parent.left
                        anchors.right: parent.right
                        height: parent.height * 0.5
                        source: cell.cover
                        asynchronous: true
                        fillMode: Image.PreserveAspectCrop
                        sourceSize.width: 800
                        Rectangle {
                            anchors.fill: parent
                            color: theme.primary
                            visible: cell.cover === ""
                        }
                    }
                    Rectangle {
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.margins: theme.gap
                        width: categoryText.implicitWidth + theme.gap * 1.5
                        height: categoryText.implicitHeight + theme.gap * 0.6
                        radius: height / 2
                        color: theme.accent
                        Text {
                            id: categoryText
                            anchors.centerIn: parent
                            text: cell.category
                            color: theme.onAccent
                            font.family: theme.fontFamily
                            font.pixelSize: theme.small
                            font.weight: Font.DemiBold
                        }
                    }
                    ColumnLayout {
                        anchors.top: photo.bottom
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        anchors.margins: theme.gap
                        spacing: theme.gap / 2
                        Text {
                            Layout.fillWidth: true
                            text: cell.title
                            color: theme.text
                            font.family: theme.fontFamily
                            font.pixelSize: theme.heading
                            font.weight: Font.Bold
                            wrapMode: Text.WordWrap
                            maximumLineCount: 3
                            fontSizeMode: Text.VerticalFit
                            minimumPixelSize: theme.body
                            Layout.maximumHeight: parent.height * 0.55
                        }
                        BodyText {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: cell.summary
                            color: "#4a4a4a"
                            fontSizeMode: Text.VerticalFit
                            minimumPixelSize: theme.small
                            elide: Text.ElideRight
                        }
                    }
                    MouseArea {
                        id: cardArea
                        anchors.fill: parent
                        onClicked: flow.openInnovation(cell.slug)
                    }
                }
            }
        }
    }
}
