// The Indonesian/English on-screen keyboard. Main.qml loads it after the first frame,
// so the attract screen does not wait for the virtual keyboard module.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Gerai

InputPanel {
    id: keyboard
    objectName: "inputPanel"
    // Its Loader sits at the window's top-left corner, so window and item coordinates agree.
    width: Math.min(Window.width, Math.max(Window.height * 1.1, 720)) // its height follows its width
    x: (Window.width - width) / 2
    y: active ? Window.height - height : Window.height
    visible: active

    // The globe key offers only the languages Gerai has (Qt would list every layout it ships).
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: ["id_ID", "en_US"]
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: VisitorFlow.lang === "en" ? "en_US" : "id_ID"
    }
}
