// The service satisfaction survey (SKM), one step at a time; every text comes from surveyForm.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: screen
    objectName: "surveyScreen"
    readonly property string kind: surveyForm.stepKind

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: theme.margin
        spacing: theme.gap

        // Progress: where the visitor is, in words and as a bar.
        ColumnLayout {
            visible: !Qt.inputMethod.visible // room for the keyboard on small screens
            Layout.fillWidth: true
            spacing: theme.gap / 3
            RowLayout {
                Layout.fillWidth: true
                spacing: theme.gap
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Service satisfaction survey")
                    color: theme.text
                    font.family: theme.fontFamily
                    font.pixelSize: theme.body
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                BodyText {
                    objectName: "surveyProgressText"
                    text: surveyForm.progressText
                    color: theme.primary
                    font.weight: Font.Bold
                }
            }
            Rectangle {
                objectName: "surveyProgressBar"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(8, theme.gap / 2)
                radius: height / 2
                color: "#e0dbd0"
                Rectangle {
                    width: parent.width * surveyForm.progress
                    height: parent.height
                    radius: parent.radius
                    color: theme.primary
                }
            }
        }

        Text {
            objectName: "surveyTitle"
            visible: !Qt.inputMethod.visible || screen.kind === "suggestion"
            Layout.fillWidth: true
            text: surveyForm.title
            color: screen.kind === "element" ? theme.primary : theme.text
            font.family: theme.fontFamily
            font.pixelSize: screen.kind === "element" || screen.kind === "demographics" ? theme.heading : theme.title
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }
        // The regulation's question for this element: wraps, never clipped.
        Text {
            objectName: "surveyQuestion"
            visible: screen.kind === "element"
            Layout.fillWidth: true
            text: surveyForm.question
            color: theme.text
            font.family: theme.fontFamily
            font.pixelSize: theme.heading
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }

        // The service or the element's four answers: big buttons.
        GridLayout {
            visible: screen.kind === "service" || screen.kind === "element"
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: screen.kind === "element" ? (theme.portrait ? 1 : 4) : (theme.portrait ? 1 : 2)
            rowSpacing: theme.gap
            columnSpacing: theme.gap
            Repeater {
                model: surveyForm.options
                delegate: Rectangle {
                    id: option
                    required property var modelData
                    required property int index
                    objectName: "surveyOption_" + modelData.value
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: theme.touch
                    Layout.maximumHeight: screen.kind === "element" ? theme.touch * 3 : theme.touch * 1.6
                    radius: theme.radius
                    color: optionArea.pressed ? "#e8e4da" : modelData.selected ? "#fff4e0" : "#ffffff"
                    border.width: modelData.selected ? 6 : 2
                    border.color: modelData.selected ? theme.accent : "#d4cfc4"
                    scale: optionArea.pressed && !theme.reducedMotion ? 0.97 : 1.0
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: modelData.label
                    Accessible.checked: modelData.selected
                    // Keyboard and switch users: Tab reaches each answer, Enter or Space picks it.
                    activeFocusOnTab: true
                    Keys.onReturnPressed: surveyForm.choose(modelData.value)
                    Keys.onEnterPressed: surveyForm.choose(modelData.value)
                    Keys.onSpacePressed: surveyForm.choose(modelData.value)
                    FocusRing { anchors.margins: 0 }
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: theme.gap / 2
                        spacing: theme.gap / 3
                        Text {
                            visible: screen.kind === "element"
                            Layout.alignment: Qt.AlignHCenter
                            text: option.modelData.selected ? "✓ " + option.modelData.value : option.modelData.value
                            color: option.modelData.selected ? theme.primary : "#6b665c"
                            font.family: theme.fontFamily
                            font.pixelSize: theme.heading
                            font.weight: Font.Bold
                        }
                        Text {
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignVCenter
                            horizontalAlignment: Text.AlignHCenter
                            text: screen.kind === "service" && option.modelData.selected
                                ? "✓ " + option.modelData.label : option.modelData.label
                            color: theme.text
                            font.family: theme.fontFamily
                            font.pixelSize: theme.body
                            font.weight: Font.DemiBold
                            wrapMode: Text.WordWrap
                        }
                    }
                    MouseArea {
                        id: optionArea
                        anchors.fill: parent
                        onClicked: surveyForm.choose(option.modelData.value)
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
            ScrollIndicator.vertical: ScrollIndicator {
                active: demo.contentHeight > demo.height // shows that there is more below
            }
            ColumnLayout {
                id: groups
                width: demo.width
                spacing: theme.gap / 2
                Repeater {
                    model: screen.kind === "demographics" ? surveyForm.demographics : []
                    // Landscape: the question beside its answers, so all four fit without scrolling.
                    delegate: GridLayout {
                        id: group
                        required property var modelData
                        Layout.fillWidth: true
                        columns: theme.portrait ? 1 : 2
                        columnSpacing: theme.gap
                        rowSpacing: theme.gap / 2
                        BodyText {
                            Layout.preferredWidth: theme.portrait ? -1 : theme.touch * 3.2
                            Layout.fillWidth: theme.portrait
                            Layout.alignment: Qt.AlignTop
                            Layout.topMargin: theme.portrait ? 0 : theme.gap / 2
                            text: group.modelData.label
                            font.weight: Font.Bold
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: theme.gap / 2
                            Repeater {
                                model: group.modelData.options
                                delegate: KButton {
                                    required property var modelData
                                    objectName: "surveyDemo_" + group.modelData.key + "_" + (modelData.value === "" ? "none" : modelData.value)
                                    implicitHeight: Math.max(64, Math.round(theme.touch * 0.8)) // all four fit on one screen
                                    kind: modelData.selected ? "primary" : "secondary"
                                    text: (modelData.selected ? "✓ " : "") + modelData.label
                                    onClicked: surveyForm.setDemographic(group.modelData.key, modelData.value)
                                }
                            }
                        }
                    }
                }
            }
        }

        // The suggestion, typed on the on-screen keyboard; optional.
        TextArea {
            id: suggestion
            objectName: "surveySuggestion"
            visible: screen.kind === "suggestion"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: theme.touch
            Layout.maximumHeight: theme.touch * 3
            text: surveyForm.suggestion
            onTextChanged: surveyForm.setSuggestion(text)
            placeholderText: qsTr("Type your suggestion here")
            wrapMode: TextEdit.Wrap
            font.family: theme.fontFamily
            font.pixelSize: theme.body
            color: theme.text
            // The keyboard must not learn or suggest what a visitor typed.
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhNoAutoUppercase
            background: Rectangle {
                radius: theme.radius / 2
                color: "#ffffff"
                border.width: suggestion.activeFocus ? 4 : 2
                border.color: suggestion.activeFocus ? theme.primary : "#a9a296"
            }
        }
        BodyText {
            objectName: "surveyHint"
            visible: surveyForm.hint !== ""
            Layout.fillWidth: true
            text: surveyForm.hint
            color: theme.primary
        }
        Item {
            visible: screen.kind === "suggestion"
            Layout.fillHeight: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: theme.gap
            KButton {
                objectName: "surveyCancel"
                kind: "quiet"
                text: qsTr("Cancel")
                onClicked: flow.cancelSurvey()
            }
            Item { Layout.fillWidth: true }
            KButton {
                objectName: "surveyBack"
                visible: surveyForm.canBack
                kind: "secondary"
                text: qsTr("Back")
                onClicked: surveyForm.back()
            }
            KButton {
                objectName: "surveySkip"
                visible: surveyForm.canSkip
                kind: "secondary"
                text: qsTr("Skip")
                onClicked: surveyForm.skip()
            }
            KButton {
                objectName: "surveyNext"
                visible: !surveyForm.isLast
                enabled: surveyForm.canNext
                kind: "primary"
                text: qsTr("Next")
                onClicked: surveyForm.next()
            }
            KButton {
                objectName: "surveySend"
                visible: surveyForm.isLast
                enabled: surveyForm.canNext
                kind: "accent"
                text: qsTr("Send")
                onClicked: flow.sendSurvey()
            }
        }
    }
}
