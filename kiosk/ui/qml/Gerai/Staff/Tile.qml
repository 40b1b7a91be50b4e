// One number on the dashboard: a label, the value big, and an optional note.
import QtQuick
import QtQuick.Layouts
import Gerai

Rectangle {
    id: tile
    property string label: ""
    property string value: ""
    property string note: ""
    property bool warn: false
    radius: Theme.radius
    color: warn ? "#fde7e4" : "#ffffff"
    border.color: warn ? "#b3261e" : "#d9d4c7"
    border.width: 2
    implicitHeight: column.implicitHeight + Theme.gap * 2

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: 4
        BodyText {
            Layout.fillWidth: true
            text: tile.label
            font.pixelSize: Theme.small
            color: "#4a4a4a"
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        BodyText {
            objectName: tile.objectName + "Value"
            Layout.fillWidth: true
            text: tile.value
            font.pixelSize: Theme.heading
            font.weight: Font.Bold
            color: tile.warn ? "#8c1d18" : Theme.primary
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        BodyText {
            Layout.fillWidth: true
            visible: tile.note !== ""
            text: tile.note
            font.pixelSize: Theme.small
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Item { Layout.fillHeight: true }
    }
}
