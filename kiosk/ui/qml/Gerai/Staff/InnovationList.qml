// The booth's innovations in visitor order: tap to edit, move up or down, hide or show.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

ListView {
    id: list
    objectName: "innovationList"
    property bool narrow: false
    clip: true
    spacing: Theme.gap / 2
    model: Staff.editor.innovations
    delegate: Rectangle {
        id: row
        required property var modelData
        required property int index
        readonly property bool chosen: Staff.editor.slug === modelData.slug
        objectName: "innovationRow_" + modelData.slug
        width: list.width
        height: rowContent.implicitHeight + Theme.gap * 2
        radius: Theme.radius
        color: chosen ? Qt.lighter(Theme.accent, 1.45) : Theme.surface
        border.color: chosen ? Theme.accent : Theme.border
        border.width: chosen ? 4 : 2

        MouseArea { anchors.fill: parent; onClicked: Staff.editor.select(row.modelData.slug) }

        ColumnLayout {
            id: rowContent
            anchors.fill: parent
            anchors.margins: Theme.gap
            spacing: Theme.gap / 2
            BodyText {
                // The title is the row's tap target for choosing it; the buttons below act.
                objectName: "innovation_" + row.modelData.slug
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touch
                verticalAlignment: Text.AlignVCenter
                text: (row.index + 1) + ". " + row.modelData.title
                font.weight: Font.DemiBold
                maximumLineCount: 2
                elide: Text.ElideRight
                opacity: row.modelData.hidden ? 0.55 : 1
            }
            BodyText {
                visible: row.modelData.hidden
                text: "Disembunyikan dari pengunjung"
                font.pixelSize: Theme.small
                color: Theme.danger
            }
            GridLayout {
                Layout.fillWidth: true
                columns: list.narrow ? 2 : 3
                rowSpacing: Theme.gap / 2
                columnSpacing: Theme.gap / 2
                KButton {
                    objectName: "moveUp_" + row.modelData.slug
                    kind: "secondary"
                    text: "▲"
                    implicitWidth: Theme.touch
                    Layout.fillWidth: list.narrow
                    enabled: !row.modelData.first
                    onClicked: Staff.editor.move(row.modelData.slug, -1)
                }
                KButton {
                    objectName: "moveDown_" + row.modelData.slug
                    kind: "secondary"
                    text: "▼"
                    implicitWidth: Theme.touch
                    Layout.fillWidth: list.narrow
                    enabled: !row.modelData.last
                    onClicked: Staff.editor.move(row.modelData.slug, 1)
                }
                KButton {
                    objectName: "toggleHidden_" + row.modelData.slug
                    Layout.fillWidth: true
                    Layout.columnSpan: list.narrow ? 2 : 1
                    kind: "secondary"
                    text: row.modelData.hidden ? "Tampilkan" : "Sembunyikan"
                    onClicked: Staff.editor.setHidden(row.modelData.slug, !row.modelData.hidden)
                }
            }
        }
    }
}
