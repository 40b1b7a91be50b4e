// The bar over every visitor screen: where you are, home, map, language, done.
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: bar
    property bool showHome: true
    property bool showMap: true
    implicitHeight: theme.touch + theme.gap * 2
    color: theme.primary
    // Portrait, or large text on a narrow screen: the buttons need the whole width.
    readonly property bool tight: theme.portrait || (theme.largeText && width < 1700)

    // Escape is "back" for keyboard and switch users, on every screen with the bar.
    Shortcut {
        sequence: "Esc"
        enabled: bar.visible && !a11y.panelOpen && flow.screen !== "home"
        onActivated: flow.showHome()
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: bar.tight ? theme.gap : theme.margin
        anchors.rightMargin: bar.tight ? theme.gap : theme.margin
        spacing: bar.tight ? theme.gap / 2 : theme.gap

        Image {
            visible: theme.logoUrl !== "" && !bar.tight
            source: theme.logoUrl
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            Layout.preferredHeight: theme.touch
            Layout.preferredWidth: theme.touch * 1.6
        }
        Text {
            // The booth, not the festival's full name: that one is on the attract loop.
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // the room the buttons leave
            opacity: bar.tight ? 0 : 1
            text: qsTr("Booth %1 · %2").arg(theme.agencyBooth).arg(theme.agencyShortName)
            color: theme.onPrimary
            font.family: theme.fontFamily
            font.pixelSize: theme.heading
            font.weight: Font.Bold
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: theme.small
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
            visible: bar.showMap
            kind: "secondary"
            text: qsTr("Festival map")
            onClicked: flow.showMap()
        }
        LangButton {}
        A11yButton {}
        KButton {
            objectName: "finishButton"
            kind: "accent"
            text: qsTr("Done")
            onClicked: flow.finish()
        }
    }
}
