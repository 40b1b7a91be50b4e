// Home: this agency's innovations as large cards.
import QtQuick
import QtQuick.Layouts

Item {
    id: home
    objectName: "homeScreen"
    // Large text: one column fewer, so a long title still fits on its card.
    readonly property int columns: Math.max(1, Math.min(cards.count,
        (theme.portrait ? 2 : width >= 1700 ? 4 : 3) - (theme.largeText ? 1 : 0)))
    // Main.qml keeps this screen between visits; the next visitor sees the first cards.
    function reset() { cards.positionViewAtBeginning() }

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
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Choose an innovation to see its story. You have %n vote(s) left.", "", flow.votesLeft)
                }
            }
            KButton {
                objectName: "homeSurveyButton"
                visible: flow.surveyAvailable
                kind: "accent"
                text: qsTr("Service satisfaction survey")
                onClicked: flow.openSurvey()
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
            readonly property int rows: Math.ceil(count / home.columns)
            // Fill the screen when the cards fit (at most two rows), else scroll.
            cellHeight: Math.max(theme.touch * (theme.largeText ? 8 : 6), height / Math.max(1, Math.min(rows, 2)))
            boundsBehavior: Flickable.StopAtBounds
            delegate: Item {
                id: cell
                required property int index
                required property string slug
                required property string title
                required property string teaser
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
                    scale: cardArea.pressed && !theme.reducedMotion ? 0.98 : 1.0
                    clip: true
                    // Keyboard and switch users: Tab or the arrow keys move, Enter/Space opens.
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Button
                    Accessible.name: cell.title
                    Keys.onReturnPressed: flow.openInnovation(cell.slug)
                    Keys.onEnterPressed: flow.openInnovation(cell.slug)
                    Keys.onSpacePressed: flow.openInnovation(cell.slug)
                    Keys.onRightPressed: nextItemInFocusChain(true).forceActiveFocus()
                    Keys.onDownPressed: nextItemInFocusChain(true).forceActiveFocus()
                    Keys.onLeftPressed: nextItemInFocusChain(false).forceActiveFocus()
                    Keys.onUpPressed: nextItemInFocusChain(false).forceActiveFocus()
                    onActiveFocusChanged: if (activeFocus) cards.positionViewAtIndex(cell.index, GridView.Contain)

                    Image {
                        id: photo
                        anchors.top: parent.top
                        anchors.left: parent.left
                        anchors.right: parent.right
                        height: parent.height * 0.36
                        source: cell.cover
                        asynchronous: true
                        fillMode: Image.PreserveAspectCrop
                        verticalAlignment: Image.AlignBottom // keeps a photo's bottom-left credit
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
                            lineHeight: 1.05
                        }
                        BodyText {
                            id: summaryText
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: cell.teaser
                            color: "#4a4a4a"
                            verticalAlignment: Text.AlignTop
                            clip: true
                            // All of the summary or none of it: never a sentence cut in half.
                            opacity: contentHeight <= height + 1 ? 1 : 0
                        }
                    }
                    MouseArea {
                        id: cardArea
                        anchors.fill: parent
                        onClicked: flow.openInnovation(cell.slug)
                    }
                    FocusRing { anchors.margins: 0 }
                }
            }
        }
    }
}
