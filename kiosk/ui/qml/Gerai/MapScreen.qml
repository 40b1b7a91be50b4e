// Where the other agencies' booths are on the festival square.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Gerai

Item {
    id: mapScreen
    objectName: "mapScreen"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Heading {
            Layout.fillWidth: true
            text: qsTr("Festival map")
        }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Visit the other booths too. You are at booth %1.").arg(Theme.agencyBooth)
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: Theme.portrait ? 1 : 2
            rowSpacing: Theme.gap
            columnSpacing: Theme.margin

            Rectangle {
                id: square
                objectName: "festivalMap"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                radius: Theme.radius
                color: Theme.mapLand
                border.color: Theme.mapEdge
                border.width: 2

                Repeater {
                    model: Agencies
                    delegate: Item {
                        id: pin
                        required property string booth
                        required property string shortName
                        required property real mapX
                        required property real mapY
                        required property bool isHere
                        width: pinBox.width
                        height: pinBox.height
                        x: Math.max(0, Math.min(square.width - width, mapX * square.width - width / 2))
                        y: Math.max(0, Math.min(square.height - height, mapY * square.height - height / 2))
                        z: isHere ? 2 : 1
                        Rectangle {
                            id: pinBox
                            width: pinText.width + Theme.gap
                            height: pinText.implicitHeight + Theme.gap / 2
                            radius: Theme.radius / 2
                            color: pin.isHere ? Theme.accent : Theme.primary
                            border.width: pin.isHere ? 4 : 0
                            border.color: Theme.text
                            Text {
                                id: pinText
                                anchors.centerIn: parent
                                // Neighbouring pins must not overlap, even in large text: wrap instead.
                                width: Math.min(implicitWidth, square.width / 5.5)
                                wrapMode: Text.WordWrap
                                text: pin.booth + "\n" + (pin.isHere ? qsTr("You are here") : pin.shortName)
                                horizontalAlignment: Text.AlignHCenter
                                color: pin.isHere ? Theme.onAccent : Theme.onPrimary
                                font.family: Theme.fontFamily
                                // Large text grows pins only a little (the list beside the map has
                                // the full names in large text); more and they would cover each other.
                                font.pixelSize: Theme.largeText ? Math.round(Theme.small / 1.3 * 1.1) : Theme.small
                                font.weight: Font.Bold
                            }
                        }
                    }
                }
            }

            ListView {
                id: list
                objectName: "boothList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                clip: true
                spacing: Theme.gap / 3
                model: Agencies
                boundsBehavior: Flickable.StopAtBounds
                delegate: Rectangle {
                    id: row
                    required property string booth
                    required property string name
                    required property bool isHere
                    required property int innovationCount
                    width: list.width
                    height: rowText.implicitHeight + Theme.gap * 0.75
                    radius: Theme.radius / 2
                    color: isHere ? Theme.selected : Theme.surface
                    border.width: isHere ? 3 : 1
                    border.color: isHere ? Theme.accent : Theme.border
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.gap
                        anchors.rightMargin: Theme.gap
                        spacing: Theme.gap
                        Text {
                            Layout.preferredWidth: Theme.touch * 1.1
                            text: row.booth
                            color: Theme.primary
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.body
                            font.weight: Font.Bold
                        }
                        BodyText {
                            id: rowText
                            Layout.fillWidth: true
                            text: row.name
                        }
                    }
                }
            }
        }
    }
}
