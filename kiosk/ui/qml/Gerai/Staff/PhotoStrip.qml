// The innovation's photos as thumbnails: tap one to choose it, then replace or remove it.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

ColumnLayout {
    id: strip
    objectName: "photoStrip"
    property int chosen: -1
    readonly property var photos: Staff.editor.current.photos || []
    signal choose(int photoId)
    signal add()
    signal replace()
    signal remove()
    spacing: Theme.gap / 2

    BodyText {
        Layout.fillWidth: true
        text: "Foto (" + strip.photos.length + ")" + (strip.photos.length ? ": ketuk foto untuk memilihnya" : "")
        font.weight: Font.Bold
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap / 2
        Repeater {
            model: strip.photos
            Rectangle {
                id: photo
                required property var modelData
                objectName: "photo_" + modelData.id
                width: Theme.touch * 1.6
                height: Theme.touch * 1.1
                color: Theme.photoBackdrop
                border.width: strip.chosen === modelData.id ? 6 : 0
                border.color: Theme.accent
                Image {
                    anchors.fill: parent
                    anchors.margins: parent.border.width
                    source: photo.modelData.thumb
                    asynchronous: true
                    fillMode: Image.PreserveAspectCrop
                }
                MouseArea { anchors.fill: parent; onClicked: strip.choose(photo.modelData.id) }
            }
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.gap / 2
        KButton { objectName: "addPhoto"; kind: "secondary"; text: "+ Tambah foto"; onClicked: strip.add() }
        KButton { objectName: "replacePhoto"; kind: "secondary"; text: "Ganti"; enabled: strip.chosen >= 0; onClicked: strip.replace() }
        KButton { objectName: "removePhoto"; kind: "secondary"; text: "Hapus"; enabled: strip.chosen >= 0; onClicked: strip.remove() }
    }
}
