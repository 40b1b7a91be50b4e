// One tap to the next language (Indonesian, English, Basa Banyumasan), on every screen.
import QtQuick
import Gerai

KButton {
    objectName: "langButton"
    kind: "secondary"
    // Each label names the next language in that language, so it is never translated.
    text: VisitorFlow.lang === "id" ? "English" : VisitorFlow.lang === "en" ? "Basa Banyumasan" : "Bahasa Indonesia"
    Accessible.description: "Bahasa / Language / Basa"
    onClicked: VisitorFlow.toggleLang()
}
