// The innovation's address as a QR code to take home, with the address spelled out.
import QtQuick
import QtQuick.Layouts
import Gerai

RowLayout {
    id: block
    property string url: ""
    // The contact now shows under the story (InnovationText); kept so existing callers load.
    property string contact: ""
    spacing: Theme.gap

    QrCode {
        objectName: "qrCode"
        text: block.url
        Layout.preferredWidth: Theme.qrSize
        Layout.preferredHeight: Theme.qrSize
        Layout.alignment: Qt.AlignTop
    }
    ColumnLayout {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        spacing: Theme.gap / 2
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Scan for the full story")
            font.weight: Font.DemiBold
        }
        BodyText {
            Layout.fillWidth: true
            text: block.url
            font.pixelSize: Theme.small
            color: Theme.primary
            wrapMode: Text.WrapAnywhere
        }
    }
}
