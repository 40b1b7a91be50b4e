// The content editor: pick an innovation, edit its texts and photos, see the visitor page live.
// On a wide screen the preview sits beside the form; on a small one it opens full size.
import QtQuick
import QtQuick.Layouts
import Gerai

RowLayout {
    id: page
    objectName: "contentPage"
    spacing: Theme.gap
    readonly property bool roomy: width >= 1500
    // While the keyboard is up the live preview gets the whole column.
    readonly property bool typing: InputMethod.visible
    property string usbAction: "" // "" closed, "add", or "replace"
    property int selectedPhoto: -1
    property bool bigPreview: false
    Connections { target: Staff.editor; function onCurrentChanged() { page.selectedPhoto = -1 } }

    InnovationList {
        Layout.preferredWidth: page.width * (page.roomy ? 0.25 : 0.3)
        Layout.maximumWidth: Layout.preferredWidth
        Layout.fillHeight: true
        Layout.margins: Theme.margin
        Layout.rightMargin: 0
        narrow: !page.roomy
    }

    TextForm {
        id: form
        Layout.preferredWidth: page.width * (page.roomy ? 0.33 : 0.36)
        Layout.maximumWidth: Layout.preferredWidth
        Layout.fillHeight: true
        Layout.topMargin: Theme.margin
        Layout.bottomMargin: Theme.margin
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.margins: Theme.margin
        Layout.leftMargin: 0
        spacing: Theme.gap / 2
        BodyText {
            visible: page.roomy
            Layout.fillWidth: true
            text: "Pratinjau layar pengunjung"
            font.weight: Font.Bold
        }
        BodyText {
            visible: page.roomy && !page.typing
            Layout.fillWidth: true
            text: "Berubah saat Anda mengetik. Pengunjung baru melihatnya setelah Anda menekan Simpan."
            font.pixelSize: Theme.small
            color: Theme.muted
        }
        Preview {
            visible: page.roomy
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumHeight: width * 9 / 16
            detail: form.draft
        }
        Flow {
            visible: !page.typing
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            KButton {
                objectName: "bigPreview"
                kind: "secondary"
                text: page.roomy ? "Lihat ukuran penuh" : "Lihat pratinjau"
                onClicked: page.bigPreview = true
            }
            KButton { // the clips: hide, replace, play on the start screen
                objectName: "openClips"
                kind: "secondary"
                text: "Atur video ›"
                onClicked: Staff.setPage("clips")
            }
        }
        PhotoStrip {
            visible: !page.typing
            Layout.fillWidth: true
            Layout.topMargin: Theme.gap
            chosen: page.selectedPhoto
            onChoose: (photoId) => page.selectedPhoto = photoId
            onAdd: { Staff.clearMessage(); page.usbAction = "add"; Staff.editor.refreshUsb() }
            onReplace: { Staff.clearMessage(); page.usbAction = "replace"; Staff.editor.refreshUsb() }
            onRemove: { Staff.editor.removePhoto(page.selectedPhoto); page.selectedPhoto = -1 }
        }
        // Without the preview the rest stays at the top; with it, the preview takes the room.
        Item { visible: !page.typing && !page.roomy; Layout.fillHeight: true }
    }

    Rectangle {
        objectName: "bigPreviewOverlay"
        parent: page.parent
        anchors.fill: parent
        visible: page.bigPreview
        z: 10
        color: Theme.text
        MouseArea { anchors.fill: parent }
        Preview { anchors.fill: parent; detail: form.draft }
        KButton {
            objectName: "closeBigPreview"
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.margin
            kind: "accent"
            text: "Tutup pratinjau"
            onClicked: page.bigPreview = false
        }
    }

    UsbPicker {
        parent: page.parent
        anchors.fill: parent
        visible: page.usbAction !== ""
        title: page.usbAction === "add" ? "Tambah foto dari flashdisk" : "Ganti foto dengan foto dari flashdisk"
        folders: Staff.editor.usbFolders
        folder: Staff.editor.usbFolder
        files: Staff.editor.usbImages
        onRescan: Staff.editor.refreshUsb()
        onOpenFolder: (folder) => Staff.editor.openFolder(folder)
        onPicked: (path) => {
            const ok = page.usbAction === "add" ? Staff.editor.addPhoto(path)
                                                : Staff.editor.replacePhoto(page.selectedPhoto, path)
            if (ok) { page.usbAction = ""; page.selectedPhoto = -1 }
        }
        onCancelled: page.usbAction = ""
    }
}
