// Receipts for the organizers (opening, spot-check), closing time: export to the USB stick with
// its closing receipt; automatic backups. StaffShell shows the receipts.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

RowLayout {
    id: page
    objectName: "handoverPage"
    readonly property var h: Staff.handover
    readonly property var receipts: Staff.receipts
    property string folder: ""
    property int backupMinutes: page.h.backupMinutes
    spacing: Theme.margin
    Component.onCompleted: page.h.refreshFolders()

    component Section: Heading { level: 2; Layout.fillWidth: true }
    component Hint: BodyText { Layout.fillWidth: true; font.pixelSize: Theme.small; color: Theme.muted }

    ColumnLayout {
        Layout.preferredWidth: page.width * 0.44
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

        Item { Layout.preferredHeight: Theme.gap }
        Section { text: "Cadangan otomatis" }
        Hint {
            objectName: "backupStatus"
            text: page.h.backupError !== "" ? "⚠ " + page.h.backupError
                : page.h.backupFolder !== "" ? "Aktif: ke " + page.h.backupFolder + " setiap " + page.h.backupMinutes + " menit (5 salinan terakhir disimpan)."
                : "Mati. Pilih flashdisk kedua di atas, atur selang waktu, lalu tekan Aktifkan."
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

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.margins: Theme.margin
        Layout.leftMargin: 0
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: 2
        ColumnLayout {
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
            Item { Layout.preferredHeight: Theme.gap / 2 }
            Section { text: "Saat stan tutup" }
            Hint { text: "Setelah ekspor, struk penutupan tampil untuk dipotret panitia, dan Gerai melepas flashdisk bila komputer mengizinkan. Suara yang masuk setelah ekspor ikut pada ekspor berikutnya."; color: Theme.text }
            Item { Layout.fillHeight: true }
        }
    }
}
