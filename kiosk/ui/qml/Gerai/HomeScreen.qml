// Home: this agency's innovations as large cards, every one of them in view.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

Item {
    id: home
    objectName: "homeScreen"
    // The smallest card that still shows its photo strip and a title of a few lines,
    // without cutting a long word (about eight characters of the title a line).
    readonly property real minCardWidth: Theme.heading * 8.5
    readonly property real minCardHeight: Theme.touch * (Theme.largeText ? 4.6 : 3.8)
    readonly property var fit: home.layoutFor(cards.width, cards.height, cards.count)
    readonly property int columns: fit.columns
    // Main.qml keeps this screen between visits; the next visitor sees the first cards.
    function reset() { cards.positionViewAtBeginning() }
    // Keys start at the first innovation (Main.qml moves the focus there on arrival).
    // (Bound to the grid's children too: a card made again is found again, never a
    // card that is gone.)
    readonly property Item startItem: cards.count > 0 && cards.contentItem.children.length > 0
        && cards.itemAtIndex(0) ? cards.itemAtIndex(0).children[0] : null

    // Every card on screen where it can be (the grid shape that gives the biggest cards);
    // where it cannot, as many whole rows as fit and a third of the next one, so the
    // visitor sees there is more (with the "more innovations" button): the layout
    // itself must not hide an innovation and skew its votes.
    function layoutFor(w: real, h: real, n: int): var {
        if (n <= 0 || w <= 0 || h <= 0)
            return { columns: 1, cellHeight: Math.max(1, h), fits: true }
        const maxColumns = Math.max(1, Math.floor(w / home.minCardWidth))
        let best = null
        for (let c = 1; c <= Math.min(n, maxColumns); ++c) {
            const cellHeight = h / Math.ceil(n / c)
            if (cellHeight < home.minCardHeight)
                continue
            const score = Math.min(w / c, cellHeight * 1.2) // a card about as tall as wide
            if (best === null || score > best.score)
                best = { columns: c, cellHeight: cellHeight, fits: true, score: score }
        }
        if (best !== null)
            return best
        // (a little shorter than the smallest card rather than a peek too thin to see)
        const whole = Math.max(1, Math.floor(h / home.minCardHeight - 0.35))
        // On a very short area (large text under a two-row top bar) the next row must
        // still show a strip a visitor notices, even if the whole cards shrink for it.
        const peek = Math.min(h * 0.25, Theme.touch * 0.75)
        return {
            columns: Math.min(n, maxColumns),
            cellHeight: Math.min(Math.max(home.minCardHeight * 0.75, h / (whole + 0.35)),
                                 (h - peek) / whole),
            fits: false
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        // The heading beside its buttons when both fit on one line; else the buttons
        // under it, so a narrow screen or large text does not wrap the heading word by
        // word and take the room of the cards.
        GridLayout {
            id: header
            Layout.fillWidth: true
            columns: headingText.implicitWidth + buttons.implicitWidth + columnSpacing > width ? 1 : 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap / 2
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.gap / 3
                Heading {
                    id: headingText
                    objectName: "homeHeading"
                    Layout.fillWidth: true
                    text: qsTr("Innovations of %1").arg(Theme.agencyName)
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("Choose an innovation to see its story. You have %n vote(s) left.", "", VisitorFlow.votesLeft)
                }
            }
            RowLayout {
                id: buttons
                spacing: Theme.gap
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
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            GridView {
                id: cards
                objectName: "innovationGrid"
                anchors.fill: parent
                clip: true
                model: Innovations
                cellWidth: Math.floor(width / home.columns)
                cellHeight: home.fit.cellHeight
                readonly property bool moreBelow: contentHeight > height + 1 && !atYEnd
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
                    readonly property bool voted: VisitorFlow.votedSlugs.indexOf(cell.slug) >= 0
                    width: cards.cellWidth
                    height: cards.cellHeight

                    Rectangle {
                        id: card
                        objectName: "card_" + cell.slug
                        anchors.fill: parent
                        anchors.margins: Theme.gap / 2
                        radius: Theme.radius
                        color: cardArea.pressed ? Theme.pressed : Theme.surface
                        border.width: cardArea.pressed ? 4 : cell.voted ? Math.max(3, Math.round(4 * Theme.s)) : 1
                        border.color: cardArea.pressed ? Theme.accent : cell.voted ? Theme.success : Theme.border
                        scale: cardArea.pressed && !Theme.reducedMotion ? 0.98 : 1.0
                        clip: true
                        // Keyboard and switch users: Tab or the arrow keys move, Enter/Space opens.
                        activeFocusOnTab: true
                        Accessible.role: Accessible.Button
                        Accessible.name: cell.voted ? cell.title + ". " + votedText.text : cell.title
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
                            // A strip, never more than half the card's width tall: the words need the room.
                            height: Math.min(parent.height * 0.36, parent.width * 0.5)
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
                            width: Math.min(categoryText.implicitWidth + Theme.gap * 1.5, parent.width - Theme.gap * 2)
                            height: categoryText.implicitHeight + Theme.gap * 0.6
                            radius: height / 2
                            color: Theme.accent
                            Text {
                                id: categoryText
                                anchors.centerIn: parent
                                width: Math.min(implicitWidth, parent.width - Theme.gap)
                                elide: Text.ElideRight
                                text: cell.category
                                color: Theme.onAccent
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.small
                                font.weight: Font.DemiBold
                            }
                        }
                        // This visitor already voted for it: words and a tick, not a colour only.
                        Rectangle {
                            objectName: "votedMark_" + cell.slug
                            visible: cell.voted
                            anchors.right: parent.right
                            anchors.bottom: photo.bottom
                            anchors.margins: Theme.gap / 2
                            width: Math.min(votedText.implicitWidth + Theme.gap * 1.5, parent.width - Theme.gap)
                            height: votedText.implicitHeight + Theme.gap * 0.6
                            radius: height / 2
                            color: Theme.success
                            border.width: Theme.highContrast ? 3 : 0
                            border.color: Theme.onSuccess
                            Text {
                                id: votedText
                                anchors.centerIn: parent
                                width: Math.min(implicitWidth, parent.width - Theme.gap)
                                elide: Text.ElideRight
                                text: qsTr("✓ You voted")
                                color: Theme.onSuccess
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.small
                                font.weight: Font.Bold
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
                                id: titleText
                                level: 2
                                Layout.fillWidth: true
                                text: cell.title
                                lineHeight: 1.05
                                elide: Text.ElideRight
                                // On a short card the title keeps the room it has, ending in "…".
                                maximumLineCount: Math.max(1, Math.floor(parent.height / (titleMetrics.height * 1.05)))
                                FontMetrics { id: titleMetrics; font: titleText.font }
                            }
                            // As many lines of the summary as the card has room for, ending in
                            // "…" when it goes on (the detail page has all of it): no card
                            // shows an empty space where its summary would be.
                            BodyText {
                                id: summaryText
                                objectName: "cardSummary"
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                Layout.preferredHeight: 0
                                readonly property int room: Math.floor((height + 1) / (summaryMetrics.height * lineHeight))
                                // opacity, not visible: a layout stops sizing a hidden item
                                opacity: room >= 1 ? 1 : 0
                                text: cell.teaser
                                color: Theme.muted
                                verticalAlignment: Text.AlignTop
                                elide: Text.ElideRight
                                maximumLineCount: Math.max(1, room)
                                clip: true
                                FontMetrics { id: summaryMetrics; font: summaryText.font }
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

            // More cards than the screen holds: a button that shows the next row, over
            // the peeking one, until the last card is in view.
            KButton {
                objectName: "moreInnovations"
                visible: cards.moreBelow
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.gap / 2
                kind: "primary"
                text: qsTr("More innovations ↓")
                onClicked: cards.contentY = Math.min(cards.contentHeight - cards.height + cards.originY,
                                                     cards.contentY + cards.cellHeight)
            }
        }
    }
}
