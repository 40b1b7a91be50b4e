// Feedback in three short steps: a face, quick tags, then an optional comment.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Gerai

Item {
    id: screen
    objectName: "feedbackScreen"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            visible: !InputMethod.visible // room for the keyboard on small screens
            Layout.fillWidth: true
            spacing: Theme.gap
            Heading {
                level: 2
                Layout.fillWidth: true
                text: FeedbackForm.innovationTitle !== ""
                    ? qsTr("Your feedback on “%1”").arg(FeedbackForm.innovationTitle)
                    : qsTr("Your feedback on this booth")
            }
            BodyText {
                text: qsTr("Step %1 of %2").arg(FeedbackForm.step).arg(FeedbackForm.stepCount)
                color: Theme.primary
                font.weight: Font.DemiBold
            }
        }

        // Step 1: how was it?
        ColumnLayout {
            visible: FeedbackForm.step === 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            Heading {
                Layout.fillWidth: true
                text: qsTr("How do you rate it?")
            }
            GridLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                columns: Theme.portrait ? 2 : 4
                rowSpacing: Theme.gap
                columnSpacing: Theme.gap
                Repeater {
                    model: FeedbackForm.ratings
                    delegate: ChoiceCard {
                        id: faceCard
                        required property var modelData
                        chosen: FeedbackForm.rating === modelData.value
                        label: modelData.label
                        objectName: "face_" + modelData.value
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.maximumHeight: Theme.touch * 4.5
                        onPicked: FeedbackForm.setRating(modelData.value)
                        Keys.onRightPressed: nextItemInFocusChain(true).forceActiveFocus()
                        Keys.onLeftPressed: nextItemInFocusChain(false).forceActiveFocus()
                        ColumnLayout {
                            anchors.fill: parent
                            anchors.margins: Theme.gap
                            spacing: Theme.gap / 2
                            Face {
                                Layout.alignment: Qt.AlignHCenter
                                Layout.fillHeight: true
                                Layout.preferredWidth: Math.min(parent.width, Theme.touch * 2)
                                Layout.maximumHeight: Theme.touch * 2
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
                    }
                }
            }
        }

        // Step 2: quick tags.
        ColumnLayout {
            visible: FeedbackForm.step === 2
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            Heading {
                Layout.fillWidth: true
                text: qsTr("What fits best? Tap any that apply.")
            }
            Flow {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.gap
                Repeater {
                    model: FeedbackForm.tags
                    delegate: KButton {
                        required property string key
                        required property string label
                        required property bool selected
                        objectName: "tag_" + key
                        implicitHeight: Theme.touch * 1.4
                        fontSize: Theme.heading * 0.9
                        kind: selected ? "primary" : "secondary"
                        text: (selected ? "✓ " : "") + label
                        onClicked: FeedbackForm.toggleTag(key)
                    }
                }
            }
        }

        // Step 3: comment, and contact only with consent.
        ColumnLayout {
            visible: FeedbackForm.step === 3
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            CommentBox {
                objectName: "comment"
                Layout.fillWidth: true
                Layout.fillHeight: true
                label: qsTr("Anything else? (optional)")
                placeholderText: qsTr("Type your comment here")
                maxLength: FeedbackForm.maxComment
                text: FeedbackForm.comment
                onEdited: (text) => FeedbackForm.setComment(text)
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.gap
                Rectangle {
                    id: consentBox
                    objectName: "consentBox"
                    Layout.preferredWidth: Theme.touch
                    Layout.preferredHeight: Theme.touch
                    radius: Theme.radius / 2
                    color: FeedbackForm.consent ? Theme.primary : Theme.surface
                    border.width: 3
                    border.color: Theme.primary
                    scale: consentArea.pressed ? 0.94 : 1
                    Text {
                        anchors.centerIn: parent
                        visible: FeedbackForm.consent
                        text: "✓"
                        color: Theme.onPrimary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.heading
                        font.weight: Font.Bold
                    }
                    MouseArea {
                        id: consentArea
                        anchors.fill: parent
                        onClicked: FeedbackForm.setConsent(!FeedbackForm.consent)
                    }
                }
                BodyText {
                    Layout.fillWidth: true
                    text: qsTr("I agree to be contacted about this feedback. My contact is only for the festival committee.")
                    MouseArea {
                        anchors.fill: parent
                        onClicked: FeedbackForm.setConsent(!FeedbackForm.consent)
                    }
                }
            }
            TextField {
                id: contact
                objectName: "contactField"
                visible: FeedbackForm.consent
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                text: FeedbackForm.contact
                onTextChanged: FeedbackForm.setContact(text)
                placeholderText: qsTr("Phone number or e-mail")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                color: Theme.text
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhNoAutoUppercase
                background: Rectangle {
                    radius: Theme.radius / 2
                    color: Theme.surface
                    border.width: contact.activeFocus ? 4 : 2
                    border.color: contact.activeFocus ? Theme.primary : Theme.borderStrong
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            KButton {
                objectName: "feedbackCancel"
                kind: "quiet"
                text: qsTr("Cancel")
                onClicked: VisitorFlow.leave("cancel")
            }
            Item { Layout.fillWidth: true }
            KButton {
                objectName: "feedbackBack"
                visible: FeedbackForm.step > 1
                kind: "secondary"
                text: qsTr("Back")
                onClicked: FeedbackForm.previousStep()
            }
            KButton {
                objectName: "feedbackNext"
                visible: FeedbackForm.step < FeedbackForm.stepCount
                enabled: FeedbackForm.canNext
                kind: "primary"
                text: qsTr("Next")
                onClicked: FeedbackForm.nextStep()
            }
            KButton {
                objectName: "sendButton"
                visible: FeedbackForm.step === FeedbackForm.stepCount
                enabled: FeedbackForm.canSend
                kind: "accent"
                text: qsTr("Send")
                onClicked: {
                    InputMethod.hide()
                    VisitorFlow.sendFeedback()
                }
            }
        }
    }
}
