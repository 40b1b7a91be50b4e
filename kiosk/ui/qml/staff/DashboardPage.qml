// How the booth is doing today: visits, votes, ratings, the file's health, the last hand-over.
import QtQuick
import QtQuick.Layouts
import ".."

RowLayout {
    objectName: "dashboardPage"
    readonly property var s: staff.dashboard.stats
    spacing: theme.margin

    GridLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        Layout.margins: theme.margin
        Layout.rightMargin: 0
        columns: 3
        rowSpacing: theme.gap
        columnSpacing: theme.gap

        component Cell: Tile { Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1 }

        Cell { objectName: "tileSessions"; label: "Sesi hari ini"; value: s.sessionsToday; note: s.day }
        Cell { objectName: "tileVotes"; label: "Suara (semua hari)"; value: s.votesTotal }
        Cell { objectName: "tileRating"; label: "Rata-rata penilaian"; value: s.averageRating === "-" ? "belum ada" : s.averageRating + " dari 4" }
        Cell { objectName: "tileFeedback"; label: "Masukan pengunjung"; value: s.feedbackCount }
        Cell { objectName: "tileLastRecord"; label: "Catatan terakhir"; value: s.lastRecord }
        Cell { objectName: "tileDisk"; label: "Ruang disk kosong"; value: s.freeDisk; warn: s.diskLow; note: s.diskLow ? "Hampir penuh: hubungi panitia" : "" }
        // A crash recovered or an error today (kiosk.ops) shows here as "Perhatian: ...".
        // A visitor record the file refused (a full disk...) comes first: votes are being lost.
        Cell { objectName: "tileHealth"; label: "Kesehatan berkas"; value: s.healthOk && !s.storageFailing ? "Baik" : "Bermasalah"; note: s.storageNote || s.attention || s.healthText; warn: !s.healthOk || s.storageProblem !== "" || s.attention !== "" }
        Cell { objectName: "tileExport"; label: "Ekspor terakhir"; value: s.lastExport }
        Cell { objectName: "tileBackup"; label: "Cadangan terakhir"; value: s.lastBackup; note: "Petugas masuk hari ini: " + s.signInsToday + " kali" }
    }

    Rectangle {
        Layout.preferredWidth: parent.width * 0.34
        Layout.maximumWidth: parent.width * 0.34
        Layout.fillHeight: true
        Layout.margins: theme.margin
        Layout.leftMargin: 0
        radius: theme.radius
        color: "#ffffff"
        border.color: "#d9d4c7"
        border.width: 2

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: theme.gap
            spacing: theme.gap / 2
            RowLayout {
                Layout.fillWidth: true
                StaffText {
                    Layout.fillWidth: true
                    text: "Suara per inovasi"
                    font.pixelSize: theme.heading
                    font.weight: Font.Bold
                }
                KButton {
                    objectName: "refreshDashboard"
                    kind: "secondary"
                    text: "Perbarui"
                    onClicked: staff.dashboard.refresh()
                }
            }
            ListView {
                objectName: "votesList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: theme.gap / 2
                model: s.votes
                delegate: RowLayout {
                    required property var modelData
                    width: ListView.view.width
                    spacing: theme.gap
                    StaffText {
                        Layout.fillWidth: true
                        text: modelData.title + (modelData.hidden ? " (disembunyikan)" : "")
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        opacity: modelData.hidden ? 0.6 : 1
                    }
                    StaffText {
                        text: modelData.votes + "  (hari ini " + modelData.votesToday + ")"
                        font.weight: Font.Bold
                        color: theme.primary
                    }
                }
            }
            StaffText {
                Layout.fillWidth: true
                text: "Suara hanya dapat diberikan pengunjung dari layar detail. Setiap suara tercatat berantai dan diperiksa panitia."
                font.pixelSize: theme.small
                color: "#4a4a4a"
            }
        }
    }
}
