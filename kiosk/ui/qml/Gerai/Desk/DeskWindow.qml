// The organizers' desk: the board of booths, hand-over, live results; the big screen
// and the report one button away. For a laptop: mouse and keyboard, Indonesian first.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gerai

ApplicationWindow {
    id: root
    objectName: "deskWindow"
    width: 1366
    height: 768
    color: Theme.background
    title: qsTr("Gerai · Organizers' desk") + " · " + Desk.festivalName
    font.family: Theme.fontFamily
    font.pixelSize: DeskStyle.body

    property alias page: tabs.currentIndex

    // A stick just plugged in: straight to the hand-over, where it waits to be clicked.
    Connections {
        target: Desk
        function onStickArrived(path) { tabs.currentIndex = 1 }
    }

    header: Rectangle {
        objectName: "deskHeader"
        implicitHeight: headerRow.implicitHeight + DeskStyle.gap * 2
        color: Theme.primary

        RowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: DeskStyle.margin
            anchors.rightMargin: DeskStyle.margin
            spacing: DeskStyle.gap

            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Text {
                    text: qsTr("Organizers' desk")
                    color: Theme.onPrimary
                    font.family: Theme.fontFamily
                    font.pixelSize: DeskStyle.heading
                    font.weight: Font.Bold
                }
                Text {
                    Layout.fillWidth: true
                    text: Desk.lang === "en" && Desk.festivalNameEn ? Desk.festivalNameEn : Desk.festivalName
                    color: Theme.onPrimary
                    font.family: Theme.fontFamily
                    font.pixelSize: DeskStyle.small
                    elide: Text.ElideRight
                }
            }
            DeskButton {
                objectName: "publishButton"
                kind: "secondary"
                text: qsTr("Publish report")
                enabled: Desk.ranking.length > 0
                onClicked: Desk.publish()
            }
            DeskButton {
                objectName: "bigScreenButton"
                kind: "secondary"
                text: qsTr("Big screen")
                onClicked: bigScreen.open()
            }
            DeskButton {
                objectName: "deskLangButton"
                kind: "secondary"
                // The other language, named in itself.
                text: Desk.lang === "en" ? "Bahasa Indonesia" : "English"
                onClicked: Desk.setLang(Desk.lang === "en" ? "id" : "en")
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            objectName: "deskTabs"
            Layout.fillWidth: true
            font.pixelSize: DeskStyle.body
            TabButton {
                objectName: "tabBoard"
                text: qsTr("Booths (%1 of %2 in)").arg(Desk.boothCount - Desk.counts.waiting).arg(Desk.boothCount)
            }
            TabButton {
                objectName: "tabHandover"
                text: qsTr("Hand-over")
            }
            TabButton {
                objectName: "tabResults"
                text: qsTr("Live results")
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex
            DeskBoard {}
            DeskHandover {}
            DeskResults {}
        }

        // Progress of the job on the worker thread; the window stays usable meanwhile.
        Rectangle {
            objectName: "progressStrip"
            Layout.fillWidth: true
            implicitHeight: Desk.busy ? progressRow.implicitHeight + DeskStyle.gap : 0
            visible: Desk.busy
            color: Theme.surfaceAlt
            RowLayout {
                id: progressRow
                anchors.fill: parent
                anchors.leftMargin: DeskStyle.margin
                anchors.rightMargin: DeskStyle.margin
                spacing: DeskStyle.gap
                Text {
                    objectName: "progressText"
                    text: Desk.step === "copy" ? qsTr("Copying the stick…")
                        : Desk.step === "results" ? qsTr("Counting the results…")
                        : Desk.step ? qsTr("Checking and merging %1…").arg(Desk.step)
                        : qsTr("Working…")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: DeskStyle.body
                }
                ProgressBar {
                    objectName: "progressBar"
                    Layout.fillWidth: true
                    value: Desk.progress
                }
                Text {
                    visible: Desk.queued > 0
                    text: qsTr("%n more waiting", "", Desk.queued)
                    color: Theme.muted
                    font.family: Theme.fontFamily
                    font.pixelSize: DeskStyle.small
                }
            }
        }
    }

    DeskBigScreen {
        id: bigScreen
    }
}
