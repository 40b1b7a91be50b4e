// Where the other agencies' booths are on the festival square.
import QtQuick
import QtQuick.Layouts

Item {
    id: mapScreen
    objectName: "mapScreen"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: theme.margin
        spacing: theme.gap

        Text {
            Layout.fillWidth: true
            text: qsTr("Festival map")
            color: theme.text
            font.family: theme.fontFamily
            font.pixelSize: theme.title
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Visit the other booths too. You are at booth %1.").arg(theme.agencyBooth)
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: theme.portrait ? 1 : 2
            rowSpacing: theme.gap
            columnSpacing: theme.margin

            Rectangle {
                id: square
                objectName: "festivalMap"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                radius: theme.radius
                color: "#dfe9d8"
                border.color: "#b7c7ab"
                border.width: 2

                Repeater {
                    model: agencies
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
                            width: pinText.width + theme.gap
                            height: pinText.implicitHeight + theme.gap / 2
                            radius: theme.radius / 2
                            color: pin.isHere ? theme.accent : theme.primary
                            border.width: pin.isHere ? 4 : 0
                            border.color: theme.text
                            Text {
                                id: pinText
                                anchors.centerIn: parent
                                // Neighbouring pins must not overlap, even in large text: wrap instead.
                                width: Math.min(implicitWidth, square.width / 5.5)
                                wrapMode: Text.WordWrap
                                text: pin.booth + "\n" + (pin.isHere ? qsTr("You are here") : pin.shortName)
                                horizontalAlignment: Text.AlignHCenter
                                color: pin.isHere ? theme.onAccent : theme.onPrimary
                                font.family: theme.fontFamily
                                // Large text grows pins only a little (the list beside the map has
                                // the full names in large text); more and they would cover each other.
                                font.pixelSize: theme.largeText ? Math.round(theme.small / 1.3 * 1.1) : theme.small
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
                spacing: theme.gap / 3
                model: agencies
                boundsBehavior: Flickable.StopAtBounds
                delegate: Rectangle {
                    id: row
                    required property string booth
                    required property string name
                    required property bool isHere
                    required property int innovationCount
                    width: list.width
                    height: rowText.implicitHeight + theme.gap * 0.75
                    radius: theme.radius / 2
                    color: isHere ? "#fff4e0" : "#ffffff"
                    border.width: isHere ? 3 : 1
                    border.color: isHere ? theme.accent : "#d4cfc4"
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: theme.gap
                        anchors.rightMargin: theme.gap
                        spacing: theme.gap
                        Text {
                            Layout.preferredWidth: theme.touch * 1.1
                            text: row.booth
                            color: theme.primary
                            font.family: theme.fontFamily
                            font.pixelSize: theme.body
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
