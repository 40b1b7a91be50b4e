pragma ComponentBehavior: Bound
// Live results: the ranking by valid votes with the anomaly flags beside it (as
// `kiosk results` prints it), refreshed after every hand-over.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gerai

Item {
    id: page
    objectName: "resultsPage"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: DeskStyle.margin
        spacing: DeskStyle.gap

        Text {
            objectName: "resultsSummary"
            Layout.fillWidth: true
            text: Desk.ranking.length === 0 ? qsTr("No results yet: hand over the first booth's file.")
                : qsTr("%1 valid votes · %2 not counted · %3 anomaly flags")
                    .arg(Desk.summary.validVotes).arg(Desk.summary.excludedVotes).arg(Desk.summary.anomalies)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: DeskStyle.heading
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            visible: Desk.ranking.length > 0
            text: Desk.lang === "en" ? (Desk.summary.sensitivityEn || "") : (Desk.summary.sensitivityId || "")
            color: Theme.muted
            font.family: Theme.fontFamily
            font.pixelSize: DeskStyle.small
            wrapMode: Text.WordWrap
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: DeskStyle.gap
            Repeater {
                model: [
                    { "text": "#", "width": 40 },
                    { "text": qsTr("Innovation"), "width": -1 },
                    { "text": qsTr("Agency"), "width": 120 },
                    { "text": qsTr("Valid votes"), "width": 100 },
                    { "text": qsTr("Per 100 sessions"), "width": 130 },
                    { "text": qsTr("Flags (never applied)"), "width": 330 }
                ]
                delegate: Text {
                    required property var modelData
                    Layout.preferredWidth: modelData.width > 0 ? modelData.width : -1
                    Layout.fillWidth: modelData.width < 0
                    text: modelData.text
                    color: Theme.muted
                    font.family: Theme.fontFamily
                    font.pixelSize: DeskStyle.small
                    font.weight: Font.DemiBold
                }
            }
        }

        ListView {
            id: list
            objectName: "rankingList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: Desk.ranking
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: rankRow
                required property var modelData
                required property int index
                objectName: "rank_" + modelData.slug
                width: list.width
                implicitHeight: rankLine.implicitHeight + DeskStyle.gap * 0.8
                color: index % 2 ? Theme.surface : Theme.background
                RowLayout {
                    id: rankLine
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: DeskStyle.gap
                    component Cell: Text {
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: DeskStyle.body
                        elide: Text.ElideRight
                    }
                    Cell { Layout.preferredWidth: 40; text: rankRow.modelData.rank; font.weight: Font.Bold }
                    Cell { Layout.fillWidth: true; text: rankRow.modelData.title; textFormat: Text.PlainText }
                    Cell { Layout.preferredWidth: 120; text: rankRow.modelData.agency; textFormat: Text.PlainText }
                    Cell { Layout.preferredWidth: 100; text: rankRow.modelData.votes }
                    Cell { Layout.preferredWidth: 130; text: rankRow.modelData.per100 }
                    Cell {
                        objectName: "flags_" + rankRow.modelData.slug
                        Layout.preferredWidth: 330
                        text: (Desk.lang === "en" ? rankRow.modelData.flagsEn : rankRow.modelData.flagsId) || "–"
                        color: rankRow.modelData.flagged ? DeskStyle.stateColor("problem") : Theme.muted
                        font.pixelSize: DeskStyle.small
                        wrapMode: Text.WordWrap
                        elide: Text.ElideNone
                    }
                }
            }
        }
    }
}
