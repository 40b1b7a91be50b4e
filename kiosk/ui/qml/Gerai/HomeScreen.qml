// Home: this agency's innovations as large cards.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

Item {
    id: home
    objectName: "homeScreen"
    // Large text: one column fewer, so a long title still fits on its card.
    readonly property int columns: Math.max(1, Math.min(cards.count,
        (Theme.portrait ? 2 : width >= 1700 ? 4 : 3) - (Theme.largeText ? 1 : 0)))
    // Main.qml keeps this screen between visits; the next visitor sees the first cards.
    function reset() { cards.positionViewAtBeginning() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.gap / 3
                Heading {
                    Layout.fillWidth: true
                    text: qsTr("Innovations of %1").arg(Theme.agencyName)
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Choose an innovation to see its story. You have %n vote(s) left.", "", VisitorFlow.votesLeft)
                }
            }
            KButton {
                objectName: "homeSurveyButton"
                visible: VisitorFlow.surveyAvailable
                kind: "accent"
                text: qsTr("Service satisfaction survey")
                onClicked: VisitorFlow.openSurvey()
            }
            KButton {
                objectName: "homeFeedbackButton"
                kind: "secondary"
                text: qsTr("Give feedback")
                onClicked: VisitorFlow.openFeedback("")
            }
        }

        GridView {
            id: cards
            objectName: "innovationGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Innovations
            cellWidth: Math.floor(width / home.columns)
            readonly property int rows: Math.ceil(count / home.columns)
            // Fill the screen when the cards fit (at most two rows), else scroll.
            cellHeight: Math.max(Theme.touch * (Theme.largeText ? 8 : 6), height / Math.max(1, Math.min(rows, 2)))
            boundsBehavior: Flickable.StopAtBounds
            delegate: Item {
                id: cell
                required property int index
                required property string slug
                required property string title
                required property string teaser
                required property string cover
                required property string card
                required property string category
                width: cards.cellWidth
                height: cards.cellHeight

                Rectangle {
                    id: card
                    objectName: "card_" + cell.slug
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    radius: Theme.radius
                    color: cardArea.pressed ? Theme.pressed : Theme.surface
                    border.width: cardArea.pressed ? 4 : 1
                    border.color: cardArea.pressed ? Theme.accent : Theme.border
                    scale: cardArea.pressed && !Theme.reducedMotion ? 0.98 : 1.0
                    clip: true
                    // Keyboard and switch users: Tab or the arrow keys move, Enter/Space opens.
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Button
                    Accessible.name: cell.title
                    Keys.onReturnPressed: VisitorFlow.openInnovation(cell.slug)
                    Keys.onEnterPressed: VisitorFlow.openInnovation(cell.slug)
                    Keys.onSpacePressed: VisitorFlow.openInnovation(cell.slug)
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
                        // Decoded ahead, after the first frame (PreparedPhotos): the card is
                        // whole on its first frame. Synchronous: that provider runs on this
                        // thread only. A plain file (no prepared photo) loads in the background.
                        source: cell.card !== "" ? cell.card : cell.cover
                        asynchronous: cell.card === ""
                        fillMode: Image.PreserveAspectCrop
                        verticalAlignment: Image.AlignBottom // keeps a photo's bottom-left credit
                        sourceSize.width: 800
                        Rectangle {
                            anchors.fill: parent
                            color: Theme.primary
                            visible: cell.cover === ""
                        }
                    }
                    Rectangle {
                        anchors.left: parent.left
                        anchors.top: parent.top
                        anchors.margins: Theme.gap
                        width: categoryText.implicitWidth + Theme.gap * 1.5
                        height: categoryText.implicitHeight + Theme.gap * 0.6
                        radius: height / 2
                        color: Theme.accent
                        Text {
                            id: categoryText
                            anchors.centerIn: parent
                            text: cell.category
                            color: Theme.onAccent
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.small
                            font.weight: Font.DemiBold
                        }
                    }
                    ColumnLayout {
                        anchors.top: photo.bottom
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        anchors.margins: Theme.gap
                        spacing: Theme.gap / 2
                        Heading {
                            level: 2
                            Layout.fillWidth: true
                            text: cell.title
                            lineHeight: 1.05
                        }
                        BodyText {
                            id: summaryText
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            text: cell.teaser
                            color: Theme.muted
                            verticalAlignment: Text.AlignTop
                            clip: true
                            // All of the summary or none of it: never a sentence cut in half.
                            opacity: contentHeight <= height + 1 ? 1 : 0
                        }
                    }
                    MouseArea {
                        id: cardArea
                        anchors.fill: parent
                        onClicked: VisitorFlow.openInnovation(cell.slug)
                    }
                    FocusRing { anchors.margins: 0 }
                }
            }
        }
    }
}
