// The bar over every visitor screen: where you are, home, map, language, done.
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: bar
    property bool showHome: true
    implicitHeight: theme.touch + theme.gap * 2
    color: theme.primary

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: theme.margin
        anchors.rightMargin: theme.margin
        spacing: theme.gap

        Image {
            visible: theme.hasLogo
            source: theme.hasLogo ? "image://content/logo" : ""
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            Layout.preferredHeight: theme.touch
            Layout.preferredWidth: theme.touch * 1.6
        }
        Text {
            Layout.fillWidth: true
            text: (flow.lang === "en" ? theme.festivalNameEn : theme.festivalNameId)
                  + "\n" + qsTr("Booth %1 · %2").arg(theme.agencyBooth).arg(theme.agencyShortName)
            color: theme.onPrimary
            font.family: theme.fontFamily
            font.pixelSize: theme.small
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            maximumLineCount: 2
            lineHeight: 1.05
        }
        KButton {
            objectName: "homeButton"
            visible: bar.showHome
            kind: "secondary"
            text: qsTr("Home")
            onClicked: flow.showHome()
        }
        KButton {
            objectName: "mapButton"
            kind: "secondary"
            text: qsTr("Festival map")
            onClicked: flow.showMap()
        }
        LangButton {}
        KButton {
            objectName: "finishButton"
            kind: "accent"
            text: qsTr("Done")
            onClicked: flow.finish()
        }
    }
}
