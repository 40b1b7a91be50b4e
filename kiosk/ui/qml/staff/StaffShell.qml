// Signed in: the staff bar (pages, back to visitors), the message banner, and the page.
import QtQuick
import QtQuick.Layouts
import ".."

ColumnLayout {
    objectName: "staffShell"
    spacing: 0

    readonly property var pages: [
        { key: "dashboard", label: "Dasbor" },
        { key: "content", label: "Konten" },
        { key: "settings", label: "Pengaturan" },
        { key: "handover", label: "Serah Terima" }
    ]

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: theme.touch + theme.gap * 2
        color: theme.primary
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: theme.margin
            anchors.rightMargin: theme.margin
            spacing: theme.gap
            StaffText {
                id: shellTitle
                visible: parent.width > theme.touch * 20
                text: "Mode Petugas"
                color: theme.onPrimary
                font.weight: Font.Bold
                font.pixelSize: theme.heading
            }
            Item { visible: shellTitle.visible; Layout.preferredWidth: theme.gap }
            Repeater {
                model: pages
                KButton {
                    required property var modelData
                    objectName: "nav_" + modelData.key
                    kind: staff.page === modelData.key ? "accent" : "secondary"
                    text: modelData.label
                    onClicked: staff.setPage(modelData.key)
                }
            }
            Item { Layout.fillWidth: true }
            KButton {
                objectName: "closeStaff"
                kind: "secondary"
                text: "Kembali ke pengunjung ›"
                onClicked: staff.close()
            }
        }
    }

    Banner {
        Layout.fillWidth: true
        Layout.leftMargin: theme.margin
        Layout.rightMargin: theme.margin
        Layout.topMargin: visible ? theme.gap : 0
    }

    Loader {
        Layout.fillWidth: true
        Layout.fillHeight: true
        source: ({
            dashboard: "DashboardPage.qml",
            content: "ContentPage.qml",
            settings: "SettingsPage.qml",
            handover: "HandoverPage.qml"
        })[staff.page]
    }
}
