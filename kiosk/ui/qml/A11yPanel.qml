// The accessibility panel: big switches a visitor flips without help. Python holds the state.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Popup {
    id: panel
    modal: true
    focus: true
    visible: a11y.panelOpen
    onClosed: a11y.setPanelOpen(false)
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - theme.margin * 2 : 900, theme.touch * 9)
    padding: theme.margin
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    enter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: theme.reducedMotion ? 0 : 150 } }
    background: Rectangle {
        color: theme.background
        radius: theme.radius
        border.width: theme.focusWidth
        border.color: theme.text
    }

    contentItem: ColumnLayout {
        objectName: "a11yPanel"
        spacing: theme.gap
        Text {
            Layout.fillWidth: true
            text: qsTr("Accessibility")
            color: theme.text
            font.family: theme.fontFamily
            font.pixelSize: theme.title
            font.weight: Font.Bold
            wrapMode: Text.WordWrap
        }
        A11yToggle {
            objectName: "largeTextToggle"
            Layout.fillWidth: true
            label: qsTr("Large text")
            checked: a11y.largeText
            onClicked: a11y.setLargeText(!a11y.largeText)
        }
        A11yToggle {
            objectName: "highContrastToggle"
            Layout.fillWidth: true
            label: qsTr("High contrast")
            checked: a11y.highContrast
            onClicked: a11y.setHighContrast(!a11y.highContrast)
        }
        A11yToggle {
            objectName: "reducedMotionToggle"
            Layout.fillWidth: true
            label: qsTr("Reduce motion")
            checked: a11y.reducedMotion
            onClicked: a11y.setReducedMotion(!a11y.reducedMotion)
        }
        KButton {
            objectName: "readAloudButton"
            visible: a11y.speechAvailable
            Layout.fillWidth: true
            kind: "accent"
            text: qsTr("Read this screen aloud")
            onClicked: a11y.readAloud()
        }
        KButton {
            objectName: "a11yCloseButton"
            Layout.fillWidth: true
            kind: "quiet"
            text: qsTr("Close")
            onClicked: a11y.setPanelOpen(false)
        }
    }
}
