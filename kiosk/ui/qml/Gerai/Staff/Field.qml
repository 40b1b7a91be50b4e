// A labelled text box for the on-screen keyboard; `multiLine` for summaries and stories.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gerai

ColumnLayout {
    id: field
    property string label: ""
    property alias text: loader.value
    property bool multiLine: false
    property int lines: 3
    property int maxLength: 120
    signal focused()
    spacing: 4

    BodyText {
        Layout.fillWidth: true
        text: field.label
        font.pixelSize: Theme.small
        font.weight: Font.DemiBold
    }
    Item {
        id: loader
        property string value: ""
        Layout.fillWidth: true
        Layout.preferredHeight: field.multiLine ? Theme.body * 1.35 * field.lines + Theme.gap : Theme.touch
        TextField {
            objectName: field.objectName + "Input"
            visible: !field.multiLine
            anchors.fill: parent
            text: loader.value
            onTextEdited: loader.value = text
            onActiveFocusChanged: if (activeFocus) field.focused()
            maximumLength: field.maxLength
            font.family: Theme.fontFamily
            font.pixelSize: Theme.body
            inputMethodHints: Qt.ImhNoPredictiveText
            background: Rectangle { radius: 8; border.width: parent.activeFocus ? 4 : 2; border.color: parent.activeFocus ? Theme.accent : Theme.borderStrong }
        }
        ScrollView {
            visible: field.multiLine
            anchors.fill: parent
            contentWidth: availableWidth
            TextArea {
                objectName: field.objectName + "Input"
                text: loader.value
                onTextChanged: if (activeFocus) loader.value = text
                onActiveFocusChanged: if (activeFocus) field.focused()
                wrapMode: TextEdit.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.body
                background: Rectangle { radius: 8; border.width: parent.activeFocus ? 4 : 2; border.color: parent.activeFocus ? Theme.accent : Theme.borderStrong }
            }
        }
    }
}
