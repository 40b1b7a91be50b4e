// One tap to the next language (Indonesian, English, Basa Banyumasan), on every screen.
import QtQuick

KButton {
    objectName: "langButton"
    kind: "secondary"
    // Each label names the next language in that language, so it is never translated.
    text: flow.lang === "id" ? "English" : flow.lang === "en" ? "Basa Banyumasan" : "Bahasa Indonesia"
    Accessible.description: "Bahasa / Language / Basa"
    onClicked: flow.toggleLang()
}
