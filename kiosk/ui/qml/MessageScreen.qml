// A calm one-message screen: a heading, a line of text, and up to two buttons.
import QtQuick
import QtQuick.Layouts

Item {
    id: message
    property string heading: ""
    property string body: ""
    property string primaryText: ""
    property string primaryName: "messagePrimary"
    property string secondaryText: ""
    property string secondaryName: "messageSecondary"
    property bool showLang: false // for screens without the top bar
    signal primary()
    signal secondary()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - theme.margin * 2, theme.touch * 14)
        spacing: theme.gap * 1.5
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: message.heading
            color: theme.text
            font.family: theme.fontFamily
            font.pixelSize: theme.title
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }
        BodyText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: theme.heading
            text: message.body
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: theme.gap
            spacing: theme.gap
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

    Row {
        visible: message.showLang
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: theme.margin
        spacing: theme.gap
        A11yButton {}
        LangButton {}
    }
}
