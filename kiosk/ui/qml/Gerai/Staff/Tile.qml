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
    color: warn ? Theme.dangerSurface : Theme.surface
    border.color: warn ? Theme.danger : Theme.border
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
            color: Theme.muted
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        BodyText {
            objectName: tile.objectName + "Value"
            Layout.fillWidth: true
            text: tile.value
            font.pixelSize: Theme.heading
            font.weight: Font.Bold
            color: tile.warn ? Theme.danger : Theme.primary
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
