// How the booth is doing today: visits, votes, ratings, the file's health, the last hand-over.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Gerai

// Landscape: the tiles beside the votes; portrait: the votes under the tiles. Every tile
// is as tall as its words need (never cut, 1366x768 included), and the page scrolls when
// the screen is shorter than that.
Flickable {
    id: page
    objectName: "dashboardPage"
    readonly property var s: Staff.dashboard.stats
    readonly property real fillHeight: height - Theme.margin * 2
    contentHeight: content.implicitHeight + Theme.margin * 2
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {
        policy: page.contentHeight > page.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        width: Theme.gap
        contentItem: Rectangle { implicitWidth: Theme.gap; radius: width / 2; color: Theme.borderStrong }
    }

    GridLayout {
    id: content
    x: Theme.margin
    y: Theme.margin
    width: page.width - Theme.margin * 2
    columns: Theme.portrait ? 1 : 2
    columnSpacing: Theme.margin
    rowSpacing: Theme.margin

    GridLayout {
        id: tiles
        Layout.fillWidth: true
        Layout.preferredWidth: 2
        Layout.alignment: Qt.AlignTop
        // The tiles share the screen's height when they fit in it (landscape).
        Layout.preferredHeight: Theme.portrait ? -1 : Math.max(implicitHeight, page.fillHeight)
        columns: 3
        rowSpacing: Theme.gap
        columnSpacing: Theme.gap

        component Cell: Tile { Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1; Layout.minimumHeight: implicitHeight }

        Cell { objectName: "tileSessions"; label: "Sesi hari ini"; value: page.s.sessionsToday; note: page.s.day }
        Cell { objectName: "tileVotes"; label: "Suara (semua hari)"; value: page.s.votesTotal }
        Cell { objectName: "tileRating"; label: "Rata-rata penilaian"; value: page.s.averageRating === "-" ? "belum ada" : page.s.averageRating + " dari 4" }
        Cell { objectName: "tileFeedback"; label: "Masukan pengunjung"; value: page.s.feedbackCount }
        Cell { objectName: "tileLastRecord"; label: "Catatan terakhir"; value: page.s.lastRecord }
        Cell { objectName: "tileDisk"; label: "Ruang disk kosong"; value: page.s.freeDisk; warn: page.s.diskLow; note: page.s.diskLow ? "Hampir penuh: hubungi panitia" : "" }
        // A crash recovered or an error today (kiosk.ops) shows here as "Perhatian: ...".
        // A visitor record the file refused (a full disk...) comes first: votes are being lost.
        Cell { objectName: "tileHealth"; label: "Kesehatan berkas"; value: page.s.healthOk && !page.s.storageFailing ? "Baik" : "Bermasalah"; note: page.s.storageNote || page.s.attention || page.s.healthText; warn: !page.s.healthOk || page.s.storageProblem !== "" || page.s.attention !== "" }
        Cell { objectName: "tileExport"; label: "Ekspor terakhir"; value: page.s.lastExport }
        Cell { objectName: "tileBackup"; label: "Cadangan terakhir"; value: page.s.lastBackup; note: "Petugas masuk hari ini: " + page.s.signInsToday + " kali" }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.alignment: Qt.AlignTop
        Layout.preferredHeight: Theme.portrait ? Theme.touch * 7 : tiles.height
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: 2

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.gap
            spacing: Theme.gap / 2
            RowLayout {
                Layout.fillWidth: true
                Heading {
                    level: 2
                    Layout.fillWidth: true
                    text: "Suara per inovasi"
                }
                KButton {
                    objectName: "refreshDashboard"
                    kind: "secondary"
                    text: "Perbarui"
                    onClicked: Staff.dashboard.refresh()
                }
            }
            ListView {
                objectName: "votesList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.gap / 2
                model: page.s.votes
                delegate: RowLayout {
                    id: voteRow
                    required property var modelData
                    width: ListView.view.width
                    spacing: Theme.gap
                    BodyText {
                        Layout.fillWidth: true
                        text: voteRow.modelData.title + (voteRow.modelData.hidden ? " (disembunyikan)" : "")
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        opacity: voteRow.modelData.hidden ? 0.6 : 1
                    }
                    BodyText {
                        text: voteRow.modelData.votes + "  (hari ini " + voteRow.modelData.votesToday + ")"
                        font.weight: Font.Bold
                        color: Theme.primary
                    }
                }
            }
            BodyText {
                Layout.fillWidth: true
                text: "Suara hanya dapat diberikan pengunjung dari layar detail. Setiap suara tersimpan berurutan dan diperiksa panitia."
                font.pixelSize: Theme.small
                color: Theme.muted
            }
            // Read-aloud is offered to visitors only when it is heard; if not, why (kiosk doctor too).
            BodyText {
                objectName: "speechNote"
                Layout.fillWidth: true
                visible: text !== ""
                text: Staff.speechNote
                font.pixelSize: Theme.small
                color: Theme.muted
            }
        }
    }
}
}
