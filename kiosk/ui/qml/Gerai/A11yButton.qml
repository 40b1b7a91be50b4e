// Opens the accessibility panel; on every visitor screen, next to the language.
import QtQuick
import Gerai

KButton {
    objectName: "a11yButton"
    kind: "secondary"
    text: qsTr("Accessibility")
    onClicked: A11y.setPanelOpen(true)
}
