// Card mode: what the PC's camera sees, in the vote area, while a card is asked for.
// Loaded only when the PC has a camera; the frames are read in Python (CardCamera).
import QtQuick
import QtMultimedia
import Gerai

VideoOutput {
    id: preview
    objectName: "cardCameraPreview"
    fillMode: VideoOutput.PreserveAspectFit
    Component.onCompleted: CardCamera.attach(preview)
    Component.onDestruction: CardCamera.detach()
}
