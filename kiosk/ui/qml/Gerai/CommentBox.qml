// A visitor's free text: a live count ("123/500"), input that stops at the limit the store
// uses, the line being typed always in view, and emoji (which the font cannot show) dropped
// as they are typed, with a word saying so. `edited` gives the text exactly as shown.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Gerai

ColumnLayout {
    id: box
    property int maxLength: 500
    property string text: ""
    property alias placeholderText: area.placeholderText
    property alias label: caption.text
    property alias field: area
    signal edited(string text)
    spacing: Theme.gap / 2
    // Not a binding on the field (a correction below would break it): copied both ways.
    onTextChanged: if (area.text !== box.text) box.show()
    Component.onCompleted: box.show()
    function show() { area.text = box.text; area.cursorPosition = area.length }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.gap
        BodyText {
            id: caption
            Layout.fillWidth: true
            font.weight: Font.DemiBold
        }
        BodyText {
            objectName: box.objectName + "Count"
            text: area.length + "/" + box.maxLength
            color: area.length >= box.maxLength ? Theme.primary : Theme.text
            font.weight: area.length >= box.maxLength ? Font.Bold : Font.Normal
            Accessible.name: qsTr("%1 of %2 characters").arg(area.length).arg(box.maxLength)
        }
    }

    ScrollView {
        id: scroller
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.touch
        Layout.maximumHeight: Theme.touch * 3
        clip: true

        TextArea {
            id: area
            objectName: box.objectName + "Field"
            wrapMode: TextEdit.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            color: Theme.text
            // Sensitive: the keyboard must not learn or suggest what a visitor typed.
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData | Qt.ImhNoAutoUppercase
            // Tab and Shift+Tab leave the box (a comment needs no tab character), so a
            // keyboard or switch user is never trapped in it.
            Keys.onTabPressed: area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
            Keys.onBacktabPressed: area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
            background: Rectangle {
                radius: Theme.radius / 2
                color: Theme.surface
                // Focused: the theme's focus ring colour and width, like every control.
                border.width: area.activeFocus ? Theme.focusWidth : 2
                border.color: area.activeFocus ? Theme.focusColor : Theme.borderStrong
            }
            onTextChanged: {
                // Each correction below changes the text again and comes back here.
                const kept = FeedbackForm.typeable(area.text)
                if (kept !== area.text) {
                    const at = Math.max(0, area.cursorPosition - (area.text.length - kept.length))
                    area.text = kept
                    area.cursorPosition = Math.min(at, area.length)
                    emojiNote.shown = true
                    return
                }
                if (area.length > box.maxLength) { // what was just typed does not fit
                    const extra = area.length - box.maxLength
                    const end = Math.max(extra, area.cursorPosition)
                    area.remove(end - extra, end)
                    return
                }
                box.edited(area.text)
            }
        }
    }

    BodyText {
        id: emojiNote
        objectName: box.objectName + "EmojiNote"
        property bool shown: false
        Layout.fillWidth: true
        visible: shown
        text: qsTr("Emoji cannot be used here, so it was left out.")
        font.pixelSize: Theme.small
        Timer {
            running: emojiNote.shown
            interval: 6000
            onTriggered: emojiNote.shown = false
        }
    }
}
