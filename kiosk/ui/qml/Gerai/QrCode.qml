// A QR code drawn crisp: one image pixel per module, scaled by a whole number, never
// smoothed, on white (the quiet zone is part of the image). Same API as before: `text`.
import QtQuick
import Gerai

Rectangle {
    id: code
    property string text: ""
    color: "white"

    Image {
        id: image
        objectName: "qrImage"
        readonly property int modules: sourceSize.width
        readonly property int pixelsPerModule: modules > 0
            ? Math.max(1, Math.floor(Math.min(code.width, code.height) / modules)) : 1
        anchors.centerIn: parent
        width: modules * pixelsPerModule
        height: width
        source: QrImages.url(code.text)
        // Drawn ahead on a worker thread (kiosk/ui/qr.py) and handed over by an image
        // provider on this thread: the code is there on the page's first frame.
        asynchronous: false
        smooth: false
        mipmap: false
        fillMode: Image.Stretch
    }
}
