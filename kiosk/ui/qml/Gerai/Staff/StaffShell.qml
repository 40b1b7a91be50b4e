// Signed in: the staff bar (pages, back to visitors), the message banner, the page, and the
// receipt when one is shown.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

Item {
    id: shell
    objectName: "staffShell"

    readonly property var pages: [
        { key: "dashboard", label: "Dasbor" },
        { key: "content", label: "Konten" },
        { key: "settings", label: "Pengaturan" },
        { key: "handover", label: "Serah Terima" }
    ]

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            id: bar
            Layout.fillWidth: true
            Layout.preferredHeight: (barGrid.columns === 2 ? Theme.touch : barGrid.implicitHeight) + Theme.gap * 2
            color: Theme.primary
            // One row when the pages and "Kembali ke pengunjung" fit beside each other;
            // else (portrait) "Kembali ke pengunjung" gets a row of its own, never cut.
            GridLayout {
            id: barGrid
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            anchors.topMargin: Theme.gap
            anchors.bottomMargin: Theme.gap
            columns: pagesRow.implicitWidth + closeButton.implicitWidth + columnSpacing > width ? 1 : 2
            columnSpacing: Theme.gap / 2
            rowSpacing: Theme.gap / 2
            RowLayout {
                id: pagesRow
                Layout.fillWidth: true
                spacing: Theme.gap
                Heading {
                    id: shellTitle
                    level: 2
                    visible: barGrid.width > Theme.touch * 20
                    text: "Mode Petugas"
                    color: Theme.onPrimary
                }
                Item { visible: shellTitle.visible; Layout.preferredWidth: Theme.gap }
                Repeater {
                    model: shell.pages
                    KButton {
                        required property var modelData
                        objectName: "nav_" + modelData.key
                        // Video is a part of Konten (its own button did not fit a 1280 px bar).
                        kind: Staff.page === modelData.key || (Staff.page === "clips" && modelData.key === "content")
                              ? "accent" : "secondary"
                        text: modelData.label
                        onClicked: Staff.setPage(modelData.key)
                    }
                }
                Item { Layout.fillWidth: true }
            }
            KButton {
                id: closeButton
                objectName: "closeStaff"
                Layout.alignment: Qt.AlignRight
                kind: "secondary"
                text: "Kembali ke pengunjung ›"
                onClicked: Staff.close()
            }
            }
        }

        Banner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: visible ? Theme.gap : 0
        }

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: ({
                dashboard: "DashboardPage.qml",
                content: "ContentPage.qml",
                clips: "ClipsPage.qml",
                settings: "SettingsPage.qml",
                handover: "HandoverPage.qml"
            })[Staff.page]
        }
    }

    // The receipt on the screen (opening, spot-check or closing), over the banner and the
    // page: the bar stays, so staff can still leave.
    ReceiptView {
        id: receiptView
        readonly property var receipts: Staff.receipts
        anchors.fill: parent
        anchors.topMargin: bar.height
        visible: !!receiptView.receipt.line
        receipt: receiptView.receipts.receipt
        onDone: receiptView.receipts.clear()
    }
}
