// Staff mode: first-start set-up, the PIN pad, then the staff pages. Shown over the visitor screens.
import QtQuick
import ".."

Rectangle {
    id: staffMode
    objectName: "staffMode"
    // The host binds this to its on-screen keyboard's height, so fields stay above it.
    property int keyboardHeight: 0
    color: theme.background

    // Swallow every touch so nothing reaches the visitor screens underneath.
    MouseArea { anchors.fill: parent }

    Loader {
        anchors.fill: parent
        anchors.bottomMargin: staffMode.keyboardHeight
        source: staff.stage === "setup" ? "SetupPage.qml"
              : staff.stage === "pin" ? "PinPage.qml" : "StaffShell.qml"
    }
}
