// The innovation's address as a QR code to take home: the code, and beside it what to do
// with it and the address spelled out. The block is as tall as the code (`side`, which a
// short page makes smaller): the address wraps beside the code where it fits there, else
// it shows on one line shortened in the middle (the code carries it whole). The words
// beside the code are never cut.
import QtQuick
import Gerai

Item {
    id: block
    property string url: ""
    // The contact now shows under the story (InnovationText); kept so existing callers load.
    property string contact: ""
    property real side: Theme.qrSize // the code's width and height
    readonly property real textX: side + Theme.gap
    readonly property real textWidth: Math.max(0, width - textX)
    // The whole address, wrapped, fits beside the code under the words above it.
    readonly property real addressTop: caption.height + Theme.gap / 2
    readonly property bool addressWraps: addressTop + probe.implicitHeight <= side
    implicitWidth: textX + Theme.touch * 3
    implicitHeight: Math.max(side, addressTop + address.height)

    QrCode {
        objectName: "qrCode"
        text: block.url
        width: block.side
        height: block.side
    }
    BodyText {
        id: caption
        objectName: "qrCaption"
        x: block.textX
        width: block.textWidth
        text: qsTr("Scan for the full story")
        font.weight: Font.DemiBold
    }
    Text { // measures the address wrapped at the column's width
        id: probe
        visible: false
        width: block.textWidth
        text: block.url
        font: address.font
        wrapMode: Text.WrapAnywhere
    }
    Text {
        id: address
        objectName: "qrAddress"
        x: block.textX
        y: block.addressTop
        width: block.textWidth
        text: block.url
        color: Theme.primary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.small
        wrapMode: block.addressWraps ? Text.WrapAnywhere : Text.NoWrap
        elide: block.addressWraps ? Text.ElideNone : Text.ElideMiddle
    }
}
