// The bar over every visitor screen: where you are, home, map, language, done.
import QtQuick
import QtQuick.Layouts
import Gerai

Rectangle {
    id: bar
    property bool showHome: true
    property bool showMap: true
    implicitHeight: Theme.touch + Theme.gap * 2
    color: Theme.primary
    // Portrait, or large text on a narrow screen: the buttons need the whole width.
    readonly property bool tight: Theme.portrait || (Theme.largeText && width < 1700)

    // Escape is "back" for keyboard and switch users, on every screen with the bar:
    // one step of a survey or feedback, else home (VisitorFlow.back).
    Shortcut {
        sequence: "Esc"
        enabled: bar.visible && !A11y.panelOpen
        onActivated: VisitorFlow.back()
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: bar.tight ? Theme.gap : Theme.margin
        anchors.rightMargin: bar.tight ? Theme.gap : Theme.margin
        spacing: bar.tight ? Theme.gap / 2 : Theme.gap

        Image {
            visible: Theme.logoUrl !== "" && !bar.tight
            source: Theme.logoUrl
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            Layout.preferredHeight: Theme.touch
            Layout.preferredWidth: Theme.touch * 1.6
        }
        Text {
            // The booth, not the festival's full name: that one is on the attract loop.
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // the room the buttons leave
            opacity: bar.tight ? 0 : 1
            text: qsTr("Booth %1 · %2").arg(Theme.agencyBooth).arg(Theme.agencyShortName)
            color: Theme.onPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.heading
            font.weight: Font.Bold
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.small
        }
        KButton {
            objectName: "homeButton"
            visible: bar.showHome
            kind: "secondary"
            text: qsTr("Home")
            onClicked: VisitorFlow.leave("home") // asks first if answers are unsent
        }
        KButton {
            objectName: "mapButton"
            visible: bar.showMap
            kind: "secondary"
            text: qsTr("Festival map")
            onClicked: VisitorFlow.leave("map")
        }
        LangButton {}
        A11yButton {}
        KButton {
            objectName: "finishButton"
            kind: "accent"
            text: qsTr("Done")
            onClicked: VisitorFlow.leave("finish")
        }
    }
}
