// Choosing a file from the USB stick: the drive (if there are several), then the file.
// Photos (the content editor's) show as pictures; videos (the clip page's) by name.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

Rectangle {
    id: picker
    objectName: "usbPicker"
    property string title: ""
    property var folders: [] // the USB drives found
    property string folder: "" // the one open
    property var files: [] // {path, name, url}: url "" for a file with no picture (a video)
    property string chooseHint: "ketuk foto yang ingin dipakai."
    property string plugHint: "Colokkan flashdisk berisi foto, lalu tekan Cari lagi."
    signal picked(string path)
    signal cancelled()
    signal rescan()
    signal openFolder(string folder)
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
            KButton { objectName: "usbRescan"; kind: "secondary"; text: "Cari lagi"; onClicked: picker.rescan() }
            KButton { objectName: "usbCancel"; kind: "secondary"; text: "Tutup"; onClicked: picker.cancelled() }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            visible: picker.folders.length > 1
            Repeater {
                model: picker.folders
                KButton {
                    required property string modelData
                    kind: picker.folder === modelData ? "primary" : "secondary"
                    text: modelData.split("/").pop()
                    onClicked: picker.openFolder(modelData)
                }
            }
        }
        BodyText {
            Layout.fillWidth: true
            text: picker.folder ? "Flashdisk " + picker.folder.split("/").pop() + ": " + picker.chooseHint
                                : picker.plugHint
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
            model: picker.files
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
                    Text { // a video: no picture, the play symbol in its place
                        anchors.centerIn: thumb
                        visible: usbImage.modelData.url === ""
                        text: "▶"
                        color: Theme.muted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.huge
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
