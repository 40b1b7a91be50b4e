// Choosing a photo from the USB stick: the drive (if there are several), then the photo.
import QtQuick
import QtQuick.Layouts
import ".."

Rectangle {
    id: picker
    objectName: "usbPicker"
    property string title: ""
    signal picked(string path)
    signal cancelled()
    color: theme.background
    z: 10

    MouseArea { anchors.fill: parent }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: theme.margin
        spacing: theme.gap
        RowLayout {
            Layout.fillWidth: true
            StaffText {
                Layout.fillWidth: true
                text: picker.title
                font.pixelSize: theme.heading
                font.weight: Font.Bold
            }
            KButton { objectName: "usbRescan"; kind: "secondary"; text: "Cari lagi"; onClicked: staff.editor.refreshUsb() }
            KButton { objectName: "usbCancel"; kind: "secondary"; text: "Tutup"; onClicked: picker.cancelled() }
        }
        Flow {
            Layout.fillWidth: true
            spacing: theme.gap / 2
            visible: staff.editor.usbFolders.length > 1
            Repeater {
                model: staff.editor.usbFolders
                KButton {
                    required property string modelData
                    kind: staff.editor.usbFolder === modelData ? "primary" : "secondary"
                    text: modelData.split("/").pop()
                    onClicked: staff.editor.openFolder(modelData)
                }
            }
        }
        StaffText {
            Layout.fillWidth: true
            text: staff.editor.usbFolder ? "Flashdisk " + staff.editor.usbFolder.split("/").pop() + ": ketuk foto yang ingin dipakai."
                                         : "Colokkan flashdisk berisi foto, lalu tekan Cari lagi."
            font.pixelSize: theme.small
        }
        GridView {
            id: grid
            objectName: "usbImages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: width / Math.max(1, Math.floor(width / (theme.touch * 3.2)))
            cellHeight: cellWidth * 0.75 + theme.small * 2
            model: staff.editor.usbImages
            delegate: Item {
                required property var modelData
                required property int index
                objectName: "usbImage_" + index
                width: grid.cellWidth
                height: grid.cellHeight
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: theme.gap / 2
                    radius: 8
                    color: tapArea.pressed ? Qt.lighter(theme.accent, 1.3) : "#ffffff"
                    border.color: "#9a9488"
                    border.width: 2
                    Image {
                        id: thumb
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: 6
                        height: parent.height - theme.small * 1.8
                        source: modelData.url
                        sourceSize.width: 400
                        asynchronous: true
                        fillMode: Image.PreserveAspectFit
                    }
                    StaffText {
                        anchors.top: thumb.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: parent.width - 12
                        horizontalAlignment: Text.AlignHCenter
                        text: modelData.name
                        font.pixelSize: theme.small
                        elide: Text.ElideMiddle
                        maximumLineCount: 1
                    }
                    MouseArea { id: tapArea; anchors.fill: parent; onClicked: picker.picked(modelData.path) }
                }
            }
        }
    }
}
