// Signed in: the staff bar (pages, back to visitors), the message banner, and the page.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

ColumnLayout {
    id: shell
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
        Layout.preferredHeight: Theme.touch + Theme.gap * 2
        color: Theme.primary
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.gap
            Heading {
                id: shellTitle
                level: 2
                visible: parent.width > Theme.touch * 20
                text: "Mode Petugas"
                color: Theme.onPrimary
            }
            Item { visible: shellTitle.visible; Layout.preferredWidth: Theme.gap }
            Repeater {
                model: shell.pages
                KButton {
                    required property var modelData
                    objectName: "nav_" + modelData.key
                    kind: Staff.page === modelData.key ? "accent" : "secondary"
                    text: modelData.label
                    onClicked: Staff.setPage(modelData.key)
                }
            }
            Item { Layout.fillWidth: true }
            KButton {
                objectName: "closeStaff"
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
            settings: "SettingsPage.qml",
            handover: "HandoverPage.qml"
        })[Staff.page]
    }
}
