// Staff mode: first-start set-up, the PIN pad, then the staff pages. Shown over the visitor screens.
import QtQuick
import Gerai

Rectangle {
    id: staffMode
    objectName: "staffMode"
    // The host binds this to its on-screen keyboard's height, so fields stay above it.
    property int keyboardHeight: 0
    color: Theme.background

    // Swallow every touch so nothing reaches the visitor screens underneath.
    MouseArea { anchors.fill: parent }

    Loader {
        anchors.fill: parent
        anchors.bottomMargin: staffMode.keyboardHeight
        source: Staff.stage === "setup" ? "SetupPage.qml"
              : Staff.stage === "pin" ? "PinPage.qml" : "StaffShell.qml"
    }
}
