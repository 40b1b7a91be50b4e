// The closing receipt, full page: every field as text, and the same line as a QR code.
import QtQuick
import QtQuick.Layouts
import Gerai

Rectangle {
    id: view
    objectName: "receiptView"
    property var receipt: ({})
    signal done()
    color: "#ffffff"
    z: 10

    MouseArea { anchors.fill: parent }

    component Pair: ColumnLayout {
        property string k: ""
        property string v: ""
        Layout.fillWidth: true
        spacing: 0
        BodyText { text: parent.k; font.pixelSize: Theme.small; color: "#4a4a4a" }
        BodyText {
            Layout.fillWidth: true
            text: parent.v
            font.family: "DejaVu Sans Mono"
            font.pixelSize: Theme.small
            font.weight: Font.Bold
            wrapMode: Text.WrapAnywhere
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.margin

        QrCode {
            objectName: "receiptQr"
            text: view.receipt.line || ""
            Layout.preferredWidth: Math.min(parent.height, parent.width * 0.42)
            Layout.preferredHeight: Layout.preferredWidth
            Layout.alignment: Qt.AlignVCenter
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap / 2
            Heading {
                Layout.fillWidth: true
                text: "Tanda terima penutupan"
                level: view.height > 900 ? 1 : 2
                color: Theme.primary
            }
            BodyText {
                Layout.fillWidth: true
                text: "Ekspor berhasil dan sudah diperiksa. Minta panitia memotret layar ini."
                color: "#14532d"
                font.weight: Font.DemiBold
            }
            Pair { objectName: "receiptAgency"; k: "OPD · ID kios"; v: (view.receipt.agency || "") + " · " + (view.receipt.kioskId || "") }
            Pair { objectName: "receiptCount"; k: "Jumlah catatan · nomor urut terakhir"; v: (view.receipt.count || 0) + " · " + (view.receipt.lastSeq || 0) }
            Pair { k: "Hash terakhir (head)"; v: view.receipt.headHash || "" }
            Pair { k: "SHA-256 berkas"; v: view.receipt.sha256 || "" }
            Pair { visible: view.height > 900; k: "Nama berkas di flashdisk"; v: (view.receipt.path || "").split("/").pop() }
            Item { Layout.fillHeight: true }
            KButton {
                objectName: "receiptDone"
                Layout.alignment: Qt.AlignRight
                kind: "accent"
                text: "Selesai, sudah difoto"
                onClicked: view.done()
            }
        }
    }
}
