pragma ComponentBehavior: Bound
// The board of booths: every booth of the pack, its state, when its file came in,
// and for a problem what the merge found and what to do about it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gerai

Item {
    id: page
    objectName: "boardPage"

    DeskWords { id: words }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: DeskStyle.margin
        spacing: DeskStyle.gap

        Text {
            objectName: "boardSummary"
            Layout.fillWidth: true
            text: qsTr("%1 waiting · %2 file in · %3 receipt matched · %4 with a problem")
                .arg(Desk.counts.waiting).arg(Desk.counts.file_in)
                .arg(Desk.counts.receipted).arg(Desk.counts.problem)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: DeskStyle.heading
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }

        // Column heads
        RowLayout {
            Layout.fillWidth: true
            spacing: DeskStyle.gap
            Repeater {
                model: [
                    { "text": qsTr("Booth"), "width": 70 },
                    { "text": qsTr("Agency"), "width": -1 },
                    { "text": qsTr("State"), "width": 190 },
                    { "text": qsTr("Arrived"), "width": 110 },
                    { "text": qsTr("Records"), "width": 90 },
                    { "text": qsTr("Receipts"), "width": 80 }
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
            objectName: "boardList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: Desk.booths
            ScrollBar.vertical: ScrollBar {}
            activeFocusOnTab: true
            keyNavigationEnabled: true

            delegate: Rectangle {
                id: row
                required property var modelData
                required property int index
                objectName: "booth_" + (modelData.code || modelData.name)
                width: list.width
                implicitHeight: rowColumn.implicitHeight + DeskStyle.gap
                radius: DeskStyle.radius
                color: list.currentIndex === index && list.activeFocus ? Theme.selected : Theme.surface
                border.color: modelData.state === "problem" ? DeskStyle.stateColor("problem") : Theme.border
                border.width: modelData.state === "problem" ? 2 : 1

                ColumnLayout {
                    id: rowColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: DeskStyle.gap
                    anchors.rightMargin: DeskStyle.gap
                    spacing: 2

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: DeskStyle.gap
                        Text {
                            Layout.preferredWidth: 70 - DeskStyle.gap
                            text: row.modelData.booth || "–"
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: DeskStyle.body
                            font.weight: Font.DemiBold
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.modelData.code && row.modelData.code !== row.modelData.name
                                ? row.modelData.code + " · " + row.modelData.name : row.modelData.name
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: DeskStyle.body
                            elide: Text.ElideRight
                        }
                        Item {
                            Layout.preferredWidth: 190
                            implicitHeight: badge.implicitHeight
                            StateBadge {
                                id: badge
                                objectName: "state_" + (row.modelData.code || row.modelData.name)
                                boothState: row.modelData.state
                                label: words.state(row.modelData.state)
                            }
                        }
                        Text {
                            Layout.preferredWidth: 110
                            text: row.modelData.arrived_local || "–"
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: DeskStyle.body
                        }
                        Text {
                            Layout.preferredWidth: 90
                            text: row.modelData.files ? row.modelData.records : "–"
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: DeskStyle.body
                        }
                        Text {
                            Layout.preferredWidth: 80 - DeskStyle.gap
                            text: row.modelData.receipts
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: DeskStyle.body
                        }
                    }
                    // What is wrong, and what to do (problems, and files still without a receipt).
                    Text {
                        objectName: "problem_" + (row.modelData.code || row.modelData.name)
                        Layout.fillWidth: true
                        Layout.leftMargin: 70
                        visible: row.modelData.state === "problem" || row.modelData.state === "file_in"
                        text: "<b>" + words.status(row.modelData.status) + "</b> — " + words.todo(row.modelData.status)
                        textFormat: Text.StyledText
                        color: row.modelData.state === "problem" ? DeskStyle.stateColor("problem") : Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: DeskStyle.small
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        objectName: "detail_" + (row.modelData.code || row.modelData.name)
                        Layout.fillWidth: true
                        Layout.leftMargin: 70
                        visible: row.modelData.state === "problem" && row.modelData.detail !== ""
                        text: words.technical(row.modelData.detail)
                        textFormat: Text.PlainText
                        color: Theme.muted
                        font.family: Theme.fontFamily
                        font.pixelSize: DeskStyle.small
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
