// A calm one-message screen: a heading, a line of text, and up to two buttons.
import QtQuick
import QtQuick.Layouts
import Gerai

Item {
    id: message
    property string heading: ""
    property string body: ""
    property string primaryText: ""
    property string primaryName: "messagePrimary"
    property string secondaryText: ""
    property string secondaryName: "messageSecondary"
    property bool showLang: false // for screens without the top bar: accessibility...
    property bool showLanguages: false // ...and the three languages
    signal primary()
    signal secondary()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.margin * 2, Theme.touch * 14)
        spacing: Theme.gap * 1.5
        Heading {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: message.heading
        }
        BodyText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.heading
            text: message.body
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.gap
            spacing: Theme.gap
            KButton {
                objectName: message.secondaryName
                visible: message.secondaryText !== ""
                kind: "secondary"
                text: message.secondaryText
                onClicked: message.secondary()
            }
            KButton {
                objectName: message.primaryName
                visible: message.primaryText !== ""
                kind: "primary"
                text: message.primaryText
                onClicked: message.primary()
            }
        }
    }

    Grid {
        visible: message.showLang
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.margin
        columns: message.width - picker.width - a11y.width >= Theme.touch * 4 ? 2 : 1
        spacing: Theme.gap
        horizontalItemAlignment: Grid.AlignRight
        LanguagePicker { id: picker; visible: message.showLanguages }
        A11yButton { id: a11y }
    }
}
