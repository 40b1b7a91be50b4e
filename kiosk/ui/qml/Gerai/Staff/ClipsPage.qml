// The booth's video clips, per innovation: hide or show each, choose it for the start
// screen's loop, or replace it with a video from the USB stick. Every change is recorded.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

Item {
    id: page
    objectName: "clipsPage"
    readonly property var panel: Staff.clips
    property int replacing: -1 // the clip being replaced (the USB picker is open), else -1

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            KButton {
                objectName: "clipsBack"
                kind: "secondary"
                text: "‹ Teks dan foto"
                onClicked: Staff.setPage("content")
            }
            Heading {
                level: 2
                Layout.fillWidth: true
                text: "Video inovasi"
            }
        }
        BodyText {
            Layout.fillWidth: true
            text: "Video tampil di halaman inovasinya; pengunjung memutarnya tanpa suara, dengan teks. "
                  + "Video yang dipilih untuk layar awal juga diputar di antara foto layar awal."
            font.pixelSize: Theme.small
            color: Theme.muted
        }
        BodyText {
            objectName: "noClips"
            Layout.fillWidth: true
            visible: page.panel.clipCount === 0
            text: "Belum ada video untuk inovasi OPD Anda. Video dimasukkan panitia lewat paket festival."
        }

        ListView {
            id: list
            objectName: "clipList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.panel.clipCount > 0
            clip: true
            spacing: Theme.gap
            model: page.panel.innovations
            delegate: ColumnLayout {
                id: group
                required property var modelData
                width: list.width
                spacing: Theme.gap / 2
                Heading {
                    level: 2
                    Layout.fillWidth: true
                    text: group.modelData.title
                    opacity: group.modelData.hidden ? 0.55 : 1
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: group.modelData.hidden
                    text: "Inovasi ini disembunyikan: videonya juga tidak tampil."
                    font.pixelSize: Theme.small
                    color: Theme.danger
                }
                BodyText {
                    Layout.fillWidth: true
                    visible: group.modelData.clips.length === 0
                    text: "Belum ada video."
                    font.pixelSize: Theme.small
                    color: Theme.muted
                }
                Repeater {
                    model: group.modelData.clips
                    Rectangle {
                        id: row
                        required property var modelData
                        objectName: "clipRow_" + modelData.id
                        Layout.fillWidth: true
                        implicitHeight: rowContent.implicitHeight + Theme.gap * 2
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.border
                        border.width: 2

                        RowLayout {
                            id: rowContent
                            anchors.fill: parent
                            anchors.margins: Theme.gap
                            spacing: Theme.gap
                            Rectangle {
                                objectName: "clipPoster_" + row.modelData.id
                                Layout.preferredWidth: Theme.touch * 2.6
                                Layout.preferredHeight: Theme.touch * 2.6 * 9 / 16
                                Layout.alignment: Qt.AlignTop
                                color: Theme.photoBackdrop
                                radius: Theme.radius / 2
                                clip: true
                                Image {
                                    anchors.fill: parent
                                    source: row.modelData.poster
                                    sourceSize.width: 480
                                    asynchronous: true
                                    fillMode: Image.PreserveAspectFit
                                    opacity: row.modelData.hidden ? 0.45 : 1
                                }
                                Rectangle { // the length, as on a video site
                                    anchors.right: parent.right
                                    anchors.bottom: parent.bottom
                                    anchors.margins: 6
                                    width: length.implicitWidth + Theme.gap / 2
                                    height: length.implicitHeight + 4
                                    radius: 6
                                    color: Theme.scrim
                                    Text {
                                        id: length
                                        objectName: "clipDuration_" + row.modelData.id
                                        anchors.centerIn: parent
                                        text: row.modelData.duration
                                        color: Theme.onPhoto
                                        font.family: Theme.fontFamily
                                        font.pixelSize: Theme.small
                                    }
                                }
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignTop
                                spacing: 4
                                BodyText {
                                    Layout.fillWidth: true
                                    text: row.modelData.title
                                    font.weight: Font.DemiBold
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                }
                                BodyText {
                                    Layout.fillWidth: true
                                    text: row.modelData.file + " · " + row.modelData.duration + " · " + row.modelData.size
                                    font.pixelSize: Theme.small
                                    color: Theme.muted
                                    elide: Text.ElideMiddle
                                    maximumLineCount: 1
                                }
                                BodyText {
                                    objectName: "clipStatus_" + row.modelData.id
                                    Layout.fillWidth: true
                                    text: row.modelData.hidden ? "Disembunyikan dari pengunjung"
                                        : row.modelData.inAttract ? "Tampil di halaman inovasi dan diputar di layar awal"
                                        : "Tampil di halaman inovasi"
                                    font.pixelSize: Theme.small
                                    font.weight: Font.DemiBold
                                    color: row.modelData.hidden ? Theme.danger
                                        : row.modelData.inAttract ? Theme.success : Theme.text
                                }
                                Flow {
                                    Layout.fillWidth: true
                                    Layout.topMargin: Theme.gap / 2
                                    spacing: Theme.gap / 2
                                    KButton {
                                        objectName: "clipHide_" + row.modelData.id
                                        kind: "secondary"
                                        enabled: !page.panel.busy
                                        text: row.modelData.hidden ? "Tampilkan" : "Sembunyikan"
                                        onClicked: page.panel.setHidden(row.modelData.id, !row.modelData.hidden)
                                    }
                                    KButton {
                                        objectName: "clipAttract_" + row.modelData.id
                                        kind: row.modelData.inAttract ? "primary" : "secondary"
                                        enabled: !page.panel.busy && !row.modelData.hidden
                                        text: row.modelData.inAttract ? "✓ Diputar di layar awal" : "Putar di layar awal"
                                        onClicked: page.panel.setInAttract(row.modelData.id, !row.modelData.inAttract)
                                    }
                                    KButton {
                                        objectName: "clipReplace_" + row.modelData.id
                                        kind: "secondary"
                                        enabled: !page.panel.busy
                                        text: "Ganti dari flashdisk"
                                        onClicked: {
                                            Staff.clearMessage()
                                            page.replacing = row.modelData.id
                                            page.panel.refreshUsb()
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    UsbPicker {
        anchors.fill: parent
        visible: page.replacing >= 0
        title: "Ganti video dengan video dari flashdisk"
        folders: page.panel.usbFolders
        folder: page.panel.usbFolder
        files: page.panel.usbFiles
        chooseHint: "ketuk video yang ingin dipakai. Gerai memeriksanya dulu, beberapa detik."
        plugHint: "Colokkan flashdisk berisi video (MP4), lalu tekan Cari lagi."
        onRescan: page.panel.refreshUsb()
        onOpenFolder: (folder) => page.panel.openFolder(folder)
        onPicked: (path) => { page.panel.replace(page.replacing, path); page.replacing = -1 }
        onCancelled: page.replacing = -1
    }
}
