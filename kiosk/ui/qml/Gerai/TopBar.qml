// The bar over every visitor screen: where you are, home, map, accessibility, done; on
// the home screen also the three languages. Nothing in it ever covers anything else:
// the booth's name sits beside the buttons when there is room for it (wrapping to a
// second line, then shortened with "…"), else on a line of its own above them; the
// buttons wrap to a second row rather than overlap (portrait with large text).
import QtQuick
import Gerai

Rectangle {
    id: bar
    property bool showHome: true
    property bool showMap: true
    property bool showLanguages: false // the home screen: the language picker, a row of its own
    color: Theme.primary
    implicitHeight: content.height + Theme.gap * 2

    readonly property real pad: Theme.portrait ? Theme.gap : Theme.margin
    // The buttons' width on one row (without wrapping).
    readonly property real buttonsWidth: {
        let total = 0, shown = 0
        for (const b of [homeButton, mapButton, a11yButton, finishButton]) {
            if (b.visible) { total += b.implicitWidth; shown += 1 }
        }
        return total + Math.max(0, shown - 1) * buttons.spacing
    }
    // The name goes beside the buttons if it gets at least this much of the row.
    readonly property real nameRoom: Math.min(name.implicitWidth, Theme.heading * 7)
    readonly property bool oneLine: content.width - bar.buttonsWidth - logoBox.width >= bar.nameRoom + Theme.gap

    // Escape is "back" for keyboard and switch users, on every screen with the bar:
    // one step of a survey or feedback, else home (VisitorFlow.back).
    Shortcut {
        sequence: "Esc"
        enabled: bar.visible && !A11y.panelOpen
        onActivated: VisitorFlow.back()
    }

    Item {
        id: content
        objectName: "topBarContent"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: bar.pad
        anchors.rightMargin: bar.pad
        anchors.topMargin: Theme.gap
        readonly property real firstRow: bar.oneLine ? Math.max(buttons.height, name.height)
                                                     : Math.max(name.height, logoBox.height)
        height: (bar.oneLine ? firstRow : firstRow + Theme.gap / 2 + buttons.height)
                + (bar.showLanguages ? Theme.gap / 2 + picker.height : 0)

        Item {
            id: logoBox
            width: logo.visible ? Theme.touch * 1.6 + Theme.gap : 0
            height: Theme.touch
            y: (content.firstRow - height) / 2
            Image {
                id: logo
                visible: Theme.logoUrl !== "" && !Theme.portrait
                anchors.left: parent.left
                anchors.top: parent.top
                width: Theme.touch * 1.6
                height: Theme.touch
                source: Theme.logoUrl
                asynchronous: true
                fillMode: Image.PreserveAspectFit
            }
        }
        Text {
            // The booth, not the festival's full name: that one is on the attract loop.
            id: name
            objectName: "topBarName"
            x: logoBox.width
            y: (content.firstRow - height) / 2
            width: (bar.oneLine ? buttons.x - Theme.gap : content.width) - x
            text: qsTr("Booth %1 · %2").arg(Theme.agencyBooth).arg(Theme.agencyShortName)
            color: Theme.onPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.heading
            font.weight: Font.Bold
            wrapMode: Text.Wrap // between words, or inside one longer than the room
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Flow {
            id: buttons
            objectName: "topBarButtons"
            spacing: Theme.portrait || Theme.largeText ? Theme.gap / 2 : Theme.gap
            width: Math.min(Math.ceil(bar.buttonsWidth) + 1, content.width) // +1: no wrap from rounding
            x: content.width - width
            y: bar.oneLine ? (content.firstRow - height) / 2 : content.firstRow + Theme.gap / 2
            KButton {
                id: homeButton
                objectName: "homeButton"
                visible: bar.showHome
                kind: "secondary"
                text: qsTr("Home")
                onClicked: VisitorFlow.leave("home") // asks first if answers are unsent
            }
            KButton {
                id: mapButton
                objectName: "mapButton"
                visible: bar.showMap
                kind: "secondary"
                text: qsTr("Festival map")
                onClicked: VisitorFlow.leave("map")
            }
            A11yButton {
                id: a11yButton
            }
            KButton {
                id: finishButton
                objectName: "finishButton"
                kind: "accent"
                text: qsTr("Done")
                onClicked: VisitorFlow.leave("finish")
            }
        }
        LanguagePicker {
            id: picker
            visible: bar.showLanguages
            currentKind: "accent"
            x: Math.max(0, content.width - width)
            y: (bar.oneLine ? content.firstRow : buttons.y + buttons.height) + Theme.gap / 2
        }
    }
}
