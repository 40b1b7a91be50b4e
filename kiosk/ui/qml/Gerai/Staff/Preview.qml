// The visitor's detail page, drawn at the kiosk's size and scaled down to fit.
import QtQuick
import QtQuick.Layouts
import Gerai

Rectangle {
    id: preview
    objectName: "preview"
    property var detail: ({})
    readonly property real designWidth: 1600
    readonly property real designHeight: 900
    readonly property real factor: Math.min(width / designWidth, height / designHeight)
    color: Theme.border
    clip: true

    Rectangle {
        width: preview.designWidth
        height: preview.designHeight
        scale: preview.factor
        transformOrigin: Item.TopLeft
        x: (preview.width - width * scale) / 2
        color: Theme.background
        border.color: Theme.primary
        border.width: 4

        RowLayout {
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.margin
            ColumnLayout {
                Layout.preferredWidth: parent.width * 0.45
                Layout.fillHeight: true
                spacing: Theme.gap
                Gallery {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    photos: preview.detail.photos || []
                    captions: preview.detail.captions || []
                }
                QrBlock {
                    Layout.fillWidth: true
                    url: preview.detail.url || ""
                    contact: preview.detail.contact || ""
                }
            }
            InnovationText {
                objectName: "previewText"
                Layout.fillWidth: true
                Layout.fillHeight: true
                detail: preview.detail
            }
        }
    }
}
