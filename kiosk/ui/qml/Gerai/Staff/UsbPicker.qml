// Choosing a photo from the USB stick: the drive (if there are several), then the photo.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

Rectangle {
    id: picker
    objectName: "usbPicker"
    property string title: ""
    signal picked(string path)
    signal cancelled()
    color: Theme.background
    z: 10

    MouseArea { anchors.fill: parent }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        RowLayout {
            Layout.fillWidth: true
            Heading {
                level: 2
                Layout.fillWidth: true
                text: picker.title
            }
            KButton { objectName: "usbRescan"; kind: "secondary"; text: "Cari lagi"; onClicked: Staff.editor.refreshUsb() }
            KButton { objectName: "usbCancel"; kind: "secondary"; text: "Tutup"; onClicked: picker.cancelled() }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            visible: Staff.editor.usbFolders.length > 1
            Repeater {
                model: Staff.editor.usbFolders
                KButton {
                    required property string modelData
                    kind: Staff.editor.usbFolder === modelData ? "primary" : "secondary"
                    text: modelData.split("/").pop()
                    onClicked: Staff.editor.openFolder(modelData)
                }
            }
        }
        BodyText {
            Layout.fillWidth: true
            text: Staff.editor.usbFolder ? "Flashdisk " + Staff.editor.usbFolder.split("/").pop() + ": ketuk foto yang ingin dipakai."
                                         : "Colokkan flashdisk berisi foto, lalu tekan Cari lagi."
            font.pixelSize: Theme.small
        }
        GridView {
            id: grid
            objectName: "usbImages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: width / Math.max(1, Math.floor(width / (Theme.touch * 3.2)))
            cellHeight: cellWidth * 0.75 + Theme.small * 2
            model: Staff.editor.usbImages
            delegate: Item {
                id: usbImage
                required property var modelData
                required property int index
                objectName: "usbImage_" + index
                width: grid.cellWidth
                height: grid.cellHeight
                Rectangle {
                    anchors.fill: parent
                    anchors.margins: Theme.gap / 2
                    radius: 8
                    color: tapArea.pressed ? Qt.lighter(Theme.accent, 1.3) : Theme.surface
                    border.color: Theme.borderStrong
                    border.width: 2
                    Image {
                        id: thumb
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: 6
                        height: parent.height - Theme.small * 1.8
                        source: usbImage.modelData.url
                        sourceSize.width: 400
                        asynchronous: true
                        fillMode: Image.PreserveAspectFit
                    }
                    BodyText {
                        anchors.top: thumb.bottom
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: parent.width - 12
                        horizontalAlignment: Text.AlignHCenter
                        text: usbImage.modelData.name
                        font.pixelSize: Theme.small
                        elide: Text.ElideMiddle
                        maximumLineCount: 1
                    }
                    MouseArea { id: tapArea; anchors.fill: parent; onClicked: picker.picked(usbImage.modelData.path) }
                }
            }
        }
    }
}
