// One tap to the other language, on every screen.
import QtQuick

KButton {
    objectName: "langButton"
    kind: "secondary"
    // Each label is written in its own language, so it is never translated.
    text: flow.lang === "id" ? "English" : "Bahasa Indonesia"
    onClicked: flow.toggleLang()
}
