pragma ComponentBehavior: Bound
// Hand-over: a stick (or any folder) copied, verified and merged in the background;
// a closing receipt typed, scanned or read from a photo; what came of the last one.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Gerai

Item {
    id: page
    objectName: "handoverPage"

    DeskWords { id: words }

    component Label2: Text {
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: DeskStyle.body
        wrapMode: Text.WordWrap
    }
    component Title2: Text {
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: DeskStyle.heading
        font.weight: Font.Bold
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose the stick or folder with the booth files")
        onAccepted: folderField.text = selectedFolder.toString()
    }
    FileDialog {
        id: photoDialog
        title: qsTr("Choose the photo of the receipt")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)")]
        onAccepted: Desk.addReceiptPhoto(selectedFile.toString())
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: DeskStyle.margin
        spacing: DeskStyle.margin * 2

        // Left: the booth's files
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: DeskStyle.gap

            Title2 { text: qsTr("1. The booth's files") }
            Label2 {
                Layout.fillWidth: true
                text: qsTr("Plug in the stick, then choose it below, or choose any folder. The files are copied to the desk's folder first, then checked and merged while you go on working.")
            }
            Repeater {
                model: Desk.sticks
                delegate: DeskButton {
                    required property string modelData
                    objectName: "stick_" + modelData.split("/").pop()
                    Layout.fillWidth: true
                    kind: "secondary"
                    text: qsTr("Take in the files on %1").arg(modelData.split("/").pop())
                    onClicked: Desk.handOver(modelData)
                }
            }
            Label2 {
                visible: Desk.sticks.length === 0
                Layout.fillWidth: true
                color: Theme.muted
                text: qsTr("No stick found yet.")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: DeskStyle.gap
                TextField {
                    id: folderField
                    objectName: "folderField"
                    Layout.fillWidth: true
                    implicitHeight: DeskStyle.control
                    placeholderText: qsTr("Folder, e.g. /media/panitia/STAN-A3")
                    font.family: Theme.fontFamily
                    font.pixelSize: DeskStyle.body
                    onAccepted: takeButton.clicked()
                }
                DeskButton {
                    objectName: "chooseFolderButton"
                    kind: "secondary"
                    text: qsTr("Choose…")
                    onClicked: folderDialog.open()
                }
            }
            DeskButton {
                id: takeButton
                objectName: "takeInButton"
                text: qsTr("Take in and merge")
                enabled: folderField.text.length > 0
                onClicked: Desk.handOver(folderField.text)
            }

            Title2 {
                Layout.topMargin: DeskStyle.margin
                text: qsTr("2. The closing receipt")
            }
            Label2 {
                Layout.fillWidth: true
                text: Desk.photoFolder
                    ? qsTr("Photos synced to %1 are read by themselves. Or choose a photo, or type or scan the receipt.").arg(Desk.photoFolder)
                    : qsTr("Choose the photo of the receipt, or type or scan it (a QR scanner types it here).")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: DeskStyle.gap
                TextField {
                    id: receiptField
                    objectName: "receiptField"
                    Layout.fillWidth: true
                    implicitHeight: DeskStyle.control
                    placeholderText: "GERAI-RECEIPT v2 kind=close …"
                    font.family: Theme.fontFamily
                    font.pixelSize: DeskStyle.body
                    onAccepted: saveReceipt.clicked()
                }
                DeskButton {
                    id: saveReceipt
                    objectName: "saveReceiptButton"
                    text: qsTr("Save receipt")
                    enabled: receiptField.text.length > 0
                    onClicked: {
                        if (Desk.addReceiptText(receiptField.text))
                            receiptField.text = ""
                    }
                }
            }
            DeskButton {
                objectName: "choosePhotoButton"
                kind: "secondary"
                text: qsTr("Choose a photo of the receipt…")
                onClicked: photoDialog.open()
            }
            Item { Layout.fillHeight: true }
        }

        // Right: what came of the last hand-over or receipt
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: DeskStyle.gap

            Title2 { text: qsTr("Last hand-over") }
            Label2 {
                objectName: "outcomeText"
                Layout.fillWidth: true
                readonly property var outcome: Desk.outcome
                visible: outcome.kind !== undefined
                color: outcome.ok ? DeskStyle.stateColor("receipted") : DeskStyle.stateColor("problem")
                font.weight: Font.DemiBold
                text: outcome.kind === undefined ? ""
                    : !outcome.ok && outcome.problem ? words.problem(outcome.problem)
                    : !outcome.ok ? qsTr("Merged, but a file needs attention: see below and on the board.")
                    : outcome.kind === "publish" ? qsTr("Report written to %1.").arg(outcome.written)
                    : outcome.note === "waiting" ? qsTr("Receipt saved: it is checked when the booth's file comes in.")
                    : outcome.note === "checked" ? qsTr("Receipt saved and checked against the booth's file: see the board.")
                    : outcome.note === "no_receipt" ? qsTr("Merged. Now the closing receipt: photograph it, or type or scan it.")
                    : qsTr("Done: every file accepted.")
            }
            Label2 {
                objectName: "outcomeDetail"
                Layout.fillWidth: true
                visible: text !== ""
                text: Desk.outcome.detail ? words.technical(Desk.outcome.detail) : ""
                textFormat: Text.PlainText
                color: Theme.muted
                font.pixelSize: DeskStyle.small
            }
            ListView {
                id: files
                objectName: "outcomeFiles"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 4
                model: Desk.outcome.files || []
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    id: fileRow
                    required property var modelData
                    width: files.width
                    implicitHeight: fileColumn.implicitHeight + DeskStyle.gap
                    radius: DeskStyle.radius
                    color: modelData.clean ? Theme.surface : DeskStyle.stateSurface("problem")
                    border.color: modelData.clean ? Theme.border : DeskStyle.stateColor("problem")
                    ColumnLayout {
                        id: fileColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.margins: DeskStyle.gap
                        spacing: 2
                        Label2 {
                            Layout.fillWidth: true
                            text: (fileRow.modelData.agency ? fileRow.modelData.agency + " · " : "") + fileRow.modelData.name
                            textFormat: Text.PlainText
                            font.weight: Font.DemiBold
                        }
                        Label2 {
                            Layout.fillWidth: true
                            text: words.status(fileRow.modelData.status)
                                + (fileRow.modelData.records ? " · " + qsTr("%n record(s) merged", "", fileRow.modelData.records) : "")
                                + (words.todo(fileRow.modelData.status) ? " — " + words.todo(fileRow.modelData.status) : "")
                            color: fileRow.modelData.clean ? Theme.text : DeskStyle.stateColor("problem")
                            font.pixelSize: DeskStyle.small
                        }
                        Label2 {
                            Layout.fillWidth: true
                            visible: !fileRow.modelData.clean
                            text: fileRow.modelData.detail ? words.technical(fileRow.modelData.detail) : ""
                            textFormat: Text.PlainText
                            color: Theme.muted
                            font.pixelSize: DeskStyle.small
                        }
                    }
                }
            }
        }
    }
}
