// The service satisfaction survey (SKM), one step at a time; every text comes from surveyForm.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Gerai

Item {
    id: screen
    objectName: "surveyScreen"
    readonly property string kind: SurveyForm.stepKind

    // An element's question is the heading at title size when it fits above whole answer
    // cards, else at heading size (1280x800 with large text). Measured on a hidden copy and
    // on what stays the same, so the choice never feeds back on itself.
    readonly property real elementRoom: column.height - progress.implicitHeight
        - elementName.implicitHeight - buttons.implicitHeight - 3.5 * column.spacing
        - (hint.visible ? hint.implicitHeight + column.spacing : 0)
    readonly property bool questionAsTitle: screen.kind !== "element"
        || questionAtTitle.implicitHeight + options.need <= elementRoom
    Text {
        id: questionAtTitle
        visible: false
        width: column.width
        text: SurveyForm.question
        font.family: Theme.fontFamily
        font.pixelSize: Theme.title
        font.weight: Font.Bold
        wrapMode: Text.WordWrap
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        // Progress: where the visitor is, in words and as a bar.
        ColumnLayout {
            id: progress
            visible: !InputMethod.visible // room for the keyboard on small screens
            Layout.fillWidth: true
            spacing: Theme.gap / 3
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Service satisfaction survey")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.body
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                BodyText {
                    objectName: "surveyProgressText"
                    text: SurveyForm.progressText
                    color: Theme.primary
                    font.weight: Font.Bold
                }
            }
            Rectangle {
                objectName: "surveyProgressBar"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(8, Theme.gap / 2)
                radius: height / 2
                color: Theme.track
                Rectangle {
                    width: parent.width * SurveyForm.progress
                    height: parent.height
                    radius: parent.radius
                    color: Theme.primary
                }
            }
        }

        // An element's step: its name (the regulation's term, "Persyaratan") as a small
        // label, and the regulation's question, which the visitor answers, as the heading.
        BodyText {
            id: elementName
            objectName: "surveyElement"
            visible: screen.kind === "element"
            Layout.fillWidth: true
            Layout.bottomMargin: -column.spacing / 2 // close to its question
            text: SurveyForm.title
            color: Theme.primary
            font.pixelSize: Theme.small
            font.weight: Font.Bold
        }
        Heading {
            objectName: "surveyTitle"
            visible: screen.kind !== "element" && (!InputMethod.visible || screen.kind === "suggestion")
            Layout.fillWidth: true
            text: SurveyForm.title
            level: screen.kind === "demographics" ? 2 : 1
        }
        // The regulation's question for this element: wraps, never clipped.
        Heading {
            objectName: "surveyQuestion"
            level: screen.questionAsTitle ? 1 : 2
            visible: screen.kind === "element"
            Layout.fillWidth: true
            text: SurveyForm.question
        }

        // The service or the element's four answers: big buttons.
        GridLayout {
            id: options
            // the height whole answer cards need: one row, or four in portrait
            readonly property real need: {
                let most = 0, all = 0
                for (let i = 0; i < cards.count; ++i) {
                    const card = cards.itemAt(i) as ChoiceCard
                    if (card) {
                        most = Math.max(most, card.need)
                        all += card.need + (i > 0 ? rowSpacing : 0)
                    }
                }
                return columns === 1 ? all : most
            }
            visible: screen.kind === "service" || screen.kind === "element"
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: screen.kind === "element" ? (Theme.portrait ? 1 : 4) : (Theme.portrait ? 1 : 2)
            rowSpacing: Theme.gap
            columnSpacing: Theme.gap
            Repeater {
                id: cards
                model: SurveyForm.options
                delegate: ChoiceCard {
                    id: option
                    required property var modelData
                    required property int index
                    // its number and words, whole: never cut by a short screen
                    need: Math.max(Theme.touch, words.implicitHeight + Theme.gap)
                    objectName: "surveyOption_" + modelData.value
                    chosen: modelData.selected
                    label: modelData.label
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: need
                    Layout.maximumHeight: Math.max(need, screen.kind === "element" ? Theme.touch * 3 : Theme.touch * 1.6)
                    onPicked: SurveyForm.choose(modelData.value)
                    ColumnLayout {
                        id: words
                        anchors.fill: parent
                        anchors.margins: Theme.gap / 2
                        spacing: Theme.gap / 3
                        Text {
                            visible: screen.kind === "element"
                            Layout.alignment: Qt.AlignHCenter
                            text: option.modelData.selected ? "✓ " + option.modelData.value : option.modelData.value
                            color: option.modelData.selected ? Theme.primary : Theme.muted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.heading
                            font.weight: Font.Bold
                        }
                        Text {
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignVCenter
                            horizontalAlignment: Text.AlignHCenter
                            text: screen.kind === "service" && option.modelData.selected
                                ? "✓ " + option.modelData.label : option.modelData.label
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.body
                            font.weight: Font.DemiBold
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }

        // Demographics: each optional, "prefer not to say" chosen until the visitor picks.
        Flickable {
            id: demo
            objectName: "surveyDemographics"
            visible: screen.kind === "demographics"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: groups.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            // More below than the screen holds (1366x768, large text): a scroll bar wide
            // enough to see and to drag, always shown then; keys scroll the focused chip in.
            ScrollBar.vertical: MoreBar {
                objectName: "surveyDemographicsScroll"
                more: demo.contentHeight > demo.height + 1
            }
            function ensureVisible(target: Item) {
                const top = target.mapToItem(groups, 0, 0).y
                if (top < demo.contentY)
                    demo.contentY = top
                else if (top + target.height > demo.contentY + demo.height)
                    demo.contentY = Math.min(top + target.height - demo.height, demo.contentHeight - demo.height)
            }
            ColumnLayout {
                id: groups
                width: demo.width - Theme.gap * 1.5 // clear of the scroll bar
                spacing: Theme.gap / 2
                Repeater {
                    model: screen.kind === "demographics" ? SurveyForm.demographics : []
                    // Landscape: the question beside its answers, so all four fit without scrolling.
                    delegate: GridLayout {
                        id: group
                        required property var modelData
                        Layout.fillWidth: true
                        columns: Theme.portrait ? 1 : 2
                        columnSpacing: Theme.gap
                        rowSpacing: Theme.gap / 2
                        BodyText {
                            Layout.preferredWidth: Theme.portrait ? -1 : Theme.touch * 3.2
                            Layout.fillWidth: Theme.portrait
                            Layout.alignment: Qt.AlignTop
                            Layout.topMargin: Theme.portrait ? 0 : Theme.gap / 2
                            text: group.modelData.label
                            font.weight: Font.Bold
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.gap / 2
                            Repeater {
                                model: group.modelData.options
                                delegate: KButton {
                                    id: chip
                                    required property var modelData
                                    objectName: "surveyDemo_" + group.modelData.key + "_" + (modelData.value === "" ? "none" : modelData.value)
                                    implicitHeight: Math.max(64, Math.round(Theme.touch * 0.8)) // all four fit on one screen
                                    // As wide with its tick as without: choosing one never moves the others.
                                    implicitWidth: Math.max(Theme.touch * (narrow ? 1.5 : 2), withTick.advanceWidth + Theme.touch * (narrow ? 0.4 : 0.8))
                                    TextMetrics {
                                        id: withTick
                                        font.family: Theme.fontFamily
                                        font.pixelSize: chip.fontSize
                                        font.weight: Font.DemiBold
                                        text: "✓ " + chip.modelData.label
                                    }
                                    onActiveFocusChanged: if (activeFocus) demo.ensureVisible(chip)
                                    kind: modelData.selected ? "primary" : "secondary"
                                    text: (modelData.selected ? "✓ " : "") + modelData.label
                                    onClicked: SurveyForm.setDemographic(group.modelData.key, modelData.value)
                                }
                            }
                        }
                    }
                }
            }
        }

        // The suggestion, typed on the on-screen keyboard; optional.
        CommentBox {
            objectName: "surveySuggestion"
            visible: screen.kind === "suggestion"
            Layout.fillWidth: true
            Layout.fillHeight: true
            placeholderText: qsTr("Type your suggestion here")
            maxLength: SurveyForm.maxSuggestion
            text: SurveyForm.suggestion
            onEdited: (text) => SurveyForm.setSuggestion(text)
        }
        BodyText {
            id: hint
            objectName: "surveyHint"
            visible: SurveyForm.hint !== ""
            Layout.fillWidth: true
            text: SurveyForm.hint
            color: Theme.primary
        }
        Item {
            visible: screen.kind === "suggestion"
            Layout.fillHeight: true
        }

        RowLayout {
            id: buttons
            Layout.fillWidth: true
            spacing: Theme.gap
            KButton {
                objectName: "surveyCancel"
                kind: "quiet"
                text: qsTr("Cancel")
                onClicked: VisitorFlow.leave("cancel")
            }
            Item { Layout.fillWidth: true }
            KButton {
                objectName: "surveyBack"
                visible: SurveyForm.canBack
                kind: "secondary"
                text: qsTr("Back")
                onClicked: SurveyForm.back()
            }
            KButton {
                objectName: "surveySkip"
                visible: SurveyForm.canSkip
                kind: "secondary"
                text: qsTr("Skip")
                onClicked: SurveyForm.skip()
            }
            KButton {
                objectName: "surveyNext"
                visible: !SurveyForm.isLast
                enabled: SurveyForm.canNext
                kind: "primary"
                text: qsTr("Next")
                onClicked: SurveyForm.next()
            }
            KButton {
                objectName: "surveySend"
                visible: SurveyForm.isLast
                enabled: SurveyForm.canNext
                kind: "accent"
                text: qsTr("Send")
                onClicked: VisitorFlow.sendSurvey()
            }
        }
    }
}
