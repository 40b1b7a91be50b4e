// Staff mode in a window of its own, with the keyboard: for tests, screenshots and `kiosk staff`.
// Like the kiosk window, it refuses to close unless staff chose "Keluar ke desktop".
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Gerai

Window {
    id: root
    objectName: "staffWindow"
    width: 1920
    height: 1080
    color: Theme.background
    title: "Gerai · Mode Petugas"
    onWidthChanged: Theme.setSize(width, height)
    onHeightChanged: Theme.setSize(width, height)
    Component.onCompleted: Theme.setSize(width, height)
    onClosing: (close) => { close.accepted = Staff.exitAllowed }

    StaffMode {
        anchors.fill: parent
        keyboardHeight: keyboard.active ? keyboard.height : 0
    }

    // Staff type Indonesian first (the kiosk window binds this to the visitor's language).
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: "id_ID"
    }

    InputPanel {
        id: keyboard
        objectName: "inputPanel"
        z: 99
        width: Math.min(root.width, Math.max(root.height * 1.1, 1000))
        anchors.horizontalCenter: parent.horizontalCenter
        y: active ? root.height - height : root.height
        visible: active
    }
}
