pragma ComponentBehavior: Bound
// The closing ceremony's big screen: the top 10 in the festival's colours, no flags.
// Opens full screen (drag it to the projector's screen first if needed); Esc closes it.
import QtQuick
import QtQuick.Layouts
import Gerai

Window {
    id: big
    objectName: "bigScreen"
    width: 1920
    height: 1080
    color: Theme.primary
    title: Desk.festivalName

    function open() {
        big.showFullScreen()
        big.requestActivate()
    }

    Item {
        anchors.fill: parent
        focus: true
        Keys.onEscapePressed: big.close()

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: big.height * 0.05
            spacing: big.height * 0.015

            Text {
                objectName: "bigTitle"
                Layout.fillWidth: true
                text: Desk.lang === "en" && Desk.festivalNameEn ? Desk.festivalNameEn : Desk.festivalName
                color: Theme.onPrimary
                font.family: Theme.fontFamily
                font.pixelSize: big.height * 0.045
                font.weight: Font.Bold
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("People's choice: the top 10")
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: big.height * 0.035
                font.weight: Font.DemiBold
                horizontalAlignment: Text.AlignHCenter
            }

            Repeater {
                objectName: "bigRows"
                model: Desk.bigScreen
                delegate: Rectangle {
                    id: bigRow
                    required property var modelData
                    required property int index
                    objectName: "bigRow_" + modelData.slug
                    Layout.fillWidth: true
                    Layout.preferredHeight: big.height * 0.066
                    radius: height * 0.2
                    color: index < 3 ? Theme.accent : Qt.lighter(Theme.primary, 1.25)

                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: big.height * 0.03
                        anchors.rightMargin: big.height * 0.03
                        spacing: big.height * 0.03
                        Text {
                            Layout.preferredWidth: big.height * 0.07
                            text: bigRow.modelData.rank
                            color: bigRow.index < 3 ? Theme.onAccent : Theme.onPrimary
                            font.family: Theme.fontFamily
                            font.pixelSize: big.height * 0.04
                            font.weight: Font.Bold
                        }
                        Text {
                            Layout.fillWidth: true
                            text: bigRow.modelData.title
                            color: bigRow.index < 3 ? Theme.onAccent : Theme.onPrimary
                            font.family: Theme.fontFamily
                            font.pixelSize: big.height * 0.032
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        Text {
                            text: bigRow.modelData.agencyName
                            color: bigRow.index < 3 ? Theme.onAccent : Theme.onPrimary
                            font.family: Theme.fontFamily
                            font.pixelSize: big.height * 0.026
                        }
                        Text {
                            Layout.preferredWidth: big.height * 0.2
                            horizontalAlignment: Text.AlignRight
                            text: qsTr("%n vote(s)", "", bigRow.modelData.votes)
                            color: bigRow.index < 3 ? Theme.onAccent : Theme.onPrimary
                            font.family: Theme.fontFamily
                            font.pixelSize: big.height * 0.028
                        }
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
