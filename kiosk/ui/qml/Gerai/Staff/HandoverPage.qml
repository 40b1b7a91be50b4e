// Closing time: export to the USB stick with its closing receipt, and whether the stick may be
// pulled out; receipts for the organizers (opening, spot-check); automatic backups.
// StaffShell shows the receipts.
// Scrolls when it is taller than the screen (1366x768, or the note after an export).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Gerai

Flickable {
    id: page
    objectName: "handoverPage"
    readonly property var h: Staff.handover
    readonly property var receipts: Staff.receipts
    property string folder: ""
    property int backupMinutes: page.h.backupMinutes
    contentHeight: row.height
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {
        objectName: "handoverScroll"
        policy: page.contentHeight > page.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        width: Theme.gap
        contentItem: Rectangle { implicitWidth: Theme.gap; radius: width / 2; color: Theme.borderStrong }
    }
    Component.onCompleted: page.h.refreshFolders()

    component Section: Heading { level: 2; Layout.fillWidth: true }
    component Hint: BodyText { Layout.fillWidth: true; font.pixelSize: Theme.small; color: Theme.muted }

    RowLayout {
        id: row
        width: page.width
        height: Math.max(page.height, implicitHeight)
        spacing: Theme.margin

        ColumnLayout {
            Layout.preferredWidth: page.width * 0.44
            Layout.minimumWidth: page.width * 0.44
            Layout.maximumWidth: page.width * 0.44
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            Layout.rightMargin: 0
            spacing: Theme.gap

            Section { text: "Ekspor ke USB" }
            Hint { text: "1. Colokkan flashdisk panitia.\n2. Pilih flashdisk di bawah.\n3. Tekan Ekspor ke USB.\n4. Cabut flashdisk setelah layar menulis “Flashdisk aman dicabut”." }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap / 2
                Repeater {
                    model: page.h.folders
                    KButton {
                        required property string modelData
                        required property int index
                        objectName: "exportFolder_" + index
                        kind: page.folder === modelData ? "primary" : "secondary"
                        text: modelData.split("/").pop()
                        onClicked: page.folder = modelData
                    }
                }
                KButton { objectName: "rescanFolders"; kind: "quiet"; text: "Cari lagi"; onClicked: page.h.refreshFolders() }
            }
            Hint { visible: page.h.folders.length === 0; text: "Belum ada flashdisk terbaca." }
            KButton {
                objectName: "exportButton"
                Layout.fillWidth: true
                kind: "accent"
                enabled: page.folder !== "" && !page.h.busy
                text: page.h.busy ? "Sedang mengekspor…" : "Ekspor ke USB"
                fontSize: Theme.heading
                onClicked: page.h.exportTo(page.folder)
            }
            // After an export: whether the stick may be pulled out yet (it is flushed, then
            // ejected where the system allows), also once the receipt is closed.
            Hint {
                objectName: "releaseNote"
                visible: page.h.releaseNote !== ""
                text: page.h.releaseNote
                color: page.h.releaseState === "safe" ? Theme.success
                     : page.h.releaseState === "unsafe" ? Theme.danger : Theme.text
                font.weight: Font.DemiBold
            }
            Section { text: "Saat stan tutup" }
            Hint { text: "Setelah ekspor, struk penutupan tampil untuk dipotret panitia, dan Gerai melepas flashdisk bila komputer mengizinkan. Suara yang masuk setelah ekspor ikut pada ekspor berikutnya."; color: Theme.text }
            Item { Layout.fillHeight: true }
        }

        // The receipts for the organizers in their card, automatic backups below it.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
            Layout.leftMargin: 0
            spacing: Theme.gap

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: receiptsColumn.implicitHeight + Theme.margin * 2
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: 2
                ColumnLayout {
                    id: receiptsColumn
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.gap
                    Section { text: "Struk untuk panitia" }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.gap / 2
                        KButton { objectName: "showOpeningReceipt"; kind: "secondary"; text: "Struk pembukaan"; onClicked: page.receipts.showOpening() }
                        KButton { objectName: "showSpotReceipt"; kind: "secondary"; text: "Struk pemeriksaan"; onClicked: page.receipts.showSpot() }
                    }
                    Hint { text: "Pembukaan: setelah persiapan, sebelum pengunjung pertama. Pemeriksaan: kapan saja panitia meminta."; color: Theme.text }
                }
            }
            Item { Layout.preferredHeight: Theme.gap / 2 }
            Section { text: "Cadangan otomatis" }
            Hint {
                objectName: "backupStatus"
                text: page.h.backupError !== "" ? "⚠ " + page.h.backupError
                    : page.h.backupFolder !== "" ? "Aktif: ke " + page.h.backupFolder + " setiap " + page.h.backupMinutes + " menit (5 salinan terakhir disimpan)."
                    : "Mati. Pilih flashdisk kedua di bawah Ekspor ke USB, atur selang waktu, lalu tekan Aktifkan."
                color: page.h.backupError !== "" ? Theme.danger : Theme.muted
            }
            RowLayout {
                spacing: Theme.gap
                Stepper { objectName: "backupMinutes"; value: page.backupMinutes; from: 5; to: 60; step: 5; unit: " mnt"; onChanged: (v) => page.backupMinutes = v }
                KButton { objectName: "backupOn"; kind: "secondary"; text: "Aktifkan"; enabled: page.folder !== ""; onClicked: page.h.configureBackup(page.folder, page.backupMinutes) }
                KButton { objectName: "backupOff"; kind: "quiet"; text: "Matikan"; visible: page.h.backupFolder !== ""; onClicked: page.h.configureBackup("", page.backupMinutes) }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
