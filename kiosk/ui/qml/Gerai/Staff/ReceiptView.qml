// A receipt, full page: opening, spot-check or closing (`receipt.kind`). Title, instruction
// and fields come from Python (kiosk/staff/receipts.py receipt_screen); the QR code carries
// the same facts in compact form, which the organizers' merge reads.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

Rectangle {
    id: view
    objectName: "receiptView"
    property var receipt: ({})
    readonly property bool tall: view.height > 900
    signal done()
    color: Theme.surface
    z: 10

    MouseArea { anchors.fill: parent }

    // Landscape: the code as large as the page allows with the button under it, the fields
    // beside it with the whole height. Portrait: code, fields, button, one under the other.
    GridLayout {
        id: grid
        readonly property bool portrait: view.height > view.width
        readonly property int side: grid.portrait
            ? Math.min(view.width - 2 * Theme.margin, (view.height - 2 * Theme.margin) * 0.4)
            : Math.min(view.height - 2 * Theme.margin - Theme.touch - Theme.gap,
                       (view.width - 2 * Theme.margin) * 0.37)
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: grid.portrait ? 1 : 2
        columnSpacing: Theme.margin
        rowSpacing: Theme.gap

        QrCode {
            objectName: "receiptQr"
            text: view.receipt.qr || ""
            Layout.row: 0
            Layout.column: 0
            Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
            Layout.preferredWidth: grid.side
            Layout.minimumWidth: grid.side // a long value beside it does not squeeze it
            Layout.preferredHeight: grid.side
        }

        KButton {
            objectName: "receiptDone"
            Layout.row: grid.portrait ? 2 : 1
            Layout.column: 0
            Layout.alignment: Qt.AlignBottom
            Layout.fillWidth: !grid.portrait
            Layout.maximumWidth: grid.portrait ? Number.POSITIVE_INFINITY : grid.side
            kind: "accent"
            text: "Selesai, sudah difoto"
            onClicked: view.done()
        }

        ColumnLayout {
            Layout.row: grid.portrait ? 1 : 0
            Layout.column: grid.portrait ? 0 : 1
            Layout.rowSpan: grid.portrait ? 1 : 2
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap / 2
            Heading {
                objectName: "receiptTitle"
                Layout.fillWidth: true
                text: view.receipt.title || ""
                level: view.tall ? 1 : 2
                color: Theme.primary
            }
            BodyText {
                objectName: "receiptInstruction"
                Layout.fillWidth: true
                text: view.receipt.instruction || ""
                // the closing receipt: green once the stick may be pulled out
                color: view.receipt.stick === "safe" ? Theme.success
                     : view.receipt.stick === "unsafe" ? Theme.danger : Theme.text
                font.weight: Font.DemiBold
            }
            Repeater {
                model: view.receipt.fields || []
                // "Label: value" on one line when it fits; a long value (a hash) on the next.
                Flow {
                    id: pair
                    required property var modelData
                    // e.g. receiptCount; `v` is the value as shown (tests read it)
                    readonly property string v: pair.modelData.value
                    objectName: "receipt" + pair.modelData.key.charAt(0).toUpperCase() + pair.modelData.key.slice(1)
                    visible: view.tall || !pair.modelData.optional
                    Layout.fillWidth: true
                    spacing: 0 // the label's padding parts them on one line, nothing when wrapped
                    BodyText {
                        text: pair.modelData.label + ":"
                        rightPadding: Theme.gap / 2
                        font.pixelSize: Theme.small
                        color: Theme.muted
                    }
                    BodyText {
                        width: Math.min(implicitWidth, pair.width)
                        text: pair.v
                        font.family: "DejaVu Sans Mono"
                        font.pixelSize: Theme.small
                        font.weight: Font.Bold
                        wrapMode: Text.Wrap // between blocks of a hash; anywhere if it must
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
