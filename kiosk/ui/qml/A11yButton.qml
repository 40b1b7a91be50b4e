// Opens the accessibility panel; on every visitor screen, next to the language.
import QtQuick

KButton {
    objectName: "a11yButton"
    kind: "secondary"
    text: qsTr("Accessibility")
    onClicked: a11y.setPanelOpen(true)
}
