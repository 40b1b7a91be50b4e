// Feedback in three short steps: a face, quick tags, then an optional comment.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

Item {
    id: screen
    objectName: "feedbackScreen"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: theme.margin
        spacing: theme.gap

        RowLayout {
            visible: !Qt.inputMethod.visible // room for the keyboard on small screens
            Layout.fillWidth: true
            spacing: theme.gap
            Text {
                Layout.fillWidth: true
                text: feedbackForm.innovationTitle !== ""
                    ? qsTr("Your feedback on “%1”").arg(feedbackForm.innovationTitle)
                    : qsTr("Your feedback on this booth")
                color: theme.text
                font.family: theme.fontFamily
                font.pixelSize: theme.heading
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            BodyText {
                text: qsTr("Step %1 of %2").arg(feedbackForm.step).arg(feedbackForm.stepCount)
                color: theme.primary
                font.weight: Font.DemiBold
            }
        }

        // Step 1: how was it?
        ColumnLayout {
            visible: feedbackForm.step === 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: theme.gap
            Text {
                Layout.fillWidth: true
                text: qsTr("How do you rate it?")
                color: theme.text
                font.family: theme.fontFamily
                font.pixelSize: theme.title
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            GridLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: theme.portrait ? 2 : 4
                rowSpacing: theme.gap
                columnSpacing: theme.gap
                Repeater {
                    model: feedbackForm.ratings
                    delegate: Rectangle {
                        id: faceCard
                        required property var modelData
                        readonly property bool chosen: feedbackForm.rating === modelData.value
                        objectName: "face_" + modelData.value
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.maximumHeight: theme.touch * 4.5
                        radius: theme.radius
                        color: faceArea.pressed ? "#e8e4da" : chosen ? "#fff4e0" : "#ffffff"
                        border.width: chosen ? 6 : 2
                        border.color: chosen ? theme.accent : "#d4cfc4"
                        scale: faceArea.pressed && !theme.reducedMotion ? 0.97 : 1.0
                        activeFocusOnTab: true
                        Accessible.role: Accessible.RadioButton
                        Accessible.name: modelData.label
                        Accessible.checked: chosen
                        Keys.onReturnPressed: feedbackForm.setRating(modelData.value)
                        Keys.onEnterPressed: feedbackForm.setRating(modelData.value)
                        Keys.onSpacePressed: feedbackForm.setRating(modelData.value)
                        Keys.onRightPressed: nextItemInFocusChain(true).forceActiveFocus()
                        Keys.onLeftPressed: nextItemInFocusChain(false).forceActiveFocus()
                        ColumnLayout {
                            anchors.fill: parent
                            anchors.margins: theme.gap
                            spacing: theme.gap / 2
                            Face {
                                Layout.alignment: Qt.AlignHCenter
                                Layout.fillHeight: true
                                Layout.preferredWidth: Math.min(parent.width, theme.touch * 2)
                                Layout.maximumHeight: theme.touch * 2
                                value: faceCard.modelData.value
                                chosen: faceCard.chosen
                            }
                            BodyText {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignHCenter
                                text: faceCard.modelData.label
                                font.weight: Font.DemiBold
                            }
                        }
                        MouseArea {
                            id: faceArea
                            anchors.fill: parent
                            onClicked: feedbackForm.setRating(faceCard.modelData.value)
                        }
                        FocusRing { anchors.margins: 0 }
                    }
                }
            }
        }

        // Step 2: quick tags.
        ColumnLayout {
            visible: feedbackForm.step === 2
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: theme.gap
            Text {
                Layout.fillWidth: true
                text: qsTr("What fits best? Tap any that apply.")
                color: theme.text
                font.family: theme.fontFamily
                font.pixelSize: theme.title
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
            }
            Flow {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: theme.gap
                Repeater {
                    model: feedbackForm.tags
                    delegate: KButton {
                        required property string key
                        required property string label
                        required property bool selected
                        objectName: "tag_" + key
                        implicitHeight: theme.touch * 1.4
                        fontSize: theme.heading * 0.9
                        kind: selected ? "primary" : "secondary"
                        text: (selected ? "✓ " : "") + label
                        onClicked: feedbackForm.toggleTag(key)
                    }
                }
            }
        }

        // Step 3: comment, and contact only with consent.
        ColumnLayout {
            visible: feedbackForm.step === 3
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: theme.gap
            BodyText {
                Layout.fillWidth: true
                text: qsTr("Anything else? (optional)")
                font.weight: Font.DemiBold
            }
            TextArea {
                id: comment
                objectName: "commentField"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: theme.touch
                Layout.maximumHeight: theme.touch * 3
                text: feedbackForm.comment
                onTextChanged: feedbackForm.setComment(text)
                placeholderText: qsTr("Type your comment here")
                wrapMode: TextEdit.Wrap
                font.family: theme.fontFamily
                font.pixelSize: theme.body
                color: theme.text
                // Sensitive: the keyboard must not learn or suggest what a visitor typed.
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhNoAutoUppercase
                background: Rectangle {
                    radius: theme.radius / 2
                    color: "#ffffff"
                    border.width: comment.activeFocus ? 4 : 2
                    border.color: comment.activeFocus ? theme.primary : "#a9a296"
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: theme.gap
                Rectangle {
                    id: consentBox
                    objectName: "consentBox"
                    Layout.preferredWidth: theme.touch
                    Layout.preferredHeight: theme.touch
                    radius: theme.radius / 2
                    color: feedbackForm.consent ? theme.primary : "#ffffff"
                    border.width: 3
                    border.color: theme.primary
                    scale: consentArea.pressed ? 0.94 : 1
                    Text {
                        anchors.centerIn: parent
                        visible: feedbackForm.consent
                        text: "✓"
                        color: theme.onPrimary
                        font.family: theme.fontFamily
                        font.pixelSize: theme.heading
                        font.weight: Font.Bold
                    }
                    MouseArea {
                        id: consentArea
                        anchors.fill: parent
                        onClicked: feedbackForm.setConsent(!feedbackForm.consent)
                    }
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("I agree to be contacted about this feedback. My contact is only for the festival committee.")
                    MouseArea {
                        anchors.fill: parent
                        onClicked: feedbackForm.setConsent(!feedbackForm.consent)
                    }
                }
            }
            TextField {
                id: contact
                objectName: "contactField"
                visible: feedbackForm.consent
                Layout.fillWidth: true
                Layout.preferredHeight: theme.touch
                text: feedbackForm.contact
                onTextChanged: feedbackForm.setContact(text)
                placeholderText: qsTr("Phone number or e-mail")
                font.family: theme.fontFamily
                font.pixelSize: theme.body
                color: theme.text
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhNoAutoUppercase
                background: Rectangle {
                    radius: theme.radius / 2
                    color: "#ffffff"
                    border.width: contact.activeFocus ? 4 : 2
                    border.color: contact.activeFocus ? theme.primary : "#a9a296"
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: theme.gap
            KButton {
                objectName: "feedbackCancel"
                kind: "quiet"
                text: qsTr("Cancel")
                onClicked: flow.cancelFeedback()
            }
            Item { Layout.fillWidth: true }
            KButton {
                objectName: "feedbackBack"
                visible: feedbackForm.step > 1
                kind: "secondary"
                text: qsTr("Back")
                onClicked: feedbackForm.previousStep()
            }
            KButton {
                objectName: "feedbackNext"
                visible: feedbackForm.step < feedbackForm.stepCount
                kind: "primary"
                text: qsTr("Next")
                onClicked: feedbackForm.nextStep()
            }
            KButton {
                objectName: "sendButton"
                visible: feedbackForm.step === feedbackForm.stepCount
                enabled: feedbackForm.canSend
                kind: "accent"
                text: qsTr("Send")
                onClicked: {
                    Qt.inputMethod.hide()
                    flow.sendFeedback()
                }
            }
        }
    }
}
